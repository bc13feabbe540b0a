import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClaimService } from './claim.service';
import { ReviewService } from './review.service';

@Module({ imports: [AuditModule], providers: [ReviewService, ClaimService], exports: [ReviewService, ClaimService] })
export class ReviewModule {}
