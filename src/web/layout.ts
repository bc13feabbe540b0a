import type { AuthUser } from '../auth/roles.decorator';
import { html, SafeHtml } from './html';
import { dir, Language, t } from './i18n';

export interface PageContext {
  user: AuthUser | null;
  csrf: string;
  lang: Language;
  /** The page's own path, so a form (the language switch) can come back to it. */
  path?: string;
}

/** A hidden CSRF field for every state-changing form. */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

export function postButton(ctx: PageContext, action: string, label: string, options: { cls?: string; key?: string; fields?: Record<string, string> } = {}): SafeHtml {
  const fields = Object.entries(options.fields ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);
  return html`<form method="post" action="${action}" class="inline">${csrfField(ctx)}${fields}<button type="submit" class="${options.cls ?? ''}" ${options.key ? html`data-key="${options.key}"` : ''}>${label}</button></form>`;
}

/** The page frame: language and direction, navigation by role, no inline script or style (CSP). */
export function layout(ctx: PageContext, title: string, body: SafeHtml, flash?: string): string {
  const u = ctx.user;
  const can = (...roles: string[]) => u?.roles.some((r) => roles.includes(r));
  const nav = u
    ? html`<nav>
        <a class="brand" href="/">${t(ctx.lang, 'app.name')}</a>
        ${can('reviewer', 'admin') ? html`<a href="/review">${t(ctx.lang, 'nav.review')}</a>` : ''}
        ${can('reviewer', 'admin', 'researcher') ? html`<a href="/persons">${t(ctx.lang, 'nav.persons')}</a>` : ''}
        ${can('reviewer', 'admin', 'researcher') ? html`<a href="/search">${t(ctx.lang, 'nav.search')}</a>` : ''}
        ${can('operator', 'admin') ? html`<a href="/sources">${t(ctx.lang, 'nav.sources')}</a>` : ''}
        <a href="/overview">${t(ctx.lang, 'nav.overview')}</a>
        ${can('admin') ? html`<a href="/audit">${t(ctx.lang, 'nav.audit')}</a>` : ''}
        <span class="spacer"></span>
        <form method="post" action="/account/language" class="inline">${csrfField(ctx)}
          <input type="hidden" name="language" value="${ctx.lang === 'ar' ? 'en' : 'ar'}"><input type="hidden" name="back" value="${ctx.path ?? '/'}">
          <button type="submit" id="switch-language">${t(ctx.lang, 'lang.switch')}</button></form>
        <a href="/account">${u.name}</a>
        <form method="post" action="/logout" class="inline">${csrfField(ctx)}<button type="submit">${t(ctx.lang, 'nav.signOut')}</button></form>
      </nav>`
    : html`<nav><span class="brand">${t(ctx.lang, 'app.name')}</span></nav>`;
  return `<!DOCTYPE html>${html`<html lang="${ctx.lang}" dir="${dir(ctx.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t(ctx.lang, 'app.name')}</title>
<link rel="stylesheet" href="/assets/app.css"><script src="/assets/app.js" defer></script></head>
<body>${nav}<main>${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}<h1>${title}</h1>${body}</main></body></html>`}`;
}
