import { Controller, Get } from '@nestjs/common';
import { ANY_ROLE, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { decodePostCursor } from '../posts/post-cursor';
import { ValidId, ValidQuery } from '../validation/zod.pipe';
import { DEFAULT_LIMIT, type PostListInput, postListQuery } from './posts.dto';
import { PostsService } from './posts.service';

@Controller('api/posts')
@Roles(...ANY_ROLE)
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  @ApiRoute({ tag: 'posts', summary: 'List posts, newest first', response: { list: 'Post', cursor: true } })
  list(@CurrentUser() user: AuthUser, @ValidQuery(postListQuery) q: PostListInput) {
    return this.posts.list(user, {
      sourceId: q.sourceId,
      publishedFrom: q.from,
      publishedTo: q.to,
      pipelineStatus: q.status,
      before: q.cursor ? (decodePostCursor(q.cursor) ?? undefined) : undefined,
      limit: q.limit ?? DEFAULT_LIMIT,
    });
  }

  @Get(':id')
  @ApiRoute({ tag: 'posts', summary: 'A post with its mentions and photos', response: { ref: 'PostDetail' } })
  get(@CurrentUser() user: AuthUser, @ValidId('post') id: string) {
    return this.posts.getOrFail(user, id);
  }
}
