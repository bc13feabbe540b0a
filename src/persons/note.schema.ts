import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import { PERSON_STATUSES, type PersonStatus } from './person.schema';

/** A note on a person: append-only, one document per note, never updated or deleted. */
@Schema({ collection: 'notes', minimize: false })
export class NoteDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true }) personId!: string;
  @Prop({ type: String, required: true }) authorId!: string;
  @Prop({ type: String, required: true }) authorName!: string;
  @Prop({ type: String, required: true }) text!: string;
  /** The status the note reports (it was applied to the person with the note), or null. */
  @Prop({ type: String, default: null, enum: [...PERSON_STATUSES, null] }) status!: PersonStatus | null;
  /** A post of ours the note refers to, or null. */
  @Prop({ type: String, default: null }) postId!: string | null;
  @Prop({ type: Date, required: true }) at!: Date;
}

export const NOTE_MODEL = 'Note';

export const NoteSchema = SchemaFactory.createForClass(NoteDoc);
NoteSchema.index({ personId: 1, at: -1 });
