import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobPayloads } from '../queue/jobs';
import { JobHandler } from '../queue/worker.service';
import { SuggestionService } from './suggestion.service';

@Injectable()
export class RefreshSuggestionsProcessor implements JobHandler<JobName.RefreshSuggestions> {
  private readonly logger = new Logger(RefreshSuggestionsProcessor.name);

  constructor(private readonly suggestions: SuggestionService) {}

  async handle(payload: JobPayloads[JobName.RefreshSuggestions]): Promise<void> {
    const posts = await this.suggestions.refreshForPerson(payload.personId);
    this.logger.debug({ msg: 'suggestions refreshed', personId: payload.personId, posts });
  }
}
