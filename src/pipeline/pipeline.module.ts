import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SweeperService } from './sweeper.service';

@Module({ imports: [AuditModule], providers: [SweeperService], exports: [SweeperService, AuditModule] })
export class PipelineModule {}
