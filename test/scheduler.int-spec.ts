import { SchedulerService } from '../src/collectors/scheduler.service';
import { QueueName } from '../src/queue/jobs';
import { SourceRepository } from '../src/sources/source.repository';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';

jest.setTimeout(30_000);

// Two scheduler processes (two Nest apps, each with its own connections) over one database and one Redis.
describe('two schedulers', () => {
  let env: TestEnv;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    env = isolatedEnv('scheduler');
    // A long tick: the test drives the ticks itself, so both race on the same slots.
    const roles = { ATHAR_ROLES: 'scheduler', SCHEDULER_TICK_SECONDS: '3600' };
    a = await startTestApp(env, roles);
    b = await startTestApp(env, roles);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await cleanUp(env);
  });

  it('enqueue each due source exactly once per slot, and nothing that is paused, deleted or not yet due', async () => {
    const sources = a.get(SourceRepository);
    await a.queue.queue(QueueName.Collect).obliterate({ force: true });
    const base = { type: 'rss' as const, config: { url: 'https://example.org/feed' }, secrets: {}, intervalMinutes: 60, cron: null, jitterSeconds: 0, keywords: { include: [], exclude: [] }, createdBy: null };
    const past = new Date(Date.now() - 60_000);
    const due = await Promise.all(
      ['one', 'two', 'three'].map((name) => sources.create({ ...base, name, enabled: true, nextRunAt: past })),
    );
    await sources.create({ ...base, name: 'paused', enabled: false, nextRunAt: past });
    await sources.create({ ...base, name: 'later', enabled: true, nextRunAt: new Date(Date.now() + 3_600_000) });
    const deleted = await sources.create({ ...base, name: 'deleted', enabled: true, nextRunAt: past });
    await sources.softDelete(deleted.id, new Date());

    await Promise.all([a.get(SchedulerService).tick(), b.get(SchedulerService).tick(), a.get(SchedulerService).tick(), b.get(SchedulerService).tick()]);

    const jobs = await a.queue.queue(QueueName.Collect).getJobs(['waiting', 'delayed', 'active', 'prioritized']);
    expect(jobs.map((j) => j.data.sourceId).sort()).toEqual(due.map((s) => s.id).sort());
    for (const job of jobs) expect(job.id).toBe(`collect.${job.data.sourceId}.${past.getTime()}`);

    // Each source moved on to its next slot, about one interval from now.
    for (const s of due) {
      const next = (await sources.findById(s.id))!.nextRunAt.getTime();
      expect(next).toBeGreaterThan(Date.now() + 59 * 60_000);
    }
    expect(await b.get(SchedulerService).tick()).toBe(0);
  });
});
