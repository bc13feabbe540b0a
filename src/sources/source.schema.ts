import { Schema, Types } from 'mongoose';

export const SOURCE_TYPES = ['rss'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type SourceHealthState = 'new' | 'ok' | 'failing';

export interface SourceHealth {
  state: SourceHealthState;
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  consecutiveFailures: number;
  lastRunNewItems: number | null;
}

export interface SourceCursor {
  etag?: string | null;
  lastModified?: string | null;
}

export interface SourceDoc {
  _id: Types.ObjectId;
  type: SourceType;
  name: string;
  /** Type-specific settings; for rss: { url }. */
  config: Record<string, unknown>;
  intervalMinutes: number;
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
    intervalMinutes: { type: Number, required: true },
    keywords: { include: { type: [String], default: [] }, exclude: { type: [String], default: [] } },
    enabled: { type: Boolean, required: true },
    nextRunAt: { type: Date, required: true },
    cursor: { etag: String, lastModified: String },
    health: {
      state: { type: String, default: 'new' },
      lastRunAt: { type: Date, default: null },
      lastSuccessAt: { type: Date, default: null },
      lastError: { type: String, default: null },
      lastErrorAt: { type: Date, default: null },
      consecutiveFailures: { type: Number, default: 0 },
      lastRunNewItems: { type: Number, default: null },
    },
    createdBy: { type: String, default: null },
    deletedAt: { type: Date, default: null },
  },
  { collection: 'sources', timestamps: true, minimize: false },
);
SourceSchema.index({ enabled: 1, nextRunAt: 1 });
SourceSchema.index({ type: 1 });
