import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SourcesService } from './sources.service';

@Module({ imports: [AuditModule], providers: [SourcesService], exports: [SourcesService] })
export class SourcesModule {}
