import { SchedulerLease } from '../src/collectors/scheduler-lease';
import { SchedulerService } from '../src/collectors/scheduler.service';
import { MetricsService } from '../src/metrics/metrics.service';
import { QueueName } from '../src/queue/jobs';
import { SourceRecord, SourceRepository } from '../src/sources/source.repository';
import { parsePrometheusText } from './helpers/prometheus-text';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, testConfig } from './helpers/test-app';
import { waitFor } from './helpers/wait';

jest.setTimeout(60_000);

const SCRAPE_TOKEN = 'scrape-token-for-the-scheduler-test-0123456789';
const HOUR = 3_600_000;
const base = {
  type: 'rss' as const,
  config: { url: 'https://example.org/feed' },
  secrets: {},
  intervalMinutes: 60,
  cron: null,
  jitterSeconds: 0,
  keywords: { include: [], exclude: [] },
  createdBy: null,
};

/** A scheduler's own figures, as Prometheus would scrape them. */
async function schedulerMetrics(app: TestApp) {
  const res = await fetch(`${app.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${SCRAPE_TOKEN}` } });
  const m = parsePrometheusText(await res.text());
  return { leader: m.sum('athar_scheduler_leader'), epoch: m.sum('athar_scheduler_lease_epoch'), enqueued: m.sum('athar_scheduler_enqueued_total') };
}

/** The collect jobs of these sources in the queue, whatever their state, as `<sourceId>.<slot>`. */
async function collectJobs(app: TestApp, of: SourceRecord[]): Promise<string[]> {
  const ids = new Set(of.map((s) => s.id));
  const jobs = await app.queue.queue(QueueName.Collect).getJobs(['waiting', 'delayed', 'active', 'prioritized', 'completed', 'failed']);
  return jobs
    .filter((j) => ids.has(j.data.sourceId))
    .map((j) => `${j.data.sourceId}.${j.data.slot}`)
    .sort();
}

function createDue(app: TestApp, count: number, label: string): Promise<SourceRecord[]> {
  const sources = app.get(SourceRepository);
  return Promise.all(
    Array.from({ length: count }, (_, i) => sources.create({ ...base, name: `${label} ${i}`, enabled: true, nextRunAt: new Date(Date.now() - 60_000 - i) })),
  );
}

// Two scheduler processes (two Nest apps, each with its own connections) over one database and one Redis.
describe('two schedulers', () => {
  let env: TestEnv;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    env = isolatedEnv('scheduler');
    // A long tick and lease: the test drives the ticks itself, so both race on the same slots.
    const roles = { ATHAR_ROLES: 'scheduler', SCHEDULER_TICK_SECONDS: '3600', SCHEDULER_LEASE_SECONDS: '3600', METRICS_TOKEN: SCRAPE_TOKEN };
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
    const past = new Date(Date.now() - 60_000);
    const due = await Promise.all(['one', 'two', 'three'].map((name) => sources.create({ ...base, name, enabled: true, nextRunAt: past })));
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

  it('a leader that stalled past its lease enqueues nothing with it; the new leader enqueues each due source once', async () => {
    const [stale, other] = await Promise.all([a.get(SchedulerLease).hold(), b.get(SchedulerLease).hold()]);
    const [leader, standby] = stale ? [a, b] : [b, a];
    const lease = stale ?? other;
    const due = await createDue(leader, 3, 'due');
    // The lease runs out while the leader is stalled (a GC pause, a frozen VM), and the standby takes it.
    await leader.queue.connection.del(`${env.queuePrefix}:scheduler:lease`);
    expect(await standby.get(SchedulerLease).hold()).toMatchObject({ epoch: lease!.epoch + 1 });

    // The old leader wakes up and carries on with the lease it had: the sources are due, but the fence refuses.
    expect(await leader.get(SchedulerService).enqueueDue(lease!)).toBe(0);
    expect(await collectJobs(leader, due)).toEqual([]);
    expect(await standby.get(SchedulerService).tick()).toBe(3);
    expect(await leader.get(SchedulerService).tick()).toBe(0);

    expect(await collectJobs(leader, due)).toEqual(due.map((s) => `${s.id}.${s.nextRunAt.getTime()}`).sort());
    const [old, current] = await Promise.all([schedulerMetrics(leader), schedulerMetrics(standby)]);
    expect(old.leader).toBe(0);
    expect(current).toMatchObject({ leader: 1, epoch: lease!.epoch + 1 });
  });

  it('a lease that is not renewed lapses after SCHEDULER_LEASE_SECONDS, and the next holder gets a higher epoch', async () => {
    // Two bare leases over their own connections, never renewed in the background: a killed process.
    const config = testConfig(env, { SCHEDULER_LEASE_SECONDS: '0.5' });
    config.queue.prefix = `${env.queuePrefix}:bare`;
    const first = new SchedulerLease(config, a.queue.connection, new MetricsService());
    const second = new SchedulerLease(config, b.queue.connection, new MetricsService());
    const held = await first.hold();
    expect(held).not.toBeNull();
    expect(await second.hold()).toBeNull();

    const taken = await waitFor('the lapsed lease to be taken', () => second.hold(), { pollMs: 50 });
    expect(taken.epoch).toBe(held!.epoch + 1);
    expect(await first.stillHeld(held!)).toBe(false);
    expect(await first.hold()).toBeNull();
    expect(await second.stillHeld(taken)).toBe(true);
  });
});

