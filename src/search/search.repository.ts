import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, QueryFilter } from 'mongoose';
import { MENTION_MODEL, MentionDoc } from '../posts/mention.schema';
import { analyzeName } from '../extraction/names/name-analysis';
import { PersonRecord } from '../persons/person.repository';
import { PERSON_MODEL, PersonDoc } from '../persons/person.schema';
import { withPostDefaults } from '../posts/post.repository';
import { POST_MODEL, PostDoc } from '../posts/post.schema';
import { objectId, toRecord, WithId } from '../store/records';
import { POST_ORDER, type PostCursor } from '../posts/post-cursor';
import { buildPostFilter, escapeRegex, queryParts } from './post-search';
import type { PersonSearchQuery, PostSearchQuery } from './search.types';

/** A post as search returns it: the raw item only by its sha256; searchTerms kept for relevance. */
export type SearchPostRecord = WithId<Omit<PostDoc, '_id' | 'sourceId' | 'raw'>> & { sourceId: string; raw: { sha256: string } };

/** The raw item's body can be large and is never shown by search or exports: left in the database. */
const POST_PROJECTION = { 'raw.body': 0 } as const;
const STREAM_BATCH = 200;
/** A person may be named in many posts; more than this are not looked up for one query. */
const MAX_PERSON_POSTS = 5000;
/** Posts a name in a query reaches through mentions, at most (a common given name alone meets many). */
const MAX_NAME_POSTS = 5000;

function toSearchPost(doc: Omit<PostDoc, 'raw'> & { raw?: { sha256?: string } }): SearchPostRecord {
  return { ...toRecord(withPostDefaults(doc)), sourceId: String(doc.sourceId), raw: { sha256: doc.raw?.sha256 ?? '' } };
}

/** Whole-value match, case-insensitive: "Douma" finds "douma", not "Douma al-Jadida". */
const exactly = (value: string) => ({ $regex: `^${escapeRegex(value.trim())}$`, $options: 'i' });

/**
 * The research queries on posts and persons. Portable subset only (FerretDB): plain finds sorted
 * by _id or updatedAt, no $lookup; a person's posts come from their mentions in a first query.
 */
@Injectable()
export class SearchRepository {
  constructor(
    @InjectModel(POST_MODEL) private readonly posts: Model<PostDoc>,
    @InjectModel(PERSON_MODEL) private readonly persons: Model<PersonDoc>,
    @InjectModel(MENTION_MODEL) private readonly mentions: Model<MentionDoc>,
  ) {}

