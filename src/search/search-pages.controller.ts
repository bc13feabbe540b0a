import { Controller, Get } from '@nestjs/common';
import { seesUnverifiedPersons } from '../auth/access-rule';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { ValidQuery } from '../validation/zod.pipe';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { type PersonSearchInput, type SearchPageQuery, searchPageQuery, toPersonQuery, toPostQuery } from './search.dto';
import { SearchService } from './search.service';
import { searchView } from './search.view';

/** The page's strings live in src/web/messages/search.ts. */
const st = t;

const PAGE_SIZE = 25;
const PERSONS_SHOWN = 25;

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
  async page(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidQuery(searchPageQuery) query: SearchPageQuery): Promise<string> {
    const L = ctx.lang;
    const { postIn, personIn, post: p, problems } = query;
    const pp: PersonSearchInput = { ...query.person };
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
