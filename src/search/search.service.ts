import { Injectable, NotFoundException } from '@nestjs/common';
import { maySeePerson, type Viewer } from '../auth/access-rule';
import { analyzeName } from '../extraction/names/name-analysis';
import { compareNames } from '../extraction/names/name-match';
import { PersonRecord } from '../persons/person.repository';
import { decodePostCursor, encodePostCursor } from '../posts/post-cursor';
import { isObjectId } from '../validation/object-id';
import { matchReasons, queryParts, queryTerms, relevance, sortByRelevance, type MatchReason } from './post-search';
import { SearchPostRecord, SearchRepository } from './search.repository';
import type { PersonSearchQuery, PostSearchQuery } from './search.types';

/**
 * A post in search results: no search terms; its relevance to the query text (0 without text),
 * and why it matched (a name in any script, a place or prison by its canonical id, the words).
 */
export type PostHit = Omit<SearchPostRecord, 'searchTerms'> & { relevance: number; matched: MatchReason[] };
export interface PersonHit {
  person: PersonRecord;
  /** How well the best of its spellings matches the queried name, 0..1; null without a name. */
  score: number | null;
}

/** Persons sharing a name key are candidates; this many are scored for one query. */
const PERSON_CANDIDATES = 500;
/**
 * For names of two or more parts, candidates whose best spelling scores below this are left out:
 * compareNames caps a contradicting given or family name at 0.35 ("Mohammed Haddad" for
 * "محمد الخطيب"). One-part queries keep every candidate (they cannot identify anyone anyway).
 */
export const MIN_PERSON_SCORE = 0.4;
const PERSON_POSTS_SHOWN = 100;

function toHit(post: SearchPostRecord, text: string | undefined, nameMatches: ReadonlyMap<string, string[]> = new Map()): PostHit {
  const { searchTerms, ...rest } = post;
  const matched = text ? matchReasons(post, queryParts(text), nameMatches) : [];
  return { ...rest, relevance: relevance(searchTerms, queryTerms(text)), matched };
}

@Injectable()
export class SearchService {
  constructor(private readonly repo: SearchRepository) {}

  /**
   * A page of posts, newest first by publication date (collection date for posts without one);
   * the cursor is the last post's date and id (opaque, base64url), so posts inserted while paging
   * never repeat or shift a page. sort=relevance orders the fetched page only.
   */
  async searchPosts(query: PostSearchQuery, cursor: string | null, limit: number): Promise<{ items: PostHit[]; nextCursor: string | null }> {
    const nameKey = queryParts(query.text).nameKey;
    const nameMatches = nameKey ? await this.repo.mentionNamesByPost(nameKey) : new Map<string, string[]>();
    const rows = await this.repo.findPosts(query, cursor ? decodePostCursor(cursor) : null, limit + 1, nameMatches);
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodePostCursor(page[page.length - 1]) : null;
    const hits = page.map((p) => toHit(p, query.text, nameMatches));
    return { items: query.sort === 'relevance' ? sortByRelevance(hits) : hits, nextCursor };
  }

  /** Every matching post, newest first, for exports: constant memory, no relevance order. */
  async *streamPosts(query: PostSearchQuery): AsyncGenerator<PostHit> {
    for await (const post of this.repo.streamPosts(query)) yield toHit(post, query.text);
  }

  /** By name in any script (best match first), or without a name the most recently changed. */
  async searchPersons(query: PersonSearchQuery, limit: number): Promise<PersonHit[]> {
    const name = query.name?.trim();
    if (!name) return (await this.repo.findPersons(query, limit)).map((person) => ({ person, score: null }));
    const multiPart = analyzeName(name).tokens.filter(Boolean).length >= 2;
    return (await this.repo.findPersons(query, PERSON_CANDIDATES))
      .map((person) => ({ person, score: bestScore(name, person) }))
      .filter((hit) => !multiPart || hit.score >= MIN_PERSON_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  streamPersons(query: PersonSearchQuery): AsyncGenerator<PersonRecord> {
    return this.repo.streamPersons(query);
  }

  /** A person with the posts that name them; one the viewer may not see is "not found". */
  async getPerson(viewer: Viewer, id: string): Promise<{ person: PersonRecord; posts: PostHit[] }> {
    const person = isObjectId(id) ? await this.repo.findPersonById(id) : null;
    if (!person || !maySeePerson(viewer, person)) throw new NotFoundException(`No person with id ${id}.`);
    const posts = await this.repo.findPosts({ personId: id, includeUnverifiedPersons: true, sort: 'date' }, null, PERSON_POSTS_SHOWN);
    return { person, posts: posts.map((p) => toHit(p, undefined)) };
  }
}

function bestScore(name: string, person: PersonRecord): number {
  const spellings = [person.displayName, ...person.spellings.map((s) => s.name)];
  return Math.max(...spellings.map((s) => compareNames(name, s).score));
}
