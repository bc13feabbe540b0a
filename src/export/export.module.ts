import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SearchRepository } from '../search/search.repository';
import { EXPORT_SOURCE, ExportService } from './export.service';
import { ImportService } from './import.service';

@Module({
  imports: [AuditModule],
  providers: [ExportService, ImportService, { provide: EXPORT_SOURCE, useExisting: SearchRepository }],
  exports: [ExportService, ImportService],
})
export class ExportModule {}
