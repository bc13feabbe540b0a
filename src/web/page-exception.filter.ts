import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignInRequiredException } from '../auth/access.guard';
import type { AuthUser } from '../auth/roles.decorator';
import { html } from './html';
import { errorText } from './error-text';
import { t } from './i18n';
import { layout } from './layout';

/**
 * Errors on dashboard pages become pages (a sign-in redirect, a 403 or 404 page in the person's
 * language); errors under /api keep Nest's JSON shape.
 */
@Catch()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(PageExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { user?: AuthUser; csrf?: string }>();
    const res = http.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const isPage = !req.path.startsWith('/api') && req.path !== '/health';

    if (!isPage) {
      if (exception instanceof HttpException) {
        res.status(status).json(normalizeBody(exception.getResponse(), status));
      } else {
        this.logger.error({ msg: 'unhandled error', path: req.path, error: exception instanceof Error ? exception.message : String(exception) });
        res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
      }
      return;
    }
    if (exception instanceof SignInRequiredException) {
      const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
      res.redirect(303, `/login${next}`);
      return;
    }
    if (!(exception instanceof HttpException)) {
      this.logger.error({ msg: 'unhandled error on a page', path: req.path, error: exception instanceof Error ? exception.message : String(exception) });
    }
    const user = req.user ?? null;
    const ctx = {
      user,
      csrf: req.csrf ?? '',
      lang: user?.language === 'ar' ? ('ar' as const) : ('en' as const),
      digits: user?.digits,
      timeZone: user?.timeZone,
    };
    const raw = exception instanceof HttpException ? exception.message : '';
    const message =
      status === 404 && /^Cannot (GET|POST)/.test(raw)
        ? t(ctx, 'error.notFound')
        : status === 403 && (!raw || /roles/.test(raw))
          ? t(ctx, 'error.forbidden')
          : status >= 500 || !raw
            ? t(ctx, 'error.internal')
            : errorText(ctx, raw);
    const body = html`<div class="card"><p class="error"><bdi>${message}</bdi></p><p><a href="/">${t(ctx, 'error.back')}</a></p></div>`;
    res
      .status(status)
      .type('html')
      .send(layout(ctx, t(ctx, 'error.title'), body));
  }
}

function normalizeBody(body: string | object, status: number): object {
  return typeof body === 'string' ? { statusCode: status, message: body } : body;
}
