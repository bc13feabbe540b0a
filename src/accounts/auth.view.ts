import type { ApiTokenRecord } from '../auth/user.repository';
import { DEFAULT_TIME_ZONE } from '../auth/user.schema';
import { html } from '../web/html';
import { t, type Language } from '../web/i18n';
import { th } from '../web/labels';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { moment } from '../web/post-parts.view';

/** Time zones offered first; any other IANA name can be typed. */
const COMMON_ZONES = [
  'Asia/Damascus',
  'Asia/Beirut',
  'Asia/Amman',
  'Europe/Istanbul',
  'Europe/Berlin',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'UTC',
];

export function loginView(token: string, next: string, lang: Language, error?: string, email = ''): string {
  const ctx: PageContext = { user: null, csrf: token, lang };
  return layout(
    ctx,
    t(ctx, 'login.title'),
    html`<form method="post" action="/login" class="card" id="login">${csrfField(ctx)}
      <input type="hidden" name="next" value="${next}">
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <label for="email">${t(ctx, 'login.email')}</label><input id="email" name="email" type="email" autocomplete="username" required value="${email}" dir="ltr">
      <label for="password">${t(ctx, 'login.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
      <p><button type="submit" class="primary">${t(ctx, 'login.submit')}</button></p></form>`,
  );
}

export interface AccountPageOptions {
  message?: string;
  isError?: boolean;
  newToken?: string;
}

export function accountView(ctx: PageContext, tokens: ApiTokenRecord[], { message, isError = false, newToken }: AccountPageOptions = {}): string {
  const zone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  const zones = COMMON_ZONES.includes(zone) ? COMMON_ZONES : [zone, ...COMMON_ZONES];
  const tokenRows = tokens.map(
    (tk) => html`<tr><td><bdi>${tk.name}</bdi></td><td><bdi><code>${tk.prefix}…</code></bdi></td><td>${moment(ctx, tk.createdAt)}</td>
      <td>${tk.lastUsedAt ? moment(ctx, tk.lastUsedAt) : '—'}</td>
      <td>${tk.revokedAt ? th(ctx, 'account.tokenRevokedAt', { at: moment(ctx, tk.revokedAt) }) : postButton(ctx, `/account/tokens/${tk.id}/revoke`, t(ctx, 'account.revoke'), { cls: 'danger' })}</td></tr>`,
  );
  return layout(
    ctx,
    t(ctx, 'account.title'),
    html`<form method="post" action="/account/language" class="card">${csrfField(ctx)}
        <label for="language">${t(ctx, 'account.language')}</label>
        <select id="language" name="language"><option value="en" ${ctx.lang === 'en' ? 'selected' : ''}>English</option><option value="ar" ${ctx.lang === 'ar' ? 'selected' : ''}>العربية</option></select>
        <button type="submit">${t(ctx, 'account.save')}</button></form>
      <form method="post" action="/account/display" class="card" id="display-form">${csrfField(ctx)}
        <h2>${t(ctx, 'account.display')}</h2>
        <label for="time-zone">${t(ctx, 'account.timeZone')}</label>
        <input id="time-zone" name="timeZone" list="time-zones" value="${zone}" dir="ltr" required>
        <datalist id="time-zones">${zones.map((z) => html`<option value="${z}">`)}</datalist>
        <label for="digits">${t(ctx, 'account.digits')}</label>
        <select id="digits" name="digits"><option value="latn" ${ctx.digits !== 'arab' ? 'selected' : ''}>0 1 2 3</option><option value="arab" ${ctx.digits === 'arab' ? 'selected' : ''}>٠ ١ ٢ ٣</option></select>
        <p class="muted">${t(ctx, 'account.displayExample')}: ${moment(ctx, new Date())}</p>
        <button type="submit">${t(ctx, 'account.save')}</button></form>
      <form method="post" action="/account/password" class="card">${csrfField(ctx)}
        <h2>${t(ctx, 'account.password')}</h2>
        ${message && isError ? html`<p class="error" role="alert">${message}</p>` : ''}
        <label for="current">${t(ctx, 'account.current')}</label><input id="current" name="current" type="password" autocomplete="current-password" required>
        <label for="new-password">${t(ctx, 'account.new')}</label><input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required>
        <label><input type="checkbox" name="keepTokens" value="yes" id="keep-tokens"> ${t(ctx, 'account.keepTokens')}</label>
        <p><button type="submit">${t(ctx, 'account.save')}</button></p></form>
      <section class="card" id="tokens"><h2>${t(ctx, 'account.tokens')}</h2>
        <p class="muted">${t(ctx, 'account.tokensHelp')}</p>
        ${newToken ? html`<p class="flash" role="status">${t(ctx, 'account.tokenOnce')}<br><bdi><code id="new-token">${newToken}</code></bdi></p>` : ''}
        ${tokens.length ? html`<table><thead><tr><th>${t(ctx, 'account.tokenName')}</th><th></th><th>${t(ctx, 'account.tokenCreated')}</th><th>${t(ctx, 'account.tokenUsed')}</th><th></th></tr></thead><tbody>${tokenRows}</tbody></table>` : ''}
        <form method="post" action="/account/tokens">${csrfField(ctx)}
          <label for="token-name">${t(ctx, 'account.tokenName')}</label><input id="token-name" name="name" maxlength="100" required>
          <button type="submit">${t(ctx, 'account.createToken')}</button></form></section>`,
    message && !isError ? message : undefined,
  );
}
