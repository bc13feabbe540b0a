import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { readCookie } from '../auth/access.guard';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Page, Public, Roles } from '../auth/roles.decorator';
import { Language, t, type MessageKey } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { accountView, loginView } from './auth.view';
import { Ctx } from '../web/page-context';
import { passwordProblem } from '../auth/password';
import { SESSION_COOKIE, SessionService } from '../auth/session.service';
import { FormSubmission, type Submission, ValidForm, ValidQuery } from '../validation/zod.pipe';
import {
  type DisplayForm,
  displayForm,
  doneQuery,
  languageForm,
  type LoginForm,
  loginForm,
  loginQuery,
  type PasswordForm,
  passwordForm,
  tokenForm,
} from './accounts.dto';

const LOGIN_CSRF_COOKIE = 'athar_login_csrf';

function cookieOptions(req: Request) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
}

@Controller()
export class AuthPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Page()
  @Roles(...ANY_ROLE)
  home(@CurrentUser() user: AuthUser, @Res() res: Response): void {
    res.redirect(303, homeOf(user));
  }

  private async tokensOf(ctx: PageContext) {
    return ctx.user ? this.auth.listTokens(ctx.user.email) : [];
  }

  @Get('login')
  @Public()
  loginPage(@Req() req: Request, @Res() res: Response, @ValidQuery(loginQuery) { next }: { next: string }): void {
    // Sign-in has no session yet: a double-submit cookie stands in for the CSRF token.
    const token = randomBytes(18).toString('base64url');
    res.cookie(LOGIN_CSRF_COOKIE, token, { ...cookieOptions(req), maxAge: 30 * 60_000 });
    res.type('html').send(loginView(token, next, preferredLanguage(req)));
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  async login(@Req() req: Request, @Res() res: Response, @ValidForm(loginForm) body: LoginForm): Promise<void> {
    const lang = preferredLanguage(req);
    const { email, password, next } = body;
    const cookieToken = readCookie(req.headers.cookie, LOGIN_CSRF_COOKIE);
    const fail = (status: number, key: 'login.failed' | 'login.limited' | 'login.expired') => {
      const token = randomBytes(18).toString('base64url');
      res.cookie(LOGIN_CSRF_COOKIE, token, { ...cookieOptions(req), maxAge: 30 * 60_000 });
      res
        .status(status)
        .type('html')
        .send(loginView(token, next, lang, t(lang, key), email));
    };
    if (!cookieToken || body._csrf !== cookieToken) return fail(403, 'login.expired');
    if (!(await this.sessions.allowLoginAttempt(email, req.ip ?? 'unknown'))) return fail(429, 'login.limited');
    const user = await this.auth.checkPassword(email, password);
    if (!user) {
      await this.sessions.recordLoginFailure(email, req.ip ?? 'unknown');
      await this.audit.record({ userId: null, kind: 'user', label: email || '(empty)' }, 'auth.sign-in-failed', { type: 'user', id: email || '(empty)' });
      return fail(401, 'login.failed');
    }
    await this.sessions.clearLoginAttempts(email, req.ip ?? 'unknown');
    const { id } = await this.sessions.create(user.id);
    await this.audit.record({ userId: user.id, kind: 'user', label: user.email }, 'auth.sign-in', { type: 'user', id: user.id });
    res.clearCookie(LOGIN_CSRF_COOKIE, { path: '/' });
    res.cookie(SESSION_COOKIE, id, cookieOptions(req));
    res.redirect(303, next === '/' ? homeOf({ ...user, tokenId: 'session' }) : next);
  }

  @Post('logout')
  @Page()
  @Roles(...ANY_ROLE)
  async logout(@CurrentUser() user: AuthUser, @Req() req: Request & { sessionId?: string }, @Res() res: Response): Promise<void> {
    await this.sessions.destroy(req.sessionId);
    await this.audit.record(actorOf(user), 'auth.sign-out', { type: 'user', id: user.id });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  }

  @Get('account')
  @Page()
  @Roles(...ANY_ROLE)
  async account(@Ctx() ctx: PageContext, @ValidQuery(doneQuery) { done }: { done?: string }): Promise<string> {
    const messages: Record<string, MessageKey> = {
      password: 'account.changed',
      'password-tokens': 'account.changedTokens',
      revoked: 'account.tokenRevoked',
      display: 'account.displaySaved',
    };
    return accountView(ctx, await this.tokensOf(ctx), { message: done && Object.hasOwn(messages, done) ? t(ctx, messages[done]) : undefined });
  }

  /** A new API token for scripts: shown once on the page that answers this form, stored only as a hash. */
  @Post('account/tokens')
  @Page()
  @Roles(...ANY_ROLE)
  async createToken(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidForm(tokenForm) { name: label }: { name: string }): Promise<string> {
    const { token } = await this.auth.createToken(actorOf(user), user.email, label);
    return accountView(ctx, await this.tokensOf(ctx), { newToken: token });
  }

  @Post('account/tokens/:id/revoke')
  @Page()
  @Roles(...ANY_ROLE)
  async revokeToken(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.auth.revokeOwnToken({ ...actorOf(user), userId: user.id }, id);
    res.redirect(303, '/account?done=revoked');
  }

  @Post('account/language')
  @Page()
  @Roles(...ANY_ROLE)
  async language(@CurrentUser() user: AuthUser, @ValidForm(languageForm) form: { language?: 'en' | 'ar'; back: string }, @Res() res: Response): Promise<void> {
    if (form.language) await this.auth.setLanguage(user.id, form.language);
    res.redirect(303, form.back);
  }

  /** Time zone and digits of dates and numbers on every page. */
  @Post('account/display')
  @Page()
  @Roles(...ANY_ROLE)
  async display(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @FormSubmission(displayForm) form: Submission<DisplayForm>,
    @Res() res: Response,
  ): Promise<void> {
    if (!form.ok) {
      res
        .status(400)
        .type('html')
        .send(accountView(ctx, await this.tokensOf(ctx), { message: t(ctx, 'account.badTimeZone'), isError: true }));
      return;
    }
    await this.auth.setDisplay(user.id, form.data);
    res.redirect(303, '/account?done=display');
  }

  @Post('account/password')
  @Page()
  @Roles(...ANY_ROLE)
  async password(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Req() req: Request & { sessionId?: string },
    @Res() res: Response,
    @ValidForm(passwordForm) body: PasswordForm,
  ): Promise<void> {
    const { current, password: next } = body;
    if (!(await this.auth.checkPassword(user.email, current))) {
      res
        .status(400)
        .type('html')
        .send(accountView(ctx, await this.tokensOf(ctx), { message: t(ctx, 'account.wrongCurrent'), isError: true }));
      return;
    }
    const problem = passwordProblem(next);
    if (problem) {
      res
        .status(400)
        .type('html')
        .send(accountView(ctx, await this.tokensOf(ctx), { message: problem, isError: true }));
      return;
    }
    const { tokensRevoked } = await this.auth.setPassword(actorOf(user), user.email, next, { keepTokens: body.keepTokens });
    await this.sessions.destroyAllOf(user.id, req.sessionId);
    res.redirect(303, tokensRevoked > 0 ? '/account?done=password-tokens' : '/account?done=password');
  }
}

/** Where each role's work is: where sign-in lands. */
function homeOf(user: AuthUser): string {
  if (user.roles.some((r) => r === 'reviewer' || r === 'admin')) return '/review';
  if (user.roles.includes('researcher')) return '/search';
  if (user.roles.includes('operator')) return '/sources';
  return '/account';
}

function preferredLanguage(req: Request): Language {
  return /^ar\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'ar' : 'en';
}
