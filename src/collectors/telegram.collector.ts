import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PoliteFetcher } from '../http/polite-fetcher';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectContext, CollectError, Collector, CollectResult } from './collector';
import { decodeHtmlBody } from '../parsers/html/decode-html';
import { isTelegramPreviewMissing, parseTelegramPage, TelegramParseError, TelegramPage } from '../parsers/telegram/telegram-parser';
import { scalarText } from '../text/scalar';

const PAGE_TYPES = { types: ['text/html'], label: 'a Telegram preview page (text/html)' };
/** Later runs page back until they meet what they already have, but never further than this. */
const CATCH_UP_PAGES = 10;

@Injectable()
export class TelegramCollector implements Collector {
  readonly type = 'telegram' as const;

  constructor(
    private readonly http: PoliteFetcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async collect(source: SourceWithSecrets, { preview }: CollectContext): Promise<CollectResult> {
    const channel = String(source.config.channel);
    const seenUpTo = preview ? 0 : Number(source.cursor?.highestId ?? 0);
    const until = !preview && !seenUpTo && source.config.backfillUntil ? new Date(scalarText(source.config.backfillUntil)) : null;
    let pagesLeft = preview ? 0 : seenUpTo ? CATCH_UP_PAGES : Number(source.config.backfillPages ?? 0);

    const first = await this.fetchPage(channel);
    const pages = [first];
    const warnings: string[] = [];
    let gapLeft = false;
    for (let page = first; page.olderBefore && pagesLeft > 0; pagesLeft--) {
      if (seenUpTo && (page.lowestId ?? 0) <= seenUpTo + 1) break;
      if (until && page.messages.some((m) => m.post.publishedAt && m.post.publishedAt < until)) break;
      try {
        page = await this.fetchPage(channel, page.olderBefore);
      } catch (err) {
        // The pages already read are good evidence; an older one that fails ends the paging, not the run.
        warnings.push(
          `the older page before message ${page.olderBefore} could not be read (${err instanceof Error ? err.message : String(err)}); the run kept the ${pages.length} newer page(s)`,
        );
        gapLeft = seenUpTo > 0;
        break;
      }
      pages.push(page);
    }

    const byId = new Map(pages.flatMap((p) => p.messages).map((m) => [m.id, m]));
    const fresh = [...byId.values()]
      .filter((m) => Math.max(...m.ids) > seenUpTo)
      .filter((m) => !until || !m.post.publishedAt || m.post.publishedAt >= until)
      .sort((a, b) => a.id - b.id);
    // Catching up with a page missing between what we had and what we read: keep the cursor, so the
    // next run pages back over the gap again (the messages read now are then duplicates, not lost).
    const highestId = gapLeft ? seenUpTo : Math.max(seenUpTo, ...pages.map((p) => p.highestId ?? 0));
    return { items: fresh.map((m) => m.post), httpStatus: 200, notModified: false, cursor: { highestId: highestId || null }, warnings };
  }

  private async fetchPage(channel: string, before?: number): Promise<TelegramPage> {
    const url = `${this.config.sources.telegramBaseUrl}/s/${channel}${before ? `?before=${before}` : ''}`;
    const response = await this.http.request(url, { robots: true, accept: PAGE_TYPES });
    const html = decodeHtmlBody(response.body, response.headers['content-type']);
    // Without a public preview, t.me/s/<channel> redirects to the channel's landing page.
    if (!new URL(response.url).pathname.startsWith('/s/') || isTelegramPreviewMissing(html)) {
      throw new CollectError(`the channel @${channel} has no public web preview (private, or its preview is turned off)`, response.status);
    }
    try {
      return parseTelegramPage(html, response.url);
    } catch (err) {
      if (err instanceof TelegramParseError) throw new CollectError(err.message, response.status);
      throw err;
    }
  }
}
