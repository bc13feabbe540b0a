import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { CopyGroupService } from './copy-groups.service';
import { PostRepository } from './post.repository';

/** Posts stored before a derived field existed get it at start-up. */
@Injectable()
export class PostsBackfill implements OnApplicationBootstrap {
  constructor(private readonly posts: PostRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.posts.backfillSortAt();
    await this.posts.backfillCollectedDay();
  }
}

@Module({ providers: [CopyGroupService, PostsBackfill], exports: [CopyGroupService] })
export class PostsModule {}
