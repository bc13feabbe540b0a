import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, toRecordOrNull, WithId } from '../store/records';
import { SOURCE_MODEL, SourceCursor, SourceDoc } from './source.schema';

export type SourceRecord = WithId<Omit<SourceDoc, '_id'>>;
export type NewSource = Pick<SourceDoc, 'type' | 'name' | 'config' | 'intervalMinutes' | 'keywords' | 'enabled' | 'nextRunAt' | 'createdBy'>;
export type SourcePatch = Partial<Pick<SourceDoc, 'name' | 'config' | 'intervalMinutes' | 'keywords' | 'enabled' | 'nextRunAt'>>;

const live = { deletedAt: null };

@Injectable()
export class SourceRepository {
  constructor(@InjectModel(SOURCE_MODEL) private readonly model: Model<SourceDoc>) {}

  async create(source: NewSource): Promise<SourceRecord> {
    const doc = await this.model.create({ ...source, cursor: {}, deletedAt: null });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<SourceRecord | null> {
    return toRecordOrNull(await this.model.findOne({ _id: objectId(id), ...live }).lean());
  }

  async list(): Promise<SourceRecord[]> {
    const docs = await this.model.find(live).sort({ createdAt: -1 }).lean();
    return docs.map(toRecord);
  }

  async update(id: string, patch: SourcePatch): Promise<SourceRecord | null> {
    const doc = await this.model.findOneAndUpdate({ _id: objectId(id), ...live }, { $set: patch }, { returnDocument: 'after' }).lean();
    return toRecordOrNull(doc);
  }

  /** Sources are soft-deleted: the posts collected from them stay as evidence. */
  async softDelete(id: string, at: Date): Promise<SourceRecord | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: objectId(id), ...live }, { $set: { deletedAt: at, enabled: false } }, { returnDocument: 'after' })
      .lean();
    return toRecordOrNull(doc);
  }

  async findDue(now: Date, limit: number): Promise<SourceRecord[]> {
    const docs = await this.model.find({ enabled: true, ...live, nextRunAt: { $lte: now } }).sort({ nextRunAt: 1 }).limit(limit).lean();
    return docs.map(toRecord);
  }

  /** Compare-and-set on nextRunAt, so that of two schedulers only one moves a source to its next slot. */
  async advanceSlot(id: string, expected: Date, next: Date): Promise<boolean> {
    const res = await this.model.updateOne({ _id: objectId(id), nextRunAt: expected }, { $set: { nextRunAt: next } });
    return res.modifiedCount === 1;
  }

  async recordSuccess(id: string, at: Date, newItems: number, cursor: SourceCursor): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      {
        $set: {
          cursor,
          'health.state': 'ok',
          'health.lastRunAt': at,
          'health.lastSuccessAt': at,
          'health.consecutiveFailures': 0,
          'health.lastRunNewItems': newItems,
        },
      },
    );
  }

  async recordFailure(id: string, at: Date, error: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      {
        $set: { 'health.state': 'failing', 'health.lastRunAt': at, 'health.lastError': error, 'health.lastErrorAt': at },
        $inc: { 'health.consecutiveFailures': 1 },
      },
    );
  }
}
