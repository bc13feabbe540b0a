import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { COLLECTOR_RUN_MODEL, CollectorRunDoc, RunCounts } from './collector-run.schema';

export type CollectorRunRecord = WithId<Omit<CollectorRunDoc, '_id' | 'sourceId'>> & { sourceId: string };

export interface RunOutcome {
  status: 'succeeded' | 'failed';
  finishedAt: Date;
  httpStatus: number | null;
  notModified: boolean;
  counts: RunCounts;
  error: string | null;
  errorKind: 'permanent' | 'transient' | null;
  note: string | null;
}

function toRun(doc: CollectorRunDoc): CollectorRunRecord {
  return { ...toRecord(doc), sourceId: String(doc.sourceId) };
}

@Injectable()
export class CollectorRunRepository {
  constructor(@InjectModel(COLLECTOR_RUN_MODEL) private readonly model: Model<CollectorRunDoc>) {}

  async start(sourceId: string, jobId: string, attempt: number, startedAt: Date): Promise<string> {
    const doc = await this.model.create({
      sourceId: objectId(sourceId),
      jobId,
      attempt,
      startedAt,
      status: 'running',
      counts: { fetched: 0, new: 0, duplicate: 0, filtered: 0 },
    });
    return String(doc._id);
  }

  /**
   * Closes the source's runs still marked running as abandoned. Called by a run that holds the
   * source's lock: no other run of it can be under way, so these were cut short.
   */
  async abandonRunning(sourceId: string, at: Date): Promise<number> {
    const res = await this.model.updateMany(
      { sourceId: objectId(sourceId), status: 'running' },
      {
        $set: {
          status: 'abandoned',
          finishedAt: at,
          error: 'the run stopped before it finished (its process or database connection was lost)',
          errorKind: 'transient',
        },
      },
    );
    return res.modifiedCount;
  }

  async finish(runId: string, outcome: RunOutcome): Promise<void> {
    await this.model.updateOne({ _id: objectId(runId) }, { $set: outcome });
  }

  async listForSource(sourceId: string, limit: number): Promise<CollectorRunRecord[]> {
    const docs = await this.model
      .find({ sourceId: objectId(sourceId) })
      .sort({ startedAt: -1, _id: -1 })
      .limit(limit)
      .lean();
    return docs.map(toRun);
  }
}
