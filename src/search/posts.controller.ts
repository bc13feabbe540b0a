import { Controller, Get, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { ANY_ROLE, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { parseInput } from '../validation/input';
import { parseIdOrFail } from '../validation/object-id';
import { isObjectId } from '../validation/object-id';
import { PIPELINE_STATUSES } from '../posts/post.schema';
import { decodePostCursor } from '../posts/post-cursor';
import { PostsService } from './posts.service';

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((v) => new Date(v));

const listQuery = z
  .object({
    sourceId: z.string().refine(isObjectId, 'must be a source id'),
    from: isoDate,
    to: isoDate,
    status: z.enum(PIPELINE_STATUSES),
    limit: z.coerce.number().int().min(1).max(200),
    cursor: z.string().max(100).refine((c) => decodePostCursor(c) !== null, 'is not a cursor this API returned'),
  })
  .partial()
  .strict();

@Controller('api/posts')
@Roles(...ANY_ROLE)
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    const q = parseInput(listQuery, query, 'query');
    return this.posts.list(user, {
      sourceId: q.sourceId,
      publishedFrom: q.from,
      publishedTo: q.to,
      pipelineStatus: q.status,
      before: q.cursor ? (decodePostCursor(q.cursor) ?? undefined) : undefined,
      limit: q.limit ?? 50,
    });
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.posts.getOrFail(user, parseIdOrFail(id, 'post'));
  }
}
