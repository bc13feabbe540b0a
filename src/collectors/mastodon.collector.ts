import { Injectable } from '@nestjs/common';
import { PoliteFetcher } from '../http/polite-fetcher';
import { FetchError, FetchResponse } from '../http/safe-http.client';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectContext, CollectError, Collector, CollectResult } from './collector';
import { compareIds, MastodonParseError, parseLinkHeader, parseMastodonStatuses } from '../parsers/mastodon/mastodon-parser';
import { CollectedPost } from '../parsers/collected-post';
import { scalarText } from '../text/scalar';

const JSON_TYPES = { types: ['application/json'], label: 'JSON from the Mastodon API' };
const PAGE_SIZE = 40;

/** A hashtag timeline or an account's statuses on any Mastodon instance, newer than the last status seen. */
@Injectable()
export class MastodonCollector implements Collector {
  readonly type = 'mastodon' as const;

  constructor(private readonly http: PoliteFetcher) {}

  async collect(source: SourceWithSecrets, { preview }: CollectContext): Promise<CollectResult> {
    const instance = String(source.config.instance);
    const cursor = preview ? {} : (source.cursor ?? {});
    const accountId = source.config.account ? String(cursor.accountId ?? (await this.lookupAccount(instance, scalarText(source.config.account)))) : null;
    const path = accountId ? `/api/v1/accounts/${accountId}/statuses` : `/api/v1/timelines/tag/${encodeURIComponent(scalarText(source.config.hashtag))}`;
    const since = cursor.newestId ? String(cursor.newestId) : null;

    // Without a cursor: the latest page. With one: pages just above it, walking "prev" (newer) links.
    let url: string | null = `${instance}${path}?limit=${PAGE_SIZE}${since ? `&min_id=${since}` : ''}`;
    const posts: CollectedPost[] = [];
    let newest = since;
    let httpStatus: number | null = null;
    let pagesLeft = preview || !since ? 1 : Number(source.config.maxPages ?? 3);
    while (url && pagesLeft-- > 0) {
      const response = await this.get(url);
      httpStatus = response.status;
      const page = this.parse(response);
      posts.push(...page.posts);
      if (page.newestId && (!newest || compareIds(page.newestId, newest) > 0)) newest = page.newestId;
      url = page.posts.length === PAGE_SIZE ? sameInstance(parseLinkHeader(response.headers['link']).prev, instance) : null;
    }
    return { items: posts, httpStatus, notModified: false, cursor: { newestId: newest, accountId } };
  }

  private async lookupAccount(instance: string, account: string): Promise<string> {
    if (/^\d+$/.test(account)) return account;
    const response = await this.get(`${instance}/api/v1/accounts/lookup?acct=${encodeURIComponent(account.replace(/^@/, ''))}`);
    const id = (JSON.parse(response.body.toString('utf8')) as { id?: unknown }).id;
    if (typeof id !== 'string') throw new CollectError(`the instance did not return an id for ${account}`, response.status);
    return id;
  }

  private async get(url: string): Promise<FetchResponse> {
    try {
      return await this.http.request(url, { robots: false, accept: JSON_TYPES, headers: { Accept: 'application/json' } });
    } catch (err) {
      if (err instanceof FetchError && (err.httpStatus === 401 || err.httpStatus === 403 || err.httpStatus === 422)) {
        throw new CollectError(`the instance requires login for this timeline (${err.message})`, err.httpStatus);
      }
      throw err;
    }
  }

  private parse(response: FetchResponse) {
    try {
      return parseMastodonStatuses(response.body.toString('utf8'));
    } catch (err) {
      if (err instanceof MastodonParseError) throw new CollectError(err.message, response.status);
      throw err;
    }
  }
}

/** Follows a pagination link only on the instance we were pointed at. */
function sameInstance(link: string | undefined, instance: string): string | null {
  if (!link) return null;
  try {
    return new URL(link).origin === instance ? link : null;
  } catch {
    return null;
  }
}
