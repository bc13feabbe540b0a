import { Controller, Get } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { ValidId, ValidQuery } from '../validation/zod.pipe';
import { DEFAULT_LIMIT, type PersonSearchInput, personSearchInput, type PostSearchInput, postSearchInput, toPersonQuery, toPostQuery } from './search.dto';
import { SearchService } from './search.service';

/** The research API: search posts and persons, read one person. Bearer tokens; rate-limited per token. */
@Controller('api')
@Roles('researcher', 'reviewer', 'admin')
export class SearchApiController {
  constructor(private readonly search: SearchService) {}

  @Get('search/posts')
  @ApiRoute({ tag: 'search', summary: 'Search posts', response: { list: 'PostHit', cursor: true } })
  posts(@CurrentUser() user: AuthUser, @ValidQuery(postSearchInput) q: PostSearchInput) {
    return this.search.searchPosts(toPostQuery(q, user), q.cursor ?? null, q.limit ?? DEFAULT_LIMIT);
  }

  @Get('search/persons')
  @ApiRoute({
    tag: 'search',
    summary: 'Search persons',
    description: 'Merged records are left out. Researchers get verified persons only; reviewers and admins all.',
    response: { list: 'PersonHit' },
  })
  async persons(@CurrentUser() user: AuthUser, @ValidQuery(personSearchInput) q: PersonSearchInput) {
    return { items: await this.search.searchPersons(toPersonQuery(q, user), q.limit ?? DEFAULT_LIMIT) };
  }

  @Get('persons/:id')
  @ApiRoute({
    tag: 'persons',
    summary: 'A person with the posts that name them (up to 100, newest first)',
    description: 'An unverified person is a 404 for researchers.',
    response: {
      schema: {
        type: 'object',
        properties: { person: { $ref: '#/components/schemas/Person' }, posts: { type: 'array', items: { $ref: '#/components/schemas/PostHit' } } },
      },
    },
  })
  person(@CurrentUser() user: AuthUser, @ValidId('person') id: string) {
    return this.search.getPerson(user, id);
  }
}
