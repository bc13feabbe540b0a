import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FaceStoreModule } from '../faces/face-store.module';
import { PersonsModule } from '../persons/persons.module';
import { ClaimService } from './claim.service';
import { PersonsService } from './persons.service';
import { ReviewService } from './review.service';

@Module({
  imports: [AuditModule, PersonsModule, FaceStoreModule],
  providers: [ReviewService, ClaimService, PersonsService],
  exports: [ReviewService, ClaimService, PersonsService],
})
export class ReviewModule {}
