import { UnrecoverableError } from 'bullmq';

/** A failure that will not go away by retrying (404, not a feed, bad config): the job fails at once. */
export class PermanentJobError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** A failure worth retrying (timeout, 429, 5xx); `retryAfterMs` is honoured by the backoff. */
export class TransientJobError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'TransientJobError';
  }
}
