import type { CollectedMedia } from './collected-post';

/** Shared by the page and feed parsers: URLs made absolute, media listed once each. */

export function resolveUrl(value: string, base: string | null): string | null {
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL, or null: javascript:, data: and the like never leave a parser. */
export function absoluteHttpUrl(value: string | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  const url = resolveUrl(value.trim(), base);
  return url && /^https?:/i.test(url) ? url : null;
}

/** Each URL once, keeping the first description found for it. */
export function dedupeMedia(list: CollectedMedia[]): CollectedMedia[] {
  const byUrl = new Map<string, CollectedMedia>();
  for (const item of list) {
    const seen = byUrl.get(item.url);
    if (!seen) byUrl.set(item.url, item);
    else if (!seen.description && item.description) byUrl.set(item.url, { ...seen, description: item.description });
  }
  return [...byUrl.values()];
}
