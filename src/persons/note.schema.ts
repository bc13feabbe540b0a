import { Schema, Types } from 'mongoose';
import { PERSON_STATUSES, PersonStatus } from './person.schema';

/** A note on a person: append-only, one document per note, never updated or deleted. */
export interface NoteDoc {
  _id: Types.ObjectId;
  personId: string;
  authorId: string;
  authorName: string;
  text: string;
  /** The status the note reports (it was applied to the person with the note), or null. */
  status: PersonStatus | null;
  /** A post of ours the note refers to, or null. */
  postId: string | null;
  at: Date;
}

export const NOTE_MODEL = 'Note';

export const NoteSchema = new Schema<NoteDoc>(
  {
    personId: { type: String, required: true },
    authorId: { type: String, required: true },
    authorName: { type: String, required: true },
    text: { type: String, required: true },
    status: { type: String, default: null, enum: [...PERSON_STATUSES, null] },
    postId: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { collection: 'notes', minimize: false },
);
NoteSchema.index({ personId: 1, at: -1 });
