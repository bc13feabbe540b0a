import { Controller, Get } from '@nestjs/common';
import { ANY_ROLE, Page, Roles } from '../auth/roles.decorator';
import { MENTION_ROLES } from '../posts/mention.schema';
import { StatsRepository } from '../store/stats.repository';
import { barChart, dataTable, horizontalBars } from './charts';
import { html, SafeHtml } from './html';
import { formatDay, shortDay } from './format';
import { t } from './i18n';
import { label } from './labels';
import { layout, type PageContext } from './layout';
import { Ctx } from './page-context';

export const OVERVIEW_DAYS = 30;

/** The last `days` UTC days, oldest first, ending today. */
export function lastDays(now: Date, days: number): string[] {
  const out: string[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let i = days - 1; i >= 0; i--) out.push(new Date(today - i * 86_400_000).toISOString().slice(0, 10));
  return out;
}



@Controller('overview')
@Page()
@Roles(...ANY_ROLE)
export class OverviewController {
  constructor(private readonly stats: StatsRepository) {}

  @Get()
  async page(@Ctx() ctx: PageContext): Promise<string> {
    const days = lastDays(new Date(), OVERVIEW_DAYS);
    const [perDay, totalPosts, backlog, roles, persons, names] = await Promise.all([
      this.stats.postsPerDayAndSource(days[0]),
      this.stats.postCount(),
      this.stats.reviewBacklog(),
      this.stats.mentionsByRole(),
      this.stats.personsByVerification(),
      this.stats.sourceNames(),
    ]);

    // Posts per day: one series per source that has posts in the window.
    const sourceIds = [...new Set(perDay.map((r) => r.sourceId))].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '') || a.localeCompare(b));
    const dayIndex = new Map(days.map((d, i) => [d, i]));
    const series = sourceIds.map((id) => ({ id, label: names.get(id) ?? t(ctx, 'overview.unknownSource'), values: days.map(() => 0) }));
    const seriesOf = new Map(series.map((s) => [s.id, s]));
    for (const r of perDay) {
      const i = dayIndex.get(r.day);
      if (i !== undefined) seriesOf.get(r.sourceId)!.values[i] += r.count;
    }
    const postsChart = barChart({ id: 'chart-posts', title: t(ctx, 'overview.postsPerDay'), categories: days.map((d) => shortDay(ctx, d)), series, emptyLabel: t(ctx, 'overview.noData'), labelEvery: 5 });
    const dayRows = days
      .map((d, i) => [formatDay(ctx, d), ...series.map((s) => s.values[i]), series.reduce((sum, s) => sum + s.values[i], 0)] as (string | number)[])
      .filter((row) => (row[row.length - 1] as number) > 0)
      .reverse();
    const postsTable = dataTable(t(ctx, 'overview.numbers'), [t(ctx, 'overview.day'), ...series.map((s) => s.label), t(ctx, 'overview.total')], dayRows);

    // Mentions by role, in the extractor's order of roles, then any other stored value.
    const roleCounts = new Map(roles.map((r) => [r.key, r.count]));
    const roleKeys = [...MENTION_ROLES.filter((r) => roleCounts.has(r)), ...roles.map((r) => r.key).filter((k) => !(MENTION_ROLES as readonly string[]).includes(k))];
    const roleItems = roleKeys.map((k) => ({ label: label(ctx, 'role', k), value: roleCounts.get(k) ?? 0 }));
    const totalMentions = roles.reduce((sum, r) => sum + r.count, 0);
    const personItems = persons.map((p) => ({ label: label(ctx, 'verification', p.key), value: p.count }));
    const totalPersons = persons.reduce((sum, r) => sum + r.count, 0);
    const backlogItems = ['new', 'in_review'].map((k) => ({ label: label(ctx, 'reviewStatus', k), value: backlog.find((b) => b.key === k)?.count ?? 0 }));
    const totalBacklog = backlogItems.reduce((sum, r) => sum + r.value, 0);

    const section = (id: string, title: string, chart: SafeHtml, table: SafeHtml) =>
      html`<section class="card chart-card" id="${id}"><h2>${title}</h2><div class="chart-box" dir="ltr">${chart}</div>${table}</section>`;
    const simple = (title: string, head: string, items: { label: string; value: number }[]) =>
      dataTable(t(ctx, 'overview.numbers'), [head, t(ctx, 'overview.count')], items.map((i) => [i.label, i.value]));

    const body = html`<div class="stat-tiles">
        <div class="card stat"><span class="stat-value" id="stat-posts">${totalPosts}</span><span class="stat-label">${t(ctx, 'overview.totalPosts')}</span></div>
        <div class="card stat"><span class="stat-value" id="stat-mentions">${totalMentions}</span><span class="stat-label">${t(ctx, 'overview.totalMentions')}</span></div>
        <div class="card stat"><span class="stat-value" id="stat-backlog">${totalBacklog}</span><span class="stat-label">${t(ctx, 'overview.backlog')}</span></div>
        <div class="card stat"><span class="stat-value" id="stat-persons">${totalPersons}</span><span class="stat-label">${t(ctx, 'overview.totalPersons')}</span></div>
      </div>
      ${section('posts-per-day', t(ctx, 'overview.postsPerDay'), postsChart, postsTable)}
      <div class="chart-grid">
        ${section('mentions-by-role', t(ctx, 'overview.mentionsByRole'), horizontalBars({ id: 'chart-roles', title: t(ctx, 'overview.mentionsByRole'), items: roleItems, emptyLabel: t(ctx, 'overview.noData') }), simple(t(ctx, 'overview.mentionsByRole'), t(ctx, 'overview.role'), roleItems))}
        ${section('persons-by-verification', t(ctx, 'overview.personsByVerification'), horizontalBars({ id: 'chart-persons', title: t(ctx, 'overview.personsByVerification'), items: personItems, emptyLabel: t(ctx, 'overview.noData') }), simple(t(ctx, 'overview.personsByVerification'), t(ctx, 'overview.status'), personItems))}
        ${section('review-backlog', t(ctx, 'overview.backlogByStatus'), horizontalBars({ id: 'chart-backlog', title: t(ctx, 'overview.backlogByStatus'), items: backlogItems, emptyLabel: t(ctx, 'overview.noData') }), simple(t(ctx, 'overview.backlogByStatus'), t(ctx, 'overview.status'), backlogItems))}
      </div>`;
    return layout(ctx, t(ctx, 'overview.title'), body);
  }
}
