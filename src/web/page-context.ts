import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../auth/roles.decorator';
import type { PageContext } from './layout';

/** The signed-in person, their CSRF token and language, for rendering a page. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): PageContext => {
  const req = context.switchToHttp().getRequest<{ user?: AuthUser; csrf?: string; originalUrl?: string }>();
  const user = req.user ?? null;
  return {
    user,
    csrf: req.csrf ?? '',
    lang: user?.language === 'ar' ? 'ar' : 'en',
    digits: user?.digits ?? 'latn',
    timeZone: user?.timeZone,
    path: req.originalUrl,
  };
});
