import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { PERSON_MODEL, PersonSchema } from '../persons/person.schema';
import { MENTION_MODEL, MentionSchema } from '../posts/mention.schema';
import { POST_MODEL, PostSchema } from '../posts/post.schema';
import { SearchRepository } from './search.repository';

/** The research queries' read-only repository over posts, mentions and persons (the same models the posts and persons stores register). Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(
  featureStore(
    [
      { name: POST_MODEL, schema: PostSchema },
      { name: MENTION_MODEL, schema: MentionSchema },
      { name: PERSON_MODEL, schema: PersonSchema },
    ],
    [SearchRepository],
  ),
)
export class SearchStoreModule {}
