import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { MENTION_MODEL, MentionDoc } from './mention.schema';

export type MentionRecord = WithId<Omit<MentionDoc, '_id' | 'postId' | 'sourceId'>> & { postId: string; sourceId: string };
export type MachineMention = Pick<MentionDoc, 'name' | 'start' | 'end' | 'normalized' | 'nameKeys' | 'role' | 'attributes' | 'confidence' | 'cues' | 'suggestions'>;

function toMention(doc: MentionDoc): MentionRecord {
  return { ...toRecord(doc), postId: String(doc.postId), sourceId: String(doc.sourceId) };
}

@Injectable()
export class MentionRepository {
  constructor(@InjectModel(MENTION_MODEL) private readonly model: Model<MentionDoc>) {}

  /**
   * Writes the extractor's mentions for one post and version. Only machine fields are set;
   * a reviewer's verdict is never overwritten, and reviewed mentions are never removed.
   */
  async saveMachineMentions(postId: string, sourceId: string, extractorVersion: string, mentions: MachineMention[]): Promise<void> {
    const pid = objectId(postId);
    const now = new Date();
    if (mentions.length > 0) {
      await this.model.bulkWrite(
        mentions.map((m) => ({
          updateOne: {
            filter: { postId: pid, extractorVersion, start: m.start, end: m.end },
            update: {
              $set: { ...m, sourceId: objectId(sourceId) },
              $setOnInsert: { review: { status: 'pending', personId: null, by: null, at: null }, createdAt: now },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    }
    const keep = new Set(mentions.map((m) => `${m.start}:${m.end}`));
    const stale = await this.model.find({ postId: pid, extractorVersion, 'review.status': 'pending' }, { start: 1, end: 1 }).lean();
    const staleIds = stale.filter((m) => !keep.has(`${m.start}:${m.end}`)).map((m) => m._id);
    if (staleIds.length > 0) await this.model.deleteMany({ _id: { $in: staleIds }, 'review.status': 'pending' });
  }

  async findByPost(postId: string): Promise<MentionRecord[]> {
    const docs = await this.model.find({ postId: objectId(postId) }).sort({ start: 1 }).lean();
    return docs.map(toMention);
  }
}
