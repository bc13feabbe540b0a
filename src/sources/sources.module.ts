import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CollectorsModule } from '../collectors/collectors.module';
import { SourcesService } from './sources.service';

@Module({ imports: [AuditModule, CollectorsModule], providers: [SourcesService], exports: [SourcesService] })
export class SourcesModule {}
