import { Module } from '@nestjs/common';
import { PostsService } from './posts.service';
import { SearchService } from './search.service';

@Module({ providers: [SearchService, PostsService], exports: [SearchService, PostsService] })
export class SearchModule {}