// The same, ticking on their own timers as in production, only faster.
describe('two schedulers running at once', () => {
  let env: TestEnv;
  let a: TestApp | null;
  let b: TestApp | null;

  beforeAll(async () => {
    env = isolatedEnv('leader');
    const roles = { ATHAR_ROLES: 'scheduler', SCHEDULER_TICK_SECONDS: '0.1', SCHEDULER_LEASE_SECONDS: '1', METRICS_TOKEN: SCRAPE_TOKEN };
    [a, b] = await Promise.all([startTestApp(env, roles), startTestApp(env, roles)]);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await cleanUp(env);
  });

  it('one leads; each source is enqueued once per slot however often both tick', async () => {
    const sources = a!.get(SourceRepository);
    const due = await createDue(a!, 8, 'busy');
    const expected = new Set<string>();
    for (let round = 0; round < 5; round++) {
      for (const [i, s] of due.entries()) {
        const slot = round === 0 ? s.nextRunAt : new Date(Date.now() - 1000 * round - i);
        // The next slot of every source comes due at once (what an interval does, an hour sooner).
        if (round > 0) await sources.update(s.id, { nextRunAt: slot });
        expected.add(`${s.id}.${slot.getTime()}`);
      }
      await waitFor(`round ${round}: every source moved to its next slot`, async () => {
        const now = await Promise.all(due.map(async (s) => (await sources.findById(s.id))!.nextRunAt.getTime()));
        return now.every((t) => t > Date.now() + HOUR - 60_000);
      });
    }

    expect(await collectJobs(a!, due)).toEqual([...expected].sort());
    const [ma, mb] = await Promise.all([schedulerMetrics(a!), schedulerMetrics(b!)]);
    expect([ma.leader, mb.leader].sort()).toEqual([0, 1]);
    // Every enqueue, by either scheduler: a second enqueue of a slot would show here even though
    // BullMQ would keep only one job for it.
    expect(ma.enqueued + mb.enqueued).toBe(expected.size);
    expect((ma.leader ? mb : ma).enqueued).toBe(0);
  });

  it('when the leader stops, the other takes over and enqueues what comes due', async () => {
    const aLeads = (await schedulerMetrics(a!)).leader === 1;
    const [leader, standby] = aLeads ? [a!, b!] : [b!, a!];
    const epochBefore = (await schedulerMetrics(leader)).epoch;
    await leader.close();
    if (aLeads) a = null;
    else b = null;

    const [later] = await createDue(standby, 1, 'after the handover');
    await waitFor('the standby to enqueue the new source', async () => (await collectJobs(standby, [later])).length === 1);
    expect(await collectJobs(standby, [later])).toEqual([`${later.id}.${later.nextRunAt.getTime()}`]);
    const m = await schedulerMetrics(standby);
    expect(m.leader).toBe(1);
    expect(m.epoch).toBeGreaterThan(epochBefore);
    expect(m.enqueued).toBe(1);
  });
});
