import { Inject, Injectable, Optional } from '@nestjs/common';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { seesReviewWork } from '../auth/access-rule';
import type { UserRole } from '../auth/user.schema';
import { editsOf, MentionRepository } from '../posts/mention.repository';
import type { PersonRecord } from '../persons/person.repository';
import { PostRepository, type PostRecord } from '../posts/post.repository';
import type { PersonSearchQuery, PostSearchQuery } from '../search/search.types';
import { csvRows, DEFAULT_PFIF_DOMAIN, ndjsonRows, pfifDocument, type CsvColumn, type PfifPersonNotes, type PfifPostNote } from './formats';
import { scalarText } from '../text/scalar';

/** What exports read: SearchRepository (src/search/search.repository.ts) provides both. */
export interface ExportSource {
  streamPosts(query: PostSearchQuery): AsyncGenerator<ExportPost>;
  streamPersons(query: PersonSearchQuery): AsyncGenerator<PersonRecord>;
  /** Ids of the persons merged into this one, for reciprocal PFIF links (optional: no links back without it). */
  findIdsMergedInto?(personId: string): Promise<string[]>;
}
/** A post as exports read it: the raw item body never leaves the database. */
export type ExportPost = Omit<PostRecord, 'raw'>;
export const EXPORT_SOURCE = Symbol('EXPORT_SOURCE');
/** The PFIF record-id domain (`<domain>/person.<id>`); optional, defaults to athar.example. */
export const PFIF_DOMAIN = Symbol('PFIF_DOMAIN');

export type PostExportFormat = 'csv' | 'ndjson';
export type PersonExportFormat = 'csv' | 'ndjson' | 'pfif';

export interface Exporter {
  actor: AuditActor;
  roles: readonly UserRole[];
}

/** Reviewers and admins may see unverified persons and the sensitive fields; researchers never. */
export function hasFullAccess(roles: readonly UserRole[]): boolean {
  return seesReviewWork({ roles });
}

export const POST_COLUMNS: CsvColumn<ExportPost>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'url', value: (p) => p.url },
  { header: 'published_at', value: (p) => p.publishedAt },
  { header: 'collected_at', value: (p) => p.collectedAt },
  { header: 'day', value: (p) => p.day },
  { header: 'source_id', value: (p) => p.sourceId },
  { header: 'source_type', value: (p) => p.sourceType },
  { header: 'lang', value: (p) => p.lang },
  { header: 'author', value: (p) => p.author },
  { header: 'title', value: (p) => p.title },
  { header: 'text', value: (p) => p.text },
  { header: 'review_status', value: (p) => p.review?.status },
  { header: 'mention_count', value: (p) => p.mentionCount ?? 0 },
  { header: 'media_count', value: (p) => p.media?.length ?? 0 },
];

/** The post fields an NDJSON export carries (the raw body and internal pipeline state stay out). */
export function postRow(p: ExportPost) {
  return {
    id: p.id,
    url: p.url,
    publishedAt: p.publishedAt,
    collectedAt: p.collectedAt,
    day: p.day,
    sourceId: p.sourceId,
    sourceType: p.sourceType,
    lang: p.lang,
    author: p.author,
    title: p.title,
    text: p.text,
    reviewStatus: p.review?.status ?? null,
    mentionCount: p.mentionCount ?? 0,
    media: (p.media ?? []).map((m) => ({ url: m.url, type: m.type })),
  };
}

const SENSITIVE_ATTRIBUTES = new Set(['birthYear', 'dateOfBirth', 'authorEmail', 'authorPhone']);

export function personRow(p: PersonRecord, fullAccess: boolean) {
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.attributes ?? {})) if (fullAccess || !SENSITIVE_ATTRIBUTES.has(k)) attributes[k] = v;
  return {
    id: p.id,
    displayName: p.displayName,
    spellings: (p.spellings ?? []).map((s) => s.name),
    status: p.status,
    verification: p.verification?.status ?? 'unverified',
    mergedInto: p.mergedInto ?? null,
    attributes,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function personColumns(fullAccess: boolean): CsvColumn<PersonRecord>[] {
  const a = (p: PersonRecord, k: string) => (p.attributes ?? {})[k];
  const cols: CsvColumn<PersonRecord>[] = [
    { header: 'id', value: (p) => p.id },
    { header: 'display_name', value: (p) => p.displayName },
    { header: 'spellings', value: (p) => [...new Set((p.spellings ?? []).map((s) => s.name))] },
    { header: 'status', value: (p) => p.status },
    { header: 'verification', value: (p) => p.verification?.status },
    { header: 'hometown', value: (p) => a(p, 'hometown') },
    { header: 'prison', value: (p) => a(p, 'prison') },
    { header: 'age', value: (p) => a(p, 'age') },
    { header: 'arrest_year', value: (p) => a(p, 'arrestYear') },
    { header: 'merged_into', value: (p) => p.mergedInto },
    { header: 'created_at', value: (p) => p.createdAt },
    { header: 'updated_at', value: (p) => p.updatedAt },
  ];
  if (fullAccess) cols.push({ header: 'birth_year', value: (p) => a(p, 'birthYear') ?? a(p, 'dateOfBirth') });
  return cols;
}

/** Writes chunks with backpressure; stops when the reader goes away. */
export async function writeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (out.destroyed || out.writableEnded) throw new Error('The export was cancelled: the output closed.');
    if (!out.write(chunk)) {
      await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
  }
}

