import { Types } from 'mongoose';

/** What repositories return: plain objects with a string id instead of Mongo's _id. */
export type WithId<T> = T & { id: string };

export function toRecord<T extends { _id: Types.ObjectId | string }>(doc: T): WithId<Omit<T, '_id' | '__v'>> {
  const { _id, __v, ...rest } = doc as T & { __v?: number };
  void __v;
  return { ...(rest as Omit<T, '_id' | '__v'>), id: String(_id) };
}

export function toRecordOrNull<T extends { _id: Types.ObjectId | string }>(doc: T | null): WithId<Omit<T, '_id' | '__v'>> | null {
  return doc ? toRecord(doc) : null;
}

export function objectId(id: string): Types.ObjectId {
  return new Types.ObjectId(id);
}
