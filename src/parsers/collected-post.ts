/** The one normalised shape every collector yields, whatever the source type. */
export type MediaType = 'image' | 'video';

export interface CollectedMedia {
  url: string;
  type: MediaType;
  /** Alt text or caption given by the source, if any. */
  description?: string;
  /** For a video: its still image, which the media stage stores as it stores photos. */
  thumbnailUrl?: string;
}

/** The images the media stage downloads for a post: its photos and its videos' thumbnails. */
export function imageUrlsOf(media: readonly { url: string; type: MediaType; thumbnailUrl?: string | null }[]): string[] {
  return [...new Set(media.flatMap((m) => (m.type === 'image' ? [m.url] : m.thumbnailUrl ? [m.thumbnailUrl] : [])))];
}

export interface CollectedPost {
  /** Stable id of the item within its source (RSS guid, link, or a content hash). */
  externalId: string;
  url: string | null;
  author: string | null;
  title: string | null;
  /** Plain text: HTML removed, entities decoded, paragraphs as newlines. */
  text: string;
  /** UTC publication time as given by the source; null when the source gives none. */
  publishedAt: Date | null;
  media: CollectedMedia[];
  /** The raw item exactly as fetched (its XML, HTML or JSON), kept as evidence. */
  raw: string;
  /** Source-specific facts worth keeping: forwarded-from, views, album message ids, reply counts… */
  extra?: Record<string, string | number | boolean | null | string[] | number[]>;
}
