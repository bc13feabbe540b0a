import { Inject, Injectable, Logger } from '@nestjs/common';
import { imageUrlsOf } from '../parsers/collected-post';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MentionRepository } from '../posts/mention.repository';
import { FaceJobs } from '../faces/face-jobs';
import { PoliteFetcher } from '../http/polite-fetcher';
import { FetchError } from '../http/safe-http.client';
import { SuggestionService } from '../persons/suggestion.service';
import { PostRepository } from '../posts/post.repository';
import { TransientJobError } from '../queue/job-errors';
import { JobContext } from '../queue/worker.service';
import { sha256Hex } from '../text/normalize';
import { hashBands } from '../media/hash-bands';
import { hammingDistance, ImageRejectedError, NEAR_DUPLICATE_DISTANCE, processImage } from '../media/image/image-processing';
import { MediaFileRepository } from '../media/media-file.repository';
import { MediaRecord, MediaRepository } from '../media/media.repository';

const IMAGE_TYPES = { types: ['image/'], label: 'an image' };

export function urlHash(url: string): string {
  return sha256Hex(url);
}

/**
 * Downloads one image of a post, stores it once by sha256 with a metadata-free thumbnail, links
 * re-posted copies as near-duplicates, and offers it to the post's mentions. A bad image is
 * recorded with its error; it never stops the post's other work.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: PoliteFetcher,
    private readonly media: MediaRepository,
    private readonly files: MediaFileRepository,
    private readonly posts: PostRepository,
    private readonly mentions: MentionRepository,
    private readonly suggestions: SuggestionService,
    private readonly faces: FaceJobs,
  ) {}

  async processPostImage(postId: string, hash: string, job: JobContext): Promise<void> {
    const post = await this.posts.findById(postId);
    const url = post ? imageUrlsOf(post.media).find((u) => urlHash(u) === hash) : undefined;
    if (!post || !url) {
      if (post) await this.posts.settleMedia(postId, hash);
      return;
    }

    const known = await this.media.findStoredByUrl(url);
    if (known) {
      await this.media.addPost(known.id, url, postId);
      await this.offerToMentions(postId, known.id);
      await this.posts.settleMedia(postId, hash);
      return;
    }

    let stored: MediaRecord;
    try {
      stored = await this.downloadAndStore(url, postId);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof ImageRejectedError || (err instanceof FetchError && err.kind === 'permanent');
      if (permanent || job.attempt >= job.maxAttempts) {
        await this.media.recordFailure(url, hash, postId, message);
        await this.posts.settleMedia(postId, hash);
      }
      this.logger.warn({ msg: 'image not stored', postId, urlHash: hash, permanent, error: message });
      if (permanent) return;
      throw new TransientJobError(message, err instanceof FetchError ? err.retryAfterMs : undefined);
    }
    await this.offerToMentions(postId, stored.id);
    await this.posts.settleMedia(postId, hash);
  }

  /** The post's mentions get the photo as a suggestion, and their suggestions are scored again (a shared photo is evidence). */
  private async offerToMentions(postId: string, mediaId: string): Promise<void> {
    await this.mentions.addSuggestedMedia(postId, mediaId);
    await this.suggestions.suggestForPost(postId);
  }

  private async downloadAndStore(url: string, postId: string): Promise<MediaRecord> {
    const response = await this.http.request(url, { robots: false, accept: IMAGE_TYPES, maxBytes: this.config.media.maxBytes });
    return this.storeImage(response.body, url, postId);
  }

  /**
   * Stores the image of a post fetched from `url` as downloading it would: once by sha256, with a
   * metadata-free thumbnail, linked to its near-duplicates. `athar demo` stores its photos this way.
   */
  async storeImage(bytes: Buffer, url: string, postId: string): Promise<MediaRecord> {
    const image = await processImage(bytes, { maxBytes: this.config.media.maxBytes, maxPixels: this.config.media.maxPixels, thumbnailSize: 320 });

    const existing = await this.media.findBySha256(image.sha256);
    if (existing) {
      await this.media.addPost(existing.id, url, postId);
      return existing;
    }
    const [originalFileId, thumbnailFileId] = await Promise.all([
      this.files.save(`${image.sha256}`, bytes, image.mime),
      this.files.save(`${image.sha256}.thumb.jpg`, image.thumbnail, 'image/jpeg'),
    ]);
    const { record, created } = await this.media.upsertImage(
      {
        sha256: image.sha256,
        size: image.size,
        mime: image.mime,
        width: image.width,
        height: image.height,
        perceptualHash: image.phash,
        perceptualHashMirrored: image.phashMirrored,
        hashBands: hashBands(image.phash, image.phashMirrored),
        originalFileId,
        thumbnailFileId,
      },
      url,
      postId,
    );
    if (created) {
      await this.linkNearDuplicates(record);
      // The next stage, when an admin has switched faces on.
      await this.faces.imageStored(record.id);
    }
    return record;
  }

  private async linkNearDuplicates(image: MediaRecord): Promise<void> {
    if (!image.perceptualHash || !image.perceptualHashMirrored) return;
    for (const other of await this.media.findHashCandidates(image.hashBands, image.id)) {
      if (!other.perceptualHash) continue;
      const direct = hammingDistance(image.perceptualHash, other.perceptualHash);
      const mirrored = hammingDistance(image.perceptualHashMirrored, other.perceptualHash);
      const distance = Math.min(direct, mirrored);
      if (distance <= NEAR_DUPLICATE_DISTANCE) await this.media.linkNearDuplicates(image.id, other.id, distance, mirrored < direct);
    }
  }
}
