import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from './auth.service';
import { AuthUser, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { UserRole } from './user.schema';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
}

/** Guards every route: a bearer token of an enabled user, holding one of the route's roles. */
@Injectable()
export class ApiTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    const challenge = (value: string) => http.getResponse<{ setHeader(k: string, v: string): void }>().setHeader('WWW-Authenticate', value);
    if (!match) {
      challenge('Bearer realm="athar"');
      throw new UnauthorizedException('Sign-in required: send an API token as "Authorization: Bearer <token>".');
    }
    const user = await this.auth.authenticate(match[1]);
    if (!user) {
      challenge('Bearer realm="athar", error="invalid_token"');
      throw new UnauthorizedException('The API token is unknown, revoked, or belongs to a disabled user.');
    }
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!user.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(
        allowed.length ? `This needs one of the roles: ${allowed.join(', ')}.` : 'This route is not open to any role.',
      );
    }
    return true;
  }
}
