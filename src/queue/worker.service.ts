import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobOutcome, MetricsService } from '../metrics/metrics.service';
import { PermanentJobError, TransientJobError } from './job-errors';
import { ALL_JOB_NAMES, JOB_QUEUE, JobName, JobPayloads, QueueName } from './jobs';
import { BACKOFF_TYPE, createRedisConnection } from './queue.service';

export interface JobContext {
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
}

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

export type JobHandlers = { [N in JobName]: JobHandler<N> };
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** Refuses to start a worker that would leave some job name without a handler. */
export function assertEveryJobHasHandler(handlers: Partial<Record<string, { handle?: unknown }>>): void {
  const missing = ALL_JOB_NAMES.filter((name) => typeof handlers[name]?.handle !== 'function');
  if (missing.length > 0) {
    throw new Error(`No handler registered for job name(s): ${missing.join(', ')}. Add one to the worker's JOB_HANDLERS.`);
  }
}

export function backoffDelay(attemptsMade: number, baseDelayMs: number, err?: Error): number {
  const exponential = baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);
  const jittered = exponential * (0.8 + Math.random() * 0.4);
  const retryAfter = err instanceof TransientJobError && err.retryAfterMs ? err.retryAfterMs : 0;
  return Math.round(Math.max(jittered, retryAfter));
}

@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerService.name);
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    private readonly metrics: MetricsService,
  ) {
    assertEveryJobHasHandler(handlers);
  }

  onApplicationBootstrap(): void {
    const concurrency: Record<QueueName, number> = {
      [QueueName.Collect]: this.config.queue.concurrency.collect,
      [QueueName.Extract]: this.config.queue.concurrency.extract,
      [QueueName.Media]: this.config.queue.concurrency.media,
      // Each face job runs in a model process of about 0.5 GB: 0 leaves them to other workers.
      [QueueName.Faces]: this.config.faces.concurrency,
    };
    for (const queueName of Object.values(QueueName)) {
      if (concurrency[queueName] === 0) continue;
      const connection = createRedisConnection(this.config.redisUrl, true);
      this.connections.push(connection);
      const worker = new Worker(queueName, (job) => this.dispatch(queueName, job), {
        connection,
        prefix: this.config.queue.prefix,
        concurrency: concurrency[queueName],
        settings: {
          backoffStrategy: (attemptsMade, type, err) => (type === BACKOFF_TYPE ? backoffDelay(attemptsMade, this.config.queue.retryBaseDelayMs, err) : 0),
        },
      });
      worker.on('failed', (job, err) => {
        const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'PermanentJobError';
        this.logger.warn({
          msg: final ? 'job failed' : 'job attempt failed, will retry',
          queue: queueName,
          job: job?.name,
          jobId: job?.id,
          attempt: job?.attemptsMade,
          error: err.message,
        });
      });
      worker.on('error', (err) => this.logger.error({ msg: 'worker error', queue: queueName, error: err.message }));
      this.workers.push(worker);
    }
    this.logger.log({ msg: 'workers started', queues: Object.values(QueueName).filter((q) => concurrency[q] > 0), concurrency });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    for (const c of this.connections) c.disconnect();
  }

  private async dispatch(queueName: QueueName, job: Job): Promise<void> {
    const name = job.name as JobName;
    if (JOB_QUEUE[name] !== queueName) {
      throw new PermanentJobError(`job ${job.name} does not belong on queue ${queueName}`);
    }
    const handler = this.handlers[name] as JobHandler<JobName>;
    const started = performance.now();
    try {
      await handler.handle(job.data as JobPayloads[JobName], {
        jobId: String(job.id),
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
      });
      this.observe(queueName, job, 'completed', started);
    } catch (err) {
      const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.observe(queueName, job, final ? 'failed' : 'retrying', started);
      throw err;
    }
  }

  private observe(queueName: QueueName, job: Job, outcome: JobOutcome, started: number): void {
    this.metrics.recordJob(queueName, job.name, outcome, (performance.now() - started) / 1000);
    const name = job.name as JobName;
    if (name === JobName.CollectSource) this.metrics.collectorRuns.inc({ source: (job.data as JobPayloads[JobName.CollectSource]).sourceId, outcome });
    if (name === JobName.ExtractPost) this.metrics.postsExtracted.inc({ outcome });
  }
}
