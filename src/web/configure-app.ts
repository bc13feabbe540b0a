import type { DynamicModule, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/config';
import { PageExceptionFilter } from './page-exception.filter';
import { securityHeaders } from './security-headers';

/** Routes that read their own body and judge its type themselves (the PFIF import: XML, 415 otherwise). */
const OWN_BODY_ROUTES = ['/api/import/pfif'];

/** A request as the body parsers see it. */
interface IncomingMessage {
  headers: Record<string, string | string[] | undefined>;
  url?: string;
}

const mimeOf = (req: IncomingMessage) =>
  String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
const parses = (mime: string) => (req: IncomingMessage) => mimeOf(req) === mime && !OWN_BODY_ROUTES.some((r) => (req.url ?? '').split('?')[0] === r);

/** The HTTP application, for the server and the tests alike. */
export async function createHttpApp(module: DynamicModule, config: AppConfig, logger: LoggerService): Promise<NestExpressApplication> {
  // Nest's default body parsers would read every JSON or form body, and refuse a broken one with
  // 400, before any route could answer that it does not take that type at all.
  const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: false });
  configureHttp(app, config);
  return app;
}

/** HTTP settings: security headers, body parsing, error pages, proxy trust. */
export function configureHttp(app: NestExpressApplication, config: Pick<AppConfig, 'http'>): void {
  const express = app.getHttpAdapter().getInstance() as { disable(s: string): void; set(k: string, v: unknown): void };
  express.disable('x-powered-by');
  // Only proxies named in TRUST_PROXY may say who the client is (X-Forwarded-For, which the sign-in
  // limit counts by) and whether it came over TLS (X-Forwarded-Proto, for Secure cookies). Trusting
  // every private peer would let anyone on such a network pick their own address.
  express.set('trust proxy', config.http.trustProxy.length > 0 ? config.http.trustProxy : false);
  app.use(securityHeaders);
  app.useBodyParser('json', { type: parses('application/json') });
  app.useBodyParser('urlencoded', { extended: true, type: parses('application/x-www-form-urlencoded') });
  app.useGlobalFilters(new PageExceptionFilter());
}
