import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { CollectorRunRecord, CollectorRunRepository } from './collector-run.repository';
import { defaultJitterSeconds, nextRunAfter } from './schedule';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { SOURCE_COLLECTION, type PreviewResult, type SourceCollection } from './source-collection.port';
import { SourcePatch, SourceRecord, SourceRepository, SourceWithSecrets } from './source.repository';
import { CreateSourceInput, SECRET_FIELDS, SourceChange } from './sources.dto';
import { SourceType } from './source.schema';

/** What the API shows of a source: no secrets (only which are set) and no internal bookkeeping. */
export type SourceView = Omit<SourceRecord, 'deletedAt' | 'cursor'> & { secretsSet: string[] };

export function toSourceView(source: SourceRecord & { secrets?: Record<string, string> }): SourceView {
  const { deletedAt, cursor, secrets, ...view } = source;
  void deletedAt;
  void cursor;
  return { ...view, secretsSet: Object.keys(secrets ?? {}).sort() };
}

/** Splits a validated config into what may be shown and what must stay secret. */
export function splitSecrets(type: SourceType, config: Record<string, unknown>): { config: Record<string, unknown>; secrets: Record<string, string> } {
  const shown = { ...config };
  const secrets: Record<string, string> = {};
  for (const field of SECRET_FIELDS[type] ?? []) {
    if (typeof shown[field] === 'string') secrets[field] = shown[field];
    delete shown[field];
  }
  return { config: shown, secrets };
}

/**
 * Whether the last error still stands: no run has succeeded since. After a success it is history,
 * shown apart from the source's health.
 */
export function lastErrorIsCurrent(health: Pick<SourceView['health'], 'lastError' | 'lastErrorAt' | 'lastSuccessAt'>): boolean {
  if (!health.lastError) return false;
  if (!health.lastSuccessAt || !health.lastErrorAt) return !health.lastSuccessAt;
  return new Date(health.lastErrorAt).getTime() > new Date(health.lastSuccessAt).getTime();
}

