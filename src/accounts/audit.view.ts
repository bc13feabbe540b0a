import { html, type SafeHtml } from '../web/html';
import { t, type MessageKey } from '../web/i18n';
import { actionLabel } from '../web/labels';
import { layout, type PageContext } from '../web/layout';
import { moment } from '../web/post-parts.view';
import type { AuditEventRecord, AuditQuery } from '../audit/audit-event.repository';

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export interface AuditPage {
  events: AuditEventRecord[];
  nextBeforeId: string | null;
  actions: string[];
  query: AuditQuery;
  form: Record<string, string>;
}

/** The audit trail for admins: filters, then each event in words, its details kept as recorded. */
export function auditView(ctx: PageContext, { events, nextBeforeId, actions, query, form }: AuditPage): string {
  const l = (k: MessageKey) => t(ctx, k);
  const next = nextBeforeId ? `/audit?${new URLSearchParams({ ...form, before: nextBeforeId }).toString()}` : null;
  const first = query.beforeId ? `/audit?${new URLSearchParams(form).toString()}` : null;
  const actionChoices = actions.includes(form.action ?? '') || !form.action ? actions : [form.action, ...actions];
  const body = html`<p class="muted">${l('audit.readOnly')}</p>
      <form method="get" action="/audit" class="card audit-filters" id="audit-filters">
        <div><label for="f-action">${l('audit.action')}</label>
          <select id="f-action" name="action"><option value="">${l('audit.any')}</option>${actionChoices.map((a) => html`<option value="${a}" ${a === form.action ? 'selected' : ''}>${actionLabel(ctx, a)}</option>`)}</select></div>
        <div><label for="f-actor">${l('audit.actor')}</label><input id="f-actor" name="actor" value="${form.actor ?? ''}" dir="ltr"></div>
        <div><label for="f-type">${l('audit.entityType')}</label><input id="f-type" name="entityType" value="${form.entityType ?? ''}" dir="ltr"></div>
        <div><label for="f-id">${l('audit.entityId')}</label><input id="f-id" name="entityId" value="${form.entityId ?? ''}" dir="ltr"></div>
        <div><label for="f-from">${l('audit.from')}</label><input id="f-from" name="from" type="date" value="${form.from ?? ''}"></div>
        <div><label for="f-to">${l('audit.to')}</label><input id="f-to" name="to" type="date" value="${form.to ?? ''}"></div>
        <div class="audit-filter-actions"><button type="submit" class="primary">${l('audit.apply')}</button> <a href="/audit">${l('audit.reset')}</a></div>
      </form>
      ${
        events.length === 0
          ? html`<p class="card">${l('audit.empty')}</p>`
          : html`<table id="audit"><thead><tr><th scope="col">${l('audit.time')}</th><th scope="col">${l('audit.actor')}</th><th scope="col">${l('audit.action')}</th><th scope="col">${l('audit.entity')}</th><th scope="col">${l('audit.change')}</th></tr></thead>
          <tbody>${events.map((e) => row(ctx, e))}</tbody></table>`
      }
      <p class="pager">${first ? html`<a href="${first}">${l('audit.newest')}</a> ` : ''}${next ? html`<a href="${next}" id="audit-older">${l('audit.older')}</a>` : ''}</p>`;
  return layout(ctx, l('audit.title'), body);
}

function row(ctx: PageContext, e: AuditEventRecord): SafeHtml {
  const change = (key: 'audit.before' | 'audit.after', value: unknown) =>
    value === null || value === undefined ? '' : html`<details><summary>${t(ctx, key)}</summary><pre dir="ltr"><bdi>${json(value)}</bdi></pre></details>`;
  return html`<tr data-event="${e.id}" data-action="${e.action}">
      <td>${moment(ctx, e.at)}</td>
      <td><bdi>${e.actor.label}</bdi>${e.actor.kind !== 'user' ? html` <span class="badge">${t(ctx, e.actor.kind === 'cli' ? 'audit.actorCli' : 'audit.actorSystem')}</span>` : ''}</td>
      <td>${actionLabel(ctx, e.action)}</td>
      <td><span class="muted">${t(ctx, `audit.entity.${ENTITY_TYPES.includes(e.entity.type) ? e.entity.type : 'other'}` as MessageKey)}</span> <bdi><code>${e.entity.id}</code></bdi></td>
      <td>${change('audit.before', e.before)}${change('audit.after', e.after)}</td>
    </tr>`;
}

const ENTITY_TYPES = [
  'person',
  'person-target',
  'post',
  'mention',
  'source',
  'user',
  'api_token',
  'export',
  'import',
  'tip',
  'job',
  'face',
  'face-upload',
  'settings',
];
