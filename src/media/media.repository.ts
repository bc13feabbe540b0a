import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { MEDIA_MODEL, MediaDoc, NearDuplicate } from './media.schema';

export type MediaRecord = WithId<Omit<MediaDoc, '_id'>>;
export type StoredImage = Pick<
  MediaDoc,
  'sha256' | 'size' | 'mime' | 'width' | 'height' | 'perceptualHash' | 'perceptualHashMirrored' | 'hashBands' | 'originalFileId' | 'thumbnailFileId'
> & { sha256: string };

const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

// FerretDB 1.x leaves empty arrays and nulls of an upsert's $setOnInsert out of the stored document.
function toMedia(doc: MediaDoc): MediaRecord {
  return {
    ...toRecord(doc),
    sha256: doc.sha256 ?? null,
    perceptualHash: doc.perceptualHash ?? null,
    perceptualHashMirrored: doc.perceptualHashMirrored ?? null,
    hashBands: doc.hashBands ?? [],
    nearDuplicates: doc.nearDuplicates ?? [],
    urls: doc.urls ?? [],
    postIds: doc.postIds ?? [],
    originalFileId: doc.originalFileId ?? null,
    thumbnailFileId: doc.thumbnailFileId ?? null,
    error: doc.error ?? null,
  };
}
const toMediaOrNull = (doc: MediaDoc | null) => (doc ? toMedia(doc) : null);

@Injectable()
export class MediaRepository {
  constructor(@InjectModel(MEDIA_MODEL) private readonly model: Model<MediaDoc>) {}

  /** One record per file content: a second download of the same bytes only adds its url and post. */
  async upsertImage(image: StoredImage, url: string, postId: string): Promise<{ record: MediaRecord; created: boolean }> {
    const key = `sha256:${image.sha256}`;
    const upsert = () =>
      this.model.updateOne(
        { key },
        {
          $setOnInsert: { ...image, key, nearDuplicates: [], error: null, createdAt: new Date() },
          $addToSet: { urls: url, postIds: postId },
        },
        { upsert: true },
      );
    let created: boolean;
    try {
      created = (await upsert()).upsertedCount === 1;
    } catch (err) {
      // Lost a race to insert the same file: it exists now, so the retry only adds url and post.
      if (!isDuplicateKey(err)) throw err;
      created = (await upsert()).upsertedCount === 1;
    }
    const record = await this.findByKey(key);
    if (!record) throw new Error(`media ${image.sha256} vanished after upsert`);
    return { record, created };
  }

  /** An image that could not be stored: the error is kept on a record of its url. */
  async recordFailure(url: string, urlHash: string, postId: string, error: string): Promise<void> {
    const key = `url:${urlHash}`;
    const write = () =>
      this.model.updateOne(
        { key },
        {
          $set: { error },
          $setOnInsert: { key, sha256: null, hashBands: [], nearDuplicates: [], createdAt: new Date() },
          $addToSet: { urls: url, postIds: postId },
        },
        { upsert: true },
      );
    try {
      await write();
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await write();
    }
  }

  async findByKey(key: string): Promise<MediaRecord | null> {
    return toMediaOrNull(await this.model.findOne({ key }).lean());
  }

  async findBySha256(sha256: string): Promise<MediaRecord | null> {
    return this.findByKey(`sha256:${sha256}`);
  }

  async findById(id: string): Promise<MediaRecord | null> {
    return toMediaOrNull(await this.model.findById(objectId(id)).lean());
  }

  /** A stored image already downloaded from this url, if any (saves a second download). */
  async findStoredByUrl(url: string): Promise<MediaRecord | null> {
    return toMediaOrNull(await this.model.findOne({ urls: url, sha256: { $ne: null } }).lean());
  }

  async addPost(id: string, url: string, postId: string): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $addToSet: { urls: url, postIds: postId } });
  }

  async findByPost(postId: string): Promise<MediaRecord[]> {
    const docs = await this.model.find({ postIds: postId }).sort({ createdAt: 1 }).lean();
    return docs.map(toMedia);
  }

  async findByIds(ids: string[]): Promise<MediaRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return [];
    return (await this.model.find({ _id: { $in: valid.map(objectId) } }).lean()).map(toMedia);
  }

  async findByPosts(postIds: string[]): Promise<MediaRecord[]> {
    if (postIds.length === 0) return [];
    const docs = await this.model.find({ postIds: { $in: postIds } }).lean();
    return docs.map(toMedia);
  }

  /** Stored images sharing at least one hash band with the given bands, the image itself left out. */
  async findHashCandidates(bands: string[], exceptId: string, limit = 2000): Promise<MediaRecord[]> {
    if (bands.length === 0) return [];
    const docs = await this.model
      .find({ hashBands: { $in: bands }, _id: { $ne: objectId(exceptId) }, sha256: { $ne: null } }, { nearDuplicates: 0 })
      .limit(limit)
      .lean();
    return docs.map((d) => toMedia({ ...d, nearDuplicates: [] }));
  }

  /** Links two images both ways. */
  async linkNearDuplicates(a: string, b: string, distance: number, mirrored: boolean): Promise<void> {
    const link = (from: string, to: string) =>
      this.model.updateOne(
        { _id: objectId(from), 'nearDuplicates.mediaId': { $ne: to } },
        { $push: { nearDuplicates: { mediaId: to, distance, mirrored } satisfies NearDuplicate } },
      );
    await Promise.all([link(a, b), link(b, a)]);
  }
}
