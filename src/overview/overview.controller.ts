import { Controller, Get } from '@nestjs/common';
import { ANY_ROLE, Page, Roles } from '../auth/roles.decorator';
import { StatsRepository } from './stats.repository';
import { type PageContext } from '../web/layout';
import { overviewView } from './overview.view';
import { Ctx } from '../web/page-context';

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
    const [postsPerDay, totalPosts, backlog, mentionsByRole, personsByVerification, sourceNames] = await Promise.all([
      this.stats.postsPerDayAndSource(days[0]),
      this.stats.postCount(),
      this.stats.reviewBacklog(),
      this.stats.mentionsByRole(),
      this.stats.personsByVerification(),
      this.stats.sourceNames(),
    ]);
    return overviewView(ctx, { days, postsPerDay, sourceNames, totalPosts, backlog, mentionsByRole, personsByVerification });
  }
}
