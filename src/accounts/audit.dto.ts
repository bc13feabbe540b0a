import { z } from 'zod';
import type { AuditQuery } from '../audit/audit-event.repository';
import { isObjectId } from '../validation/object-id';

/** The audit page's request schema. */

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

/** GET /audit: the filters; invalid values are dropped. */
export const auditFiltersQuery = z.record(z.string(), z.unknown()).transform(parseAuditFilters);
export type AuditFilters = z.infer<typeof auditFiltersQuery>;
