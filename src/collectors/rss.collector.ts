import { Injectable } from '@nestjs/common';
import { PoliteFetcher } from '../http/polite-fetcher';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectContext, CollectError, Collector, CollectResult } from './collector';
import { decodeFeedBody, FeedParseError, parseFeed } from '../parsers/rss/feed-parser';
import { scalarText } from '../text/scalar';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

@Injectable()
export class RssCollector implements Collector {
  readonly type = 'rss' as const;

  constructor(private readonly http: PoliteFetcher) {}

  async collect(source: SourceWithSecrets, { preview }: CollectContext): Promise<CollectResult> {
    const url = scalarText(source.config.url);
    const headers: Record<string, string> = { Accept: ACCEPT };
    const cursor = preview ? {} : (source.cursor ?? {});
    if (cursor.etag) headers['If-None-Match'] = String(cursor.etag);
    if (cursor.lastModified) headers['If-Modified-Since'] = String(cursor.lastModified);

    const response = await this.http.request(url, { headers, robots: true });
    if (response.status === 304) {
      return { items: [], httpStatus: 304, notModified: true, cursor };
    }
    try {
      const feed = parseFeed(decodeFeedBody(response.body, response.headers['content-type']), response.url);
      return {
        items: feed.items,
        httpStatus: response.status,
        notModified: false,
        cursor: { etag: response.headers['etag'] ?? null, lastModified: response.headers['last-modified'] ?? null },
      };
    } catch (err) {
      if (err instanceof FeedParseError) throw new CollectError(err.message, response.status);
      throw err;
    }
  }
}
