import { CanActivate, ExecutionContext, Inject, Injectable, Type } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AccessGuard, readCookie } from '../auth/access.guard';
import { Page, Roles } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SESSION_COOKIE } from '../auth/session.service';

// Stand-ins that carry the route metadata AccessGuard reads: admins, by API token or by session.
class AdminApiRoute {
  @Roles('admin')
  handle(): void {}
}
class AdminPageRoute {
  @Page()
  @Roles('admin')
  handle(): void {}
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * /metrics is for Prometheus (the METRICS_TOKEN as a bearer token) and for admins, signed in or
 * with an API token. Everyone else gets AccessGuard's usual 401 or 403.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly scrapeTokenHash: Buffer | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly access: AccessGuard,
  ) {
    this.scrapeTokenHash = config.metrics.token ? sha256(config.metrics.token) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers;
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
    const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
    // Equal-length digests, compared in constant time: the answer says nothing about how much of a guess was right.
    if (bearer && this.scrapeTokenHash && timingSafeEqual(sha256(bearer), this.scrapeTokenHash)) return true;
    const bySession = !authorization && readCookie(headers.cookie, SESSION_COOKIE) !== undefined;
    return this.access.canActivate(asRoute(context, bySession ? AdminPageRoute : AdminApiRoute));
  }
}

function asRoute(context: ExecutionContext, route: Type<{ handle(): void }>): ExecutionContext {
  return Object.assign(Object.create(context) as ExecutionContext, {
    getHandler: () => (route.prototype as { handle: () => void }).handle,
    getClass: () => route,
  });
}
