import { normalizeText } from '../text/normalize';

export interface KeywordFilter {
  include: string[];
  exclude: string[];
}

export type FilterVerdict = { keep: true } | { keep: false; reason: 'no-include-match' | 'excluded'; keyword?: string };

interface NormalizedKeyword {
  keyword: string;
  normalized: string;
}

// A keyword that normalises to nothing (blank, only tatweel or diacritics)
// would match every text, so it is ignored rather than honoured.
function normalizeKeywords(keywords: string[]): NormalizedKeyword[] {
  return keywords.map((keyword) => ({ keyword, normalized: normalizeText(keyword) })).filter((k) => k.normalized.length > 0);
}

/**
 * Substring match on normalised text, so Arabic prefixes (و, ال), diacritics,
 * case and accents do not block a match. Exclusion wins over inclusion.
 */
export function applyKeywordFilter(text: string, filter: KeywordFilter): FilterVerdict {
  const haystack = normalizeText(text);
  const excluded = normalizeKeywords(filter.exclude).find((k) => haystack.includes(k.normalized));
  if (excluded) return { keep: false, reason: 'excluded', keyword: excluded.keyword };

  const include = normalizeKeywords(filter.include);
  if (include.length === 0 || include.some((k) => haystack.includes(k.normalized))) return { keep: true };
  return { keep: false, reason: 'no-include-match' };
}
