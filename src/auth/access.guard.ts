import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';
import { TokenRateLimiter } from './token-rate-limit';
import { UserRecord, UserRepository } from './user.repository';
import { SESSION_COOKIE, SessionService } from './session.service';
import { AuthService } from './auth.service';
import { AuthUser, PAGE_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { DEFAULT_TIME_ZONE, UserRole } from './user.schema';

interface HttpRequest {
  method: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: Record<string, unknown>;
  user?: AuthUser;
  sessionId?: string;
  csrf?: string;
}

/** A page that needs a signed-in person: the filter sends them to the sign-in page. */
export class SignInRequiredException extends UnauthorizedException {}
/** A form or request without the session's CSRF token. */
export class CsrfRejectedException extends ForbiddenException {}

export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const value = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of value.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function sessionUser(user: UserRecord): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    tokenId: 'session',
    language: user.language ?? 'en',
    timeZone: user.timeZone ?? DEFAULT_TIME_ZONE,
    digits: user.digits ?? 'latn',
  };
}

/**
 * Guards every route. API routes take a bearer token; dashboard pages take the sign-in session
 * cookie and, for anything that changes state, the session's CSRF token. Then the route's roles.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly rateLimit: TokenRateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly users: UserRepository,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rateLimit = new TokenRateLimiter(redis, config.queue.prefix, config.api.rateLimitPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<{ setHeader(k: string, v: string): void }>();
    const user = this.reflector.getAllAndOverride<boolean>(PAGE_KEY, targets)
      ? await this.pageUser(request)
      : await this.apiUser(request, (v) => response.setHeader('WWW-Authenticate', v));
    // API tokens only, counted once authenticated (unknown tokens were refused above).
    if (user.tokenId !== 'session') await this.rateLimit.enforce(user.tokenId, (k, v) => response.setHeader(k, v));
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!user.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(allowed.length ? `This needs one of the roles: ${allowed.join(', ')}.` : 'This route is not open to any role.');
    }
    return true;
  }

  /**
   * Who sends this request, without refusing anything (no CSRF check, no role, no rate count):
   * for middleware that must not do costly work, such as reading an upload, for anyone else.
   */
  async callerOf(request: HttpRequest, page: boolean): Promise<AuthUser | null> {
    try {
      if (page) {
        const session = await this.sessions.get(readCookie(request.headers.cookie, SESSION_COOKIE));
        const user = session ? await this.users.findUserById(session.userId) : null;
        return session && user && !user.disabled ? sessionUser(user) : null;
      }
      return await this.apiUser(request, () => undefined);
    } catch (error) {
      if (error instanceof UnauthorizedException) return null;
      throw error;
    }
  }

  private async apiUser(request: HttpRequest, challenge: (value: string) => void): Promise<AuthUser> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      challenge('Bearer realm="athar"');
      throw new UnauthorizedException('Sign-in required: send an API token as "Authorization: Bearer <token>".');
    }
    const user = await this.auth.authenticate(match[1]);
    if (!user) {
      challenge('Bearer realm="athar", error="invalid_token"');
      throw new UnauthorizedException('The API token is unknown, revoked, or belongs to a disabled user.');
    }
    return user;
  }

  private async pageUser(request: HttpRequest): Promise<AuthUser> {
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = await this.sessions.get(sessionId);
    const user = session ? await this.users.findUserById(session.userId) : null;
    if (!session || !user || user.disabled) throw new SignInRequiredException('Please sign in.');
    if (!['GET', 'HEAD'].includes(request.method)) {
      const token = request.body?._csrf ?? request.headers['x-csrf-token'];
      if (!this.sessions.csrfMatches(session, token)) {
        throw new CsrfRejectedException('This form has expired or did not come from Athar; reload the page and try again.');
      }
    }
    request.sessionId = sessionId;
    request.csrf = session.csrf;
    return sessionUser(user);
  }
}
