import { Injectable, Logger } from '@nestjs/common';
import { MediaFileRepository } from '../media/media-file.repository';
import { MediaRepository } from '../media/media.repository';
import { TransientJobError } from '../queue/job-errors';
import { MODEL_VERSION } from './engine/face-engine';
import { FaceRepository } from './face.repository';
import { FaceEnginePool, FaceImageRejectedError } from './worker/face-engine-pool';

export type ScanOutcome = 'stored' | 'already-scanned' | 'faces-off' | 'switched-off-meanwhile' | 'no-image' | 'other-model' | 'unreadable';

/**
 * The `faces` stage: one stored image through the face model (in its own process), its faces
 * stored. Idempotent per image and model version; does nothing while faces are switched off.
 */
@Injectable()
export class FaceScanService {
  private readonly logger = new Logger(FaceScanService.name);

  constructor(
    private readonly faces: FaceRepository,
    private readonly media: MediaRepository,
    private readonly files: MediaFileRepository,
    private readonly engine: FaceEnginePool,
  ) {}

  async scanImage(mediaId: string, modelVersion: string): Promise<ScanOutcome> {
    // A job queued by a deployment with another model: this one would store other descriptors.
    if (modelVersion !== MODEL_VERSION) return 'other-model';
    const before = await this.faces.settingsOf();
    if (!before.enabled) return 'faces-off';
    if (await this.faces.hasScan(mediaId, modelVersion)) return 'already-scanned';
    const image = await this.media.findById(mediaId);
    if (!image?.originalFileId) return 'no-image';

    let found;
    try {
      found = await this.engine.detect(await this.files.read(image.originalFileId));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (!(err instanceof FaceImageRejectedError)) throw new TransientJobError(message);
      await this.faces.saveScan(mediaId, modelVersion, [], message);
      this.logger.warn({ msg: 'image not read for faces', mediaId, error: message });
      return 'unreadable';
    }

    // Faces switched off while the model ran: nothing may be stored, and what a race let through is removed.
    const stillOn = async () => {
      const now = await this.faces.settingsOf();
      return now.enabled && now.generation === before.generation;
    };
    if (!(await stillOn())) return 'switched-off-meanwhile';
    await this.faces.saveScan(mediaId, modelVersion, found);
    if (!(await stillOn())) {
      await this.faces.deleteForMedia(mediaId, modelVersion);
      return 'switched-off-meanwhile';
    }
    return 'stored';
  }
}
