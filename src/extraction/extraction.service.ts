import { Injectable, Logger } from '@nestjs/common';
import { PostRepository } from '../posts/post.repository';
import { MentionRepository } from './mention.repository';
import { extractMentions, STAND_IN_EXTRACTOR_VERSION } from './stand-in-extractor';

export const CURRENT_EXTRACTOR_VERSION = STAND_IN_EXTRACTOR_VERSION;

@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    private readonly posts: PostRepository,
    private readonly mentions: MentionRepository,
  ) {}

  /** Extracts the mentions of one post; a failure is recorded on the post and rethrown for a retry. */
  async extractPost(postId: string, extractorVersion: string): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post) return;
    if (post.pipeline.status === 'extracted' && post.pipeline.extractorVersion === extractorVersion) return;
    if (extractorVersion !== CURRENT_EXTRACTOR_VERSION) {
      await this.posts.setPipeline(postId, 'failed', { error: `extractor version ${extractorVersion} is not available (running ${CURRENT_EXTRACTOR_VERSION})` });
      return;
    }
    await this.posts.setPipeline(postId, 'extracting');
    try {
      const found = extractMentions(post.text);
      await this.mentions.saveMachineMentions(
        postId,
        post.sourceId,
        extractorVersion,
        found.map((m) => ({
          name: m.name,
          start: m.start,
          end: m.end,
          normalized: m.normalized,
          nameKeys: [m.normalized],
          role: m.role,
          attributes: {},
          confidence: m.confidence,
          cues: m.cues,
          suggestions: [],
        })),
      );
      await this.posts.setPipeline(postId, 'extracted', { error: null, extractorVersion });
      this.logger.debug({ msg: 'extracted', postId, mentions: found.length });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.posts.setPipeline(postId, 'failed', { error: `extraction failed: ${message}` });
      throw err;
    }
  }
}
