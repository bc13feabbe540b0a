import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

export const SOURCE_TYPES = ['rss', 'telegram', 'html', 'mastodon', 'bluesky', 'manual'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/** new: never run; ok: last run succeeded; error: last run failed; failing: failed permanently N times in a row and no longer scheduled. */
export const SOURCE_HEALTH_STATES = ['new', 'ok', 'error', 'failing'] as const;
export type SourceHealthState = (typeof SOURCE_HEALTH_STATES)[number];

@Schema()
export class SourceHealth {
  @Prop({ type: String, default: 'new', enum: SOURCE_HEALTH_STATES }) state!: SourceHealthState;
  @Prop({ type: Date, default: null }) lastRunAt!: Date | null;
  @Prop({ type: Date, default: null }) lastSuccessAt!: Date | null;
  @Prop({ type: String, default: null }) lastError!: string | null;
  @Prop({ type: Date, default: null }) lastErrorAt!: Date | null;
  @Prop({ type: Number, default: 0 }) consecutiveFailures!: number;
  @Prop({ type: Number, default: 0 }) consecutivePermanentFailures!: number;
  @Prop({ type: Number, default: null }) lastRunNewItems!: number | null;
}

@Schema()
export class SourceKeywords {
  @Prop({ type: [String], default: [] }) include!: string[];
  @Prop({ type: [String], default: [] }) exclude!: string[];
}

/** Where the next run picks up; its fields depend on the source type (ETag, highest message id, cursor…). */
export type SourceCursor = Record<string, string | number | null>;

@Schema({ collection: 'sources', timestamps: true, minimize: false })
export class SourceDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true, enum: SOURCE_TYPES }) type!: SourceType;
  @Prop({ type: String, required: true }) name!: string;
  /** Type-specific settings; for rss: { url }. Never holds secrets. */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) config!: Record<string, unknown>;
  /** Type-specific secrets (a Bluesky app password): never returned by the API, logged or audited. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) secrets!: Record<string, string>;
  @Prop({ type: Number, required: true }) intervalMinutes!: number;
  /** When set, the schedule is this cron expression (UTC) instead of the interval. */
  @Prop({ type: String, default: null }) cron!: string | null;
  @Prop({ type: Number, default: 0 }) jitterSeconds!: number;
  @Prop(raw(DefinitionsFactory.createForClass(SourceKeywords))) keywords!: SourceKeywords;
  @Prop({ type: Boolean, required: true }) enabled!: boolean;
  @Prop({ type: Date, required: true }) nextRunAt!: Date;
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) cursor!: SourceCursor;
  @Prop(raw(DefinitionsFactory.createForClass(SourceHealth))) health!: SourceHealth;
  @Prop({ type: String, default: null }) createdBy!: string | null;
  @Prop({ type: Date, default: null }) deletedAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const SOURCE_MODEL = 'Source';

export const SourceSchema = SchemaFactory.createForClass(SourceDoc);
SourceSchema.index({ enabled: 1, nextRunAt: 1 });
SourceSchema.index({ type: 1 });
