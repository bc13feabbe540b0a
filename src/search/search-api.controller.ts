import { Controller, ForbiddenException, Get, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { parseIdOrFail, parseInput } from '../http/parse-input';
import { PERSON_STATUSES } from '../persons/person.schema';
import { decodePostCursor } from '../posts/post-cursor';
import { REVIEW_STATUSES } from '../posts/post.schema';
import { isObjectId } from '../store/records';
import { SearchService } from './search.service';
import type { PersonSearchQuery, PostSearchQuery } from './search.types';

export const SEARCH_LANGS = ['ar', 'en', 'fr', 'und'] as const;
export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed'] as const;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((v) => new Date(v));
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const text = (max: number) => z.string().trim().max(max);
const year = z.coerce.number().int().min(1900).max(2100);

export const postSearchInput = z
  .object({
    q: text(500),
    from: isoDate,
    to: isoDate,
    sourceId: z.string().refine(isObjectId, 'must be a source id'),
    sourceType: z.string().regex(/^[a-z]{1,40}$/, 'must be a source type such as rss or telegram'),
    lang: z.enum(SEARCH_LANGS),
    reviewStatus: z.enum(REVIEW_STATUSES),
    hasPhoto: flag,
    hasMentions: flag,
    personId: z.string().refine(isObjectId, 'must be a person id'),
    sort: z.enum(['date', 'relevance']),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT),
    cursor: z.string().max(100).refine((c) => decodePostCursor(c) !== null, 'is not a cursor this API returned'),
  })
  .partial()
  .strict();

export const personSearchInput = z
  .object({
    name: text(300),
    status: z.enum(PERSON_STATUSES),
    verification: z.enum(VERIFICATION_STATUSES),
    hometown: text(200),
    prison: text(200),
    arrestYearFrom: year,
    arrestYearTo: year,
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT),
  })
  .partial()
  .strict();

export type PostSearchInput = z.infer<typeof postSearchInput>;
export type PersonSearchInput = z.infer<typeof personSearchInput>;

export function toPostQuery(q: PostSearchInput, viewer: Viewer): PostSearchQuery {
  return {
    includeUnverifiedPersons: seesUnverifiedPersons(viewer),
    text: q.q || undefined,
    from: q.from,
    to: q.to,
    sourceId: q.sourceId,
    sourceType: q.sourceType,
    lang: q.lang,
    reviewStatus: q.reviewStatus,
    hasPhoto: q.hasPhoto,
    hasMentions: q.hasMentions,
    personId: q.personId,
    sort: q.sort ?? 'date',
  };
}

export function toPersonQuery(q: PersonSearchInput, viewer: Viewer): PersonSearchQuery {
  const includeUnverified = seesUnverifiedPersons(viewer);
  if (!includeUnverified && q.verification && q.verification !== 'verified') {
    throw new ForbiddenException('Only reviewers and admins can see unverified or disputed persons.');
  }
  return {
    name: q.name || undefined,
    status: q.status,
    verification: q.verification,
    hometown: q.hometown || undefined,
    prison: q.prison || undefined,
    arrestYearFrom: q.arrestYearFrom,
    arrestYearTo: q.arrestYearTo,
    includeUnverified,
  };
}

/** The research API: search posts and persons, read one person. Bearer tokens; rate-limited per token. */
@Controller('api')
@Roles('researcher', 'reviewer', 'admin')
export class SearchApiController {
  constructor(private readonly search: SearchService) {}

  @Get('search/posts')
  posts(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    const q = parseInput(postSearchInput, query, 'query');
    return this.search.searchPosts(toPostQuery(q, user), q.cursor ?? null, q.limit ?? DEFAULT_LIMIT);
  }

  @Get('search/persons')
  async persons(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    const q = parseInput(personSearchInput, query, 'query');
    return { items: await this.search.searchPersons(toPersonQuery(q, user), q.limit ?? DEFAULT_LIMIT) };
  }

  @Get('persons/:id')
  person(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.search.getPerson(user, parseIdOrFail(id, 'person'));
  }
}
