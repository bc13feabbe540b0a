import { z } from 'zod';
import { ALL_QUEUE_NAMES, type QueueName } from '../queue/jobs';

/** The /queues page's request schemas. */

/** GET /queues: the flash after a change. */
export const queuesQuery = z.object({ done: z.string().optional().catch(undefined) });

/** POST /queues/retry and /queues/discard: a failed job, by its queue and id. */
export const jobForm = z.object({ queue: z.unknown().optional(), id: z.unknown().optional() }).transform((f, ctx): { queue: QueueName; id: string } => {
  if (typeof f.queue === 'string' && (ALL_QUEUE_NAMES as string[]).includes(f.queue) && typeof f.id === 'string' && /^[\w.:-]{1,200}$/.test(f.id)) {
    return { queue: f.queue as QueueName, id: f.id };
  }
  ctx.addIssue({ code: 'custom', message: 'Name a queue and a job id.' });
  return z.NEVER;
});
export type JobForm = z.infer<typeof jobForm>;
