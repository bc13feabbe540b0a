import { searchTerms, tokenize } from '../text/normalize';
import type { PostSearchQuery } from './search.types';

/**
 * Post search, the pure part: query text → normalised terms → a MongoDB filter in the portable
 * subset FerretDB runs (`$all`, anchored `$regex`, `$in`, `$lt`, `$ne`, `$and`): no text index,
 * no aggregation. Every term must match (AND).
 */

/** A query word reduced to the form posts store: prefix-matched when it has 4+ letters. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/** Words shorter than this are matched exactly; longer ones as a prefix (Khatib → Khatibs, معتقل → معتقلين). */
export const PREFIX_MIN_LETTERS = 4;
/** More words than this in a query are ignored (a query is a few words, not a document). */
export const MAX_QUERY_TERMS = 12;

const letters = (s: string) => [...s].length;

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each query word becomes the shortest of its stored forms (`searchTerms`), i.e. the Arabic word
 * without its article or leading و: posts store that form for every word, so "الخطيب" finds
 * "الخطيب", "والخطيب" and "خطيب". Single letters are dropped (posts do not store them).
 */
export function queryTerms(text: string | undefined): QueryTerm[] {
  const out = new Map<string, QueryTerm>();
  for (const token of tokenize(text ?? '')) {
    const forms = searchTerms(token);
    if (forms.length === 0) continue;
    const base = forms.reduce((a, b) => (letters(b) < letters(a) ? b : a));
    if (!out.has(base)) out.set(base, { term: base, prefix: letters(base) >= PREFIX_MIN_LETTERS });
    if (out.size >= MAX_QUERY_TERMS) break;
  }
  return [...out.values()];
}

export interface PostFilterExtras {
  /** Posts older than this id: the cursor (ids grow with insertion). */
  beforeId?: string;
  /** For `personId`: the ids of posts with a mention confirmed as that person (looked up first). */
  postIds?: string[];
}

type Cond = Record<string, unknown>;

/** The filter as plain data; ObjectId-typed fields are converted by `toObjectId` so this module stays driver-free. */
export function buildPostFilter<Id>(query: PostSearchQuery, extras: PostFilterExtras, toObjectId: (id: string) => Id): Cond {
  const and: Cond[] = [];
  const terms = queryTerms(query.text);
  const exact = terms.filter((t) => !t.prefix).map((t) => t.term);
  if (exact.length) and.push({ searchTerms: { $all: exact } });
  for (const t of terms.filter((x) => x.prefix)) and.push({ searchTerms: { $regex: `^${escapeRegex(t.term)}` } });

  // Dates: the stored UTC day of publication (else collection), both ends inclusive.
  if (query.from) and.push({ day: { $gte: utcDay(query.from) } });
  if (query.to) and.push({ day: { $lte: utcDay(query.to) } });
  if (query.sourceId) and.push({ sourceId: toObjectId(query.sourceId) });
  if (query.sourceType) and.push({ sourceType: query.sourceType });
  if (query.lang) and.push({ lang: query.lang });
  if (query.reviewStatus) and.push({ 'review.status': query.reviewStatus });
  if (query.hasPhoto === true) and.push({ 'media.type': 'image' });
  if (query.hasPhoto === false) and.push({ 'media.type': { $ne: 'image' } });
  if (query.hasMentions === true) and.push({ mentionCount: { $gt: 0 } });
  if (query.hasMentions === false) and.push({ mentionCount: { $lte: 0 } });
  if (query.personId !== undefined) and.push({ _id: { $in: (extras.postIds ?? []).map(toObjectId) } });
  if (extras.beforeId) and.push({ _id: { $lt: toObjectId(extras.beforeId) } });

  if (and.length === 0) return {};
  if (and.length === 1) return and[0];
  return { $and: and };
}

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Relevance of one post: how many of its stored terms the query terms match (exactly or as a
 * prefix). Every post of a result matches every query term, so this counts the extra forms a post
 * carries (Khatib and Khatibs, معتقل and معتقلين), which favours posts that say more on the query.
 */
export function relevance(postTerms: readonly string[], terms: readonly QueryTerm[]): number {
  if (terms.length === 0) return 0;
  let n = 0;
  for (const pt of postTerms) if (terms.some((t) => (t.prefix ? pt.startsWith(t.term) : pt === t.term))) n++;
  return n;
}

/**
 * Orders a fetched page by relevance, newest first among equals. Only within the page: pages
 * themselves follow the id cursor (newest first), so paging stays stable while posts arrive.
 */
export function sortByRelevance<T extends { id: string; relevance: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.relevance - a.relevance || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
