import type { CollectedMedia, CollectedPost } from '../collected-post';
import { isObject, type Json, num, parseDate, snippet, str } from '../json-fields';

export class BlueskyParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlueskyParseError';
  }
}

export interface BlueskyPage {
  posts: CollectedPost[];
  cursor: string | null;
  /** Posts dropped because the author opted out of logged-out viewing. */
  skippedNoUnauthenticated: number;
  newestIndexedAt: string | null;
}

const NO_UNAUTHENTICATED = '!no-unauthenticated';

/** Parse the raw JSON text of an `app.bsky.feed.searchPosts` response. */
export function parseSearchPosts(body: string): BlueskyPage {
  let data: unknown;
  try {
    data = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new BlueskyParseError(`not a Bluesky searchPosts response: invalid JSON (${snippet(body)})`);
  }
  if (!isObject(data) || !Array.isArray(data.posts)) {
    throw new BlueskyParseError(`not a Bluesky searchPosts response: ${snippet(body)}`);
  }

  const posts: CollectedPost[] = [];
  let skipped = 0;
  let newest: { text: string; time: number } | null = null;
  for (const view of data.posts) {
    if (!isObject(view) || !str(view.uri)) continue;
    // Over every post, opted-out ones included, so the next run does not look past them again.
    const indexedAt = str(view.indexedAt);
    const time = indexedAt ? Date.parse(indexedAt) : NaN;
    if (indexedAt && !Number.isNaN(time) && (!newest || time > newest.time)) newest = { text: indexedAt, time };
    if (optedOut(view)) {
      skipped += 1;
      continue;
    }
    posts.push(toPost(view));
  }
  return {
    posts,
    cursor: str(data.cursor) || null,
    skippedNoUnauthenticated: skipped,
    newestIndexedAt: newest?.text ?? null,
  };
}

/** `at://did:plc:xxx/app.bsky.feed.post/3kabc` → `https://bsky.app/profile/<handle>/post/3kabc`. */
export function postUrl(uri: string, handle: string | null | undefined): string | null {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri);
  if (!match) return null;
  // bsky.app resolves DIDs too; a handle that failed verification is reported as "handle.invalid".
  const profile = handle && handle !== 'handle.invalid' ? handle : match[1];
  return `https://bsky.app/profile/${profile}/post/${match[2]}`;
}

function optedOut(view: Json): boolean {
  const author = isObject(view.author) ? view.author : {};
  return hasLabel(author.labels, NO_UNAUTHENTICATED) || hasLabel(view.labels, NO_UNAUTHENTICATED);
}

function hasLabel(labels: unknown, value: string): boolean {
  return Array.isArray(labels) && labels.some((label) => isObject(label) && label.val === value && label.neg !== true);
}

function toPost(view: Json): CollectedPost {
  const uri = str(view.uri)!;
  const author = isObject(view.author) ? view.author : {};
  const record = isObject(view.record) ? view.record : {};
  const handle = str(author.handle);
  const langs = Array.isArray(record.langs) ? record.langs : [];

  const embed: EmbedFacts = { media: [], externalUrl: null, quotedUri: null };
  readEmbed(view.embed, embed);

  const extra: NonNullable<CollectedPost['extra']> = {
    indexedAt: str(view.indexedAt),
    likeCount: num(view.likeCount),
    repostCount: num(view.repostCount),
    replyCount: num(view.replyCount),
    lang: str(langs[0]),
    authorName: str(author.displayName) || null,
  };
  if (embed.externalUrl) extra.externalUrl = embed.externalUrl;
  if (embed.quotedUri) extra.quotedUri = embed.quotedUri;

  return {
    externalId: uri,
    url: postUrl(uri, handle),
    author: handle,
    title: null,
    text: str(record.text) ?? '',
    // createdAt is set by the client and may be missing or garbage; indexedAt is the AppView's own clock.
    publishedAt: parseDate(record.createdAt) ?? parseDate(view.indexedAt),
    media: embed.media,
    raw: JSON.stringify(view),
    extra,
  };
}

interface EmbedFacts {
  media: CollectedMedia[];
  externalUrl: string | null;
  quotedUri: string | null;
}

function readEmbed(embed: unknown, facts: EmbedFacts): void {
  if (!isObject(embed)) return;
  switch (embed.$type) {
    case 'app.bsky.embed.images#view':
      for (const image of Array.isArray(embed.images) ? embed.images : []) {
        if (!isObject(image)) continue;
        const url = str(image.fullsize) ?? str(image.thumb);
        if (url) facts.media.push(withDescription({ url, type: 'image' }, str(image.alt)));
      }
      return;
    case 'app.bsky.embed.video#view': {
      const playlist = str(embed.playlist);
      const thumbnail = str(embed.thumbnail);
      if (playlist)
        facts.media.push(
          withDescription(thumbnail ? { url: playlist, type: 'video', thumbnailUrl: thumbnail } : { url: playlist, type: 'video' }, str(embed.alt)),
        );
      return;
    }
    case 'app.bsky.embed.external#view': {
      const external = isObject(embed.external) ? embed.external : {};
      facts.externalUrl = str(external.uri);
      const thumb = str(external.thumb);
      if (thumb) facts.media.push({ url: thumb, type: 'image', description: 'link preview' });
      return;
    }
    case 'app.bsky.embed.record#view':
      // The quoted post is someone else's; only its address is kept, its media are not this post's.
      facts.quotedUri = quotedUri(embed);
      return;
    case 'app.bsky.embed.recordWithMedia#view':
      // `record` is a plain ref in the lexicon, so its $type may be absent.
      facts.quotedUri = isObject(embed.record) ? quotedUri(embed.record) : null;
      readEmbed(embed.media, facts);
      return;
  }
}

function quotedUri(recordView: Json): string | null {
  return isObject(recordView.record) ? str(recordView.record.uri) : null;
}

function withDescription(media: CollectedMedia, description: string | null): CollectedMedia {
  const text = description?.trim();
  return text ? { ...media, description: text } : media;
}
