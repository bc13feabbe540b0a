import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { readCookie } from '../auth/access.guard';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Page, Public, Roles } from '../auth/roles.decorator';
import { html } from './html';
import { Language, t, type MessageKey } from './i18n';
import { csrfField, layout, postButton, type PageContext } from './layout';
import { Ctx } from './page-context';
import { passwordProblem } from './password';
import { SESSION_COOKIE, SessionService } from './session.service';

const LOGIN_CSRF_COOKIE = 'athar_login_csrf';

/** Only same-site paths: an attacker's ?next= cannot send a person elsewhere after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

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
    res.redirect(303, user.roles.some((r) => r === 'reviewer' || r === 'admin') ? '/review' : user.roles.includes('researcher') ? '/persons' : '/account');
  }

  @Get('login')
  @Public()
  loginPage(@Req() req: Request, @Res() res: Response, @Query('next') next?: string): void {
    // Sign-in has no session yet: a double-submit cookie stands in for the CSRF token.
    const token = randomBytes(18).toString('base64url');
    res.cookie(LOGIN_CSRF_COOKIE, token, { ...cookieOptions(req), maxAge: 30 * 60_000 });
    res.type('html').send(this.renderLogin(token, safeNext(next), preferredLanguage(req)));
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  async login(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const lang = preferredLanguage(req);
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    const cookieToken = readCookie(req.headers.cookie, LOGIN_CSRF_COOKIE);
    const fail = (status: number, key: 'login.failed' | 'login.limited' | 'login.expired') => {
      const token = randomBytes(18).toString('base64url');
      res.cookie(LOGIN_CSRF_COOKIE, token, { ...cookieOptions(req), maxAge: 30 * 60_000 });
      res.status(status).type('html').send(this.renderLogin(token, next, lang, t(lang, key), email));
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
    res.redirect(303, next);
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
  async account(@Ctx() ctx: PageContext, @Query('done') done?: string): Promise<string> {
    const messages: Record<string, MessageKey> = { password: 'account.changed', 'password-tokens': 'account.changedTokens', revoked: 'account.tokenRevoked' };
    return this.renderAccount(ctx, done && Object.hasOwn(messages, done) ? t(ctx.lang, messages[done]) : undefined);
  }

  /** A new API token for scripts: shown once on the page that answers this form, stored only as a hash. */
  @Post('account/tokens')
  @Page()
  @Roles(...ANY_ROLE)
  async createToken(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Body('name') name: unknown): Promise<string> {
    const label = typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : 'token';
    const { token } = await this.auth.createToken(actorOf(user), user.email, label);
    return this.renderAccount(ctx, undefined, false, token);
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
  async language(@CurrentUser() user: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (body.language === 'en' || body.language === 'ar') await this.auth.setLanguage(user.id, body.language);
    res.redirect(303, safeNext(body.back));
  }

  @Post('account/password')
  @Page()
  @Roles(...ANY_ROLE)
  async password(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Req() req: Request & { sessionId?: string }, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const current = typeof body.current === 'string' ? body.current : '';
    const next = typeof body.password === 'string' ? body.password : '';
    if (!(await this.auth.checkPassword(user.email, current))) {
      res.status(400).type('html').send(await this.renderAccount(ctx, t(ctx.lang, 'account.wrongCurrent'), true));
      return;
    }
    const problem = passwordProblem(next);
    if (problem) {
      res.status(400).type('html').send(await this.renderAccount(ctx, problem, true));
      return;
    }
    const { tokensRevoked } = await this.auth.setPassword(actorOf(user), user.email, next, { keepTokens: body.keepTokens === 'yes' });
    await this.sessions.destroyAllOf(user.id, req.sessionId);
    res.redirect(303, tokensRevoked > 0 ? '/account?done=password-tokens' : '/account?done=password');
  }

  private renderLogin(token: string, next: string, lang: Language, error?: string, email = ''): string {
    const ctx: PageContext = { user: null, csrf: token, lang };
    return layout(
      ctx,
      t(lang, 'login.title'),
      html`<form method="post" action="/login" class="card" id="login">${csrfField(ctx)}
        <input type="hidden" name="next" value="${next}">
        ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
        <label for="email">${t(lang, 'login.email')}</label><input id="email" name="email" type="email" autocomplete="username" required value="${email}">
        <label for="password">${t(lang, 'login.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <p><button type="submit" class="primary">${t(lang, 'login.submit')}</button></p></form>`,
    );
  }

  private async renderAccount(ctx: PageContext, message?: string, isError = false, newToken?: string): Promise<string> {
    const tokens = ctx.user ? await this.auth.listTokens(ctx.user.email) : [];
    const tokenRows = tokens.map(
      (tk) => html`<tr><td>${tk.name}</td><td><code>${tk.prefix}…</code></td><td>${tk.createdAt.toISOString().slice(0, 16)}</td>
        <td>${tk.lastUsedAt?.toISOString().slice(0, 16) ?? '—'}</td>
        <td>${tk.revokedAt ? t(ctx.lang, 'account.tokenRevokedAt', { at: tk.revokedAt.toISOString().slice(0, 16) }) : postButton(ctx, `/account/tokens/${tk.id}/revoke`, t(ctx.lang, 'account.revoke'), { cls: 'danger' })}</td></tr>`,
    );
    return layout(
      ctx,
      t(ctx.lang, 'account.title'),
      html`<form method="post" action="/account/language" class="card">${csrfField(ctx)}
          <label for="language">${t(ctx.lang, 'account.language')}</label>
          <select id="language" name="language"><option value="en" ${ctx.lang === 'en' ? 'selected' : ''}>English</option><option value="ar" ${ctx.lang === 'ar' ? 'selected' : ''}>العربية</option></select>
          <button type="submit">${t(ctx.lang, 'account.save')}</button></form>
        <form method="post" action="/account/password" class="card">${csrfField(ctx)}
          <h2>${t(ctx.lang, 'account.password')}</h2>
          ${message && isError ? html`<p class="error" role="alert">${message}</p>` : ''}
          <label for="current">${t(ctx.lang, 'account.current')}</label><input id="current" name="current" type="password" autocomplete="current-password" required>
          <label for="new-password">${t(ctx.lang, 'account.new')}</label><input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required>
          <label><input type="checkbox" name="keepTokens" value="yes" id="keep-tokens"> ${t(ctx.lang, 'account.keepTokens')}</label>
          <p><button type="submit">${t(ctx.lang, 'account.save')}</button></p></form>
        <section class="card" id="tokens"><h2>${t(ctx.lang, 'account.tokens')}</h2>
          <p class="muted">${t(ctx.lang, 'account.tokensHelp')}</p>
          ${newToken ? html`<p class="flash" role="status">${t(ctx.lang, 'account.tokenOnce')}<br><code id="new-token">${newToken}</code></p>` : ''}
          ${tokens.length ? html`<table><thead><tr><th>${t(ctx.lang, 'account.tokenName')}</th><th></th><th>${t(ctx.lang, 'account.tokenCreated')}</th><th>${t(ctx.lang, 'account.tokenUsed')}</th><th></th></tr></thead><tbody>${tokenRows}</tbody></table>` : ''}
          <form method="post" action="/account/tokens">${csrfField(ctx)}
            <label for="token-name">${t(ctx.lang, 'account.tokenName')}</label><input id="token-name" name="name" maxlength="100" required>
            <button type="submit">${t(ctx.lang, 'account.createToken')}</button></form></section>`,
      message && !isError ? message : undefined,
    );
  }
}

function preferredLanguage(req: Request): Language {
  return /^ar\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'ar' : 'en';
}
