import { TransientJobError } from './job-errors';
import { ALL_JOB_NAMES, JOB_ID, JobName } from './jobs';
import { assertEveryJobHasHandler, backoffDelay } from './worker.service';

describe('the queue vocabulary', () => {
  const handler = { handle: async () => undefined };

  it('refuses to start a worker with a job name left unhandled, naming it', () => {
    expect(() => assertEveryJobHasHandler({ [JobName.CollectSource]: handler })).toThrow(/No handler registered for job name\(s\): extract-post/);
    expect(() => assertEveryJobHasHandler(Object.fromEntries(ALL_JOB_NAMES.map((n) => [n, handler])))).not.toThrow();
  });

  it('makes deterministic job ids that BullMQ accepts (no ":" and never a bare integer)', () => {
    const collect = JOB_ID[JobName.CollectSource]({ sourceId: '65a1b2c3d4e5f6a7b8c9d0e1', slot: '1733820000000' });
    expect(collect).toBe('collect.65a1b2c3d4e5f6a7b8c9d0e1.1733820000000');
    expect(JOB_ID[JobName.ExtractPost]({ postId: '65a1b2c3d4e5f6a7b8c9d0e1', extractorVersion: 'rules-1' })).toBe('extract.65a1b2c3d4e5f6a7b8c9d0e1.rules-1');
  });

  it('backs off exponentially and honours Retry-After when it asks for longer', () => {
    expect(backoffDelay(1, 1000)).toBeGreaterThanOrEqual(800);
    expect(backoffDelay(1, 1000)).toBeLessThanOrEqual(1200);
    expect(backoffDelay(4, 1000)).toBeGreaterThanOrEqual(6400);
    expect(backoffDelay(1, 1000, new TransientJobError('429', 60_000))).toBe(60_000);
  });
});
