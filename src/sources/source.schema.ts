import { Schema, Types } from 'mongoose';

export const SOURCE_TYPES = ['rss', 'telegram', 'html', 'mastodon', 'bluesky', 'manual'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/** new: never run; ok: last run succeeded; error: last run failed; failing: failed permanently N times in a row and no longer scheduled. */
export type SourceHealthState = 'new' | 'ok' | 'error' | 'failing';

export interface SourceHealth {
  state: SourceHealthState;
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  consecutiveFailures: number;
  consecutivePermanentFailures: number;
  lastRunNewItems: number | null;
}

/** Where the next run picks up; its fields depend on the source type (ETag, highest message id, cursor…). */
export type SourceCursor = Record<string, string | number | null>;

export interface SourceDoc {
  _id: Types.ObjectId;
  type: SourceType;
  name: string;
  /** Type-specific settings; for rss: { url }. Never holds secrets. */
  config: Record<string, unknown>;
  /** Type-specific secrets (a Bluesky app password): never returned by the API, logged or audited. */
  secrets: Record<string, string>;
  intervalMinutes: number;
  /** When set, the schedule is this cron expression (UTC) instead of the interval. */
  cron: string | null;
  jitterSeconds: number;
  keywords: { include: string[]; exclude: string[] };
  enabled: boolean;
  nextRunAt: Date;
  cursor: SourceCursor;
  health: SourceHealth;
  createdBy: string | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SOURCE_MODEL = 'Source';

export const SourceSchema = new Schema<SourceDoc>(
  {
    type: { type: String, required: true, enum: SOURCE_TYPES },
    name: { type: String, required: true },
    config: { type: Schema.Types.Mixed, required: true },
    secrets: { type: Schema.Types.Mixed, default: {} },
    intervalMinutes: { type: Number, required: true },
    cron: { type: String, default: null },
    jitterSeconds: { type: Number, default: 0 },
    keywords: { include: { type: [String], default: [] }, exclude: { type: [String], default: [] } },
    enabled: { type: Boolean, required: true },
    nextRunAt: { type: Date, required: true },
    cursor: { type: Schema.Types.Mixed, default: {} },
    health: {
      state: { type: String, default: 'new' },
      lastRunAt: { type: Date, default: null },
      lastSuccessAt: { type: Date, default: null },
      lastError: { type: String, default: null },
      lastErrorAt: { type: Date, default: null },
      consecutiveFailures: { type: Number, default: 0 },
      consecutivePermanentFailures: { type: Number, default: 0 },
      lastRunNewItems: { type: Number, default: null },
    },
    createdBy: { type: String, default: null },
    deletedAt: { type: Date, default: null },
  },
  { collection: 'sources', timestamps: true, minimize: false },
);
SourceSchema.index({ enabled: 1, nextRunAt: 1 });
SourceSchema.index({ type: 1 });
