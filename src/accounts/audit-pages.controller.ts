import { Controller, Get } from '@nestjs/common';
import { Page, Roles } from '../auth/roles.decorator';
import { ValidQuery } from '../validation/zod.pipe';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { AuditEventRepository } from '../audit/audit-event.repository';
import { type AuditFilters, auditFiltersQuery } from './audit.dto';
import { auditView } from './audit.view';

/** The admins' view of the audit trail: read-only (GET only, there is no route that changes it). */
@Controller('audit')
@Page()
@Roles('admin')
export class AuditPagesController {
  constructor(private readonly events: AuditEventRepository) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @ValidQuery(auditFiltersQuery) { query, form }: AuditFilters): Promise<string> {
    const [{ events, nextBeforeId }, actions] = await Promise.all([this.events.findPage(query), this.events.distinctActions()]);
    return auditView(ctx, { events, nextBeforeId, actions, query, form });
  }
}
