import { Module } from '@nestjs/common';
import { CollectorsModule } from '../collectors/collectors.module';
import { FaceStoreModule } from '../faces/face-store.module';
import { PersonsModule } from '../persons/persons.module';
import { MediaFileRepository } from './media-file.repository';
import { MediaService } from './media.service';

@Module({ imports: [CollectorsModule, PersonsModule, FaceStoreModule], providers: [MediaFileRepository, MediaService], exports: [MediaService, MediaFileRepository] })
export class MediaModule {}
