import { Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MediaModule } from '../media/media.module';
import { FaceScanService } from './face-scan.service';
import { FaceStoreModule } from './face-store.module';
import { FaceProcessor } from './face.processor';
import { FaceEnginePool } from './worker/face-engine-pool';

/** Faces: the scan job (worker role). The model only ever runs in FaceEnginePool's child processes. */
@Module({
  imports: [MediaModule, FaceStoreModule],
  providers: [
    {
      provide: FaceEnginePool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new FaceEnginePool({ size: Math.max(1, config.faces.concurrency), recycleAfter: config.faces.recycleAfter, maxPixels: config.media.maxPixels }),
    },
    FaceScanService,
    FaceProcessor,
  ],
  exports: [FaceProcessor],
})
export class FacesModule implements OnApplicationShutdown {
  constructor(private readonly pool: FaceEnginePool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
