import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { MEDIA_MODEL, MediaSchema } from './media.schema';
import { MediaRepository } from './media.repository';

/** The media collection and repository. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(featureStore([{ name: MEDIA_MODEL, schema: MediaSchema }], [MediaRepository]))
export class MediaStoreModule {}
