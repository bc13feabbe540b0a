import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a job attempt ended: done, failed but to be retried, or failed for good. */
export type JobOutcome = 'completed' | 'retrying' | 'failed';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * The metrics this process records, on a registry of its own (not prom-client's global one), so
 * two applications in one process (the tests' schedulers) never share counters. Metric names are
 * what dashboards and alerts rely on: rename one only with the Grafana dashboard in docs/.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly jobDuration = new Histogram({
    name: 'athar_job_duration_seconds',
    help: 'Time a worker spent on one job attempt, by queue, job name and outcome (completed, retrying, failed).',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly collectorRuns = new Counter({
    name: 'athar_collector_runs_total',
    help: 'Collect jobs run by this worker, by source id and outcome (completed, retrying, failed).',
    labelNames: ['source', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly postsExtracted = new Counter({
    name: 'athar_extraction_posts_total',
    help: 'Posts this worker ran through extraction, by outcome (completed, retrying, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly fetches = new Counter({
    name: 'athar_fetches_total',
    help: 'Outbound HTTP requests by host and result: the HTTP status, or refused, timeout, too_large, network.',
    labelNames: ['host', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'athar_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly schedulerLeader = new Gauge({
    name: 'athar_scheduler_leader',
    help: '1 while this scheduler holds the lease and enqueues, 0 while it stands by.',
    registers: [this.registry],
  });

  readonly schedulerEpoch = new Gauge({
    name: 'athar_scheduler_lease_epoch',
    help: 'Fencing token (epoch) of the lease this scheduler last held; it grows by one on every change of leader.',
    registers: [this.registry],
  });

  readonly schedulerEnqueued = new Counter({
    name: 'athar_scheduler_enqueued_total',
    help: 'Collect jobs this scheduler enqueued for due sources (one per source and slot).',
    registers: [this.registry],
  });

  readonly schedulerLag = new Gauge({
    name: 'athar_scheduler_lag_seconds',
    help: 'At the last tick of the leader: how long the most overdue source had been due.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  recordJob(queue: string, job: string, outcome: JobOutcome, seconds: number): void {
    this.jobDuration.observe({ queue, job, outcome }, seconds);
  }

  recordFetch(host: string, status: number | 'refused' | 'timeout' | 'too_large' | 'network'): void {
    this.fetches.inc({ host, status: String(status) });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
