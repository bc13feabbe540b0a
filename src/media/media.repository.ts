import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { toRecordOrNull, WithId } from '../store/records';
import { MEDIA_MODEL, MediaDoc } from './media.schema';

export type MediaRecord = WithId<Omit<MediaDoc, '_id'>>;
export type NewMedia = Pick<MediaDoc, 'sha256' | 'size' | 'mime' | 'width' | 'height' | 'perceptualHash' | 'originalFileId' | 'thumbnailFileId'>;

@Injectable()
export class MediaRepository {
  constructor(@InjectModel(MEDIA_MODEL) private readonly model: Model<MediaDoc>) {}

  /** One record per file content: a second download of the same bytes only adds its url and post. */
  async upsertBySha256(media: NewMedia, url: string, postId: string): Promise<MediaRecord> {
    const upsert = () =>
      this.model.updateOne(
        { sha256: media.sha256 },
        { $setOnInsert: { ...media, error: null, createdAt: new Date() }, $addToSet: { urls: url, postIds: postId } },
        { upsert: true },
      );
    try {
      await upsert();
    } catch (err) {
      // Lost a race to insert the same file: it exists now, so the retry only adds url and post.
      if ((err as { code?: number }).code !== 11000) throw err;
      await upsert();
    }
    const stored = await this.findBySha256(media.sha256);
    if (!stored) throw new Error(`media ${media.sha256} vanished after upsert`);
    return stored;
  }

  async findBySha256(sha256: string): Promise<MediaRecord | null> {
    return toRecordOrNull(await this.model.findOne({ sha256 }).lean());
  }
}