/** A source definition that has not been saved, in the shape collectors take (for previews). */
export function unsavedSource(input: CreateSourceInput): SourceWithSecrets {
  const { config, secrets } = splitSecrets(input.type, input.config);
  const now = new Date();
  return {
    id: 'preview',
    type: input.type,
    name: input.name,
    config,
    secrets,
    intervalMinutes: input.intervalMinutes ?? 60,
    cron: input.cron ?? null,
    jitterSeconds: 0,
    keywords: input.keywords,
    enabled: true,
    nextRunAt: now,
    cursor: {},
    health: {
      state: 'new',
      lastRunAt: null,
      lastSuccessAt: null,
      lastError: null,
      lastErrorAt: null,
      consecutiveFailures: 0,
      consecutivePermanentFailures: 0,
      lastRunNewItems: null,
    },
    createdBy: null,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

@Injectable()
export class SourcesService {
  constructor(
    private readonly sources: SourceRepository,
    private readonly runs: CollectorRunRepository,
    private readonly audit: AuditService,
    private readonly queue: QueueService,
    @Inject(SOURCE_COLLECTION) private readonly collection: SourceCollection,
  ) {}

  /** A dry run of a definition that need not be saved: nothing is stored. */
  async preview(input: CreateSourceInput): Promise<PreviewResult> {
    return this.collection.preview(unsavedSource(input));
  }

  async create(actor: AuditActor, input: CreateSourceInput): Promise<SourceView> {
    const { config, secrets } = splitSecrets(input.type, input.config);
    const intervalMinutes = input.intervalMinutes ?? 60;
    const source = await this.sources.create({
      type: input.type,
      name: input.name,
      config,
      secrets,
      intervalMinutes,
      cron: input.cron ?? null,
      jitterSeconds: input.jitterSeconds ?? defaultJitterSeconds(intervalMinutes),
      keywords: input.keywords,
      enabled: input.enabled,
      // Due at once: the next scheduler tick collects it.
      nextRunAt: new Date(),
      createdBy: actor.userId,
    });
    const view = toSourceView({ ...source, secrets });
    await this.audit.record(actor, 'source.created', { type: 'source', id: source.id }, { after: view });
    return view;
  }

  async list(): Promise<SourceView[]> {
    return (await this.sources.list()).map((s) => toSourceView(s));
  }

  async getOrFail(id: string): Promise<SourceView> {
    return toSourceView(await this.findOrFail(id));
  }

  /** A change whose config, when given, was checked against the source's type (see checkedChange and sourceEditForm). */
  async update(actor: AuditActor, id: string, patch: SourceChange): Promise<SourceView> {
    const before = await this.findOrFail(id);
    const changes: SourcePatch = {};
    let secrets: Record<string, string> | undefined;
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.config !== undefined) {
      // Stored fields a form does not offer are kept, and so is a secret left out of the change.
      const offered = patch.configOffered;
      const kept = offered ? Object.fromEntries(Object.entries(before.config).filter(([k, v]) => !offered.includes(k) && v !== null && v !== undefined)) : {};
      const split = splitSecrets(before.type, { ...patch.config, ...kept });
      changes.config = split.config;
      secrets = { ...before.secrets, ...split.secrets };
    }
    if (patch.keywords !== undefined) changes.keywords = { ...before.keywords, ...patch.keywords };
    if (patch.intervalMinutes !== undefined) {
      changes.intervalMinutes = patch.intervalMinutes;
      changes.cron = null;
    }
    if (patch.cron !== undefined) changes.cron = patch.cron;
    if (patch.jitterSeconds !== undefined) changes.jitterSeconds = patch.jitterSeconds;
    if (changes.intervalMinutes !== undefined || changes.cron !== undefined) {
      changes.nextRunAt = nextRunAfter(
        {
          intervalMinutes: changes.intervalMinutes ?? before.intervalMinutes,
          cron: changes.cron === undefined ? before.cron : changes.cron,
          jitterSeconds: changes.jitterSeconds ?? before.jitterSeconds,
        },
        new Date(),
      );
    }
    if (patch.enabled !== undefined) {
      changes.enabled = patch.enabled;
      // Resuming a paused source collects it at the next tick rather than at a stale slot.
      if (patch.enabled && !before.enabled) changes.nextRunAt = new Date();
    }
    if (patch.enabled) await this.sources.clearFailing(id);
    const after = await this.sources.update(id, changes, secrets);
    if (!after) throw new NotFoundException(`No source with id ${id}.`);
    const view = toSourceView({ ...after, secrets: secrets ?? before.secrets });
    await this.audit.record(actor, 'source.updated', { type: 'source', id }, { before: toSourceView(before), after: view });
    return view;
  }

  async pause(actor: AuditActor, id: string): Promise<SourceView> {
    return this.update(actor, id, { enabled: false });
  }

  /** Schedules the source again at the next tick, forgiving a failing streak. */
  async resume(actor: AuditActor, id: string): Promise<SourceView> {
    const before = await this.findOrFail(id);
    if (before.enabled) {
      await this.sources.clearFailing(id);
      const after = await this.sources.update(id, { nextRunAt: new Date() });
      await this.audit.record(actor, 'source.resumed', { type: 'source', id }, { before: toSourceView(before), after: toSourceView(after ?? before) });
      return toSourceView(after ?? before);
    }
    return this.update(actor, id, { enabled: true });
  }

  /** Queues a run at once, whatever the schedule says; refused while a run is under way. */
  async runNow(actor: AuditActor, id: string): Promise<{ jobId: string }> {
    const source = await this.findOrFail(id);
    if (source.type === 'manual') throw new ConflictException('A manual source is not collected: submit tips to it instead (POST /api/tips).');
    if (await this.collection.isCollecting(id)) throw new ConflictException('This source is being collected right now; try again when the run has finished.');
    await this.sources.clearFailing(id);
    // This run stands in for the scheduled one: the next is one interval (or cron step) from now.
    await this.sources.update(id, { nextRunAt: nextRunAfter(source, new Date()) });
    const jobId = await this.queue.enqueue(JobName.CollectSource, { sourceId: id, slot: `now${Date.now()}` });
    await this.audit.record(actor, 'source.run-requested', { type: 'source', id }, { after: { jobId } });
    return { jobId };
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

  private async findOrFail(id: string): Promise<SourceWithSecrets> {
    const source = await this.sources.findByIdWithSecrets(id);
    if (!source) throw new NotFoundException(`No source with id ${id}.`);
    return source;
  }
}
