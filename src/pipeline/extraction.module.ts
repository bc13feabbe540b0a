import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { PostsModule } from '../posts/posts.module';
import { ExtractionService } from './extraction.service';

@Module({ imports: [PersonsModule, PostsModule], providers: [ExtractionService], exports: [ExtractionService] })
export class ExtractionModule {}
