import type { UserRecord } from '../auth/user.repository';
import { USER_ROLES } from '../auth/user.schema';
import { html } from '../web/html';
import { t } from '../web/i18n';
import { label, th } from '../web/labels';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { moment } from '../web/post-parts.view';

export interface UsersPageOptions {
  flash?: string;
  error?: string;
  /** A reset link just made: shown this once. */
  resetLink?: { email: string; url: string };
}

/** Users for admins: add one, set roles, disable or enable, make a one-time password reset link. */
export function usersView(ctx: PageContext, users: UserRecord[], { flash, error, resetLink }: UsersPageOptions = {}): string {
  const roleBoxes = (selected: readonly string[], idPrefix: string) =>
    USER_ROLES.map(
      (r) =>
        html`<label class="inline"><input type="checkbox" name="roles" value="${r}" id="${idPrefix}-${r}" ${selected.includes(r) ? 'checked' : ''}> ${label(ctx, 'userRole', r)}</label>`,
    );
  const body = html`${error ? html`<p class="card error" role="alert"><bdi>${error}</bdi></p>` : ''}
    ${resetLink ? html`<p class="card flash" role="status" id="reset-link">${th(ctx, 'users.resetOnce', { email: resetLink.email })}<br><bdi><code>${resetLink.url}</code></bdi></p>` : ''}
    <table id="users"><thead><tr><th>${t(ctx, 'users.name')}</th><th>${t(ctx, 'users.email')}</th><th>${t(ctx, 'users.roles')}</th><th>${t(ctx, 'users.since')}</th><th></th></tr></thead>
      <tbody>${users.map(
        (
          u,
        ) => html`<tr data-user="${u.email}" class="${u.disabled ? 'disabled' : ''}"><td><bdi>${u.name}</bdi>${u.disabled ? html` <span class="badge warn">${t(ctx, 'users.disabled')}</span>` : ''}</td><td><bdi>${u.email}</bdi></td>
          <td><form method="post" action="/users/${u.id}/roles" class="inline roles-form">${csrfField(ctx)}${roleBoxes(u.roles, `r-${u.id}`)} <button type="submit">${t(ctx, 'users.saveRoles')}</button></form></td>
          <td>${moment(ctx, u.createdAt)}</td>
          <td>${u.disabled ? postButton(ctx, `/users/${u.id}/enable`, t(ctx, 'users.enable')) : postButton(ctx, `/users/${u.id}/disable`, t(ctx, 'users.disable'), { cls: 'danger' })}
            ${u.disabled ? '' : postButton(ctx, `/users/${u.id}/reset-link`, t(ctx, 'users.resetLink'))}</td></tr>`,
      )}</tbody></table>
    <form method="post" action="/users" class="card" id="add-user">${csrfField(ctx)}
      <h2>${t(ctx, 'users.add')}</h2>
      <label for="new-email">${t(ctx, 'users.email')}</label><input id="new-email" name="email" type="email" required dir="ltr">
      <label for="new-name">${t(ctx, 'users.name')}</label><input id="new-name" name="name" required dir="auto">
      <p>${roleBoxes([], 'new')}</p>
      <p class="muted">${t(ctx, 'users.addHelp')}</p>
      <p><button type="submit" class="primary">${t(ctx, 'users.addSubmit')}</button></p></form>`;
  return layout(ctx, t(ctx, 'users.title'), body, flash);
}

export function resetView(ctx: PageContext, token: string, { valid, error }: { valid: boolean; error?: string }): string {
  const body = valid
    ? html`<form method="post" action="/reset/${token}" class="card" id="reset-form">
        ${error ? html`<p class="error" role="alert"><bdi>${error}</bdi></p>` : ''}
        <label for="new-password">${t(ctx, 'account.new')}</label><input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required>
        <p><button type="submit" class="primary">${t(ctx, 'reset.submit')}</button></p></form>`
    : html`<p class="card error">${t(ctx, 'reset.invalid')}</p>`;
  return layout(ctx, t(ctx, 'reset.title'), body);
}
