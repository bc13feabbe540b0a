import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { AUDIT_EVENT_MODEL, AuditEventDoc } from './audit-event.schema';

export type AuditEventRecord = WithId<Omit<AuditEventDoc, '_id'>>;
export type NewAuditEvent = Omit<AuditEventDoc, '_id'>;

export interface AuditQuery {
  action?: string;
  /** The actor's label (a user's email). */
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** Inclusive lower and exclusive upper bound on `at`. */
  from?: Date;
  to?: Date;
  beforeId?: string;
  limit: number;
}

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

  /**
   * A page of events, newest first, matching every given filter. `beforeId` is the cursor: the
   * last id of the previous page. Reads only; the log stays append-only.
   */
  async findPage(q: AuditQuery): Promise<{ events: AuditEventRecord[]; nextBeforeId: string | null }> {
    const filter: Record<string, unknown> = {};
    if (q.action) filter.action = q.action;
    if (q.actor) filter['actor.label'] = q.actor;
    if (q.entityType) filter['entity.type'] = q.entityType;
    if (q.entityId) filter['entity.id'] = q.entityId;
    if (q.from || q.to) filter.at = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) };
    if (q.beforeId && isObjectId(q.beforeId)) filter._id = { $lt: objectId(q.beforeId) };
    const limit = Math.min(Math.max(1, q.limit), 200);
    const docs = await this.model
      .find(filter)
      .sort({ _id: -1 })
      .limit(limit + 1)
      .lean();
    const events = docs.slice(0, limit).map(toRecord);
    return { events, nextBeforeId: docs.length > limit ? events[events.length - 1].id : null };
  }

  /** The actions recorded so far, for the filter's choices. */
  async distinctActions(): Promise<string[]> {
    const actions = await this.model.distinct('action');
    return actions.map(String).sort();
  }
}
