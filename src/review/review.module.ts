import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReviewService } from './review.service';

@Module({ imports: [AuditModule], providers: [ReviewService], exports: [ReviewService] })
export class ReviewModule {}
