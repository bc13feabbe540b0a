import { Injectable } from '@nestjs/common';
import { PoliteFetcher } from '../http/polite-fetcher';
import { FetchError, FetchResponse } from '../http/safe-http.client';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectedPost } from '../parsers/collected-post';
import { CollectContext, CollectError, Collector, CollectResult } from './collector';
import { BlueskyParseError, parseSearchPosts } from '../parsers/bluesky/bluesky-parser';

const JSON_TYPES = { types: ['application/json'], label: 'JSON from the Bluesky API' };
const PAGE_SIZE = 100;
const SESSION_MS = 30 * 60_000;

/** app.bsky.feed.searchPosts, signed in with the source's app password; newer than the last post seen. */
@Injectable()
export class BlueskyCollector implements Collector {
  readonly type = 'bluesky' as const;
  private readonly sessions = new Map<string, { jwt: string; until: number }>();

  constructor(private readonly http: PoliteFetcher) {}

  async collect(source: SourceWithSecrets, { preview }: CollectContext): Promise<CollectResult> {
    const service = String(source.config.service);
    const since = preview ? null : ((source.cursor?.since as string | null | undefined) ?? null);
    const jwt = await this.session(source);
    const posts: CollectedPost[] = [];
    let skipped = 0;
    let newest = since;
    let page: string | null = null;
    let httpStatus: number | null = null;
    for (let pagesLeft = preview ? 1 : Number(source.config.maxPages ?? 3); pagesLeft > 0; pagesLeft--) {
      const params = new URLSearchParams({ q: String(source.config.query), limit: String(PAGE_SIZE), sort: 'latest' });
      if (since) params.set('since', since);
      if (page) params.set('cursor', page);
      const response = await this.call(`${service}/xrpc/app.bsky.feed.searchPosts?${params}`, jwt, source.id);
      httpStatus = response.status;
      const parsed = this.parse(response);
      posts.push(...parsed.posts);
      skipped += parsed.skippedNoUnauthenticated;
      if (parsed.newestIndexedAt && (!newest || parsed.newestIndexedAt > newest)) newest = parsed.newestIndexedAt;
      page = parsed.cursor;
      if (!page || parsed.posts.length + parsed.skippedNoUnauthenticated < PAGE_SIZE) break;
    }
    return {
      items: posts,
      httpStatus,
      notModified: false,
      cursor: { since: newest },
      skipped: skipped ? { count: skipped, reason: 'their authors opted out of being shown to logged-out viewers (!no-unauthenticated)' } : undefined,
    };
  }

  private async session(source: SourceWithSecrets): Promise<string> {
    const cached = this.sessions.get(source.id);
    if (cached && cached.until > Date.now()) return cached.jwt;
    const password = source.secrets.appPassword;
    if (!password) throw new CollectError('no app password is stored for this source; set config.appPassword');
    let response: FetchResponse;
    try {
      response = await this.http.request(`${String(source.config.service)}/xrpc/com.atproto.server.createSession`, {
        method: 'POST',
        json: { identifier: String(source.config.identifier), password },
        robots: false,
        accept: JSON_TYPES,
      });
    } catch (err) {
      if (err instanceof FetchError && (err.httpStatus === 400 || err.httpStatus === 401)) {
        // The server's words only: never the password.
        throw new CollectError(
          `Bluesky refused to sign in as ${String(source.config.identifier)} with the stored app password (HTTP ${err.httpStatus})`,
          err.httpStatus,
        );
      }
      throw err;
    }
    const jwt = (JSON.parse(response.body.toString('utf8')) as { accessJwt?: unknown }).accessJwt;
    if (typeof jwt !== 'string') throw new CollectError('Bluesky signed in but returned no access token', response.status);
    if (source.id !== 'preview') this.sessions.set(source.id, { jwt, until: Date.now() + SESSION_MS });
    return jwt;
  }

  private async call(url: string, jwt: string, sourceId: string): Promise<FetchResponse> {
    try {
      return await this.http.request(url, { robots: false, accept: JSON_TYPES, headers: { Authorization: `Bearer ${jwt}` } });
    } catch (err) {
      // An expired session: sign in afresh on the retry.
      if (err instanceof FetchError && (err.httpStatus === 400 || err.httpStatus === 401) && /token|auth/i.test(err.message)) {
        this.sessions.delete(sourceId);
        throw new FetchError(err.message, 'transient', err.httpStatus);
      }
      throw err;
    }
  }

  private parse(response: FetchResponse) {
    try {
      return parseSearchPosts(response.body.toString('utf8'));
    } catch (err) {
      if (err instanceof BlueskyParseError) throw new CollectError(err.message, response.status);
      throw err;
    }
  }
}
