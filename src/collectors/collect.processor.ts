import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobHandler } from '../queue/worker.service';
import { CollectService } from './collect.service';
import { JobContext } from '../queue/worker.service';

@Injectable()
export class CollectProcessor implements JobHandler<JobName.CollectSource> {
  constructor(private readonly collect: CollectService) {}

  async handle(payload: JobPayloads[JobName.CollectSource], context: JobContext): Promise<void> {
    await this.collect.collect(payload.sourceId, context);
  }
}
