import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { SourceRepository } from '../sources/source.repository';
import { nextRunAfter } from './schedule';

const TICK = 'collect-due-sources';
const BATCH = 500;

/** Only enqueues: each due source gets one collect job per slot, however many schedulers run. */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SchedulerService.name);
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly sources: SourceRepository,
    private readonly queue: QueueService,
  ) {}

  onApplicationBootstrap(): void {
    const handle = setInterval(() => void this.tickSafely(), this.config.scheduler.tickMs);
    this.registry.addInterval(TICK, handle);
    void this.tickSafely();
  }

  /** Stops ticking and lets a tick under way finish before the connections close. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.registry.doesExist('interval', TICK)) this.registry.deleteInterval(TICK);
    await this.inFlight;
  }

  /** Enqueues every due source; returns how many were due. */
  async tick(now = new Date()): Promise<number> {
    const due = await this.sources.findDue(now, BATCH);
    for (const source of due) {
      // The slot is the due time itself, so every scheduler that saw this source due makes the same job id.
      await this.queue.enqueue(JobName.CollectSource, { sourceId: source.id, slot: String(source.nextRunAt.getTime()) });
      const next = nextRunAfter(source, now);
      await this.sources.advanceSlot(source.id, source.nextRunAt, next);
    }
    if (due.length > 0) this.logger.log({ msg: 'enqueued due sources', count: due.length });
    return due.length;
  }

  private async tickSafely(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    this.inFlight = this.tick()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ msg: 'scheduler tick failed', error: err instanceof Error ? err.message : String(err) }))
      .finally(() => (this.inFlight = null));
    await this.inFlight;
  }
}
