import { Injectable } from '@nestjs/common';
import { SafeHttpClient } from '../http/safe-http.client';
import { SourceRecord } from '../sources/source.repository';
import { CollectError, Collector, CollectResult } from './collector';
import { decodeFeedBody, FeedParseError, parseFeed } from './rss/feed-parser';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

@Injectable()
export class RssCollector implements Collector {
  readonly type = 'rss' as const;

  constructor(private readonly http: SafeHttpClient) {}

  async collect(source: SourceRecord): Promise<CollectResult> {
    const url = String(source.config.url ?? '');
    const headers: Record<string, string> = { Accept: ACCEPT };
    if (source.cursor?.etag) headers['If-None-Match'] = source.cursor.etag;
    if (source.cursor?.lastModified) headers['If-Modified-Since'] = source.cursor.lastModified;

    const response = await this.http.get(url, { headers });
    if (response.status === 304) {
      return { items: [], httpStatus: 304, notModified: true, cursor: source.cursor ?? {} };
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
