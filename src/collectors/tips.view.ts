import { html } from '../web/html';
import { t } from '../web/i18n';
import { csrfField, layout, type PageContext } from '../web/layout';
import { postHref } from '../web/post-parts.view';

export interface TipForm {
  url?: string;
  text?: string;
  note?: string;
}

/** A tip for the verification team: a link, or text pasted from somewhere, with a note. */
export function tipFormView(ctx: PageContext, values: TipForm = {}, problems: string[] = []): string {
  return layout(
    ctx,
    t(ctx, 'tip.title'),
    html`<form method="post" action="/tips" class="card" id="tip-form">${csrfField(ctx)}
      <p class="muted">${t(ctx, 'tip.help')}</p>
      ${problems.length ? html`<p class="error" role="alert">${t(ctx, 'tip.invalid')} <bdi>${problems.join('; ')}</bdi></p>` : ''}
      <label for="tip-url">${t(ctx, 'tip.url')}</label><input id="tip-url" name="url" type="url" value="${values.url ?? ''}" dir="ltr" size="60">
      <label for="tip-text">${t(ctx, 'tip.text')}</label><textarea id="tip-text" name="text" rows="6" dir="auto">${values.text ?? ''}</textarea>
      <label for="tip-note">${t(ctx, 'tip.note')}</label><textarea id="tip-note" name="note" rows="3" dir="auto">${values.note ?? ''}</textarea>
      <p><button type="submit" class="primary">${t(ctx, 'tip.submit')}</button></p></form>`,
  );
}

export function tipSentView(ctx: PageContext, result: { postId: string; created: boolean }): string {
  const user = ctx.user;
  return layout(
    ctx,
    t(ctx, 'tip.title'),
    html`<div class="card" id="tip-sent"><p>${t(ctx, result.created ? 'tip.thanks' : 'tip.known')}</p>
      ${user && user.roles.some((r) => r !== 'operator') ? html`<p><a href="${postHref(user, result.postId)}">${t(ctx, 'tip.open')}</a></p>` : ''}
      <p><a href="/tips/new">${t(ctx, 'tip.another')}</a></p></div>`,
  );
}
