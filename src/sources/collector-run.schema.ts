import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

/** abandoned: left running by a process that died or lost its database; closed by the next run. */
export const RUN_STATUSES = ['running', 'succeeded', 'failed', 'abandoned'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const RUN_ERROR_KINDS = ['permanent', 'transient'] as const;

@Schema()
export class RunCounts {
  @Prop({ type: Number, default: 0 }) fetched!: number;
  @Prop({ type: Number, default: 0 }) new!: number;
  @Prop({ type: Number, default: 0 }) duplicate!: number;
  @Prop({ type: Number, default: 0 }) filtered!: number;
}

@Schema({ collection: 'collector_runs', minimize: false })
export class CollectorRunDoc {
  _id!: Types.ObjectId;
  @Prop({ type: MongooseSchema.Types.ObjectId, required: true }) sourceId!: Types.ObjectId;
  @Prop({ type: String, required: true }) jobId!: string;
  @Prop({ type: Number, required: true }) attempt!: number;
  @Prop({ type: Date, required: true }) startedAt!: Date;
  @Prop({ type: Date, default: null }) finishedAt!: Date | null;
  @Prop({ type: String, required: true, enum: RUN_STATUSES }) status!: RunStatus;
  @Prop({ type: Number, default: null }) httpStatus!: number | null;
  @Prop({ type: Boolean, default: false }) notModified!: boolean;
  @Prop(raw(DefinitionsFactory.createForClass(RunCounts))) counts!: RunCounts;
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ type: String, default: null, enum: RUN_ERROR_KINDS }) errorKind!: (typeof RUN_ERROR_KINDS)[number] | null;
  /** What an operator should know about a successful run (items the collector skipped, and why). */
  @Prop({ type: String, default: null }) note!: string | null;
}

export const COLLECTOR_RUN_MODEL = 'CollectorRun';

export const CollectorRunSchema = SchemaFactory.createForClass(CollectorRunDoc);
CollectorRunSchema.index({ sourceId: 1, startedAt: -1 });
