import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobHandler } from '../queue/worker.service';
import { FaceScanService } from './face-scan.service';

@Injectable()
export class FaceProcessor implements JobHandler<JobName.DetectFaces> {
  constructor(private readonly scans: FaceScanService) {}

  async handle(payload: JobPayloads[JobName.DetectFaces]): Promise<void> {
    await this.scans.scanImage(payload.mediaId, payload.modelVersion);
  }
}
