import { Module } from '@nestjs/common';
import { FaceStoreModule } from '../faces/face-store.module';
import { HttpModule } from '../http/http.module';
import { MediaModule } from '../media/media.module';
import { PersonsModule } from '../persons/persons.module';
import { MediaService } from './media.service';

/** The media stage: download through the polite fetcher, hash, thumbnail, store, then queue the faces and refresh suggestions. */
@Module({ imports: [HttpModule, MediaModule, PersonsModule, FaceStoreModule], providers: [MediaService], exports: [MediaService] })
export class MediaProcessingModule {}
