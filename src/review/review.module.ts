import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PersonsModule } from '../persons/persons.module';
import { ClaimService } from './claim.service';
import { ReviewService } from './review.service';

@Module({ imports: [AuditModule, PersonsModule], providers: [ReviewService, ClaimService], exports: [ReviewService, ClaimService] })
export class ReviewModule {}
