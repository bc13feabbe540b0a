import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

export const MENTION_ROLES = ['detainee', 'released', 'missing', 'dead', 'relative', 'official', 'other'] as const;
export type MentionRoleName = (typeof MENTION_ROLES)[number];
export const MENTION_REVIEW_STATUSES = ['pending', 'confirmed', 'rejected', 'edited'] as const;
export type MentionReviewStatus = (typeof MENTION_REVIEW_STATUSES)[number];
export const SUGGESTION_KINDS = ['person', 'mention'] as const;

/** A machine suggestion: an existing person, or a mention in another post that is probably the same person. */
@Schema()
export class Suggestion {
  @Prop({ type: String, enum: SUGGESTION_KINDS }) kind!: (typeof SUGGESTION_KINDS)[number];
  @Prop({ type: String }) targetId!: string;
  /** For a mention: the post it is in. */
  @Prop({ type: String, default: null }) postId!: string | null;
  @Prop({ type: Number }) score!: number;
  @Prop({ type: [String] }) reasons!: string[];
}

/** A reviewer's verdict. edits: a reviewer's corrections (name, role, facts), kept beside the machine's values. */
@Schema()
export class MentionReview {
  @Prop({ type: String, default: 'pending', enum: MENTION_REVIEW_STATUSES }) status!: MentionReviewStatus;
  @Prop({ type: String, default: null }) personId!: string | null;
  @Prop({ type: String, default: null }) by!: string | null;
  @Prop({ type: Date, default: null }) at!: Date | null;
  @Prop({ type: MongooseSchema.Types.Mixed, default: null }) edits?: Record<string, unknown> | null;
}

@Schema({ collection: 'mentions', minimize: false })
export class MentionDoc {
  _id!: Types.ObjectId;
  @Prop({ type: MongooseSchema.Types.ObjectId, required: true }) postId!: Types.ObjectId;
  @Prop({ type: MongooseSchema.Types.ObjectId, required: true }) sourceId!: Types.ObjectId;
  @Prop({ type: String, required: true }) extractorVersion!: string;
  // Machine output: rewritten by re-extraction.
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: Number, required: true }) start!: number;
  @Prop({ type: Number, required: true }) end!: number;
  @Prop({ type: String, required: true }) normalized!: string;
  @Prop({ type: String, default: '' }) nameLatin!: string;
  @Prop({ type: [String], default: [] }) nameKeys!: string[];
  @Prop({ type: String, required: true, enum: MENTION_ROLES }) role!: MentionRoleName;
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) attributes!: Record<string, unknown>;
  @Prop({ type: Number, required: true }) confidence!: number;
  @Prop({ type: [String], default: [] }) cues!: string[];
  /** A surname or given name standing for the name written in full at this span of the same post. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null }) refersTo!: { start: number; end: number } | null;
  /** Part of a name only: alone, never enough to suggest a person. */
  @Prop({ type: Boolean, default: false }) partial!: boolean;
  @Prop({ type: [{ _id: false, ...DefinitionsFactory.createForClass(Suggestion) }] }) suggestions!: Suggestion[];
  /** When the suggestions were last computed: a person changed since makes them stale. */
  @Prop({ type: Date, default: null }) suggestedAt?: Date | null;
  /** Photos of the post, offered to the reviewer as pictures of this person. */
  @Prop({ type: [String], default: [] }) suggestedMediaIds!: string[];
  // Human verdict: never touched by the extractor.
  @Prop(raw(DefinitionsFactory.createForClass(MentionReview))) review!: MentionReview;
  @Prop({ type: Date, required: true }) createdAt!: Date;
}

export const MENTION_MODEL = 'Mention';

export const MentionSchema = SchemaFactory.createForClass(MentionDoc);
// A mention is its place in the post: re-extraction updates the one at the same span, whatever the version.
MentionSchema.index({ postId: 1, start: 1, end: 1 }, { unique: true });
MentionSchema.index({ 'review.status': 1 });
MentionSchema.index({ nameKeys: 1, 'review.status': 1 });
// A person's page and PFIF export read the mentions confirmed as that person.
MentionSchema.index({ 'review.personId': 1 });
