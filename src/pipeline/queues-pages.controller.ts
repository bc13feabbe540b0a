import { Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { QueueService } from '../queue/queue.service';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { ValidForm, ValidQuery } from '../validation/zod.pipe';
import { type JobForm, jobForm, queuesQuery } from './queues.dto';
import { queuesView } from './queues.view';
import { SweeperService } from './sweeper.service';

/** /queues for operators and admins: counts, failed jobs with retry and discard (each audited), the sweeper. */
@Controller('queues')
@Page()
@Roles('operator', 'admin')
export class QueuesPagesController {
  constructor(
    private readonly queue: QueueService,
    private readonly sweeper: SweeperService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  async page(@Ctx() ctx: PageContext, @ValidQuery(queuesQuery) { done }: { done?: string }): Promise<string> {
    const [counts, failed, sweep] = await Promise.all([this.queue.counts(), this.queue.failedJobs(), this.sweeper.status()]);
    const flash =
      done === 'retried' ? t(ctx, 'queues.retried') : done === 'discarded' ? t(ctx, 'queues.discarded') : done === 'gone' ? t(ctx, 'queues.gone') : undefined;
    return queuesView(ctx, counts, failed, sweep, flash);
  }

  @Post('retry')
  async retry(@CurrentUser() user: AuthUser, @ValidForm(jobForm) job: JobForm, @Res() res: Response): Promise<void> {
    const done = await this.queue.retryFailed(job.queue, job.id);
    if (done) await this.audit.record(actorOf(user), 'job.retried', { type: 'job', id: job.id }, { after: { queue: job.queue } });
    res.redirect(303, `/queues?done=${done ? 'retried' : 'gone'}`);
  }

  @Post('discard')
  async discard(@CurrentUser() user: AuthUser, @ValidForm(jobForm) job: JobForm, @Res() res: Response): Promise<void> {
    const done = await this.queue.discardFailed(job.queue, job.id);
    if (done) await this.audit.record(actorOf(user), 'job.discarded', { type: 'job', id: job.id }, { after: { queue: job.queue } });
    res.redirect(303, `/queues?done=${done ? 'discarded' : 'gone'}`);
  }
}
