import { MENTION_ROLES } from '../posts/mention.schema';
import { barChart, dataTable, horizontalBars } from '../web/charts';
import { formatDay, shortDay } from '../web/format';
import { html, SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { label } from '../web/labels';
import { layout, type PageContext } from '../web/layout';

type KeyCount = { key: string; count: number };

/** What the overview page shows: counts only, read by the controller from the stats repository. */
export interface OverviewData {
  /** The UTC days of the posts chart, oldest first. */
  days: string[];
  postsPerDay: { day: string; sourceId: string; count: number }[];
  /** Source id → name; a source missing here is shown as unknown. */
  sourceNames: ReadonlyMap<string, string>;
  totalPosts: number;
  backlog: KeyCount[];
  mentionsByRole: KeyCount[];
  personsByVerification: KeyCount[];
}

/** The overview: totals, posts per day and source, mentions by role, persons by verification, the review backlog. */
export function overviewView(ctx: PageContext, data: OverviewData): string {
  const { days, postsPerDay: perDay, sourceNames: names, totalPosts, backlog, mentionsByRole: roles, personsByVerification: persons } = data;

  // Posts per day: one series per source that has posts in the window.
  const sourceIds = [...new Set(perDay.map((r) => r.sourceId))].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '') || a.localeCompare(b));
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const series = sourceIds.map((id) => ({ id, label: names.get(id) ?? t(ctx, 'overview.unknownSource'), values: days.map(() => 0) }));
  const seriesOf = new Map(series.map((s) => [s.id, s]));
  for (const r of perDay) {
    const i = dayIndex.get(r.day);
    if (i !== undefined) seriesOf.get(r.sourceId)!.values[i] += r.count;
  }
  const postsChart = barChart({
    id: 'chart-posts',
    title: t(ctx, 'overview.postsPerDay'),
    categories: days.map((d) => shortDay(ctx, d)),
    series,
    emptyLabel: t(ctx, 'overview.noData'),
    labelEvery: 5,
  });
  const dayRows = days
    .map((d, i) => [formatDay(ctx, d), ...series.map((s) => s.values[i]), series.reduce((sum, s) => sum + s.values[i], 0)] as (string | number)[])
    .filter((row) => (row[row.length - 1] as number) > 0)
    .reverse();
  const postsTable = dataTable(t(ctx, 'overview.numbers'), [t(ctx, 'overview.day'), ...series.map((s) => s.label), t(ctx, 'overview.total')], dayRows);

  // Mentions by role, in the extractor's order of roles, then any other stored value.
  const roleCounts = new Map(roles.map((r) => [r.key, r.count]));
  const roleKeys = [
    ...MENTION_ROLES.filter((r) => roleCounts.has(r)),
    ...roles.map((r) => r.key).filter((k) => !(MENTION_ROLES as readonly string[]).includes(k)),
  ];
  const roleItems = roleKeys.map((k) => ({ label: label(ctx, 'role', k), value: roleCounts.get(k) ?? 0 }));
  const totalMentions = roles.reduce((sum, r) => sum + r.count, 0);
  const personItems = persons.map((p) => ({ label: label(ctx, 'verification', p.key), value: p.count }));
  const totalPersons = persons.reduce((sum, r) => sum + r.count, 0);
  const backlogItems = ['new', 'in_review'].map((k) => ({ label: label(ctx, 'reviewStatus', k), value: backlog.find((b) => b.key === k)?.count ?? 0 }));
  const totalBacklog = backlogItems.reduce((sum, r) => sum + r.value, 0);

  const section = (id: string, title: string, chart: SafeHtml, table: SafeHtml) =>
    html`<section class="card chart-card" id="${id}"><h2>${title}</h2><div class="chart-box" dir="ltr">${chart}</div>${table}</section>`;
  const simple = (title: string, head: string, items: { label: string; value: number }[]) =>
    dataTable(
      t(ctx, 'overview.numbers'),
      [head, t(ctx, 'overview.count')],
      items.map((i) => [i.label, i.value]),
    );
  const bars = (id: string, title: string, items: { label: string; value: number }[]) =>
    horizontalBars({ id, title, items, emptyLabel: t(ctx, 'overview.noData') });
  const tile = (id: string, value: number, key: 'overview.totalPosts' | 'overview.totalMentions' | 'overview.backlog' | 'overview.totalPersons') =>
    html`<div class="card stat"><span class="stat-value" id="${id}">${value}</span><span class="stat-label">${t(ctx, key)}</span></div>`;

  const body = html`<div class="stat-tiles">
        ${tile('stat-posts', totalPosts, 'overview.totalPosts')}
        ${tile('stat-mentions', totalMentions, 'overview.totalMentions')}
        ${tile('stat-backlog', totalBacklog, 'overview.backlog')}
        ${tile('stat-persons', totalPersons, 'overview.totalPersons')}
      </div>
      ${section('posts-per-day', t(ctx, 'overview.postsPerDay'), postsChart, postsTable)}
      <div class="chart-grid">
        ${section('mentions-by-role', t(ctx, 'overview.mentionsByRole'), bars('chart-roles', t(ctx, 'overview.mentionsByRole'), roleItems), simple(t(ctx, 'overview.mentionsByRole'), t(ctx, 'overview.role'), roleItems))}
        ${section('persons-by-verification', t(ctx, 'overview.personsByVerification'), bars('chart-persons', t(ctx, 'overview.personsByVerification'), personItems), simple(t(ctx, 'overview.personsByVerification'), t(ctx, 'overview.status'), personItems))}
        ${section('review-backlog', t(ctx, 'overview.backlogByStatus'), bars('chart-backlog', t(ctx, 'overview.backlogByStatus'), backlogItems), simple(t(ctx, 'overview.backlogByStatus'), t(ctx, 'overview.status'), backlogItems))}
      </div>`;
  return layout(ctx, t(ctx, 'overview.title'), body);
}
