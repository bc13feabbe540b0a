import { Controller, Get, Query } from '@nestjs/common';
import { seesUnverifiedPersons } from '../auth/access-rule';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { personSearchInput, postSearchInput, toPersonQuery, toPostQuery, type PersonSearchInput, type PostSearchInput } from './search-api.controller';
import { SearchService } from './search.service';
import { searchView } from './search.view';

/** The page's strings live in src/web/messages/search.ts. */
const st = t;

const PAGE_SIZE = 25;
const PERSONS_SHOWN = 25;
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

/**
 * GET /search: one query box for posts (words, prefix-matched) and persons (the same text as a
 * name, in any script), with filters for each. Read-only: no forms that change state.
 */
@Controller('search')
@Page()
@Roles('researcher', 'reviewer', 'admin')
export class SearchPagesController {
  constructor(private readonly search: SearchService) {}

  @Get()
  async page(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Query() raw: Record<string, unknown>): Promise<string> {
    const L = ctx.lang;
    const postIn = pick(raw, POST_KEYS);
    const personIn = pick(raw, PERSON_KEYS);
    const postParsed = postSearchInput.safeParse(postIn);
    const personParsed = personSearchInput.safeParse({ ...personIn, ...(postIn.q ? { name: postIn.q } : {}) });
    const problems = [...(postParsed.success ? [] : postParsed.error.issues), ...(personParsed.success ? [] : personParsed.error.issues)].map(
      (i) => `${i.path.join('.')}: ${i.message}`,
    );
    const p: PostSearchInput = postParsed.success ? postParsed.data : {};
    const pp: PersonSearchInput = personParsed.success ? personParsed.data : {};
    const unverified = seesUnverifiedPersons(user);
    if (!unverified && pp.verification && pp.verification !== 'verified') {
      problems.push(st(L, 'search.verifiedOnly'));
      delete pp.verification;
    }
    const [posts, persons] = await Promise.all([
      this.search.searchPosts(toPostQuery(p, user), p.cursor ?? null, PAGE_SIZE),
      this.search.searchPersons(toPersonQuery(pp, user), PERSONS_SHOWN),
    ]);

    return searchView(ctx, user, { postIn, personIn, p, problems, unverified, posts, persons });
  }
}
