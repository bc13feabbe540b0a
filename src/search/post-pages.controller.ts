import { Controller, Get } from '@nestjs/common';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { ValidId } from '../validation/zod.pipe';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { PostsService } from './posts.service';
import { postReadingView } from './post.view';

/** GET /posts/:id — a post to read, for researchers (and anyone who searches); reviewing is on /review. */
@Controller('posts')
@Page()
@Roles('researcher', 'reviewer', 'admin')
export class PostPagesController {
  constructor(private readonly posts: PostsService) {}

  @Get(':id')
  async page(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidId('post') id: string): Promise<string> {
    return postReadingView(ctx, await this.posts.readOrFail(user, id));
  }
}
