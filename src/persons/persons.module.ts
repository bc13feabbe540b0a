import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FaceStoreModule } from '../faces/face-store.module';
import { PersonsService } from './persons.service';
import { SuggestionService } from './suggestion.service';

@Module({ imports: [AuditModule, FaceStoreModule], providers: [SuggestionService, PersonsService], exports: [SuggestionService, PersonsService] })
export class PersonsModule {}
