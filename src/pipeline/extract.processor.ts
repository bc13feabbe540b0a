import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobHandler } from '../queue/worker.service';
import { ExtractionService } from './extraction.service';

@Injectable()
export class ExtractProcessor implements JobHandler<JobName.ExtractPost> {
  constructor(private readonly extraction: ExtractionService) {}

  async handle(payload: JobPayloads[JobName.ExtractPost]): Promise<void> {
    await this.extraction.extractPost(payload.postId, payload.extractorVersion);
  }
}