async function* counted<T>(rows: AsyncIterable<T>, counter: { n: number }, onRow?: (rows: number) => void): AsyncGenerator<T> {
  for await (const row of rows) {
    counter.n++;
    onRow?.(counter.n);
    yield row;
  }
}

@Injectable()
export class ExportService {
  constructor(
    @Inject(EXPORT_SOURCE) private readonly source: ExportSource,
    private readonly mentions: MentionRepository,
    private readonly posts: PostRepository,
    private readonly audit: AuditService,
    @Optional() @Inject(PFIF_DOMAIN) private readonly domain: string | null = null,
  ) {}

  /** The query as it will run for this exporter: unverified persons only for roles that may see them. */
  personQueryFor(who: Exporter, query: PersonSearchQuery): PersonSearchQuery {
    return { ...query, includeUnverified: query.includeUnverified && hasFullAccess(who.roles) };
  }

  /** `onRow` hears the running count (the CLI's progress). */
  async exportPosts(who: Exporter, query: PostSearchQuery, format: PostExportFormat, out: Writable, onRow?: (rows: number) => void): Promise<number> {
    const counter = { n: 0 };
    const rows = counted(this.source.streamPosts(query), counter, onRow);
    await writeChunks(format === 'csv' ? csvRows(POST_COLUMNS, rows) : ndjsonRows(mapRows(rows, postRow)), out);
    await this.audit.record(
      who.actor,
      'export.created',
      { type: 'export', id: `posts.${format}` },
      { after: { kind: 'posts', query, format, rows: counter.n } },
    );
    return counter.n;
  }

  async exportPersons(who: Exporter, requested: PersonSearchQuery, format: PersonExportFormat, out: Writable, onRow?: (rows: number) => void): Promise<number> {
    const query = this.personQueryFor(who, requested);
    const full = hasFullAccess(who.roles);
    const counter = { n: 0 };
    const rows = counted(this.onlyAllowed(this.source.streamPersons(query), query.includeUnverified), counter, onRow);
    const chunks =
      format === 'csv'
        ? csvRows(personColumns(full), rows)
        : format === 'ndjson'
          ? ndjsonRows(mapRows(rows, (p) => personRow(p, full)))
          : pfifDocument(rows, (p) => this.notesFor(p.id), { fullAccess: full, domain: this.domain ?? DEFAULT_PFIF_DOMAIN });
    await writeChunks(chunks, out);
    await this.audit.record(
      who.actor,
      'export.created',
      { type: 'export', id: `persons.${format}` },
      { after: { kind: 'persons', query, format, rows: counter.n } },
    );
    return counter.n;
  }

  /** Defence in depth: whatever the stream returns, unverified persons only when the query allows them. */
  private async *onlyAllowed(rows: AsyncIterable<PersonRecord>, includeUnverified: boolean): AsyncGenerator<PersonRecord> {
    for await (const p of rows) if (includeUnverified || p.verification?.status === 'verified') yield p;
  }

  /** The posts a reviewer tied to the person (confirmed or edited mentions), each with its facility and hometown. */
  private async notesFor(personId: string): Promise<PfifPersonNotes> {
    const mentions = (await this.mentions.findByPerson(personId)).filter((m) => m.review.status === 'confirmed' || m.review.status === 'edited');
    const links = await this.posts.findLinks([...new Set(mentions.map((m) => m.postId))]);
    const byPost = new Map<string, PfifPostNote>();
    for (const m of mentions) {
      const link = links.get(m.postId);
      if (byPost.has(m.postId) || !link) continue;
      const attrs = { ...(m.attributes ?? {}), ...(editsOf(m)?.attributes ?? {}) } as Record<string, unknown>;
      const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
      const details: string[] = [];
      if (attrs.arrestYear) details.push(`Arrest year: ${scalarText(attrs.arrestYear)}`);
      byPost.set(m.postId, { postId: m.postId, url: link.url, date: link.date, facility: s(attrs.prison), hometown: s(attrs.hometown), details });
    }
    const mergedFrom = this.source.findIdsMergedInto ? await this.source.findIdsMergedInto(personId) : [];
    return { posts: [...byPost.values()], mergedFrom };
  }
}

async function* mapRows<T, U>(rows: AsyncIterable<T>, fn: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield fn(row);
}
