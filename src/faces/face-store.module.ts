import { Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { MEDIA_MODEL, MediaSchema } from '../media/media.schema';
import { FaceJobs } from './face-jobs';
import { FaceLinksService } from './face-links.service';
import { FaceRepository } from './face.repository';
import { FACE_MODEL, FACE_SCAN_MODEL, FACE_SETTINGS_MODEL, FaceScanSchema, FaceSchema, FaceSettingsSchema } from './face.schema';

const models = [
  { name: FACE_MODEL, schema: FaceSchema },
  { name: FACE_SCAN_MODEL, schema: FaceScanSchema },
  { name: FACE_SETTINGS_MODEL, schema: FaceSettingsSchema },
];

/** Creates the faces' indexes at start-up, idempotently (as the store module does for the others). */
@Injectable()
export class FaceIndexBuilder implements OnModuleInit {
  private readonly logger = new Logger(FaceIndexBuilder.name);

  constructor(@Inject(getConnectionToken()) private readonly connection: Connection) {}

  async onModuleInit(): Promise<void> {
    for (const { name } of models) await this.connection.model(name).createIndexes();
    this.logger.log({ msg: 'face indexes ensured', collections: models.length });
  }
}

/**
 * The faces' storage and what other stages need of it: the media stage queues scans (FaceJobs),
 * the post and person pages read faces (FaceLinksService). Imported by those modules, so that
 * their processes (the CLI's too) get it without the model or the search.
 */
@Module({
  // The media model is the store module's; registered here too so FaceRepository can list images.
  imports: [MongooseModule.forFeature([...models, { name: MEDIA_MODEL, schema: MediaSchema }])],
  providers: [FaceIndexBuilder, FaceRepository, FaceJobs, FaceLinksService],
  exports: [FaceRepository, FaceJobs, FaceLinksService],
})
export class FaceStoreModule {}
