import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { SchedulerLease } from '../collectors/scheduler-lease';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CURRENT_EXTRACTOR_VERSION } from './extraction.service';
import { PostRepository } from '../posts/post.repository';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';

const INTERVAL = 'sweep-stalled-work';
const BATCH = 500;

export interface SweepReport {
  postsRequeued: number;
  postsFailed: number;
  mediaRequeued: number;
  mediaSettled: number;
}

export interface SweeperStatus {
  /** Work stalled now, older than the sweeper's timeout. */
  stalledPosts: number;
  stalledMediaPosts: number;
  /** Since the counters were created (they live in Redis). */
  totals: SweepReport;
  lastSweepAt: Date | null;
  staleAfterMs: number;
  intervalMs: number;
}

/**
 * Finds work a queue outage stranded and queues it again. Jobs carry ids only and every job id is
 * deterministic, so queueing again is always safe: a job that still exists is left alone.
 * - Posts left `collected` or `extracting` longer than the timeout get their extract job again.
 * - Extracted posts whose images never settled get their media jobs again.
 * A job found failed is not retried: the post is marked failed with its reason instead.
 */
@Injectable()
export class SweeperService {
  private readonly logger = new Logger(SweeperService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly posts: PostRepository,
    private readonly queue: QueueService,
  ) {}

  async sweep(now = new Date()): Promise<SweepReport> {
    const cutoff = new Date(now.getTime() - this.config.sweeper.staleAfterMs);
    const report: SweepReport = { postsRequeued: 0, postsFailed: 0, mediaRequeued: 0, mediaSettled: 0 };
    for (const post of await this.posts.findStalledInPipeline(cutoff, BATCH)) {
      const payload = { postId: post.id, extractorVersion: CURRENT_EXTRACTOR_VERSION };
      let result = await this.queue.requeue(JobName.ExtractPost, payload);
      // A job that completed while this sweep ran has moved its post on; one that completed before
      // without doing so (a re-extraction whose job id was still kept) must run again.
      if (result.outcome === 'completed' && (await this.posts.isStalledInPipeline(post.id, cutoff))) {
        result = await this.queue.requeue(JobName.ExtractPost, payload, { replaceFinished: true });
      }
      if (result.outcome === 'requeued') report.postsRequeued++;
      if (result.outcome === 'failed') {
        await this.posts.setPipeline(post.id, 'failed', { error: `extraction failed: ${result.reason}` });
        report.postsFailed++;
      }
    }
    for (const post of await this.posts.findMediaPending(cutoff, BATCH)) {
      for (const urlHash of post.urlHashes) {
        let result = await this.queue.requeue(JobName.ProcessMedia, { postId: post.id, urlHash });
        if (result.outcome === 'completed' && (await this.posts.isMediaPending(post.id, urlHash))) {
          result = await this.queue.requeue(JobName.ProcessMedia, { postId: post.id, urlHash }, { replaceFinished: true });
        }
        if (result.outcome === 'requeued') report.mediaRequeued++;
        if (result.outcome === 'failed') {
          // The job's own failure is on the queues page; the post no longer waits for it.
          await this.posts.settleMedia(post.id, urlHash);
          report.mediaSettled++;
        }
      }
    }
    await this.record(report, now);
    if (report.postsRequeued + report.postsFailed + report.mediaRequeued + report.mediaSettled > 0) {
      this.logger.warn({ msg: 'sweeper recovered stalled work', ...report });
    }
    return report;
  }

  /** For the queues page: what is stalled now, and what the sweeper has recovered so far. */
  async status(now = new Date()): Promise<SweeperStatus> {
    const cutoff = new Date(now.getTime() - this.config.sweeper.staleAfterMs);
    const [stalledPosts, stalledMediaPosts, stored] = await Promise.all([
      this.posts.countStalledInPipeline(cutoff),
      this.posts.countMediaPending(cutoff),
      this.queue.connection.hgetall(this.statsKey()),
    ]);
    const n = (k: keyof SweepReport) => Number(stored[k] ?? 0);
    return {
      stalledPosts,
      stalledMediaPosts,
      totals: { postsRequeued: n('postsRequeued'), postsFailed: n('postsFailed'), mediaRequeued: n('mediaRequeued'), mediaSettled: n('mediaSettled') },
      lastSweepAt: stored.lastSweepAt ? new Date(Number(stored.lastSweepAt)) : null,
      staleAfterMs: this.config.sweeper.staleAfterMs,
      intervalMs: this.config.sweeper.intervalMs,
    };
  }

  private async record(report: SweepReport, now: Date): Promise<void> {
    const multi = this.queue.connection.multi();
    for (const [k, v] of Object.entries(report) as [keyof SweepReport, number][]) if (v > 0) multi.hincrby(this.statsKey(), k, v);
    multi.hset(this.statsKey(), 'lastSweepAt', String(now.getTime()));
    await multi.exec();
  }

  private statsKey(): string {
    return `${this.config.queue.prefix}:sweeper`;
  }
}

/** Runs the sweep on the leading scheduler (see SchedulerLease), one sweep at a time. */
@Injectable()
export class SweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SweepScheduler.name);
  private inFlight: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly sweeper: SweeperService,
    private readonly lease: SchedulerLease,
  ) {}

  onApplicationBootstrap(): void {
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.sweepSafely(), this.config.sweeper.intervalMs),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.registry.doesExist('interval', INTERVAL)) this.registry.deleteInterval(INTERVAL);
    await this.inFlight;
  }

  private async sweepSafely(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    // Queueing again is idempotent, so a sweep that outlives its lease does no harm; standbys just wait.
    this.inFlight = this.lease
      .hold()
      .then((lease) => (lease ? this.sweeper.sweep() : null))
      .catch((err: unknown) => this.logger.error({ msg: 'sweep failed', error: err instanceof Error ? err.message : String(err) }))
      .finally(() => (this.inFlight = null));
    await this.inFlight;
  }
}
