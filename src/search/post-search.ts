import { analyzeName } from '../extraction/names/name-analysis';
import { splitPlaces } from '../places/places';
import { afterCursor, type PostCursor } from '../posts/post-cursor';
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
  /** Posts after this one in the list order: the cursor. */
  before?: PostCursor;
  /** For `personId`: the ids of posts with a mention confirmed as this person (looked up first). */
  postIds?: string[];
  /** For a query that reads as a name: the posts with a mention sharing its name key (looked up first). */
  namePostIds?: string[];
}

type Cond = Record<string, unknown>;

/**
 * A query in parts: the places and prisons it names (matched by canonical id in any script), and
 * its other words, which match as words of the text or, read as a person's name, through the name
 * keys of the posts' mentions (محمد الخطيب finds "Mohammed al-Khatib").
 */
export interface QueryParts {
  places: { id: string; words: string }[];
  rest: string;
  /** The key a mention must carry to match the rest as a name: first:last for two parts or more, else the part's key. */
  nameKey: string | null;
}

export function queryParts(text: string | undefined): QueryParts {
  const { places, rest } = splitPlaces(text ?? '');
  return { places, rest, nameKey: nameKeyOf(rest) };
}

function nameKeyOf(text: string): string | null {
  if (!text.trim()) return null;
  const parts = analyzeName(text).tokens.filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  return `${parts[0]}:${parts[parts.length - 1]}`;
}

function termConditions(text: string): Cond[] {
  const and: Cond[] = [];
  const terms = queryTerms(text);
  const exact = terms.filter((t) => !t.prefix).map((t) => t.term);
  if (exact.length) and.push({ searchTerms: { $all: exact } });
  for (const t of terms.filter((x) => x.prefix)) and.push({ searchTerms: { $regex: `^${escapeRegex(t.term)}` } });
  return and;
}

const allOf = (conds: Cond[]): Cond => (conds.length === 1 ? conds[0] : { $and: conds });

/** The filter as plain data; ObjectId-typed fields are converted by `toObjectId` so this module stays driver-free. */
export function buildPostFilter<Id>(query: PostSearchQuery, extras: PostFilterExtras, toObjectId: (id: string) => Id): Cond {
  const and: Cond[] = [];
  const parts = queryParts(query.text);
  // A place: by canonical id, or as words for posts extracted before place ids existed.
  for (const place of parts.places) and.push({ $or: [{ placeIds: place.id }, allOf(termConditions(place.words))] });
  const words = termConditions(parts.rest);
  if (words.length > 0 && extras.namePostIds && extras.namePostIds.length > 0) {
    and.push({ $or: [allOf(words), { _id: { $in: extras.namePostIds.map(toObjectId) } }] });
  } else {
    and.push(...words);
  }

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
  if (extras.before) and.push(afterCursor(extras.before, toObjectId));

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
 * Orders a fetched page by relevance, keeping the date order among equals. Only within the page:
 * pages themselves follow the date cursor, so paging stays stable while posts arrive.
 */
export function sortByRelevance<T extends { relevance: number }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.relevance - a.item.relevance || a.i - b.i)
    .map(({ item }) => item);
}

/** Why a post matched: a name (and the spellings that matched it), a place, or the words themselves. */
export type MatchReason = { kind: 'name'; names: string[] } | { kind: 'place'; placeId: string } | { kind: 'words' };

export function matchReasons(
  post: { id: string; searchTerms: readonly string[]; placeIds?: readonly string[] },
  parts: QueryParts,
  nameMatches: ReadonlyMap<string, string[]>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  let words = false;
  for (const place of parts.places) {
    if (post.placeIds?.includes(place.id)) reasons.push({ kind: 'place', placeId: place.id });
    else words = true;
  }
  const names = nameMatches.get(post.id);
  if (names && names.length > 0) reasons.push({ kind: 'name', names });
  const terms = queryTerms(parts.rest);
  if (terms.length > 0 && terms.every((t) => post.searchTerms.some((pt) => (t.prefix ? pt.startsWith(t.term) : pt === t.term)))) words = true;
  if (words) reasons.push({ kind: 'words' });
  return reasons;
}
