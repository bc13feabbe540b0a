import { Global, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { AuditEventRepository } from '../audit/audit-event.repository';
import { AUDIT_EVENT_MODEL, AuditEventSchema } from '../audit/audit-event.schema';
import { UserRepository } from '../auth/user.repository';
import { API_TOKEN_MODEL, ApiTokenSchema, USER_MODEL, UserSchema } from '../auth/user.schema';
import { CollectorRunRepository } from '../collectors/collector-run.repository';
import { COLLECTOR_RUN_MODEL, CollectorRunSchema } from '../collectors/collector-run.schema';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MentionRepository } from '../posts/mention.repository';
import { MENTION_MODEL, MentionSchema } from '../posts/mention.schema';
import { MediaRepository } from '../media/media.repository';
import { MEDIA_MODEL, MediaSchema } from '../media/media.schema';
import { NoteRepository } from '../persons/note.repository';
import { NOTE_MODEL, NoteSchema } from '../persons/note.schema';
import { PersonRepository } from '../persons/person.repository';
import { PERSON_MODEL, PersonSchema } from '../persons/person.schema';
import { PostRepository } from '../posts/post.repository';
import { POST_MODEL, PostSchema } from '../posts/post.schema';
import { SourceRepository } from '../sources/source.repository';
import { SOURCE_MODEL, SourceSchema } from '../sources/source.schema';
import { StatsRepository } from '../overview/stats.repository';
import { SearchRepository } from '../search/search.repository';

const models = [
  { name: SOURCE_MODEL, schema: SourceSchema },
  { name: COLLECTOR_RUN_MODEL, schema: CollectorRunSchema },
  { name: POST_MODEL, schema: PostSchema },
  { name: MENTION_MODEL, schema: MentionSchema },
  { name: PERSON_MODEL, schema: PersonSchema },
  { name: NOTE_MODEL, schema: NoteSchema },
  { name: MEDIA_MODEL, schema: MediaSchema },
  { name: AUDIT_EVENT_MODEL, schema: AuditEventSchema },
  { name: USER_MODEL, schema: UserSchema },
  { name: API_TOKEN_MODEL, schema: ApiTokenSchema },
];

const repositories = [
  StatsRepository,
  SearchRepository,
  SourceRepository,
  CollectorRunRepository,
  PostRepository,
  MentionRepository,
  PersonRepository,
  NoteRepository,
  MediaRepository,
  AuditEventRepository,
  UserRepository,
];

/**
 * Creates every index at start-up with createIndexes, which is idempotent. Mongoose's own
 * syncIndexes would compare against listIndexes, which FerretDB 1.x does not echo in full.
 */
@Injectable()
export class IndexBuilder implements OnModuleInit {
  private readonly logger = new Logger(IndexBuilder.name);

  constructor(@Inject(getConnectionToken()) private readonly connection: Connection) {}

  async onModuleInit(): Promise<void> {
    for (const { name } of models) {
      await this.connection.model(name).createIndexes();
    }
    this.logger.log({ msg: 'indexes ensured', collections: models.length });
  }
}

@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        uri: config.mongodbUri,
        autoIndex: false,
        serverSelectionTimeoutMS: 10_000,
      }),
    }),
    MongooseModule.forFeature(models),
  ],
  providers: [IndexBuilder, ...repositories],
  exports: [...repositories],
})
export class StoreModule {}
