import { Injectable, Logger } from '@nestjs/common';
import { imageUrlsOf } from '../parsers/collected-post';
import { urlHash } from './media.service';
import { SuggestionService } from '../persons/suggestion.service';
import { CopyGroupService } from '../posts/copy-groups.service';
import { PostRepository } from '../posts/post.repository';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { EXTRACTOR_VERSION, extractMentions } from '../extraction/extractor';
import { MachineMention, MentionRepository } from '../posts/mention.repository';
import { analyzeName } from '../extraction/names/name-analysis';
import type { ExtractedMention } from '../extraction/types';

export const CURRENT_EXTRACTOR_VERSION = EXTRACTOR_VERSION;

/** The machine fields of a stored mention, from the extractor's output and the name analysis. */
export function toMachineMention(m: ExtractedMention): MachineMention {
  const name = analyzeName(m.name);
  return {
    name: m.name,
    start: m.start,
    end: m.end,
    normalized: name.normalized,
    nameLatin: name.latin,
    nameKeys: name.keys,
    role: m.role,
    attributes: { ...m.attributes },
    confidence: m.confidence,
    cues: m.cues,
    refersTo: m.refersTo,
    partial: m.partial,
  };
}

export interface ReextractReport {
  posts: number;
  failed: number;
}

@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    private readonly posts: PostRepository,
    private readonly mentions: MentionRepository,
    private readonly suggestions: SuggestionService,
    private readonly queue: QueueService,
    private readonly copies: CopyGroupService,
  ) {}

  /**
   * Extracts the mentions of one post, suggests who they may be, and queues the post's photos.
   * A failure is recorded on the post and rethrown for a retry.
   */
  async extractPost(postId: string, extractorVersion: string, { force = false } = {}): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post) return;
    if (!force && post.pipeline.status === 'extracted' && post.pipeline.extractorVersion === extractorVersion) return;
    if (extractorVersion !== CURRENT_EXTRACTOR_VERSION) {
      await this.posts.setPipeline(postId, 'failed', {
        error: `extractor version ${extractorVersion} is not available (running ${CURRENT_EXTRACTOR_VERSION})`,
      });
      return;
    }
    await this.posts.setPipeline(postId, 'extracting');
    try {
      const found = extractMentions(post.text, post.lang);
      await this.mentions.saveMachineMentions(postId, post.sourceId, extractorVersion, found.map(toMachineMention));
      await this.posts.setMentionCount(postId, found.length);
      await this.copies.derive(post);
      await this.suggestions.suggestForPost(postId);
      const images = imageUrlsOf(post.media).map(urlHash);
      if (images.length > 0) await this.posts.setMediaPending(postId, images);
      await this.posts.setPipeline(postId, 'extracted', { error: null, extractorVersion });
      // Photos are queued last: FerretDB (tests, development) rewrites the whole post on each update,
      // so a photo's job settling while the status was written could undo it. Should this process
      // stop before they are queued, the sweeper queues the photos of an extracted post again.
      for (const hash of images) await this.queue.enqueue(JobName.ProcessMedia, { postId, urlHash: hash });
      this.logger.debug({ msg: 'extracted', postId, mentions: found.length });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.posts.setPipeline(postId, 'failed', { error: `extraction failed: ${message}` });
      throw err;
    }
  }

  /**
   * Runs the current extractor again over stored posts (those extracted by another version, or
   * all with `all`), in this process. Reviewer decisions are kept by the mention repository.
   */
  async reextract({ sourceId, all = false }: { sourceId?: string; all?: boolean }, progress?: (done: number, total: number) => void): Promise<ReextractReport> {
    const report: ReextractReport = { posts: 0, failed: 0 };
    const outdatedThan = all ? null : CURRENT_EXTRACTOR_VERSION;
    // Workers may extract some meanwhile and new posts may arrive: the count is an estimate.
    const total = progress ? await this.posts.countForReextraction({ sourceId, outdatedThan }) : 0;
    let afterId: string | undefined;
    for (;;) {
      const ids = await this.posts.findIdsForReextraction({ sourceId, outdatedThan, afterId, limit: 200 });
      if (ids.length === 0) return report;
      for (const id of ids) {
        try {
          await this.extractPost(id, CURRENT_EXTRACTOR_VERSION, { force: true });
        } catch {
          report.failed++;
        }
        report.posts++;
        progress?.(report.posts, Math.max(total, report.posts));
      }
      afterId = ids[ids.length - 1];
    }
  }
}
