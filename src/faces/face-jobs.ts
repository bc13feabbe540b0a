import { Injectable } from '@nestjs/common';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { MODEL_VERSION } from './engine/face-engine';
import { FaceRepository } from './face.repository';

const PAGE = 500;

/** Queues face scans: one job per stored image and model version, and only while faces are on. */
@Injectable()
export class FaceJobs {
  constructor(
    private readonly faces: FaceRepository,
    private readonly queue: QueueService,
  ) {}

  /** The media stage stored a new image. */
  async imageStored(mediaId: string): Promise<void> {
    if (!(await this.faces.settingsOf()).enabled) return;
    await this.queue.enqueue(JobName.DetectFaces, { mediaId, modelVersion: MODEL_VERSION });
  }

  /** Asks a worker to queue every stored image the current model has not read (see queueUnscanned). */
  async requestScanOfAll(): Promise<void> {
    await this.queue.enqueue(JobName.QueueFaceScans, { version: String(Date.now()) });
  }

  /**
   * Every stored image the current model has not read yet. A job of the same id finished before
   * faces were last switched off is replaced, since its faces were deleted with the rest.
   */
  async queueUnscanned(): Promise<number> {
    if (!(await this.faces.settingsOf()).enabled) return 0;
    let queued = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.faces.findStoredImageIds(after, PAGE);
      if (ids.length === 0) return queued;
      const scanned = await this.faces.scannedAmong(ids, MODEL_VERSION);
      for (const mediaId of ids.filter((id) => !scanned.has(id))) {
        await this.queue.requeue(JobName.DetectFaces, { mediaId, modelVersion: MODEL_VERSION }, { replaceFinished: true });
        queued++;
      }
      after = ids[ids.length - 1];
    }
  }
}
