import { Inject, MiddlewareConsumer, Module, NestModule, OnApplicationShutdown, RequestMethod } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessGuard } from '../auth/access.guard';
import { mayUseFaces } from '../auth/access-rule';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MediaModule } from '../media/media.module';
import { FaceScanService } from './face-scan.service';
import { FaceSearchService } from './face-search.service';
import { FaceStoreModule } from './face-store.module';
import { FaceProcessor, QueueFaceScansProcessor } from './face.processor';
import { FacesService } from './faces.service';
import { photoUpload } from './photo-upload.middleware';
import { FaceEnginePool } from './worker/face-engine-pool';

/**
 * Faces: the scan job (worker role), "find this face" and the switch (api role). The model only
 * ever runs in FaceEnginePool's child processes, started on the first photo: in a worker for
 * scans, in an API process for a reviewer's uploaded photo.
 */
@Module({
  imports: [AuditModule, AuthModule, MediaModule, FaceStoreModule],
  providers: [
    {
      provide: FaceEnginePool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new FaceEnginePool({ size: Math.max(1, config.faces.concurrency), recycleAfter: config.faces.recycleAfter, maxPixels: config.media.maxPixels }),
    },
    FaceScanService,
    FaceSearchService,
    FacesService,
    FaceProcessor,
    QueueFaceScansProcessor,
  ],
  exports: [FaceProcessor, QueueFaceScansProcessor, FaceSearchService, FacesService],
})
export class FacesModule implements NestModule, OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pool: FaceEnginePool,
    private readonly access: AccessGuard,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        photoUpload(this.config.media.maxBytes, async (req) => {
          const caller = await this.access.callerOf(req, !req.originalUrl.startsWith('/api/'));
          return !!caller && mayUseFaces(caller);
        }),
      )
      .forRoutes({ path: 'faces/search/upload', method: RequestMethod.POST }, { path: 'api/faces/search/upload', method: RequestMethod.POST });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
