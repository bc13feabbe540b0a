import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { CollectProcessor } from './collectors/collect.processor';
import { CollectorsModule } from './collectors/collectors.module';
import { SchedulerLease } from './collectors/scheduler-lease';
import { SchedulerService } from './collectors/scheduler.service';
import { PipelineModule } from './pipeline/pipeline.module';
import { QueuesPagesController } from './pipeline/queues-pages.controller';
import { SweepScheduler } from './pipeline/sweeper.service';
import { TipPagesController } from './collectors/tip-pages.controller';
import { TipsController } from './collectors/tips.controller';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ExtractProcessor } from './pipeline/extract.processor';
import { ExtractionModule } from './pipeline/extraction.module';
import { FaceProcessor, QueueFaceScansProcessor } from './faces/face.processor';
import { FacesApiController, FacesPagesController } from './faces/faces.controller';
import { FacesModule } from './faces/faces.module';
import { HealthController } from './health/health.controller';
import { MetricsEndpointModule } from './health/metrics-endpoint.module';
import { MediaController, MediaPagesController } from './media/media.controller';
import { PersonsController } from './review/persons.controller';
import { PersonsModule } from './persons/persons.module';
import { RefreshSuggestionsProcessor } from './persons/refresh-suggestions.processor';
import { ReviewController } from './review/review.controller';
import { ReviewModule } from './review/review.module';
import { AssetsController, FaviconController } from './web/assets.controller';
import { OverviewController } from './overview/overview.controller';
import { AuditPagesController } from './accounts/audit-pages.controller';
import { SourcesPagesController } from './sources/sources-pages.controller';
import { ExportController, ExportPagesController, ImportController } from './export/export.controller';
import { ExportModule } from './export/export.module';
import { ApiDocsController } from './openapi/api-docs.controller';
import { SearchApiController } from './search/search-api.controller';
import { SearchModule } from './search/search.module';
import { SearchPagesController } from './search/search-pages.controller';
import { AuthPagesController } from './accounts/auth.controller';
import { ResetPagesController, UsersPagesController } from './accounts/users.controller';
import { MediaModule } from './media/media.module';
import { MediaProcessingModule } from './pipeline/media-processing.module';
import { MetricsModule } from './metrics/metrics.module';
import { MediaProcessor } from './pipeline/media.processor';
import { PostPagesController } from './search/post-pages.controller';
import { PostsController } from './search/posts.controller';
import { PostsModule } from './posts/posts.module';
import { JobName } from './queue/jobs';
import { QueueModule } from './queue/queue.module';
import { JOB_HANDLERS, JobHandlers, WorkerService } from './queue/worker.service';
import { SourcesController } from './sources/sources.controller';
import { SourcesModule } from './sources/sources.module';
import { StoreModule } from './store/store.module';
import { FEATURE_STORES } from './feature-stores';
import { OverviewModule } from './overview/overview.module';

const jobHandlers: Provider = {
  provide: JOB_HANDLERS,
  inject: [CollectProcessor, ExtractProcessor, RefreshSuggestionsProcessor, MediaProcessor, FaceProcessor, QueueFaceScansProcessor],
  useFactory: (
    collect: CollectProcessor,
    extract: ExtractProcessor,
    refresh: RefreshSuggestionsProcessor,
    media: MediaProcessor,
    faces: FaceProcessor,
    allFaces: QueueFaceScansProcessor,
  ): JobHandlers => ({
    [JobName.CollectSource]: collect,
    [JobName.ExtractPost]: extract,
    [JobName.RefreshSuggestions]: refresh,
    [JobName.ProcessMedia]: media,
    [JobName.DetectFaces]: faces,
    [JobName.QueueFaceScans]: allFaces,
  }),
};

/** Wiring only: which controllers and background services run depends on the process's roles. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    const has = (role: 'api' | 'worker' | 'scheduler') => config.roles.has(role);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        StoreModule,
        ...FEATURE_STORES,
        OverviewModule,
        QueueModule,
        MetricsModule,
        MetricsEndpointModule,
        AuditModule,
        AuthModule,
        SourcesModule.withCollection(CollectorsModule),
        PostsModule,
        CollectorsModule,
        ExtractionModule,
        MediaModule,
        MediaProcessingModule,
        FacesModule,
        PersonsModule,
        ReviewModule,
        SearchModule,
        ExportModule,
        PipelineModule,
        // The API document is built from the registered routes (src/openapi/).
        DiscoveryModule,
        ...(has('scheduler') ? [ScheduleModule.forRoot()] : []),
      ],
      controllers: [
        HealthController,
        ...(has('api')
          ? [
              SourcesController,
              PostsController,
              PostPagesController,
              TipsController,
              TipPagesController,
              MediaController,
              AuthPagesController,
              UsersPagesController,
              ResetPagesController,
              AssetsController,
              FaviconController,
              ReviewController,
              PersonsController,
              MediaPagesController,
              SourcesPagesController,
              QueuesPagesController,
              OverviewController,
              AuditPagesController,
              SearchApiController,
              SearchPagesController,
              ApiDocsController,
              ExportController,
              ExportPagesController,
              ImportController,
              FacesPagesController,
              FacesApiController,
            ]
          : []),
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        ...(has('worker') ? [CollectProcessor, ExtractProcessor, RefreshSuggestionsProcessor, MediaProcessor, jobHandlers, WorkerService] : []),
        ...(has('scheduler') ? [SchedulerLease, SchedulerService, SweepScheduler] : []),
      ],
    };
  }
}
