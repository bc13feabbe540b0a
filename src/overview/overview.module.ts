import { Module } from '@nestjs/common';
import { PERSON_MODEL, PersonSchema } from '../persons/person.schema';
import { MENTION_MODEL, MentionSchema } from '../posts/mention.schema';
import { POST_MODEL, PostSchema } from '../posts/post.schema';
import { SOURCE_MODEL, SourceSchema } from '../sources/source.schema';
import { featureStore } from '../store/feature-store';
import { StatsRepository } from './stats.repository';

/** The overview's read-only counts over the models the posts, persons and sources stores own. */
@Module(
  featureStore(
    [
      { name: POST_MODEL, schema: PostSchema },
      { name: MENTION_MODEL, schema: MentionSchema },
      { name: PERSON_MODEL, schema: PersonSchema },
      { name: SOURCE_MODEL, schema: SourceSchema },
    ],
    [StatsRepository],
  ),
)
export class OverviewModule {}
