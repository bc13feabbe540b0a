import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { QueryFilter, Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { afterCursor, POST_ORDER, type PostCursor } from './post-cursor';
import { PipelineStatus, POST_MODEL, PostDoc } from './post.schema';

export type PostRecord = WithId<Omit<PostDoc, '_id' | 'sourceId'>> & { sourceId: string };
export type NewPost = Omit<PostDoc, '_id' | 'sourceId'>;

export interface PostQuery {
  sourceId?: string;
  publishedFrom?: Date;
  publishedTo?: Date;
  pipelineStatus?: PipelineStatus;
  /** Return posts after this one in the list order (publication date, newest first). */
  before?: PostCursor;
  limit: number;
}

/**
 * A stored post with the fields FerretDB 1.x may have left out (it drops empty arrays and nulls
 * of an upsert's $setOnInsert) filled in. Shared with the search repository.
 */
type DefaultedFields = Pick<
  PostDoc,
  'media' | 'searchTerms' | 'extra' | 'url' | 'author' | 'title' | 'publishedAt' | 'submittedBy' | 'note' | 'mentionCount' | 'copyOf' | 'placeIds'
>;

export function withPostDefaults<T extends Partial<DefaultedFields>>(doc: T): T & DefaultedFields {
  return {
    ...doc,
    media: doc.media ?? [],
    searchTerms: doc.searchTerms ?? [],
    extra: doc.extra ?? {},
    url: doc.url ?? null,
    author: doc.author ?? null,
    title: doc.title ?? null,
    publishedAt: doc.publishedAt ?? null,
    submittedBy: doc.submittedBy ?? null,
    note: doc.note ?? null,
    mentionCount: doc.mentionCount ?? 0,
    copyOf: doc.copyOf ?? null,
    placeIds: doc.placeIds ?? [],
  };
}

function toPost(doc: PostDoc): PostRecord {
  return { ...toRecord(withPostDefaults(doc)), sourceId: String(doc.sourceId) };
}

@Injectable()
export class PostRepository {
  constructor(@InjectModel(POST_MODEL) private readonly model: Model<PostDoc>) {}

  /**
   * Inserts the posts not yet stored for this source and leaves existing ones untouched.
   * Idempotent: the unique (sourceId, externalId) index makes a repeat a no-op.
   */
  async insertNew(sourceId: string, posts: NewPost[]): Promise<{ newIds: string[]; duplicates: number }> {
    if (posts.length === 0) return { newIds: [], duplicates: 0 };
    const sid = objectId(sourceId);
    const ops = posts.map((post) => ({
      updateOne: {
        filter: { sourceId: sid, externalId: post.externalId },
        update: { $setOnInsert: { ...post, sourceId: sid } },
        upsert: true,
      },
    }));
    let upserted: Record<string, unknown>;
    try {
      upserted = (await this.model.bulkWrite(ops, { ordered: false })).upsertedIds ?? {};
    } catch (err) {
      // Two writers racing on the same new post: the unique index lets one win and the other gets
      // a duplicate-key error (real MongoDB retries such upserts itself, FerretDB does not).
      upserted = upsertedIdsDespiteDuplicates(err);
    }
    const newIds = Object.values(upserted).map(String);
    return { newIds, duplicates: posts.length - newIds.length };
  }

  async findById(id: string): Promise<PostRecord | null> {
    const doc = await this.model.findById(objectId(id)).lean();
    return doc ? toPost(doc) : null;
  }

  async find(query: PostQuery): Promise<PostRecord[]> {
    const filter: QueryFilter<PostDoc> = {};
    if (query.sourceId) filter.sourceId = objectId(query.sourceId);
    if (query.pipelineStatus) filter['pipeline.status'] = query.pipelineStatus;
    if (query.publishedFrom || query.publishedTo) {
      filter.publishedAt = {
        ...(query.publishedFrom ? { $gte: query.publishedFrom } : {}),
        ...(query.publishedTo ? { $lt: query.publishedTo } : {}),
      };
    }
    const where = query.before ? { $and: [filter, afterCursor(query.before, objectId)] } : filter;
    const docs = await this.model
      .find(where as QueryFilter<PostDoc>)
      .sort(POST_ORDER)
      .limit(query.limit)
      .lean();
    return docs.map(toPost);
  }

  async findByIds(ids: string[]): Promise<PostRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return [];
    return (await this.model.find({ _id: { $in: valid.map(objectId) } }, { 'raw.body': 0 }).lean()).map((d) => toPost(d as PostDoc));
  }

  /** Posts sharing a copy key with this one: candidates for its copy group (text included, raw item not). */
  async findCopyCandidates(keys: string[], exceptId: string, limit: number): Promise<{ id: string; text: string; copyOf: string | null }[]> {
    if (keys.length === 0) return [];
    const docs = await this.model
      .find({ copyKeys: { $in: keys }, _id: { $ne: objectId(exceptId) } }, { text: 1, copyOf: 1 })
      .limit(limit)
      .lean();
    return docs.map((d) => ({ id: String(d._id), text: d.text, copyOf: d.copyOf ?? null }));
  }

  /** What extraction derives for search and copy groups. */
  async setDerived(id: string, derived: { copyKeys: string[]; copyOf: string | null; placeIds: string[] }): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $set: derived });
  }

  /** Puts a group's first post and its copies into another group (two groups found to be one). */
  async joinCopyGroup(leader: string, into: string): Promise<void> {
    await this.model.updateOne({ _id: objectId(leader) }, { $set: { copyOf: into } });
    await this.model.updateMany({ copyOf: leader }, { $set: { copyOf: into } });
  }

  /** The later copies of a group's first post, oldest first. */
  async findCopiesOf(ids: string[]): Promise<PostRecord[]> {
    if (ids.length === 0) return [];
    const docs = await this.model
      .find({ copyOf: { $in: ids } }, { 'raw.body': 0, searchTerms: 0 })
      .sort({ _id: 1 })
      .limit(1000)
      .lean();
    return docs.map((d) => toPost({ ...d, raw: { body: '', sha256: d.raw?.sha256 ?? '' }, searchTerms: [] }));
  }

  /**
   * Posts stored before sortAt existed get it (publication date, else collection date). Batched
   * and idempotent: every process may run it at start-up.
   */
  async backfillSortAt(batch = 500): Promise<number> {
    return this.backfill('sortAt', (d) => d.publishedAt ?? d.collectedAt, batch);
  }

  /** Posts stored before collectedDay existed get it, from their collection date. Like backfillSortAt. */
  async backfillCollectedDay(batch = 500): Promise<number> {
    return this.backfill('collectedDay', (d) => d.collectedAt.toISOString().slice(0, 10), batch);
  }

  private async backfill(
    field: 'sortAt' | 'collectedDay',
    valueOf: (d: Pick<PostDoc, 'publishedAt' | 'collectedAt'>) => unknown,
    batch: number,
  ): Promise<number> {
    let done = 0;
    for (;;) {
      const docs = await this.model
        .find({ [field]: { $exists: false } }, { publishedAt: 1, collectedAt: 1 })
        .limit(batch)
        .lean();
      if (docs.length === 0) return done;
      await this.model.bulkWrite(
        docs.map((d) => ({ updateOne: { filter: { _id: d._id, [field]: { $exists: false } }, update: { $set: { [field]: valueOf(d) } } } })),
        { ordered: false },
      );
      done += docs.length;
    }
  }

  async findIdByExternalId(sourceId: string, externalId: string): Promise<string | null> {
    const doc = await this.model.findOne({ sourceId: objectId(sourceId), externalId }, { _id: 1 }).lean();
    return doc ? String(doc._id) : null;
  }

  /** Url and date (publication, else collection) of each post, by id: one query for many posts. */
  async findLinks(ids: string[]): Promise<Map<string, { url: string | null; date: Date }>> {
    if (ids.length === 0) return new Map();
    const docs = await this.model.find({ _id: { $in: ids.map(objectId) } }, { url: 1, publishedAt: 1, collectedAt: 1 }).lean();
    return new Map(docs.map((d) => [String(d._id), { url: d.url ?? null, date: d.publishedAt ?? d.collectedAt }]));
  }

  /** Publication (else collection) date of each post, by id. */
  async findDates(ids: string[]): Promise<Map<string, Date>> {
    if (ids.length === 0) return new Map();
    const docs = await this.model.find({ _id: { $in: ids.map(objectId) } }, { publishedAt: 1, collectedAt: 1 }).lean();
    return new Map(docs.map((d) => [String(d._id), d.publishedAt ?? d.collectedAt]));
  }

  /** Post ids in id order after `afterId`; with `outdatedThan`, only those extracted by another version or not at all. */
  async findIdsForReextraction(q: { sourceId?: string; outdatedThan: string | null; afterId?: string; limit: number }): Promise<string[]> {
    const filter = reextractionFilter(q);
    if (q.afterId) filter._id = { $gt: objectId(q.afterId) };
    const docs = await this.model.find(filter, { _id: 1 }).sort({ _id: 1 }).limit(q.limit).lean();
    return docs.map((d) => String(d._id));
  }

  /** How many posts findIdsForReextraction will go through (for progress). */
  async countForReextraction(q: { sourceId?: string; outdatedThan: string | null }): Promise<number> {
    return this.model.countDocuments(reextractionFilter(q));
  }

  async setMentionCount(id: string, count: number): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $set: { mentionCount: count } });
  }

  /** The triage queue: posts not yet decided, whose claim (if any) has expired or is the reviewer's own. */
  async findForTriage(q: {
    claimExpiredBefore: Date;
    sort: 'newest' | 'mentions';
    lang?: string;
    sourceId?: string;
    hasPhoto?: boolean;
    limit: number;
  }): Promise<PostRecord[]> {
    const filter: QueryFilter<PostDoc> = { 'review.status': { $in: ['new', 'in_review'] }, 'pipeline.status': 'extracted' };
    if (q.lang) filter.lang = q.lang;
    if (q.sourceId) filter.sourceId = objectId(q.sourceId);
    if (q.hasPhoto) filter['media.0'] = { $exists: true };
    const sort: Record<string, 1 | -1> = q.sort === 'mentions' ? { mentionCount: -1, sortAt: -1, _id: -1 } : { ...POST_ORDER };
    const docs = await this.model.find(filter, { raw: 0, searchTerms: 0 }).sort(sort).limit(q.limit).lean();
    return docs.map((d) => toPost({ ...d, raw: { body: '', sha256: '' }, searchTerms: [] }));
  }

  /**
   * Claims a post for one reviewer, atomically: it succeeds only when nobody holds a live claim,
   * so two reviewers can never both get the same post.
   */
  async claim(id: string, userId: string, userName: string, now: Date, expiredBefore: Date): Promise<boolean> {
    const res = await this.model.updateOne(
      {
        _id: objectId(id),
        'review.status': { $in: ['new', 'in_review'] },
        $or: [{ 'review.assignee': null }, { 'review.assignee': userId }, { 'review.claimedAt': { $lt: expiredBefore } }],
      },
      { $set: { 'review.status': 'in_review', 'review.assignee': userId, 'review.assigneeName': userName, 'review.claimedAt': now } },
    );
    return res.modifiedCount === 1 || res.matchedCount === 1;
  }

  async release(id: string, userId: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id), 'review.assignee': userId, 'review.status': 'in_review' },
      { $set: { 'review.status': 'new', 'review.assignee': null, 'review.assigneeName': null, 'review.claimedAt': null } },
    );
  }

  async decide(id: string, status: 'relevant' | 'irrelevant' | 'duplicate', by: string, at: Date, duplicateOf: string | null = null): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      {
        $set: {
          'review.status': status,
          'review.duplicateOf': status === 'duplicate' ? duplicateOf : null,
          'review.assignee': null,
          'review.assigneeName': null,
          'review.claimedAt': null,
          'review.by': by,
          'review.at': at,
        },
      },
      // The schema's enum refuses a status it does not know, on change as on insert.
      { runValidators: true },
    );
  }

  async countBySource(sourceId: string): Promise<number> {
    return this.model.countDocuments({ sourceId: objectId(sourceId) });
  }

  async setPipeline(id: string, status: PipelineStatus, extras: { error?: string | null; extractorVersion?: string | null } = {}): Promise<void> {
    const set: Record<string, unknown> = { 'pipeline.status': status, 'pipeline.updatedAt': new Date() };
    if (extras.error !== undefined) set['pipeline.error'] = extras.error;
    if (extras.extractorVersion !== undefined) set['pipeline.extractorVersion'] = extras.extractorVersion;
    await this.model.updateOne({ _id: objectId(id) }, { $set: set }, { runValidators: true });
  }

  /** Posts left collected or extracting since before `cutoff`: their extract job may have been lost. */
  async findStalledInPipeline(cutoff: Date, limit: number): Promise<{ id: string; status: PipelineStatus }[]> {
    const docs = await this.model
      .find({ 'pipeline.status': { $in: ['collected', 'extracting'] }, 'pipeline.updatedAt': { $lt: cutoff } }, { _id: 1, pipeline: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((d) => ({ id: String(d._id), status: d.pipeline.status }));
  }

  async isStalledInPipeline(id: string, cutoff: Date): Promise<boolean> {
    return (
      (await this.model.countDocuments({ _id: objectId(id), 'pipeline.status': { $in: ['collected', 'extracting'] }, 'pipeline.updatedAt': { $lt: cutoff } })) >
      0
    );
  }

  async isMediaPending(id: string, urlHash: string): Promise<boolean> {
    return (await this.model.countDocuments({ _id: objectId(id), mediaPending: urlHash })) > 0;
  }

  async countStalledInPipeline(cutoff: Date): Promise<number> {
    return this.model.countDocuments({ 'pipeline.status': { $in: ['collected', 'extracting'] }, 'pipeline.updatedAt': { $lt: cutoff } });
  }

  /** Records which images of a post were queued for the media stage. */
  async setMediaPending(id: string, urlHashes: string[]): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $set: { mediaPending: urlHashes } });
  }

  /** One image of the post is settled: stored, linked to a stored copy, or refused for good. */
  async settleMedia(id: string, urlHash: string): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $pull: { mediaPending: urlHash } });
  }

  /** Extracted posts (settled before `cutoff`) with images still waiting for the media stage. */
  async findMediaPending(cutoff: Date, limit: number): Promise<{ id: string; urlHashes: string[] }[]> {
    // $gt '' matches any non-empty string element: an array with at least one pending hash.
    const docs = await this.model
      .find({ mediaPending: { $gt: '' }, 'pipeline.status': 'extracted', 'pipeline.updatedAt': { $lt: cutoff } }, { _id: 1, mediaPending: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((d) => ({ id: String(d._id), urlHashes: d.mediaPending ?? [] }));
  }

  async countMediaPending(cutoff: Date): Promise<number> {
    return this.model.countDocuments({ mediaPending: { $gt: '' }, 'pipeline.status': 'extracted', 'pipeline.updatedAt': { $lt: cutoff } });
  }

  /** Ids of this source's posts (among the given external ids) that still wait for extraction. */
  async findIdsAwaitingExtraction(sourceId: string, externalIds: string[]): Promise<string[]> {
    if (externalIds.length === 0) return [];
    const docs = await this.model.find({ sourceId: objectId(sourceId), externalId: { $in: externalIds }, 'pipeline.status': 'collected' }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
  }
}

function reextractionFilter(q: { sourceId?: string; outdatedThan: string | null }): QueryFilter<PostDoc> {
  const filter: QueryFilter<PostDoc> = {};
  if (q.sourceId) filter.sourceId = objectId(q.sourceId);
  if (q.outdatedThan) filter['pipeline.extractorVersion'] = { $ne: q.outdatedThan };
  return filter;
}

function upsertedIdsDespiteDuplicates(err: unknown): Record<string, unknown> {
  const bulk = err as { writeErrors?: { code?: number }[] | { code?: number }; result?: { upsertedIds?: Record<string, unknown> } };
  const writeErrors = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : bulk.writeErrors ? [bulk.writeErrors] : [];
  if (writeErrors.length === 0 || writeErrors.some((e) => e.code !== 11000)) throw err;
  return bulk.result?.upsertedIds ?? {};
}
