import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

/** 'user', or 'cli' / 'system' for actions taken outside a signed-in request. */
export const AUDIT_ACTOR_KINDS = ['user', 'cli', 'system'] as const;

@Schema()
export class AuditActor {
  @Prop({ type: String, default: null }) userId!: string | null;
  @Prop({ type: String, required: true, enum: AUDIT_ACTOR_KINDS }) kind!: (typeof AUDIT_ACTOR_KINDS)[number];
  @Prop({ type: String, required: true }) label!: string;
}

@Schema()
export class AuditEntity {
  @Prop({ type: String, required: true }) type!: string;
  @Prop({ type: String, required: true }) id!: string;
}

@Schema({ collection: 'audit_events', minimize: false })
export class AuditEventDoc {
  _id!: Types.ObjectId;
  @Prop(raw(DefinitionsFactory.createForClass(AuditActor))) actor!: AuditActor;
  @Prop({ type: String, required: true }) action!: string;
  @Prop(raw(DefinitionsFactory.createForClass(AuditEntity))) entity!: AuditEntity;
  @Prop({ type: MongooseSchema.Types.Mixed, default: null }) before!: Record<string, unknown> | null;
  @Prop({ type: MongooseSchema.Types.Mixed, default: null }) after!: Record<string, unknown> | null;
  @Prop({ type: Date, required: true }) at!: Date;
}

export const AUDIT_EVENT_MODEL = 'AuditEvent';

export const AuditEventSchema = SchemaFactory.createForClass(AuditEventDoc);
AuditEventSchema.index({ at: -1 });
AuditEventSchema.index({ 'entity.type': 1, 'entity.id': 1 });
AuditEventSchema.index({ 'actor.userId': 1 });
// The audit page filters by action or actor, newest first.
AuditEventSchema.index({ action: 1, _id: -1 });
AuditEventSchema.index({ 'actor.label': 1, _id: -1 });
