import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignInRequiredException } from '../auth/access.guard';
import type { AuthUser } from '../auth/roles.decorator';
import { html } from './html';
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
    const lang = req.user?.language === 'ar' ? 'ar' : 'en';
    const message =
      status === 404 ? t(lang, 'error.notFound') : status === 403 && !(exception as HttpException).message ? t(lang, 'error.forbidden') : exception instanceof HttpException ? exception.message : 'Internal server error';
    const body = html`<div class="card"><p class="error">${status === 403 && /roles/.test(message) ? t(lang, 'error.forbidden') : message}</p><p><a href="/">${t(lang, 'error.back')}</a></p></div>`;
    res.status(status).type('html').send(layout({ user: req.user ?? null, csrf: req.csrf ?? '', lang }, t(lang, 'error.title'), body));
  }
}

function normalizeBody(body: string | object, status: number): object {
  return typeof body === 'string' ? { statusCode: status, message: body } : body;
}
