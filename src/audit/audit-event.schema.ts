import { Schema, Types } from 'mongoose';

export interface AuditActor {
  userId: string | null;
  /** 'user', or 'cli' / 'system' for actions taken outside a signed-in request. */
  kind: 'user' | 'cli' | 'system';
  label: string;
}

export interface AuditEventDoc {
  _id: Types.ObjectId;
  actor: AuditActor;
  action: string;
  entity: { type: string; id: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

export const AUDIT_EVENT_MODEL = 'AuditEvent';

export const AuditEventSchema = new Schema<AuditEventDoc>(
  {
    actor: { userId: { type: String, default: null }, kind: { type: String, required: true }, label: { type: String, required: true } },
    action: { type: String, required: true },
    entity: { type: { type: String, required: true }, id: { type: String, required: true } },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    at: { type: Date, required: true },
  },
  { collection: 'audit_events', minimize: false },
);
AuditEventSchema.index({ at: -1 });
AuditEventSchema.index({ 'entity.type': 1, 'entity.id': 1 });
AuditEventSchema.index({ 'actor.userId': 1 });
// The audit page filters by action or actor, newest first.
AuditEventSchema.index({ action: 1, _id: -1 });
AuditEventSchema.index({ 'actor.label': 1, _id: -1 });
