import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { ExtractionService } from './extraction.service';

@Module({ imports: [PersonsModule], providers: [ExtractionService], exports: [ExtractionService] })
export class ExtractionModule {}
