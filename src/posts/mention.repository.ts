import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { MENTION_MODEL, MentionDoc, Suggestion } from './mention.schema';

export type MentionRecord = WithId<Omit<MentionDoc, '_id' | 'postId' | 'sourceId'>> & { postId: string; sourceId: string };
export type MachineMention = Pick<
  MentionDoc,
  'name' | 'start' | 'end' | 'normalized' | 'nameLatin' | 'nameKeys' | 'role' | 'attributes' | 'confidence' | 'cues'
> &
  Partial<Pick<MentionDoc, 'refersTo' | 'partial'>>;

// FerretDB 1.x leaves empty arrays of an upsert's $setOnInsert out of the stored document.
function toMention(doc: MentionDoc): MentionRecord {
  return {
    ...toRecord(doc),
    postId: String(doc.postId),
    sourceId: String(doc.sourceId),
    suggestions: doc.suggestions ?? [],
    suggestedMediaIds: doc.suggestedMediaIds ?? [],
    nameKeys: doc.nameKeys ?? [],
    cues: doc.cues ?? [],
    refersTo: doc.refersTo ?? null,
    partial: doc.partial ?? false,
  };
}

@Injectable()
export class MentionRepository {
  constructor(@InjectModel(MENTION_MODEL) private readonly model: Model<MentionDoc>) {}

  /**
   * Writes the extractor's mentions of one post. Only machine fields are set; a reviewer's verdict
   * is never overwritten, and a reviewed mention is never removed, even when no longer found.
   * Returns the ids of the post's mentions now in the machine's set.
   */
  async saveMachineMentions(postId: string, sourceId: string, extractorVersion: string, mentions: MachineMention[]): Promise<string[]> {
    const pid = objectId(postId);
    const now = new Date();
    if (mentions.length > 0) {
      await this.model.bulkWrite(
        mentions.map((m) => ({
          updateOne: {
            filter: { postId: pid, start: m.start, end: m.end },
            update: {
              $set: { ...m, extractorVersion, sourceId: objectId(sourceId) },
              $setOnInsert: { review: { status: 'pending', personId: null, by: null, at: null }, suggestions: [], suggestedMediaIds: [], createdAt: now },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    }
    const keep = new Set(mentions.map((m) => `${m.start}:${m.end}`));
    const current = await this.model.find({ postId: pid }, { start: 1, end: 1, review: 1 }).lean();
    const stale = current.filter((m) => !keep.has(`${m.start}:${m.end}`) && m.review.status === 'pending').map((m) => m._id);
    if (stale.length > 0) await this.model.deleteMany({ _id: { $in: stale }, 'review.status': 'pending' });
    return current.filter((m) => keep.has(`${m.start}:${m.end}`)).map((m) => String(m._id));
  }

  async findByPost(postId: string): Promise<MentionRecord[]> {
    const docs = await this.model
      .find({ postId: objectId(postId) })
      .sort({ start: 1 })
      .lean();
    return docs.map(toMention);
  }

  /** Mentions in other posts sharing a name key: candidates for "the same person". */
  async findByNameKeys(keys: string[], exceptPostId: string, limit: number): Promise<MentionRecord[]> {
    if (keys.length === 0) return [];
    const docs = await this.model
      .find({ nameKeys: { $in: keys }, postId: { $ne: objectId(exceptPostId) }, 'review.status': { $ne: 'rejected' } })
      .limit(limit)
      .lean();
    return docs.map(toMention);
  }

  async findByIds(ids: string[]): Promise<MentionRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return [];
    return (await this.model.find({ _id: { $in: valid.map(objectId) } }).lean()).map(toMention);
  }

  async findById(id: string): Promise<MentionRecord | null> {
    const doc = await this.model.findById(objectId(id)).lean();
    return doc ? toMention(doc) : null;
  }

  async findByPerson(personId: string): Promise<MentionRecord[]> {
    const docs = await this.model.find({ 'review.personId': personId }).sort({ createdAt: -1 }).limit(500).lean();
    return docs.map(toMention);
  }

  /** A reviewer's verdict: only the review field changes, never the machine's output. */
  async setReview(id: string, review: MentionDoc['review']): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $set: { review } });
  }

  async setSuggestions(id: string, suggestions: Suggestion[], at = new Date()): Promise<void> {
    await this.model.updateOne({ _id: objectId(id) }, { $set: { suggestions, suggestedAt: at } });
  }

  /** Whether another post got a mention sharing a name key after `since`. */
  async existsWithNameKeysSince(keys: string[], exceptPostId: string, since: Date): Promise<boolean> {
    if (keys.length === 0) return false;
    return (await this.model.exists({ nameKeys: { $in: keys }, postId: { $ne: objectId(exceptPostId) }, createdAt: { $gt: since } })) !== null;
  }

  /** The posts with a pending mention sharing a name key: whose suggestions a change to that name may alter. */
  async findPostIdsWithPendingNameKeys(keys: string[], limit: number): Promise<string[]> {
    if (keys.length === 0) return [];
    const docs = await this.model
      .find({ nameKeys: { $in: keys }, 'review.status': 'pending' }, { postId: 1 })
      .limit(limit)
      .lean();
    return [...new Set(docs.map((d) => String(d.postId)))];
  }

  async addSuggestedMedia(postId: string, mediaId: string): Promise<void> {
    await this.model.updateMany({ postId: objectId(postId) }, { $addToSet: { suggestedMediaIds: mediaId } });
  }

  /** A verdict that keeps a reviewer's earlier corrections (review.edits): only the verdict's own fields change. */
  async setVerdict(id: string, review: Omit<MentionDoc['review'], 'edits'>): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      { $set: { 'review.status': review.status, 'review.personId': review.personId, 'review.by': review.by, 'review.at': review.at } },
      // The schema's enum refuses a verdict it does not know, on change as on insert.
      { runValidators: true },
    );
  }

