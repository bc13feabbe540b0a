import { Schema, Types } from 'mongoose';

/** abandoned: left running by a process that died or lost its database; closed by the next run. */
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'abandoned';

export interface RunCounts {
  fetched: number;
  new: number;
  duplicate: number;
  filtered: number;
}

export interface CollectorRunDoc {
  _id: Types.ObjectId;
  sourceId: Types.ObjectId;
  jobId: string;
  attempt: number;
  startedAt: Date;
  finishedAt: Date | null;
  status: RunStatus;
  httpStatus: number | null;
  notModified: boolean;
  counts: RunCounts;
  error: string | null;
  errorKind: 'permanent' | 'transient' | null;
  /** What an operator should know about a successful run (items the collector skipped, and why). */
  note: string | null;
}

export const COLLECTOR_RUN_MODEL = 'CollectorRun';

export const CollectorRunSchema = new Schema<CollectorRunDoc>(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    jobId: { type: String, required: true },
    attempt: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    status: { type: String, required: true },
    httpStatus: { type: Number, default: null },
    notModified: { type: Boolean, default: false },
    counts: {
      fetched: { type: Number, default: 0 },
      new: { type: Number, default: 0 },
      duplicate: { type: Number, default: 0 },
      filtered: { type: Number, default: 0 },
    },
    error: { type: String, default: null },
    errorKind: { type: String, default: null },
    note: { type: String, default: null },
  },
  { collection: 'collector_runs', minimize: false },
);
CollectorRunSchema.index({ sourceId: 1, startedAt: -1 });
