import { Inject, Injectable, Logger } from '@nestjs/common';
import { FetchError } from '../http/safe-http.client';
import { PostRepository } from '../posts/post.repository';
import { PermanentJobError, TransientJobError } from '../queue/job-errors';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { JobContext } from '../queue/worker.service';
import { SourceRepository } from '../sources/source.repository';
import { CURRENT_EXTRACTOR_VERSION } from '../extraction/extraction.service';
import { CollectError, Collector, COLLECTORS } from './collector';
import { CollectorRunRepository } from './collector-run.repository';
import { RunCounts } from './collector-run.schema';
import { applyKeywordFilter } from './keyword-filter';
import { toNewPost } from './to-new-post';

@Injectable()
export class CollectService {
  private readonly logger = new Logger(CollectService.name);
  private readonly byType: Map<string, Collector>;

  constructor(
    @Inject(COLLECTORS) collectors: Collector[],
    private readonly sources: SourceRepository,
    private readonly runs: CollectorRunRepository,
    private readonly posts: PostRepository,
    private readonly queue: QueueService,
  ) {
    this.byType = new Map(collectors.map((c) => [c.type, c]));
  }

  /**
   * One collection run of one source. Every attempt leaves a collector_run; posts are written
   * only once the whole response was fetched and parsed, so a failure stores nothing.
   */
  async collect(sourceId: string, job: JobContext): Promise<RunCounts | null> {
    const source = await this.sources.findById(sourceId);
    if (!source || !source.enabled) {
      this.logger.debug({ msg: 'source gone or paused; nothing to collect', sourceId });
      return null;
    }
    const collector = this.byType.get(source.type);
    const startedAt = new Date();
    const runId = await this.runs.start(sourceId, job.jobId, job.attempt, startedAt);
    const counts: RunCounts = { fetched: 0, new: 0, duplicate: 0, filtered: 0 };
    let httpStatus: number | null = null;
    try {
      if (!collector) throw new CollectError(`no collector for source type ${source.type}`);
      const result = await collector.collect(source);
      httpStatus = result.httpStatus;
      counts.fetched = result.items.length;
      const kept = result.items.filter((item) => applyKeywordFilter(item.text, source.keywords).keep);
      counts.filtered = counts.fetched - kept.length;

      const collectedAt = new Date();
      const { newIds, duplicates } = await this.posts.insertNew(sourceId, kept.map((item) => toNewPost(item, source.type, collectedAt)));
      counts.new = newIds.length;
      counts.duplicate = duplicates;
      // Includes posts stored by an earlier attempt that died before queueing them.
      const awaiting = await this.posts.findIdsAwaitingExtraction(sourceId, kept.map((item) => item.externalId));
      for (const postId of awaiting) {
        await this.queue.enqueue(JobName.ExtractPost, { postId, extractorVersion: CURRENT_EXTRACTOR_VERSION });
      }

      const finishedAt = new Date();
      await this.sources.recordSuccess(sourceId, finishedAt, counts.new, result.cursor);
      await this.runs.finish(runId, { status: 'succeeded', finishedAt, httpStatus, notModified: result.notModified, counts, error: null, errorKind: null });
      this.logger.log({ msg: 'collected', sourceId, runId, httpStatus, ...counts });
      return counts;
    } catch (err) {
      const failure = describeFailure(err);
      const finishedAt = new Date();
      await this.runs.finish(runId, {
        status: 'failed',
        finishedAt,
        httpStatus: err instanceof FetchError || err instanceof CollectError ? err.httpStatus : httpStatus,
        notModified: false,
        counts,
        error: failure.message,
        errorKind: failure.kind,
      });
      await this.sources.recordFailure(sourceId, finishedAt, failure.message);
      this.logger.warn({ msg: 'collection failed', sourceId, runId, kind: failure.kind, error: failure.message });
      if (failure.kind === 'permanent') throw new PermanentJobError(failure.message);
      throw new TransientJobError(failure.message, err instanceof FetchError ? err.retryAfterMs : undefined);
    }
  }
}

function describeFailure(err: unknown): { message: string; kind: 'permanent' | 'transient' } {
  if (err instanceof FetchError) return { message: err.message, kind: err.kind };
  if (err instanceof CollectError) return { message: err.message, kind: 'permanent' };
  // Storage or queue trouble: worth another attempt.
  return { message: `internal error: ${err instanceof Error ? err.message : String(err)}`, kind: 'transient' };
}
