import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { toRecord, WithId } from '../store/records';
import { AUDIT_EVENT_MODEL, AuditEventDoc } from './audit-event.schema';

export type AuditEventRecord = WithId<Omit<AuditEventDoc, '_id'>>;
export type NewAuditEvent = Omit<AuditEventDoc, '_id'>;

/** Append-only: there is deliberately no update or delete here. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectModel(AUDIT_EVENT_MODEL) private readonly model: Model<AuditEventDoc>) {}

  async append(event: NewAuditEvent): Promise<void> {
    await this.model.create(event);
  }

  async findForEntity(type: string, id: string, limit = 100): Promise<AuditEventRecord[]> {
    const docs = await this.model.find({ 'entity.type': type, 'entity.id': id }).sort({ at: -1, _id: -1 }).limit(limit).lean();
    return docs.map(toRecord);
  }
}
