import { Global, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/config';

/**
 * Creates every index at start-up with createIndexes, which is idempotent. Mongoose's own
 * syncIndexes would compare against listIndexes, which FerretDB 1.x does not echo in full.
 * The models are those the feature modules registered (all providers exist before any init hook).
 */
@Injectable()
export class IndexBuilder implements OnModuleInit {
  private readonly logger = new Logger(IndexBuilder.name);

  constructor(@Inject(getConnectionToken()) private readonly connection: Connection) {}

  async onModuleInit(): Promise<void> {
    const names = this.connection.modelNames();
    for (const name of names) {
      await this.connection.model(name).createIndexes();
    }
    this.logger.log({ msg: 'indexes ensured', collections: names.length });
  }
}

/** Whether MongoDB answers, for the health checks (which may not touch Mongoose themselves). */
@Injectable()
export class StorePing {
  constructor(@Inject(getConnectionToken()) private readonly connection: Connection) {}

  async ping(): Promise<void> {
    await this.connection.db?.admin().ping();
    if (!this.connection.db) throw new Error('not connected');
  }
}

/** The connection only: each feature registers its own schemas and repositories (MongooseModule.forFeature). */
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
  ],
  providers: [IndexBuilder, StorePing],
  exports: [StorePing],
})
export class StoreModule {}
