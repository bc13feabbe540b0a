import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { EXTRACTOR_VERSION as CURRENT_EXTRACTOR_VERSION } from '../extraction/extractor';
import { PoliteFetcher } from '../http/polite-fetcher';
import { FetchError } from '../http/safe-http.client';
import { PostRepository } from '../posts/post.repository';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { SourceRecord, SourceRepository } from '../sources/source.repository';
import type { TipInput } from './tips.dto';
import { sha256Hex, normalizeText } from '../text/normalize';
import { CollectedPost } from '../parsers/collected-post';
import { decodeHtmlBody } from '../parsers/html/decode-html';
import { HtmlParseError } from '../parsers/html/html-list-parser';
import { parseWebPage } from '../parsers/html/web-page-parser';
import { toNewPost } from './to-new-post';

export interface TipResult {
  postId: string;
  /** false when the same URL or text had been submitted to this source before. */
  created: boolean;
  sourceId: string;
}

const PAGE_TYPES = { types: ['text/html', 'application/xhtml+xml'], label: 'a web page (text/html)' };

/** Tips: a person submits a URL (fetched once, politely and safely) or pasted text, with a note. */
@Injectable()
export class TipService {
  constructor(
    private readonly http: PoliteFetcher,
    private readonly sources: SourceRepository,
    private readonly posts: PostRepository,
    private readonly queue: QueueService,
    private readonly audit: AuditService,
  ) {}

  async submit(actor: AuditActor, tip: TipInput): Promise<TipResult> {
    const source = await this.manualSource(actor, tip.sourceId);
    const item = tip.url ? await this.fetchPage(tip.url, tip.text) : pastedText(tip.text ?? '');
    const post = toNewPost(item, 'manual', new Date(), { submittedBy: actor.userId ?? actor.label, note: tip.note ?? null });
    const { newIds } = await this.posts.insertNew(source.id, [post]);
    const stored = newIds[0] ?? (await this.posts.findIdByExternalId(source.id, item.externalId));
    if (!stored) throw new Error('the tip was neither stored nor found');
    if (newIds.length > 0) await this.queue.enqueue(JobName.ExtractPost, { postId: stored, extractorVersion: CURRENT_EXTRACTOR_VERSION });
    await this.audit.record(
      actor,
      'tip.submitted',
      { type: 'post', id: stored },
      { after: { sourceId: source.id, url: tip.url ?? null, created: newIds.length > 0 } },
    );
    return { postId: stored, created: newIds.length > 0, sourceId: source.id };
  }

  private async manualSource(actor: AuditActor, sourceId: string | undefined): Promise<SourceRecord> {
    if (sourceId) {
      const source = await this.sources.findById(sourceId);
      if (!source) throw new NotFoundException(`No source with id ${sourceId}.`);
      if (source.type !== 'manual') throw new BadRequestException(`Source ${sourceId} is a ${source.type} source; tips go to a manual source.`);
      return source;
    }
    const existing = await this.sources.findFirstOfType('manual');
    if (existing) return existing;
    const created = await this.sources.create({
      type: 'manual',
      name: 'Tips',
      config: {},
      secrets: {},
      intervalMinutes: 60,
      cron: null,
      jitterSeconds: 0,
      keywords: { include: [], exclude: [] },
      enabled: true,
      nextRunAt: new Date(),
      createdBy: actor.userId,
    });
    await this.audit.record(actor, 'source.created', { type: 'source', id: created.id }, { after: { type: 'manual', name: 'Tips', reason: 'first tip' } });
    return created;
  }

  private async fetchPage(url: string, pasted: string | undefined): Promise<CollectedPost> {
    try {
      // A person asked for this one page, so robots.txt (which governs crawlers) is not consulted.
      const response = await this.http.request(url, { robots: false, accept: PAGE_TYPES });
      const page = parseWebPage(decodeHtmlBody(response.body, response.headers['content-type']), response.url);
      return pasted ? { ...page, text: `${page.text}\n\n${pasted}` } : page;
    } catch (err) {
      if (err instanceof FetchError || err instanceof HtmlParseError) {
        throw new BadRequestException(`The page could not be collected: ${err.message}.`);
      }
      throw err;
    }
  }
}

function pastedText(text: string): CollectedPost {
  return {
    externalId: `tip:${sha256Hex(normalizeText(text))}`,
    url: null,
    author: null,
    title: null,
    text,
    publishedAt: null,
    media: [],
    raw: text,
  };
}
