import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AuditActor } from '../audit/audit-event.schema';
import { UserRole } from './user.schema';

export const ROLES_KEY = 'athar:roles';
export const PUBLIC_KEY = 'athar:public';
export const PAGE_KEY = 'athar:page';

export const ANY_ROLE: UserRole[] = ['admin', 'operator', 'reviewer', 'researcher'];

/** The roles allowed to call a route. A route without it is refused to everyone (deny by default). */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** For the few routes that need no sign-in (the health check, the sign-in page). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A dashboard page: signed in by session cookie, with CSRF checks on anything that changes state. */
export const Page = () => SetMetadata(PAGE_KEY, true);

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: UserRole[];
  /** The API token used, or 'session' for the dashboard. */
  tokenId: string;
  language?: 'en' | 'ar';
  timeZone?: string;
  digits?: 'latn' | 'arab';
}

export function actorOf(user: AuthUser): AuditActor {
  return { userId: user.id, kind: 'user', label: user.email };
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