  /**
   * A reviewer's corrections (name, role, facts), kept beside the machine's values in review.edits;
   * the machine fields are never touched.
   */
  async setEdits(id: string, status: MentionDoc['review']['status'], edits: MentionEdits, by: string, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      { $set: { 'review.status': status, 'review.edits': edits, 'review.by': by, 'review.at': at } },
      { runValidators: true },
    );
  }

  /** Points every mention linked to `from` at `to`; returns the ids of the mentions moved. */
  async repointPerson(from: string, to: string): Promise<string[]> {
    const ids = (await this.model.find({ 'review.personId': from }, { _id: 1 }).lean()).map((d) => d._id);
    if (ids.length > 0) await this.model.updateMany({ _id: { $in: ids }, 'review.personId': from }, { $set: { 'review.personId': to } });
    return ids.map(String);
  }

  /** Points exactly these mentions back from `from` to `to` (those still linked to `from`); returns how many moved. */
  async repointMentions(ids: string[], from: string, to: string): Promise<number> {
    if (ids.length === 0) return 0;
    const res = await this.model.updateMany({ _id: { $in: ids.map(objectId) }, 'review.personId': from }, { $set: { 'review.personId': to } });
    return res.modifiedCount;
  }
}

/** A reviewer's corrections of a mention; only the fields the reviewer changed are present. */
export interface MentionEdits {
  name?: string;
  role?: MentionDoc['role'];
  attributes?: Partial<Record<'hometown' | 'prison' | 'age' | 'birthYear' | 'arrestYear', string | number | null>>;
}

/** The corrections stored with a mention, if any (the review field may carry them, see setEdits). */
export function editsOf(mention: Pick<MentionRecord, 'review'>): MentionEdits | null {
  const edits = (mention.review as { edits?: MentionEdits }).edits;
  return edits && typeof edits === 'object' ? edits : null;
}
