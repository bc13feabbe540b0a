import { Schema, Types } from 'mongoose';

export const MENTION_ROLES = ['detainee', 'released', 'missing', 'dead', 'relative', 'official', 'other'] as const;
export type MentionRoleName = (typeof MENTION_ROLES)[number];
export type MentionReviewStatus = 'pending' | 'confirmed' | 'rejected' | 'edited';

/** A machine suggestion: an existing person, or a mention in another post that is probably the same person. */
export interface Suggestion {
  kind: 'person' | 'mention';
  targetId: string;
  /** For a mention: the post it is in. */
  postId: string | null;
  score: number;
  reasons: string[];
}

export interface MentionDoc {
  _id: Types.ObjectId;
  postId: Types.ObjectId;
  sourceId: Types.ObjectId;
  extractorVersion: string;
  // Machine output: rewritten by re-extraction.
  name: string;
  start: number;
  end: number;
  normalized: string;
  nameLatin: string;
  nameKeys: string[];
  role: MentionRoleName;
  attributes: Record<string, unknown>;
  confidence: number;
  cues: string[];
  /** A surname or given name standing for the name written in full at this span of the same post. */
  refersTo: { start: number; end: number } | null;
  /** Part of a name only: alone, never enough to suggest a person. */
  partial: boolean;
  suggestions: Suggestion[];
  /** When the suggestions were last computed: a person changed since makes them stale. */
  suggestedAt?: Date | null;
  /** Photos of the post, offered to the reviewer as pictures of this person. */
  suggestedMediaIds: string[];
  // Human verdict: never touched by the extractor.
  /** edits: a reviewer's corrections (name, role, facts), kept beside the machine's values. */
  review: { status: MentionReviewStatus; personId: string | null; by: string | null; at: Date | null; edits?: Record<string, unknown> | null };
  createdAt: Date;
}

export const MENTION_MODEL = 'Mention';

export const MentionSchema = new Schema<MentionDoc>(
  {
    postId: { type: Schema.Types.ObjectId, required: true },
    sourceId: { type: Schema.Types.ObjectId, required: true },
    extractorVersion: { type: String, required: true },
    name: { type: String, required: true },
    start: { type: Number, required: true },
    end: { type: Number, required: true },
    normalized: { type: String, required: true },
    nameLatin: { type: String, default: '' },
    nameKeys: { type: [String], default: [] },
    role: { type: String, required: true, enum: MENTION_ROLES },
    attributes: { type: Schema.Types.Mixed, default: {} },
    confidence: { type: Number, required: true },
    cues: { type: [String], default: [] },
    refersTo: { type: Schema.Types.Mixed, default: null },
    partial: { type: Boolean, default: false },
    suggestions: [{ _id: false, kind: String, targetId: String, postId: { type: String, default: null }, score: Number, reasons: [String] }],
    suggestedAt: { type: Date, default: null },
    suggestedMediaIds: { type: [String], default: [] },
    review: {
      status: { type: String, default: 'pending' },
      personId: { type: String, default: null },
      by: { type: String, default: null },
      at: { type: Date, default: null },
      edits: { type: Schema.Types.Mixed, default: null },
    },
    createdAt: { type: Date, required: true },
  },
  { collection: 'mentions', minimize: false },
);
// A mention is its place in the post: re-extraction updates the one at the same span, whatever the version.
MentionSchema.index({ postId: 1, start: 1, end: 1 }, { unique: true });
MentionSchema.index({ 'review.status': 1 });
MentionSchema.index({ nameKeys: 1, 'review.status': 1 });
// A person's page and PFIF export read the mentions confirmed as that person.
MentionSchema.index({ 'review.personId': 1 });
