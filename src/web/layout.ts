import { mayUseFaces } from '../auth/access-rule';
import type { AuthUser } from '../auth/roles.decorator';
import { html, SafeHtml } from './html';
import { dir, Language, t, type Locale } from './i18n';

export interface PageContext extends Locale {
  user: AuthUser | null;
  csrf: string;
  lang: Language;
  /** Where the reader's clock is (IANA name): dates and times are shown in it. */
  timeZone?: string;
  /** The page's own path, so a form (the language switch) can come back to it. */
  path?: string;
}

/** A hidden CSRF field for every state-changing form. */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

export function postButton(
  ctx: PageContext,
  action: string,
  label: string,
  options: { cls?: string; key?: string; fields?: Record<string, string> } = {},
): SafeHtml {
  const fields = Object.entries(options.fields ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);
  return html`<form method="post" action="${action}" class="inline">${csrfField(ctx)}${fields}<button type="submit" class="${options.cls ?? ''}" ${options.key ? html`data-key="${options.key}"` : ''}>${label}</button></form>`;
}

/** The page frame: language and direction, navigation by role, no inline script or style (CSP). */
export function layout(ctx: PageContext, title: string, body: SafeHtml, flash?: string): string {
  const u = ctx.user;
  const can = (...roles: string[]) => u?.roles.some((r) => roles.includes(r));
  const nav = u
    ? html`<nav>
        <a class="brand" href="/">${t(ctx, 'app.name')}</a>
        ${can('reviewer', 'admin') ? html`<a href="/review">${t(ctx, 'nav.review')}</a>` : ''}
        ${can('reviewer', 'admin', 'researcher') ? html`<a href="/persons">${t(ctx, 'nav.persons')}</a>` : ''}
        ${can('reviewer', 'admin', 'researcher') ? html`<a href="/search">${t(ctx, 'nav.search')}</a>` : ''}
        ${mayUseFaces(u) ? html`<a href="/faces">${t(ctx, 'nav.faces')}</a>` : ''}
        ${can('operator', 'admin') ? html`<a href="/sources">${t(ctx, 'nav.sources')}</a>` : ''}
        <a href="/overview">${t(ctx, 'nav.overview')}</a>
        ${can('admin') ? html`<a href="/audit">${t(ctx, 'nav.audit')}</a>` : ''}
        ${can('admin') ? html`<a href="/users">${t(ctx, 'nav.users')}</a>` : ''}
        <a href="/tips/new">${t(ctx, 'nav.tip')}</a>
        <span class="spacer"></span>
        <form method="post" action="/account/language" class="inline">${csrfField(ctx)}
          <input type="hidden" name="language" value="${ctx.lang === 'ar' ? 'en' : 'ar'}"><input type="hidden" name="back" value="${ctx.path ?? '/'}">
          <button type="submit" id="switch-language">${t(ctx, 'lang.switch')}</button></form>
        <a href="/account"><bdi>${u.name}</bdi></a>
        <form method="post" action="/logout" class="inline">${csrfField(ctx)}<button type="submit">${t(ctx, 'nav.signOut')}</button></form>
      </nav>`
    : html`<nav><span class="brand">${t(ctx, 'app.name')}</span></nav>`;
  return `<!DOCTYPE html>${
    html`<html lang="${ctx.lang}" dir="${dir(ctx.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t(ctx, 'app.name')}</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml"><link rel="stylesheet" href="/assets/app.css"><script src="/assets/app.js" defer></script></head>
<body>${nav}<main>${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}<h1>${title}</h1>${body}</main></body></html>`.value
  }`;
}
