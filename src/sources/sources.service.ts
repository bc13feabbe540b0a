import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { CollectorRunRecord, CollectorRunRepository } from '../collectors/collector-run.repository';
import { parseInput } from '../http/parse-input';
import { SourceRecord, SourceRepository } from './source.repository';
import { configSchemas, CreateSourceInput, UpdateSourceInput } from './source.input';

/** What the API shows of a source (internal bookkeeping left out; later, secrets too). */
export type SourceView = Omit<SourceRecord, 'deletedAt' | 'cursor'>;

export function toSourceView(source: SourceRecord): SourceView {
  const { deletedAt, cursor, ...view } = source;
  void deletedAt;
  void cursor;
  return view;
}

@Injectable()
export class SourcesService {
  constructor(
    private readonly sources: SourceRepository,
    private readonly runs: CollectorRunRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuditActor, input: CreateSourceInput): Promise<SourceView> {
    const source = await this.sources.create({
      type: input.type,
      name: input.name,
      config: input.config,
      intervalMinutes: input.intervalMinutes,
      keywords: input.keywords,
      enabled: input.enabled,
      // Due at once: the next scheduler tick collects it.
      nextRunAt: new Date(),
      createdBy: actor.userId,
    });
    await this.audit.record(actor, 'source.created', { type: 'source', id: source.id }, { after: toSourceView(source) });
    return toSourceView(source);
  }

  async list(): Promise<SourceView[]> {
    return (await this.sources.list()).map(toSourceView);
  }

  async getOrFail(id: string): Promise<SourceView> {
    return toSourceView(await this.findOrFail(id));
  }

  async update(actor: AuditActor, id: string, patch: UpdateSourceInput): Promise<SourceView> {
    const before = await this.findOrFail(id);
    const changes: Parameters<SourceRepository['update']>[1] = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.intervalMinutes !== undefined) changes.intervalMinutes = patch.intervalMinutes;
    if (patch.config !== undefined) changes.config = parseInput(configSchemas[before.type], patch.config, `config for a ${before.type} source`);
    if (patch.keywords !== undefined) changes.keywords = { ...before.keywords, ...patch.keywords };
    if (patch.enabled !== undefined) {
      changes.enabled = patch.enabled;
      // Resuming a paused source collects it at the next tick rather than at a stale slot.
      if (patch.enabled && !before.enabled) changes.nextRunAt = new Date();
    }
    const after = await this.sources.update(id, changes);
    if (!after) throw new NotFoundException(`No source with id ${id}.`);
    await this.audit.record(actor, 'source.updated', { type: 'source', id }, { before: toSourceView(before), after: toSourceView(after) });
    return toSourceView(after);
  }

  async remove(actor: AuditActor, id: string): Promise<void> {
    const before = await this.findOrFail(id);
    await this.sources.softDelete(id, new Date());
    await this.audit.record(actor, 'source.deleted', { type: 'source', id }, { before: toSourceView(before) });
  }

  async listRuns(id: string, limit: number): Promise<CollectorRunRecord[]> {
    await this.findOrFail(id);
    return this.runs.listForSource(id, limit);
  }

  private async findOrFail(id: string): Promise<SourceRecord> {
    const source = await this.sources.findById(id);
    if (!source) throw new NotFoundException(`No source with id ${id}.`);
    return source;
  }
}
