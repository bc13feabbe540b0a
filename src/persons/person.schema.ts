import { Schema, Types } from 'mongoose';

export const PERSON_STATUSES = ['missing', 'detained', 'released', 'dead', 'unknown'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface PersonDoc {
  _id: Types.ObjectId;
  displayName: string;
  /** Every known spelling, each tied to the mention it came from (null when typed by a reviewer). */
  spellings: { name: string; mentionId: string | null }[];
  nameKeys: string[];
  status: PersonStatus;
  attributes: Record<string, unknown>;
  verification: { status: 'unverified' | 'verified' | 'disputed'; by: string | null; at: Date | null };
  /** Photos a reviewer tied to this person. */
  mediaIds: string[];
  mergedInto: string | null;
  createdBy: string | null;
  /** Who last changed the record: they may not verify it (a second reviewer must). */
  lastEditedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PERSON_MODEL = 'Person';

export const PersonSchema = new Schema<PersonDoc>(
  {
    displayName: { type: String, required: true },
    spellings: [{ _id: false, name: String, mentionId: { type: String, default: null } }],
    nameKeys: { type: [String], default: [] },
    status: { type: String, required: true, enum: PERSON_STATUSES },
    attributes: { type: Schema.Types.Mixed, default: {} },
    verification: {
      status: { type: String, default: 'unverified' },
      by: { type: String, default: null },
      at: { type: Date, default: null },
    },
    mediaIds: { type: [String], default: [] },
    mergedInto: { type: String, default: null },
    createdBy: { type: String, default: null },
    lastEditedBy: { type: String, default: null },
  },
  { collection: 'persons', timestamps: true, minimize: false },
);
PersonSchema.index({ nameKeys: 1 });
PersonSchema.index({ status: 1 });
PersonSchema.index({ 'verification.status': 1 });
// Suggestions are stale when any person changed after them; lists sort by the last change.
PersonSchema.index({ updatedAt: -1 });
PersonSchema.index({ mergedInto: 1, updatedAt: -1 });
