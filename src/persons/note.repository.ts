import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { toRecord, WithId } from '../store/records';
import { NOTE_MODEL, NoteDoc } from './note.schema';

export type NoteRecord = WithId<Omit<NoteDoc, '_id'>>;
export type NewNote = Omit<NoteDoc, '_id'>;

/** Append-only: there is deliberately no update or delete here. */
@Injectable()
export class NoteRepository {
  constructor(@InjectModel(NOTE_MODEL) private readonly model: Model<NoteDoc>) {}

  async append(note: NewNote): Promise<NoteRecord> {
    const doc = await this.model.create(note);
    return toRecord(doc.toObject());
  }

  async findForPerson(personId: string, limit = 200): Promise<NoteRecord[]> {
    const docs = await this.model.find({ personId }).sort({ at: -1, _id: -1 }).limit(limit).lean();
    return docs.map(toRecord);
  }
}
