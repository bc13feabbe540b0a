import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { EXTRACTOR_VERSION as CURRENT_EXTRACTOR_VERSION } from '../extraction/extractor';
import { FetchError } from '../http/safe-http.client';
import { PostRepository } from '../posts/post.repository';
import { PermanentJobError, TransientJobError } from '../queue/job-errors';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { JobContext } from '../queue/worker.service';
import { SourceRepository, SourceWithSecrets } from '../sources/source.repository';
import { CollectError, Collector, COLLECTORS, CollectResult } from './collector';
import { CollectorRunRepository } from '../sources/collector-run.repository';
import { RunCounts } from '../sources/collector-run.schema';
import { applyKeywordFilter } from '../sources/keyword-filter';
import type { PreviewResult } from '../sources/source-collection.port';
import { SourceLock } from './source-lock';
import { toNewPost } from './to-new-post';

export type CollectOutcome = { status: 'collected'; counts: RunCounts } | { status: 'skipped'; reason: string };

const PREVIEW_ITEMS = 20;

@Injectable()
export class CollectService {
  private readonly logger = new Logger(CollectService.name);
  private readonly byType: Map<string, Collector>;

  constructor(
    @Inject(COLLECTORS) collectors: Collector[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourceRepository,
    private readonly runs: CollectorRunRepository,
    private readonly posts: PostRepository,
    private readonly queue: QueueService,
    private readonly lock: SourceLock,
  ) {
    this.byType = new Map(collectors.map((c) => [c.type, c]));
  }

  /**
   * One collection run of one source, never two at once for the same source. Every attempt leaves
   * a collector_run; posts are written only once the whole answer was fetched and parsed.
   */
  async collect(sourceId: string, job: JobContext): Promise<CollectOutcome> {
    const source = await this.sources.findByIdWithSecrets(sourceId);
    if (!source) return { status: 'skipped', reason: 'the source was deleted' };
    if (!source.enabled) return { status: 'skipped', reason: 'the source is paused' };
    if (source.type === 'manual') return { status: 'skipped', reason: 'manual sources collect tips, not on a schedule' };
    const locked = await this.lock.withLock(sourceId, () => this.run(source, job));
    if (locked.busy) {
      this.logger.debug({ msg: 'source already being collected; run skipped', sourceId, jobId: job.jobId });
      return { status: 'skipped', reason: 'another run of this source is under way' };
    }
    return { status: 'collected', counts: locked.value };
  }

  /** A dry run of a source definition: what it would collect and what the filter would keep. Nothing is stored. */
  async preview(source: SourceWithSecrets): Promise<PreviewResult> {
    const collector = this.byType.get(source.type);
    try {
      if (!collector) throw new CollectError(`${source.type} sources are not collected on a schedule`);
      const result = await collector.collect(source, { preview: true });
      const now = new Date();
      const items = result.items.map((item) => {
        const { raw, ...post } = item;
        void raw;
        const stored = toNewPost(item, source.type, now);
        return { post: { ...post, lang: stored.lang, rawSha256: stored.raw.sha256 }, filter: applyKeywordFilter(item.text, source.keywords) };
      });
      const kept = items.filter((i) => i.filter.keep).length;
      return {
        ok: true,
        error: null,
        httpStatus: result.httpStatus,
        items: items.slice(0, PREVIEW_ITEMS),
        counts: { fetched: items.length, kept, filtered: items.length - kept },
      };
    } catch (err) {
      const failure = describeFailure(err);
      return { ok: false, error: failure.message, httpStatus: failureStatus(err), items: [], counts: { fetched: 0, kept: 0, filtered: 0 } };
    }
  }

  private async run(source: SourceWithSecrets, job: JobContext): Promise<RunCounts> {
    const sourceId = source.id;
    const collector = this.byType.get(source.type);
    const abandoned = await this.runs.abandonRunning(sourceId, new Date());
    if (abandoned > 0) this.logger.warn({ msg: 'closed runs left running as abandoned', sourceId, count: abandoned });
    const runId = await this.runs.start(sourceId, job.jobId, job.attempt, new Date());
    const counts: RunCounts = { fetched: 0, new: 0, duplicate: 0, filtered: 0 };
    let httpStatus: number | null = null;
    try {
      if (!collector) throw new CollectError(`no collector for source type ${source.type}`);
      const result = await collector.collect(source, { preview: false });
      httpStatus = result.httpStatus;
      counts.fetched = result.items.length;
      const kept = result.items.filter((item) => applyKeywordFilter(item.text, source.keywords).keep);
      counts.filtered = counts.fetched - kept.length;

      const collectedAt = new Date();
      const { newIds, duplicates } = await this.posts.insertNew(
        sourceId,
        kept.map((item) => toNewPost(item, source.type, collectedAt)),
      );
      counts.new = newIds.length;
      counts.duplicate = duplicates;
      // Includes posts stored by an earlier attempt that died before queueing them.
      const awaiting = await this.posts.findIdsAwaitingExtraction(
        sourceId,
        kept.map((item) => item.externalId),
      );
      for (const postId of awaiting) {
        await this.queue.enqueue(JobName.ExtractPost, { postId, extractorVersion: CURRENT_EXTRACTOR_VERSION });
      }

      const finishedAt = new Date();
      await this.sources.recordSuccess(sourceId, finishedAt, counts.new, result.cursor);
      await this.runs.finish(runId, {
        status: 'succeeded',
        finishedAt,
        httpStatus,
        notModified: result.notModified,
        counts,
        error: null,
        errorKind: null,
        note: runNote(result),
      });
      this.logger.log({ msg: 'collected', sourceId, type: source.type, runId, httpStatus, ...counts });
      if (result.warnings?.length) this.logger.warn({ msg: 'collected with warnings', sourceId, type: source.type, runId, warnings: result.warnings });
      return counts;
    } catch (err) {
      const failure = describeFailure(err);
      const finishedAt = new Date();
      await this.runs.finish(runId, {
        status: 'failed',
        finishedAt,
        httpStatus: failureStatus(err) ?? httpStatus,
        notModified: false,
        counts,
        error: failure.message,
        errorKind: failure.kind,
        note: null,
      });
      const after = await this.sources.recordFailure(sourceId, finishedAt, failure.message, failure.kind === 'permanent', this.config.sources.failingAfter);
      this.logger.warn({
        msg: 'collection failed',
        sourceId,
        type: source.type,
        runId,
        kind: failure.kind,
        error: failure.message,
        state: after?.health.state,
      });
      if (failure.kind === 'permanent') throw new PermanentJobError(failure.message);
      throw new TransientJobError(failure.message, err instanceof FetchError ? err.retryAfterMs : undefined);
    }
  }
}

/** What an operator should know about a run that succeeded: items the collector skipped, pages it could not read. */
function runNote(result: CollectResult): string | null {
  const parts = [...(result.skipped ? [`${result.skipped.count} item(s) skipped: ${result.skipped.reason}`] : []), ...(result.warnings ?? [])];
  return parts.length > 0 ? parts.join('; ') : null;
}

function failureStatus(err: unknown): number | null {
  return err instanceof FetchError || err instanceof CollectError ? err.httpStatus : null;
}

function describeFailure(err: unknown): { message: string; kind: 'permanent' | 'transient' } {
  if (err instanceof FetchError) return { message: err.message, kind: err.kind };
  if (err instanceof CollectError) return { message: err.message, kind: 'permanent' };
  // Storage or queue trouble: worth another attempt.
  return { message: `internal error: ${err instanceof Error ? err.message : String(err)}`, kind: 'transient' };
}
