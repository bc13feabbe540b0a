import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, toRecordOrNull, WithId } from '../store/records';
import { SOURCE_MODEL, SourceCursor, SourceDoc } from './source.schema';

/** A source as most code sees it: without its secrets. */
export type SourceRecord = WithId<Omit<SourceDoc, '_id' | 'secrets'>>;
export type SourceWithSecrets = SourceRecord & { secrets: Record<string, string> };
export type NewSource = Pick<
  SourceDoc,
  'type' | 'name' | 'config' | 'secrets' | 'intervalMinutes' | 'cron' | 'jitterSeconds' | 'keywords' | 'enabled' | 'nextRunAt' | 'createdBy'
>;
export type SourcePatch = Partial<Pick<SourceDoc, 'name' | 'config' | 'intervalMinutes' | 'cron' | 'jitterSeconds' | 'keywords' | 'enabled' | 'nextRunAt'>>;

const live = { deletedAt: null };
// Secrets are kept out of every read but one by projection (reads) or by stripping (updates:
// FerretDB 1.x does not take a projection in findAndModify).
const noSecrets = { secrets: 0 };
type PublicDoc = Omit<SourceDoc, 'secrets'>;

function withoutSecrets<T extends { secrets?: unknown }>(doc: T): Omit<T, 'secrets'>;
function withoutSecrets<T extends { secrets?: unknown }>(doc: T | null): Omit<T, 'secrets'> | null;
function withoutSecrets<T extends { secrets?: unknown }>(doc: T | null): Omit<T, 'secrets'> | null {
  if (!doc) return null;
  const { secrets, ...rest } = doc;
  void secrets;
  return rest;
}

@Injectable()
export class SourceRepository {
  constructor(@InjectModel(SOURCE_MODEL) private readonly model: Model<SourceDoc>) {}

  async create(source: NewSource): Promise<SourceRecord> {
    const doc = await this.model.create({ ...source, cursor: {}, deletedAt: null });
    return toRecord(withoutSecrets(doc.toObject()));
  }

  async findById(id: string): Promise<SourceRecord | null> {
    return toRecordOrNull(await this.model.findOne({ _id: objectId(id), ...live }, noSecrets).lean<PublicDoc>());
  }

  /** For collectors only: the one read that includes the source's secrets. */
  async findByIdWithSecrets(id: string): Promise<SourceWithSecrets | null> {
    const doc = await this.model.findOne({ _id: objectId(id), ...live }).lean();
    return doc ? { ...toRecord(doc), secrets: doc.secrets ?? {} } : null;
  }

  async list(): Promise<SourceRecord[]> {
    const docs = await this.model.find(live, noSecrets).sort({ createdAt: -1 }).lean<PublicDoc[]>();
    return docs.map(toRecord);
  }

  async findFirstOfType(type: SourceDoc['type']): Promise<SourceRecord | null> {
    return toRecordOrNull(
      await this.model
        .findOne({ type, ...live }, noSecrets)
        .sort({ createdAt: 1 })
        .lean<PublicDoc>(),
    );
  }

  async update(id: string, patch: SourcePatch, secrets?: Record<string, string>): Promise<SourceRecord | null> {
    const set: Record<string, unknown> = { ...patch };
    if (secrets) set.secrets = secrets;
    const doc = await this.model.findOneAndUpdate({ _id: objectId(id), ...live }, { $set: set }, { returnDocument: 'after' }).lean();
    return toRecordOrNull(withoutSecrets(doc));
  }

  /** Sources are soft-deleted: the posts collected from them stay as evidence. */
  async softDelete(id: string, at: Date): Promise<SourceRecord | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: objectId(id), ...live }, { $set: { deletedAt: at, enabled: false } }, { returnDocument: 'after' })
      .lean();
    return toRecordOrNull(withoutSecrets(doc));
  }

  /** Enabled, scheduled sources whose time has come; failing ones wait for an operator. */
  async findDue(now: Date, limit: number): Promise<SourceRecord[]> {
    const docs = await this.model
      .find({ enabled: true, ...live, type: { $ne: 'manual' }, 'health.state': { $ne: 'failing' }, nextRunAt: { $lte: now } }, noSecrets)
      .sort({ nextRunAt: 1 })
      .limit(limit)
      .lean<PublicDoc[]>();
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
          'health.consecutivePermanentFailures': 0,
          'health.lastRunNewItems': newItems,
        },
      },
    );
  }

  /** Records a failed run; after `failingAfter` permanent failures in a row the source is marked failing. */
  async recordFailure(id: string, at: Date, error: string, permanent: boolean, failingAfter: number): Promise<SourceRecord | null> {
    const updated = await this.model
      .findOneAndUpdate(
        { _id: objectId(id) },
        {
          $set: { 'health.state': 'error', 'health.lastRunAt': at, 'health.lastError': error, 'health.lastErrorAt': at },
          $inc: { 'health.consecutiveFailures': 1, 'health.consecutivePermanentFailures': permanent ? 1 : 0 },
        },
        { returnDocument: 'after' },
      )
      .lean();
    if (updated && updated.health.consecutivePermanentFailures >= failingAfter) {
      await this.model.updateOne({ _id: objectId(id) }, { $set: { 'health.state': 'failing' } });
      updated.health.state = 'failing';
    }
    return toRecordOrNull(withoutSecrets(updated));
  }

  /** An operator's resume or run-now: the source is scheduled again and its failure streak forgiven. */
  async clearFailing(id: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id), 'health.state': 'failing' },
      { $set: { 'health.state': 'error', 'health.consecutivePermanentFailures': 0 } },
    );
  }
}
