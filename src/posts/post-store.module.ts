import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { MENTION_MODEL, MentionSchema } from './mention.schema';
import { POST_MODEL, PostSchema } from './post.schema';
import { MentionRepository } from './mention.repository';
import { PostRepository } from './post.repository';

/** The posts' and mentions' collections and repositories. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(
  featureStore(
    [
      { name: POST_MODEL, schema: PostSchema },
      { name: MENTION_MODEL, schema: MentionSchema },
    ],
    [PostRepository, MentionRepository],
  ),
)
export class PostStoreModule {}
