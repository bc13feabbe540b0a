import type { INestApplication } from '@nestjs/common';
import { PageExceptionFilter } from './page-exception.filter';
import { securityHeaders } from './security-headers';

/** HTTP settings shared by the server and the tests: security headers, error pages, proxy trust. */
export function configureHttp(app: INestApplication): void {
  const express = app.getHttpAdapter().getInstance() as { disable(s: string): void; set(k: string, v: unknown): void };
  express.disable('x-powered-by');
  // Behind a TLS-terminating proxy, req.secure comes from X-Forwarded-Proto, so cookies get Secure.
  express.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(securityHeaders);
  app.useGlobalFilters(new PageExceptionFilter());
}
