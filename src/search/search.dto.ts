import { ForbiddenException } from '@nestjs/common';
import { z } from 'zod';
import { seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { PERSON_STATUSES } from '../persons/person.schema';
import { decodePostCursor } from '../posts/post-cursor';
import { REVIEW_STATUSES } from '../posts/post.schema';
import { SOURCE_TYPES } from '../sources/source.schema';
import { flag, isoDate, text } from '../validation/fields';
import { objectIdField } from '../validation/object-id';
import type { PersonSearchQuery, PostSearchQuery } from './search.types';

/** The research search's request schemas: the API, the /search page and the exports share them. */

export const SEARCH_LANGS = ['ar', 'en', 'fr', 'und'] as const;
export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed'] as const;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const year = z.coerce.number().int().min(1900).max(2100);
export const limitField = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .meta({ description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).` });
export const cursorField = z
  .string()
  .max(100)
  .refine((c) => decodePostCursor(c) !== null, 'is not a cursor this API returned')
  .meta({ description: "From the previous page's nextCursor (the date and id of the last post of that page)." });

const postFilters = {
  q: text(500).meta({
    description: 'Words in Arabic, English or French; all must match. Words of 4+ letters match as prefixes; Arabic articles and a leading و are ignored.',
  }),
  from: isoDate.meta({ description: 'First day (UTC, inclusive) of publication, else collection. ISO date (YYYY-MM-DD) or date-time with offset.' }),
  to: isoDate.meta({ description: 'Last day (UTC, inclusive). ISO date (YYYY-MM-DD) or date-time with offset.' }),
  sourceId: objectIdField('must be a source id').meta({ description: 'Only posts of this source.' }),
  sourceType: z
    .string()
    .regex(/^[a-z]{1,40}$/, 'must be a source type such as rss or telegram')
    .meta({ description: 'Only posts of this source type.', examples: [...SOURCE_TYPES] }),
  lang: z.enum(SEARCH_LANGS).meta({ description: 'Guessed language of the post.' }),
  reviewStatus: z.enum(REVIEW_STATUSES).meta({ description: 'Triage status.' }),
  hasPhoto: flag.meta({ description: 'With (true) or without (false) an image.' }),
  hasMentions: flag.meta({ description: 'With (true) or without (false) names found by extraction.' }),
  personId: objectIdField('must be a person id').meta({ description: 'Posts with a mention confirmed as this person.' }),
  sort: z.enum(['date', 'relevance']).meta({
    description:
      '`date` (the default): newest first by publication date (collection date when there is none). `relevance`: the page (still fetched by date) ordered by matched terms: relevance orders within a page only.',
  }),
};

const personFilters = {
  name: text(300).meta({ description: 'A name in any script: محمد الخطيب finds Mohammed al-Khatib and the reverse. Best match first.' }),
  status: z.enum(PERSON_STATUSES).meta({ description: 'Person status.' }),
  verification: z.enum(VERIFICATION_STATUSES).meta({ description: 'Verification status; researchers may only ask for `verified` (anything else is a 403).' }),
  hometown: text(200).meta({ description: 'Hometown, whole value, case-insensitive.' }),
  prison: text(200).meta({ description: 'Prison, whole value, case-insensitive.' }),
  arrestYearFrom: year.meta({ description: 'Arrested in or after this year.' }),
  arrestYearTo: year.meta({ description: 'Arrested in or before this year.' }),
};

/** GET /api/search/posts. */
export const postSearchInput = z
  .object({ ...postFilters, limit: limitField, cursor: cursorField })
  .partial()
  .strict();

/** GET /api/search/persons. */
export const personSearchInput = z
  .object({ ...personFilters, limit: limitField })
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

const POST_KEYS = ['q', 'from', 'to', 'sourceType', 'lang', 'reviewStatus', 'hasPhoto', 'hasMentions', 'sort', 'cursor'] as const;
const PERSON_KEYS = ['status', 'verification', 'hometown', 'prison', 'arrestYearFrom', 'arrestYearTo'] as const;

/** Form fields left empty are absent, and only the fields of each half go to its validator. */
function pick(q: Record<string, unknown>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = q[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  return out;
}

const problemsOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

/**
 * GET /search: one query box for posts and persons (the same text as a name). Lenient: a filter
 * that does not parse is left out and named among the problems, and the search runs without it.
 */
export const searchPageQuery = z.record(z.string(), z.unknown()).transform((raw) => {
  const postIn = pick(raw, POST_KEYS);
  const personIn = pick(raw, PERSON_KEYS);
  const post = postSearchInput.safeParse(postIn);
  const person = personSearchInput.safeParse({ ...personIn, ...(postIn.q ? { name: postIn.q } : {}) });
  return {
    postIn,
    personIn,
    post: post.success ? post.data : ({} satisfies PostSearchInput),
    person: person.success ? person.data : ({} satisfies PersonSearchInput),
    problems: [...problemsOf(post), ...problemsOf(person)],
  };
});
export type SearchPageQuery = z.infer<typeof searchPageQuery>;
