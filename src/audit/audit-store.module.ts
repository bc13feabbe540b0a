import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { AUDIT_EVENT_MODEL, AuditEventSchema } from './audit-event.schema';
import { AuditEventRepository } from './audit-event.repository';

/** The audit events' collection and repository. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(featureStore([{ name: AUDIT_EVENT_MODEL, schema: AuditEventSchema }], [AuditEventRepository]))
export class AuditStoreModule {}
