import { Module } from '@nestjs/common';
import { MEDIA_MODEL, MediaSchema } from '../media/media.schema';
import { featureStore } from '../store/feature-store';
import { FaceJobs } from './face-jobs';
import { FaceLinksService } from './face-links.service';
import { FaceRepository } from './face.repository';
import { FACE_MODEL, FACE_SCAN_MODEL, FACE_SETTINGS_MODEL, FaceScanSchema, FaceSchema, FaceSettingsSchema } from './face.schema';

const models = [
  { name: FACE_MODEL, schema: FaceSchema },
  { name: FACE_SCAN_MODEL, schema: FaceScanSchema },
  { name: FACE_SETTINGS_MODEL, schema: FaceSettingsSchema },
];

// The media model is the media store's; registered here too so FaceRepository can list images.
// Their indexes are built by the store module with every registered model's.
const store = featureStore([...models, { name: MEDIA_MODEL, schema: MediaSchema }], [FaceRepository]);

/**
 * The faces' storage and what other stages need of it: the media stage queues scans (FaceJobs),
 * the post and person pages read faces (FaceLinksService). Imported by those modules, so that
 * their processes (the CLI's too) get it without the model or the search.
 */
@Module({
  imports: store.imports,
  providers: [FaceRepository, FaceJobs, FaceLinksService],
  exports: [FaceRepository, FaceJobs, FaceLinksService],
})
export class FaceStoreModule {}
