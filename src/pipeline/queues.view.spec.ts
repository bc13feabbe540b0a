import { QueueName } from '../queue/jobs';
import type { FailedJob, QueueCounts } from '../queue/queue.service';
import { ARABIC, expectInert, hostile, LANGS, pageCtx, shown } from '../../test/helpers/hostile-html';
import type { SweeperStatus } from './sweeper.service';
import { queuesView } from './queues.view';

const counts: QueueCounts = {
  [QueueName.Collect]: { waiting: 1, failed: 1 },
  [QueueName.Extract]: { waiting: 2 },
  [QueueName.Media]: {},
  [QueueName.Faces]: {},
};

const sweep: SweeperStatus = {
  stalledPosts: 0,
  stalledMediaPosts: 0,
  totals: { postsRequeued: 0, postsFailed: 0, mediaRequeued: 0, mediaSettled: 0 },
  lastSweepAt: null,
  staleAfterMs: 600_000,
  intervalMs: 60_000,
};

function failedJob(over: Partial<FailedJob> = {}): FailedJob {
  return {
    queue: QueueName.Collect,
    id: hostile('job-id'),
    name: hostile('job-name'),
    reason: hostile('reason'),
    attempts: 3,
    failedAt: new Date('2026-12-01T10:00:00Z'),
    ...over,
  };
}

describe('queues view', () => {
  it('shows a failed job’s hostile reason and id as text, and carries the id in its retry and discard forms escaped', () => {
    for (const lang of LANGS) {
      const out = queuesView(pageCtx(lang, ['operator']), counts, [failedJob(), failedJob({ failedAt: null, reason: ARABIC })], sweep, hostile('flash'));
      expectInert(out);
      expect(out).toContain(`<bdi class="job-reason">${shown('reason')}</bdi>`);
      expect(out).toContain(`data-job="${shown('job-id')}"`);
      expect(out).toContain(`name="id" value="${shown('job-id')}"`);
      expect(out).toContain(shown('flash'));
      expect(out).toContain(`<bdi class="job-reason">${ARABIC}</bdi>`);
    }
  });
});
