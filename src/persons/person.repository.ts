import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, toRecordOrNull, WithId } from '../store/records';
import { PERSON_MODEL, PersonDoc } from './person.schema';

export type PersonRecord = WithId<Omit<PersonDoc, '_id'>>;
export type NewPerson = Pick<PersonDoc, 'displayName' | 'spellings' | 'nameKeys' | 'status' | 'attributes' | 'createdBy'> & { mediaIds?: string[] };

@Injectable()
export class PersonRepository {
  constructor(@InjectModel(PERSON_MODEL) private readonly model: Model<PersonDoc>) {}

  async create(person: NewPerson): Promise<PersonRecord> {
    const doc = await this.model.create({ mediaIds: [], lastEditedBy: person.createdBy, ...person, verification: { status: 'unverified', by: null, at: null }, mergedInto: null });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<PersonRecord | null> {
    return toRecordOrNull(await this.model.findById(objectId(id)).lean());
  }

  async list(limit: number): Promise<PersonRecord[]> {
    const docs = await this.model.find({ mergedInto: null }).sort({ updatedAt: -1 }).limit(limit).lean();
    return docs.map(toRecord);
  }

  /** Adds a spelling (from a confirmed mention) and its keys; the editor is recorded. */
  async addSpelling(id: string, spelling: { name: string; mentionId: string | null }, keys: string[], by: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      { $push: { spellings: spelling }, $addToSet: { nameKeys: { $each: keys } }, $set: { lastEditedBy: by } },
    );
  }

  /** Verifies unless `by` created or last edited the record; false when refused or already verified. */
  async verify(id: string, by: string, at: Date): Promise<boolean> {
    const res = await this.model.updateOne(
      { _id: objectId(id), createdBy: { $ne: by }, lastEditedBy: { $ne: by }, 'verification.status': { $ne: 'verified' } },
      { $set: { verification: { status: 'verified', by, at } } },
    );
    return res.modifiedCount === 1;
  }

  /** Candidates for matching: persons sharing any name key, merged records left out. */
  async findByNameKeys(keys: string[], limit: number): Promise<PersonRecord[]> {
    if (keys.length === 0) return [];
    const docs = await this.model.find({ nameKeys: { $in: keys }, mergedInto: null }).limit(limit).lean();
    return docs.map(toRecord);
  }
}
