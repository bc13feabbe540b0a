import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobContext, JobHandler } from '../queue/worker.service';
import { MediaService } from './media.service';

@Injectable()
export class MediaProcessor implements JobHandler<JobName.ProcessMedia> {
  constructor(private readonly media: MediaService) {}

  async handle(payload: JobPayloads[JobName.ProcessMedia], context: JobContext): Promise<void> {
    await this.media.processPostImage(payload.postId, payload.urlHash, context);
  }
}
