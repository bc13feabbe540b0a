import { Injectable } from '@nestjs/common';
import { PoliteFetcher } from '../http/polite-fetcher';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectContext, CollectError, Collector, CollectResult } from './collector';
import { HtmlParseError, HtmlSelectors, parseHtmlList } from '../parsers/html/html-list-parser';
import { decodeHtmlBody } from '../parsers/html/decode-html';

const PAGE_TYPES = { types: ['text/html', 'application/xhtml+xml'], label: 'a web page (text/html)' };

/** Any page that lists items, read with the operator's CSS selectors. Seen items are known by their link or content hash. */
@Injectable()
export class HtmlCollector implements Collector {
  readonly type = 'html' as const;

  constructor(private readonly http: PoliteFetcher) {}

  async collect(source: SourceWithSecrets, { preview }: CollectContext): Promise<CollectResult> {
    const cursor = preview ? {} : (source.cursor ?? {});
    const headers: Record<string, string> = {};
    if (cursor.etag) headers['If-None-Match'] = String(cursor.etag);
    if (cursor.lastModified) headers['If-Modified-Since'] = String(cursor.lastModified);
    const response = await this.http.request(String(source.config.url), { headers, robots: true, accept: PAGE_TYPES });
    if (response.status === 304) return { items: [], httpStatus: 304, notModified: true, cursor };
    try {
      const items = parseHtmlList(decodeHtmlBody(response.body, response.headers['content-type']), response.url, source.config.selectors as HtmlSelectors);
      return {
        items,
        httpStatus: response.status,
        notModified: false,
        cursor: { etag: response.headers['etag'] ?? null, lastModified: response.headers['last-modified'] ?? null },
      };
    } catch (err) {
      if (err instanceof HtmlParseError) throw new CollectError(err.message, response.status);
      throw err;
    }
  }
}
