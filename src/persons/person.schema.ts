import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

export const PERSON_STATUSES = ['missing', 'detained', 'released', 'dead', 'unknown'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** A known spelling, tied to the mention it came from (null when typed by a reviewer). */
@Schema()
export class PersonSpelling {
  @Prop({ type: String }) name!: string;
  @Prop({ type: String, default: null }) mentionId!: string | null;
}

@Schema()
export class PersonVerification {
  @Prop({ type: String, default: 'unverified', enum: VERIFICATION_STATUSES }) status!: VerificationStatus;
  @Prop({ type: String, default: null }) by!: string | null;
  @Prop({ type: Date, default: null }) at!: Date | null;
}

@Schema({ collection: 'persons', timestamps: true, minimize: false })
export class PersonDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true }) displayName!: string;
  /** Every known spelling. */
  @Prop({ type: [{ _id: false, ...DefinitionsFactory.createForClass(PersonSpelling) }] }) spellings!: PersonSpelling[];
  @Prop({ type: [String], default: [] }) nameKeys!: string[];
  @Prop({ type: String, required: true, enum: PERSON_STATUSES }) status!: PersonStatus;
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) attributes!: Record<string, unknown>;
  @Prop(raw(DefinitionsFactory.createForClass(PersonVerification))) verification!: PersonVerification;
  /** Photos a reviewer tied to this person. */
  @Prop({ type: [String], default: [] }) mediaIds!: string[];
  @Prop({ type: String, default: null }) mergedInto!: string | null;
  @Prop({ type: String, default: null }) createdBy!: string | null;
  /** Who last changed the record: they may not verify it (a second reviewer must). */
  @Prop({ type: String, default: null }) lastEditedBy!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const PERSON_MODEL = 'Person';

export const PersonSchema = SchemaFactory.createForClass(PersonDoc);
PersonSchema.index({ nameKeys: 1 });
PersonSchema.index({ status: 1 });
PersonSchema.index({ 'verification.status': 1 });
// Suggestions are stale when any person changed after them; lists sort by the last change.
PersonSchema.index({ updatedAt: -1 });
PersonSchema.index({ mergedInto: 1, updatedAt: -1 });
