import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, toRecordOrNull, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { PERSON_MODEL, PersonDoc, PersonStatus } from './person.schema';

export type PersonRecord = WithId<Omit<PersonDoc, '_id'>>;
export type NewPerson = Pick<PersonDoc, 'displayName' | 'spellings' | 'nameKeys' | 'status' | 'attributes' | 'createdBy'> & { mediaIds?: string[] };

@Injectable()
export class PersonRepository {
  constructor(@InjectModel(PERSON_MODEL) private readonly model: Model<PersonDoc>) {}

  async create(person: NewPerson): Promise<PersonRecord> {
    const doc = await this.model.create({
      mediaIds: [],
      lastEditedBy: person.createdBy,
      ...person,
      verification: { status: 'unverified', by: null, at: null },
      mergedInto: null,
    });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<PersonRecord | null> {
    return toRecordOrNull(await this.model.findById(objectId(id)).lean());
  }

  /** Most recently changed first; `verifiedOnly` for viewers who may see verified persons only. */
  async list(limit: number, { verifiedOnly = false } = {}): Promise<PersonRecord[]> {
    const docs = await this.model
      .find({ mergedInto: null, ...(verifiedOnly ? { 'verification.status': 'verified' } : {}) })
      .sort({ updatedAt: -1 })
      .limit(limit)
      .lean();
    return docs.map(toRecord);
  }

  async findByIds(ids: string[]): Promise<PersonRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return [];
    return (await this.model.find({ _id: { $in: valid.map(objectId) } }).lean()).map(toRecord);
  }

  /** The ids among `ids` of verified persons. */
  async findVerifiedIds(ids: string[]): Promise<Set<string>> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return new Set();
    const docs = await this.model.find({ _id: { $in: valid.map(objectId) }, 'verification.status': 'verified' }, { _id: 1 }).lean();
    return new Set(docs.map((d) => String(d._id)));
  }

  /** Adds a spelling (from a confirmed mention) and its keys; an edit (see `edited`). */
  async addSpelling(id: string, spelling: { name: string; mentionId: string | null }, keys: string[], by: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      { $push: { spellings: spelling }, $addToSet: { nameKeys: { $each: keys } }, $set: PersonRepository.edited(by) },
    );
  }

  /** Verifies unless `by` made the record's last change; false when refused or already verified. */
  async verify(id: string, by: string, at: Date): Promise<boolean> {
    const res = await this.model.updateOne(
      { _id: objectId(id), lastEditedBy: { $ne: by }, 'verification.status': { $ne: 'verified' } },
      { $set: { verification: { status: 'verified', by, at } } },
    );
    return res.modifiedCount === 1;
  }

  /** Candidates for matching: persons sharing any name key, merged records left out. */
  async findByNameKeys(keys: string[], limit: number, { verifiedOnly = false } = {}): Promise<PersonRecord[]> {
    if (keys.length === 0) return [];
    const docs = await this.model
      .find({ nameKeys: { $in: keys }, mergedInto: null, ...(verifiedOnly ? { 'verification.status': 'verified' } : {}) })
      .limit(limit)
      .lean();
    return docs.map(toRecord);
  }

  /**
   * Any edit by someone sets lastEditedBy and sends a verified record back to 'unverified':
   * what a second reviewer verified is no longer what the record says.
   */
  private static edited(by: string): Record<string, unknown> {
    return { lastEditedBy: by, verification: { status: 'unverified', by: null, at: null } };
  }

  async setStatus(id: string, status: PersonStatus, by: string): Promise<void> {
    // runValidators: the schema's enum refuses a status it does not know, here as on create.
    await this.model.updateOne({ _id: objectId(id) }, { $set: { status, ...PersonRepository.edited(by) } }, { runValidators: true });
  }

  /** Replaces the name data of a record (merge and split compute the new lists); an edit. */
  async setNames(id: string, names: Pick<PersonDoc, 'spellings' | 'nameKeys' | 'mediaIds'>, by: string): Promise<void> {
    await this.model.updateOne(
      { _id: objectId(id) },
      { $set: { spellings: names.spellings, nameKeys: names.nameKeys, mediaIds: names.mediaIds, ...PersonRepository.edited(by) } },
    );
  }

  /** Marks `id` merged into `into`, unless it already is merged; false when refused. */
  async markMerged(id: string, into: string, by: string): Promise<boolean> {
    const res = await this.model.updateOne({ _id: objectId(id), mergedInto: null }, { $set: { mergedInto: into, lastEditedBy: by } });
    return res.modifiedCount === 1;
  }

  /** Clears mergedInto when it still names `from`; false when refused. */
  async clearMerged(id: string, from: string, by: string): Promise<boolean> {
    const res = await this.model.updateOne({ _id: objectId(id), mergedInto: from }, { $set: { mergedInto: null, ...PersonRepository.edited(by) } });
    return res.modifiedCount === 1;
  }

  /** When any person record last changed; null when there are none. */
  async latestChangeAt(): Promise<Date | null> {
    const doc = await this.model.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean();
    return doc?.updatedAt ?? null;
  }

  async countMergedInto(id: string): Promise<number> {
    return this.model.countDocuments({ mergedInto: id });
  }

  /** The ids of the persons merged into this one (a merge is one level: a record with others merged into it is not merged itself). */
  async idsMergedInto(id: string): Promise<string[]> {
    const docs = await this.model.find({ mergedInto: id }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
  }
}
