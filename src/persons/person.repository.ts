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
    const doc = await this.model.create({ mediaIds: [], ...person, verification: { status: 'unverified', by: null, at: null }, mergedInto: null });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<PersonRecord | null> {
    return toRecordOrNull(await this.model.findById(objectId(id)).lean());
  }

  /** Candidates for matching: persons sharing any name key, merged records left out. */
  async findByNameKeys(keys: string[], limit: number): Promise<PersonRecord[]> {
    if (keys.length === 0) return [];
    const docs = await this.model.find({ nameKeys: { $in: keys }, mergedInto: null }).limit(limit).lean();
    return docs.map(toRecord);
  }
}
