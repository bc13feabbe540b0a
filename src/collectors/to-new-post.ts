import { NewPost } from '../posts/post.repository';
import { guessLanguage, searchTerms, sha256Hex, normalizeText } from '../text/normalize';
import { CollectedPost } from '../parsers/collected-post';

export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Turns a collected item into the post we store: derived fields computed once, at collection. */
export function toNewPost(
  item: CollectedPost,
  sourceType: string,
  collectedAt: Date,
  tip: { submittedBy: string; note: string | null } | null = null,
): NewPost {
  const dayOf = item.publishedAt ?? collectedAt;
  return {
    sourceType,
    externalId: item.externalId,
    url: item.url,
    author: item.author,
    title: item.title,
    text: item.text,
    lang: guessLanguage(item.text),
    publishedAt: item.publishedAt,
    collectedAt,
    day: utcDay(dayOf),
    sortAt: dayOf,
    collectedDay: utcDay(collectedAt),
    contentHash: sha256Hex(normalizeText(item.text)),
    media: item.media.map((m) => ({
      url: m.url,
      type: m.type,
      description: m.description ?? null,
      ...(m.thumbnailUrl ? { thumbnailUrl: m.thumbnailUrl } : {}),
    })),
    searchTerms: searchTerms(item.text),
    raw: { body: item.raw, sha256: sha256Hex(item.raw) },
    pipeline: { status: 'collected', error: null, extractorVersion: null, updatedAt: collectedAt },
    review: { status: 'new', assignee: null },
    mentionCount: 0,
    extra: item.extra ?? {},
    submittedBy: tip?.submittedBy ?? null,
    note: tip?.note ?? null,
  };
}
