import type { CollectedMedia, CollectedPost } from '../collected-post';
import { isObject, type Json, num, parseDate, snippet, str } from '../json-fields';
import { htmlToText } from '../../text/html-to-text';

export class MastodonParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MastodonParseError';
  }
}

export interface MastodonPage {
  posts: CollectedPost[];
  /** Highest status id on the page (ids are decimal strings; compare as BigInt). */
  newestId: string | null;
  oldestId: string | null;
}

/** Parse the raw JSON text of a Mastodon `Status[]` (timelines, account statuses, tag timelines). */
export function parseMastodonStatuses(body: string): MastodonPage {
  let data: unknown;
  try {
    data = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new MastodonParseError(`not a Mastodon status list: invalid JSON (${snippet(body)})`);
  }
  if (!Array.isArray(data)) throw new MastodonParseError(`not a Mastodon status list: ${snippet(body)}`);

  const posts: CollectedPost[] = [];
  const seen = new Set<string>();
  let newestId: string | null = null;
  let oldestId: string | null = null;
  for (const item of data) {
    if (!isObject(item)) continue;
    // Pagination (max_id/since_id/min_id) runs on the ids of the timeline entries, i.e. the reblog wrappers.
    const id = str(item.id);
    if (id) {
      if (newestId === null || compareIds(id, newestId) > 0) newestId = id;
      if (oldestId === null || compareIds(id, oldestId) < 0) oldestId = id;
    }
    const post = toPost(item);
    if (!post || seen.has(post.externalId)) continue;
    seen.add(post.externalId);
    posts.push(post);
  }
  return { posts, newestId, oldestId };
}

function toPost(item: Json): CollectedPost | null {
  const reblog = isObject(item.reblog) ? item.reblog : null;
  const status = reblog ?? item;
  const id = str(status.id);
  const uri = str(status.uri);
  if (!id || !uri) return null;

  const account = isObject(status.account) ? status.account : {};
  const spoiler = (str(status.spoiler_text) ?? '').trim();
  const body = htmlToText(str(status.content) ?? '');
  const text = spoiler && body ? `${spoiler}\n\n${body}` : spoiler || body;

  const extra: NonNullable<CollectedPost['extra']> = {
    statusId: id,
    language: str(status.language),
    repliesCount: num(status.replies_count),
    reblogsCount: num(status.reblogs_count),
    favouritesCount: num(status.favourites_count),
    sensitive: status.sensitive === true,
    authorName: str(account.display_name) || null,
    authorUrl: str(account.url),
  };
  if (reblog) {
    const booster = isObject(item.account) ? str(item.account.acct) : null;
    extra.rebloggedBy = booster;
  }

  return {
    externalId: uri,
    url: str(status.url) ?? uri,
    author: str(account.acct),
    title: null,
    text,
    publishedAt: parseDate(status.created_at),
    media: mediaOf(status.media_attachments),
    raw: JSON.stringify(item),
    extra,
  };
}

function mediaOf(attachments: unknown): CollectedMedia[] {
  const media: CollectedMedia[] = [];
  if (!Array.isArray(attachments)) return media;
  for (const attachment of attachments) {
    if (!isObject(attachment)) continue;
    // Remote media the instance has not cached yet may come with only remote_url.
    const url = str(attachment.url) ?? str(attachment.remote_url);
    if (!url) continue;
    const description = str(attachment.description)?.trim() || undefined;
    const type = str(attachment.type);
    if (type === 'image' || type === 'gifv') {
      media.push(withDescription({ url, type: 'image' }, description));
    } else if (type === 'video') {
      const preview = str(attachment.preview_url);
      media.push(withDescription(preview ? { url, type: 'video', thumbnailUrl: preview } : { url, type: 'video' }, description));
    }
  }
  return media;
}

function withDescription(media: CollectedMedia, description: string | undefined): CollectedMedia {
  return description ? { ...media, description } : media;
}

/** `Link` header → { rel: url }; the first link wins when a rel repeats. */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  for (const match of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    const rel = /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
    if (!rel) continue;
    for (const name of (rel[1] ?? rel[2]).toLowerCase().split(/\s+/)) {
      if (name && !(name in links)) links[name] = match[1].trim();
    }
  }
  return links;
}

/** Orders Mastodon snowflake ids numerically; too long for a float, and string order fails across lengths. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Pleroma/Akkoma flake ids are not decimal but sort as strings of equal length.
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A human sentence for a failed Mastodon API response, for collector runs and the dashboard. */
export function mastodonErrorMessage(status: number, body: string): string {
  const error = errorText(body);
  const detail = error ? `HTTP ${status}: ${error}` : `HTTP ${status}`;
  if (status === 404) return `not found on this instance (HTTP ${status})`;
  // 403/422 also mean "forbidden" or "invalid" for reasons unrelated to login; only the wording tells them apart.
  if (status === 401 || ((status === 403 || status === 422) && (!error || /authenticat|authoriz|log ?in|sign ?in|token/i.test(error)))) {
    return `the instance requires login for this timeline (${detail})`;
  }
  return detail;
}

function errorText(body: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const error = str(data.error)?.trim();
  const description = str(data.error_description)?.trim();
  const text = [error, description].filter(Boolean).join(': ');
  return text ? truncate(text, 300) : null;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
