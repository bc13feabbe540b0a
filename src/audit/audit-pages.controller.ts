import { Controller, Get, Query } from '@nestjs/common';
import { Page, Roles } from '../auth/roles.decorator';
import { isObjectId } from '../store/records';
import { html, SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { layout, type PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { AuditEventRepository, type AuditEventRecord, type AuditQuery } from './audit-event.repository';

export const AUDIT_PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A query-string value as a short, trimmed string, or undefined (arrays and objects are ignored). */
function text(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  return v && v.length <= max ? v : undefined;
}

function day(value: unknown): Date | undefined {
  const v = text(value, 10);
  if (!v || !DAY.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The filters of the page, from its query string; invalid values are dropped. */
export function parseAuditFilters(q: Record<string, unknown>): { query: AuditQuery; form: Record<string, string> } {
  const from = day(q.from);
  const toDay = day(q.to);
  const before = text(q.before, 24);
  const query: AuditQuery = {
    action: text(q.action, 100),
    actor: text(q.actor),
    entityType: text(q.entityType, 100),
    entityId: text(q.entityId),
    from,
    // The "to" day is inclusive: events before the start of the next day.
    to: toDay ? new Date(toDay.getTime() + 86_400_000) : undefined,
    beforeId: before && isObjectId(before) ? before : undefined,
    limit: AUDIT_PAGE_SIZE,
  };
  const form: Record<string, string> = {};
  for (const k of ['action', 'actor', 'entityType', 'entityId'] as const) if (query[k]) form[k] = query[k]!;
  if (from) form.from = from.toISOString().slice(0, 10);
  if (toDay) form.to = toDay.toISOString().slice(0, 10);
  return { query, form };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The admins' view of the audit trail: read-only (GET only, there is no route that changes it). */
@Controller('audit')
@Page()
@Roles('admin')
export class AuditPagesController {
  constructor(private readonly events: AuditEventRepository) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @Query() q: Record<string, unknown>): Promise<string> {
    const { query, form } = parseAuditFilters(q);
    const [{ events, nextBeforeId }, actions] = await Promise.all([this.events.findPage(query), this.events.distinctActions()]);
    const l = (k: Parameters<typeof t>[1]) => t(ctx.lang, k);
    const next = nextBeforeId ? `/audit?${new URLSearchParams({ ...form, before: nextBeforeId }).toString()}` : null;
    const first = query.beforeId ? `/audit?${new URLSearchParams(form).toString()}` : null;
    const actionChoices = actions.includes(form.action ?? '') || !form.action ? actions : [form.action, ...actions];
    const body = html`<p class="muted">${l('audit.readOnly')}</p>
      <form method="get" action="/audit" class="card audit-filters" id="audit-filters">
        <div><label for="f-action">${l('audit.action')}</label>
          <select id="f-action" name="action"><option value="">${l('audit.any')}</option>${actionChoices.map((a) => html`<option value="${a}" ${a === form.action ? 'selected' : ''}>${a}</option>`)}</select></div>
        <div><label for="f-actor">${l('audit.actor')}</label><input id="f-actor" name="actor" value="${form.actor ?? ''}" dir="ltr"></div>
        <div><label for="f-type">${l('audit.entityType')}</label><input id="f-type" name="entityType" value="${form.entityType ?? ''}" dir="ltr"></div>
        <div><label for="f-id">${l('audit.entityId')}</label><input id="f-id" name="entityId" value="${form.entityId ?? ''}" dir="ltr"></div>
        <div><label for="f-from">${l('audit.from')}</label><input id="f-from" name="from" type="date" value="${form.from ?? ''}"></div>
        <div><label for="f-to">${l('audit.to')}</label><input id="f-to" name="to" type="date" value="${form.to ?? ''}"></div>
        <div class="audit-filter-actions"><button type="submit" class="primary">${l('audit.apply')}</button> <a href="/audit">${l('audit.reset')}</a></div>
      </form>
      ${events.length === 0
        ? html`<p class="card">${l('audit.empty')}</p>`
        : html`<table id="audit"><thead><tr><th scope="col">${l('audit.time')}</th><th scope="col">${l('audit.actor')}</th><th scope="col">${l('audit.action')}</th><th scope="col">${l('audit.entity')}</th><th scope="col">${l('audit.change')}</th></tr></thead>
          <tbody>${events.map((e) => this.row(ctx, e))}</tbody></table>`}
      <p class="pager">${first ? html`<a href="${first}">${l('audit.newest')}</a> ` : ''}${next ? html`<a href="${next}" id="audit-older">${l('audit.older')}</a>` : ''}</p>`;
    return layout(ctx, l('audit.title'), body);
  }

  private row(ctx: PageContext, e: AuditEventRecord): SafeHtml {
    const change = (key: 'audit.before' | 'audit.after', value: unknown) =>
      value === null || value === undefined ? '' : html`<details><summary>${t(ctx.lang, key)}</summary><pre dir="ltr">${json(value)}</pre></details>`;
    return html`<tr data-event="${e.id}" data-action="${e.action}">
      <td><time datetime="${e.at.toISOString()}">${e.at.toISOString().replace('T', ' ').slice(0, 19)}</time></td>
      <td dir="auto">${e.actor.label}${e.actor.kind !== 'user' ? html` <span class="badge">${e.actor.kind}</span>` : ''}</td>
      <td><code>${e.action}</code></td>
      <td><span class="muted">${e.entity.type}</span> <code dir="ltr">${e.entity.id}</code></td>
      <td>${change('audit.before', e.before)}${change('audit.after', e.after)}</td>
    </tr>`;
  }
}