  /** Ids of the person records merged into this one (their PFIF records link back to it). */
  async findIdsMergedInto(personId: string): Promise<string[]> {
    const docs = await this.persons.find({ mergedInto: personId }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
  }

  /**
   * One page of posts, newest first by publication date (collection date when there is none),
   * after `cursor` when given. `nameMatches` (from mentionNamesByPost) makes the query's words
   * also match as a name; looked up here when not given.
   */
  async findPosts(query: PostSearchQuery, cursor: PostCursor | null, limit: number, nameMatches?: ReadonlyMap<string, string[]>): Promise<SearchPostRecord[]> {
    const filter = await this.postFilter(query, cursor, nameMatches);
    const docs = await this.posts.find(filter, POST_PROJECTION).sort(POST_ORDER).limit(limit).lean();
    return docs.map((d) => toSearchPost(d));
  }

  /** Every matching post, newest first, read in batches from a database cursor: constant memory. */
  async *streamPosts(query: PostSearchQuery): AsyncGenerator<SearchPostRecord> {
    const filter = await this.postFilter(query, null);
    const cursor = this.posts.find(filter, POST_PROJECTION).sort(POST_ORDER).lean().cursor({ batchSize: STREAM_BATCH });
    try {
      for await (const doc of cursor) yield toSearchPost(doc);
    } finally {
      await cursor.close();
    }
  }

  /**
   * Persons matching the filters, without a name most recently changed first. With a name: those
   * sharing any name key with it (any script), unordered; the service scores and orders them.
   */
  async findPersons(query: PersonSearchQuery, limit: number): Promise<PersonRecord[]> {
    const docs = await this.persons.find(personFilter(query)).sort({ updatedAt: -1, _id: -1 }).limit(limit).lean();
    return docs.map((d) => toRecord(d));
  }

  async *streamPersons(query: PersonSearchQuery): AsyncGenerator<PersonRecord> {
    const cursor = this.persons.find(personFilter(query)).sort({ _id: -1 }).lean().cursor({ batchSize: STREAM_BATCH });
    try {
      for await (const doc of cursor) yield toRecord(doc as PersonDoc);
    } finally {
      await cursor.close();
    }
  }

  async findPersonById(id: string): Promise<PersonRecord | null> {
    const doc = await this.persons.findById(objectId(id)).lean();
    return doc ? toRecord(doc) : null;
  }

  /** Ids of the posts with a mention confirmed as this person (mentions carry review.personId). */
  async postIdsOfPerson(personId: string): Promise<string[]> {
    const docs = await this.mentions.find({ 'review.personId': personId }, { postId: 1 }).limit(MAX_PERSON_POSTS).lean();
    return [...new Set(docs.map((d) => String(d.postId)))];
  }

  private async visiblePostIdsOfPerson(personId: string, includeUnverified: boolean): Promise<string[]> {
    if (!includeUnverified && (await this.persons.countDocuments({ _id: objectId(personId), 'verification.status': 'verified' })) === 0) return [];
    return this.postIdsOfPerson(personId);
  }

  /**
   * The posts with a mention carrying this name key (not rejected by a reviewer), with the names as
   * written there: how a name in one script finds posts that wrote it in another.
   */
  async mentionNamesByPost(nameKey: string): Promise<Map<string, string[]>> {
    const docs = await this.mentions
      .find({ nameKeys: nameKey, 'review.status': { $ne: 'rejected' } }, { postId: 1, name: 1 })
      .limit(MAX_NAME_POSTS)
      .lean();
    const out = new Map<string, string[]>();
    for (const d of docs) {
      const id = String(d.postId);
      const names = out.get(id) ?? [];
      if (!names.includes(d.name)) names.push(d.name);
      out.set(id, names);
    }
    return out;
  }

  private async postFilter(query: PostSearchQuery, cursor: PostCursor | null, nameMatches?: ReadonlyMap<string, string[]>): Promise<QueryFilter<PostDoc>> {
    const postIds = query.personId !== undefined ? await this.visiblePostIdsOfPerson(query.personId, query.includeUnverifiedPersons === true) : undefined;
    const nameKey = queryParts(query.text).nameKey;
    const names = nameMatches ?? (nameKey ? await this.mentionNamesByPost(nameKey) : new Map<string, string[]>());
    return buildPostFilter(query, { before: cursor ?? undefined, postIds, namePostIds: [...names.keys()] }, objectId);
  }
}

/** Merged records are left out: their names and posts live on in the record they were merged into. */
export function personFilter(query: PersonSearchQuery): QueryFilter<PersonDoc> {
  const and: Record<string, unknown>[] = [{ mergedInto: null }];
  if (query.name?.trim()) {
    const keys = analyzeName(query.name).keys;
    and.push({ nameKeys: { $in: keys } });
  }
  if (query.status) and.push({ status: query.status });
  if (!query.includeUnverified) {
    // Researchers see verified records only, whatever they ask for.
    and.push({ 'verification.status': query.verification && query.verification !== 'verified' ? { $in: [] } : 'verified' });
  } else if (query.verification) {
    and.push({ 'verification.status': query.verification });
  }
  if (query.hometown?.trim()) and.push({ 'attributes.hometown': exactly(query.hometown) });
  if (query.prison?.trim()) and.push({ 'attributes.prison': exactly(query.prison) });
  if (query.arrestYearFrom !== undefined) and.push({ 'attributes.arrestYear': { $gte: query.arrestYearFrom } });
  if (query.arrestYearTo !== undefined) and.push({ 'attributes.arrestYear': { $lte: query.arrestYearTo } });
  return and.length === 1 ? and[0] : { $and: and };
}
