import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { MENTION_MODEL, MentionDoc } from '../posts/mention.schema';
import { PERSON_MODEL, PersonDoc } from '../persons/person.schema';
import { POST_MODEL, PostDoc } from '../posts/post.schema';
import { SOURCE_MODEL, SourceDoc } from '../sources/source.schema';
import { scalarText } from '../text/scalar';

export interface DaySourceCount {
  day: string;
  sourceId: string;
  count: number;
}

export interface KeyCount {
  key: string;
  count: number;
}

/**
 * Counts for the overview page. Read-only, and within FerretDB's portable subset: $match, then
 * $group on stored fields with $sum only (no $lookup/$facet); names are joined in code.
 */
@Injectable()
export class StatsRepository {
  constructor(
    @InjectModel(POST_MODEL) private readonly posts: Model<PostDoc>,
    @InjectModel(MENTION_MODEL) private readonly mentions: Model<MentionDoc>,
    @InjectModel(PERSON_MODEL) private readonly persons: Model<PersonDoc>,
    @InjectModel(SOURCE_MODEL) private readonly sources: Model<SourceDoc>,
  ) {}

  /** Posts collected per (UTC day of collection, source) from fromDay ('YYYY-MM-DD', inclusive) on. */
  async postsPerDayAndSource(fromDay: string): Promise<DaySourceCount[]> {
    const rows = await this.posts.aggregate<{ _id: { day: string; sourceId: unknown }; n: number }>([
      { $match: { collectedDay: { $gte: fromDay } } },
      { $group: { _id: { day: '$collectedDay', sourceId: '$sourceId' }, n: { $sum: 1 } } },
    ]);
    return rows
      .map((r) => ({ day: r._id.day, sourceId: String(r._id.sourceId), count: r.n }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.sourceId.localeCompare(b.sourceId));
  }

  async postCount(): Promise<number> {
    return this.posts.countDocuments({});
  }

  /** Posts still waiting for a reviewer's decision (new or being reviewed). */
  async reviewBacklog(): Promise<KeyCount[]> {
    return this.group(this.posts, { 'review.status': { $in: ['new', 'in_review'] } }, '$review.status');
  }

  async mentionsByRole(): Promise<KeyCount[]> {
    return this.group(this.mentions, {}, '$role');
  }

  /** Persons not merged into another, by verification status. */
  async personsByVerification(): Promise<KeyCount[]> {
    return this.group(this.persons, { mergedInto: null }, '$verification.status');
  }

  /** Every source's name by id, deleted ones included (their posts remain). */
  async sourceNames(): Promise<Map<string, string>> {
    const docs = await this.sources.find({}, { name: 1 }).lean();
    return new Map(docs.map((d) => [String(d._id), d.name]));
  }

  private async group<T>(model: Model<T>, match: Record<string, unknown>, field: string): Promise<KeyCount[]> {
    const rows = await model.aggregate<{ _id: unknown; n: number }>([{ $match: match }, { $group: { _id: field, n: { $sum: 1 } } }]);
    return rows
      .map((r) => ({ key: r._id === null || r._id === undefined ? 'unknown' : scalarText(r._id), count: r.n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }
}
