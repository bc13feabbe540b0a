import { Queue } from 'bullmq';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { createRedisConnection, QueueService } from '../src/queue/queue.service';
import { TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { parsePrometheusText } from './helpers/prometheus-text';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, testConfig, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(90_000);

const SCRAPE_TOKEN = 'scrape-token-for-the-cluster-test-0123456789';

/**
 * A Redis Cluster of one node that owns all 16384 slots. One node is enough: Redis refuses a
 * script, a MULTI or a multi-key command whose keys hash to different slots (CROSSSLOT) whatever
 * the number of nodes, and a plain client needs no redirects.
 */
async function startClusterRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'athar-redis-cluster-'));
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      join(dir, 'nodes.conf'),
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `redis://127.0.0.1:${port}`;
  try {
    const failed = new Promise<never>((_, reject) =>
      child.once('error', (err) => reject(new Error(`this test starts its own redis-server in cluster mode (${err.message}); install redis-server`))),
    );
    const admin = await Promise.race([failed, waitFor('redis-server to accept connections', connectOnce(url))]);
    try {
      await admin.call('CLUSTER', 'ADDSLOTSRANGE', '0', '16383');
      await waitFor('the cluster to be up', async () => /cluster_state:ok/.test(String(await admin.call('CLUSTER', 'INFO'))));
    } finally {
      admin.disconnect();
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

/** One connection attempt per call, no retries: null until the server answers. */
function connectOnce(url: string): () => Promise<IORedis | null> {
  return async () => {
    const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await redis.connect();
      return redis;
    } catch {
      redis.disconnect();
      return null;
    }
  };
}

describe('the app on a Redis Cluster, with a hash-tag queue prefix', () => {
  let cluster: Awaited<ReturnType<typeof startClusterRedis>>;
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;

  beforeAll(async () => {
    cluster = await startClusterRedis();
    fixtures = await startFixtureServer();
    fixtures.route('/feeds/detainees.rss', serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml; charset=utf-8'));
    env = isolatedEnv('cluster');
    env.redisUrl = cluster.url;
  });

  afterAll(async () => {
    await test?.close();
    if (env) await cleanUp(env);
    await fixtures?.close();
    await cluster?.stop();
  });

  it('refuses to start with a plain prefix, which the cluster would refuse key by key', async () => {
    // What a plain prefix meets: BullMQ's own scripts touch keys of many slots.
    const connection = createRedisConnection(cluster.url);
    const plain = new Queue('collect', { connection, prefix: env.queuePrefix });
    await expect(plain.add('collect-source', {}, { jobId: 'x' })).rejects.toThrow(/CROSSSLOT/);
    await plain.close();
    connection.disconnect();

    const queue = new QueueService(testConfig(env));
    await expect(queue.onModuleInit()).rejects.toThrow(`set QUEUE_PREFIX={${env.queuePrefix}}`);
    await queue.onApplicationShutdown();
    // BullMQ wrote each queue's meta key (one key, one slot) before failing; the next test counts keys.
    const redis = new IORedis(cluster.url);
    for (const key of await redis.keys(`${env.queuePrefix}:*`)) await redis.del(key);
    redis.disconnect();
  });

  it('collects, extracts, signs in, counts API calls and leads the scheduling under {prefix}', async () => {
    env.queuePrefix = `{${env.queuePrefix}}`;
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, METRICS_TOKEN: SCRAPE_TOKEN });
    const operator = api(test.baseUrl, await tokenFor(test, 'operator'));
    const created = await operator.post('/api/sources', { type: 'rss', name: 'Detainee news', config: { url: `${fixtures.origin}/feeds/detainees.rss` } });
    expect(created.status).toBe(201);
    const runs = await waitFor('a finished run', async () => {
      const list = await test.get(CollectorRunRepository).listForSource(created.body.id, 5);
      return list.some((r) => r.status !== 'running') && list;
    });
    expect(runs[0]).toMatchObject({ status: 'succeeded', counts: { new: 3 } });
    await waitForQueuesToDrain(test.queue);
    const posts = await operator.get(`/api/posts?sourceId=${created.body.id}`);
    expect(posts.body.items.map((p: { pipeline: { status: string } }) => p.pipeline.status)).toEqual(['extracted', 'extracted', 'extracted']);

    // Sessions and sign-in limits (a MULTI over several keys) live under the same tag.
    await test.get(AuthService).addUser(CLI_ACTOR, { email: 'cluster-admin@example.org', name: 'Admin', roles: ['admin'] });
    await test.get(AuthService).setPassword(CLI_ACTOR, 'cluster-admin@example.org', TEST_PASSWORD);
    const session = await WebSession.signIn(test.baseUrl, 'cluster-admin@example.org', TEST_PASSWORD);
    expect((await session.get('/sources')).status).toBe(200);

    const res = await fetch(`${test.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${SCRAPE_TOKEN}` } });
    const m = parsePrometheusText(await res.text());
    expect(m.sum('athar_scheduler_leader')).toBe(1);
    expect(m.sum('athar_queue_jobs', { queue: 'extract', state: 'completed' })).toBe(3);

    // Every key the app wrote carries the tag, so all of them share one slot.
    const redis = new IORedis(cluster.url);
    const keys = await redis.keys('*');
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !k.startsWith(`${env.queuePrefix}:`))).toEqual([]);
  });
});
