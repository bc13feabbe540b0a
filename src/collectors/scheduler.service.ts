import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { SourceRepository } from '../sources/source.repository';
import { nextRunAfter } from '../sources/schedule';
import { Lease, SchedulerLease } from './scheduler-lease';

const TICK = 'collect-due-sources';
const BATCH = 500;

/**
 * Only enqueues: each due source gets one collect job per slot, however many schedulers run. Only
 * the scheduler holding the lease ticks; the others stand by and take over when it lapses.
 */
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
    private readonly lease: SchedulerLease,
    private readonly metrics: MetricsService,
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

  /** When this scheduler leads, enqueues every due source; returns how many it enqueued. */
  async tick(now = new Date()): Promise<number> {
    const lease = await this.lease.hold();
    return lease ? this.enqueueDue(lease, now) : 0;
  }

  /**
   * The tick's work under one lease. Each source is fenced: its job is added and its slot moved on
   * only while the lease still carries this token, so a scheduler that stalled after reading the
   * due sources stops at the first one once another has taken over. (The check and the add are two
   * Redis calls; a stall exactly between them adds a job whose id the new leader uses for the same
   * slot, which BullMQ keeps once.)
   */
  async enqueueDue(lease: Lease, now = new Date()): Promise<number> {
    const due = await this.sources.findDue(now, BATCH);
    this.metrics.schedulerLag.set(due.length > 0 ? Math.max(0, now.getTime() - due[0].nextRunAt.getTime()) / 1000 : 0);
    let enqueued = 0;
    for (const source of due) {
      if (!(await this.lease.stillHeld(lease))) {
        this.logger.warn({ msg: 'lease lost during a tick; the new leader enqueues the rest', epoch: lease.epoch, left: due.length - enqueued });
        break;
      }
      // The slot is the due time itself: a job added again for it has the same id and is a no-op.
      await this.queue.enqueue(JobName.CollectSource, { sourceId: source.id, slot: String(source.nextRunAt.getTime()) });
      this.metrics.schedulerEnqueued.inc();
      enqueued++;
      await this.sources.advanceSlot(source.id, source.nextRunAt, nextRunAfter(source, now));
    }
    if (enqueued > 0) this.logger.log({ msg: 'enqueued due sources', count: enqueued, epoch: lease.epoch });
    return enqueued;
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
