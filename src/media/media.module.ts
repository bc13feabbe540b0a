import { Module } from '@nestjs/common';
import { MediaFileRepository } from './media-file.repository';

@Module({ providers: [MediaFileRepository], exports: [MediaFileRepository] })
export class MediaModule {}
