import { Injectable } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditActor } from './audit-event.schema';

export const CLI_ACTOR: AuditActor = { userId: null, kind: 'cli', label: 'athar cli' };

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  async record(
    actor: AuditActor,
    action: string,
    entity: { type: string; id: string },
    change: { before?: object | null; after?: object | null } = {},
  ): Promise<void> {
    await this.events.append({
      actor,
      action,
      entity,
      before: (change.before as Record<string, unknown>) ?? null,
      after: (change.after as Record<string, unknown>) ?? null,
      at: new Date(),
    });
  }
}
