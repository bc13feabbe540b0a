import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobHandler } from '../queue/worker.service';
import { FaceJobs } from './face-jobs';
import { FaceScanService } from './face-scan.service';

@Injectable()
export class FaceProcessor implements JobHandler<JobName.DetectFaces> {
  constructor(private readonly scans: FaceScanService) {}

  async handle(payload: JobPayloads[JobName.DetectFaces]): Promise<void> {
    await this.scans.scanImage(payload.mediaId, payload.modelVersion);
  }
}

/** Switching faces on (or asking for unread photos) queues one job per image from a worker, not in the request. */
@Injectable()
export class QueueFaceScansProcessor implements JobHandler<JobName.QueueFaceScans> {
  constructor(private readonly jobs: FaceJobs) {}

  async handle(): Promise<void> {
    await this.jobs.queueUnscanned();
  }
}
