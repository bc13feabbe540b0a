import { Inject, Injectable, Logger } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { QueueService } from '../queue/queue.service';
import { SourceRecord, SourceRepository } from '../sources/source.repository';
import { StatsRepository } from '../overview/stats.repository';
import { MetricsService } from '../metrics/metrics.service';

const SOURCES_TTL_MS = 1000;

/**
 * State shared by the whole deployment (queues in Redis, backlog and sources in MongoDB), read at
 * scrape time. Only processes with the api role report it, so that scraping every process does not
 * give one series per worker for the same number.
 */
@Injectable()
export class ClusterStateMetrics {
  private readonly logger = new Logger(ClusterStateMetrics.name);
  private sourcesRead: { at: number; value: Promise<SourceRecord[]> } | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    metrics: MetricsService,
    private readonly queue: QueueService,
    private readonly stats: StatsRepository,
    private readonly sources: SourceRepository,
  ) {
    if (!config.roles.has('api')) return;
    const registers = [metrics.registry];
    const errors = new Counter({
      name: 'athar_metrics_read_errors_total',
      help: 'Scrapes that could not read part of the shared state (the part is left out of that scrape), by part.',
      labelNames: ['part'] as const,
      registers,
    });
    // A failed read leaves its gauges empty for this scrape instead of failing the whole answer.
    const guarded = (part: string, gauge: Gauge<string>, fill: (g: Gauge<string>) => Promise<void>) => async () => {
      gauge.reset();
      try {
        await fill(gauge);
      } catch (err) {
        gauge.reset();
        errors.inc({ part });
        this.logger.warn({ msg: 'metrics: could not read shared state', part, error: err instanceof Error ? err.message : String(err) });
      }
    };
    const gauge = (name: string, help: string, labelNames: string[], part: string, fill: (g: Gauge<string>) => Promise<void>) => {
      const g: Gauge<string> = new Gauge({ name, help, labelNames, registers, collect: () => guarded(part, g, fill)() });
      return g;
    };

    gauge(
      'athar_queue_jobs',
      'Jobs in each queue by state (waiting, active, delayed, prioritized, waiting-children; completed and failed as kept).',
      ['queue', 'state'],
      'queues',
      async (g) => {
        for (const [queue, counts] of Object.entries(await this.queue.counts())) {
          for (const [state, n] of Object.entries(counts)) g.set({ queue, state }, n);
        }
      },
    );
    gauge('athar_review_backlog_posts', 'Posts waiting for a reviewer, by review status (new, in_review).', ['status'], 'review', async (g) => {
      g.set({ status: 'new' }, 0);
      g.set({ status: 'in_review' }, 0);
      for (const { key, count } of await this.stats.reviewBacklog()) g.set({ status: key }, count);
    });
    gauge('athar_sources', 'Sources by type and state (new, ok, error, failing, paused).', ['type', 'state'], 'sources', async (g) => {
      for (const s of await this.listSources()) g.inc({ type: s.type, state: stateOf(s) });
    });
    gauge(
      'athar_source_health',
      '1 for each source, labelled with its id, name, type and state (new, ok, error, failing, paused).',
      ['source', 'name', 'type', 'state'],
      'sources',
      async (g) => {
        for (const s of await this.listSources()) g.set({ source: s.id, name: s.name, type: s.type, state: stateOf(s) }, 1);
      },
    );
    gauge('athar_source_consecutive_failures', 'Failed runs in a row of each source (0 after a success).', ['source', 'type'], 'sources', async (g) => {
      for (const s of await this.listSources()) g.set({ source: s.id, type: s.type }, s.health.consecutiveFailures);
    });
    gauge(
      'athar_source_last_success_timestamp_seconds',
      'When each source last collected successfully (Unix time); absent for a source that never has.',
      ['source', 'type'],
      'sources',
      async (g) => {
        for (const s of await this.listSources()) {
          if (s.health.lastSuccessAt) g.set({ source: s.id, type: s.type }, s.health.lastSuccessAt.getTime() / 1000);
        }
      },
    );
  }

  /** One read of the sources serves the four source gauges of a scrape. */
  private listSources(): Promise<SourceRecord[]> {
    const now = Date.now();
    if (!this.sourcesRead || now - this.sourcesRead.at > SOURCES_TTL_MS) {
      this.sourcesRead = { at: now, value: this.sources.list() };
    }
    return this.sourcesRead.value;
  }
}

function stateOf(source: SourceRecord): string {
  return source.enabled ? source.health.state : 'paused';
}
