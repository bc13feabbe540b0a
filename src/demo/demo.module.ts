import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CollectorsModule } from '../collectors/collectors.module';
import { ExtractionModule } from '../pipeline/extraction.module';
import { MediaModule } from '../media/media.module';
import { MediaProcessingModule } from '../pipeline/media-processing.module';
import { PersonsModule } from '../persons/persons.module';
import { ReviewModule } from '../review/review.module';
import { SourcesModule } from '../sources/sources.module';
import { DemoRepository } from './demo.repository';
import { DemoService } from './demo.service';

@Module({
  imports: [
    AuditModule,
    AuthModule,
    CollectorsModule,
    SourcesModule.withCollection(CollectorsModule),
    ExtractionModule,
    MediaModule,
    MediaProcessingModule,
    PersonsModule,
    ReviewModule,
  ],
  providers: [DemoRepository, DemoService],
  exports: [DemoService],
})
export class DemoModule {}
