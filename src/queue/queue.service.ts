import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ALL_QUEUE_NAMES, JOB_ID, JOB_QUEUE, JOB_RETRY, JobName, JobPayloads, QueueName, RetryPolicyName } from './jobs';

/** The custom backoff type; the worker's backoff strategy implements it (exponential, honours Retry-After). */
export const BACKOFF_TYPE = 'athar-exponential';

export type QueueCounts = Record<QueueName, Record<string, number>>;

export interface FailedJob {
  queue: QueueName;
  id: string;
  name: string;
  reason: string;
  attempts: number;
  failedAt: Date | null;
}

export function createRedisConnection(url: string, forWorker = false): Redis {
  // BullMQ workers block on Redis and must never give up on a command.
  return new IORedis(url, { maxRetriesPerRequest: forWorker ? null : 3, enableReadyCheck: true, lazyConnect: false });
}

/** A Redis Cluster hash tag: every key whose name starts with it lands in the same slot. */
const isHashTagPrefix = (prefix: string) => /^\{[^{}]+\}$/.test(prefix);

@Injectable()
export class QueueService implements OnModuleInit, OnApplicationShutdown {
  readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.redisUrl);
    for (const name of ALL_QUEUE_NAMES) {
      this.queues.set(name, new Queue(name, { connection: this.connection, prefix: config.queue.prefix }));
    }
  }

  /**
   * BullMQ's scripts and ours touch several keys at once, which a Redis Cluster allows only within
   * one slot: on a cluster, refuse to start unless the prefix is a hash tag. A Redis that does not
   * answer yet is not checked (the health check reports it).
   */
  async onModuleInit(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const info = await Promise.race([
      this.connection.info('cluster').catch(() => ''),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve(''), 2000))),
    ]).finally(() => clearTimeout(timer));
    const prefix = this.config.queue.prefix;
    if (/^cluster_enabled:1\s*$/m.test(info) && !isHashTagPrefix(prefix)) {
      throw new Error(
        `Redis runs as a cluster, and QUEUE_PREFIX "${prefix}" is not a hash tag: set QUEUE_PREFIX={${prefix}} so that every key Athar uses lands in one slot (README, Operations).`,
      );
    }
  }

  /** Adds a job under its deterministic id; adding the same job again is a no-op. Returns the job id. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<string> {
    const jobId = JOB_ID[name](payload);
    await this.queue(JOB_QUEUE[name]).add(name, payload, { jobId, ...this.retryOptions(JOB_RETRY[name]) });
    return jobId;
  }

  /**
   * Makes sure a job is queued after an outage may have lost it. A missing job is added again under
   * its deterministic id; one still waiting, running or delayed is left alone. A completed or
   * failed one is reported, not replaced: the caller knows whether its work still needs doing
   * (`replaceFinished`), and retrying a failure is an operator's call.
   */
  async requeue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    { replaceFinished = false } = {},
  ): Promise<{ outcome: 'requeued' | 'queued' | 'completed' } | { outcome: 'failed'; reason: string }> {
    const jobId = JOB_ID[name](payload);
    const job = await this.queue(JOB_QUEUE[name]).getJob(jobId);
    if (job) {
      const state = await job.getState();
      if (state === 'failed' && !replaceFinished) return { outcome: 'failed', reason: job.failedReason || 'the job failed' };
      if (state === 'completed' && !replaceFinished) return { outcome: 'completed' };
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return { outcome: 'queued' };
      await job.remove();
    }
    await this.enqueue(name, payload);
    return { outcome: 'requeued' };
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  async counts(): Promise<QueueCounts> {
    const entries = await Promise.all(
      ALL_QUEUE_NAMES.map(async (name) => {
        const counts = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
        return [name, counts] as const;
      }),
    );
    return Object.fromEntries(entries) as QueueCounts;
  }

  /** The failed jobs of every queue, newest first: what an operator can retry or discard. */
  async failedJobs(perQueue = 50): Promise<FailedJob[]> {
    const all = await Promise.all(
      ALL_QUEUE_NAMES.map(async (queue) =>
        (await this.queue(queue).getFailed(0, perQueue - 1)).map((job) => ({
          queue,
          id: String(job.id),
          name: job.name,
          reason: job.failedReason ?? '',
          attempts: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
        })),
      ),
    );
    return all.flat().sort((a, b) => (b.failedAt?.getTime() ?? 0) - (a.failedAt?.getTime() ?? 0));
  }

  /** Runs a failed job again (same id, same payload); false when it is not a failed job of that queue. */
  async retryFailed(queue: QueueName, id: string): Promise<boolean> {
    const job = await this.queue(queue).getJob(id);
    if (!job || (await job.getState()) !== 'failed') return false;
    await job.retry('failed');
    return true;
  }

  /** Drops a failed job for good; false when it is not a failed job of that queue. */
  async discardFailed(queue: QueueName, id: string): Promise<boolean> {
    const job = await this.queue(queue).getJob(id);
    if (!job || (await job.getState()) !== 'failed') return false;
    await job.remove();
    return true;
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  // After workers and the scheduler have stopped (they stop in onModuleDestroy).
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }

  private retryOptions(policy: RetryPolicyName): JobsOptions {
    const keep = { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 14 * 24 * 3600 } };
    const { attempts, retryBaseDelayMs } = this.config.queue;
    switch (policy) {
      case 'network':
        return { ...keep, attempts, backoff: { type: BACKOFF_TYPE, delay: retryBaseDelayMs } };
      case 'local':
        return { ...keep, attempts: Math.min(attempts, 3), backoff: { type: BACKOFF_TYPE, delay: retryBaseDelayMs } };
    }
  }
}
