import { UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { CollectService } from '../src/collectors/collect.service';
import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { CURRENT_EXTRACTOR_VERSION } from '../src/pipeline/extraction.service';
import { syntheticJpeg } from './helpers/synthetic-images';
import { MediaRepository } from '../src/media/media.repository';
import { urlHash } from '../src/pipeline/media.service';
import { SweeperService } from '../src/pipeline/sweeper.service';
import { PostRepository } from '../src/posts/post.repository';
import { JobName, QueueName } from '../src/queue/jobs';
import { SourcesService } from '../src/sources/sources.service';
import { TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { waitFor } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(90_000);

const POSTS = 12;

function feed(origin: string): string {
  const items = Array.from({ length: POSTS }, (_, i) => {
    const image = i === 0 ? `<enclosure url="${origin}/img/photo.jpg" type="image/jpeg" length="0"/>` : '';
    return `<item><title>Release ${i}</title><link>https://news.example/${i}</link><guid>g${i}</guid>
      <pubDate>Tue, 10 Dec 2024 12:00:00 GMT</pubDate><description>Released detainee Samir Haddad ${i} left Saydnaya prison.</description>${image}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>${items.join('')}</channel></rss>`;
}

/** What a Redis restart without persistence does to one test file's queues: every key under its prefix is gone. */
async function loseQueueData(env: TestEnv): Promise<number> {
  const redis = new IORedis(env.redisUrl);
  let removed = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 500);
    if (keys.length > 0) removed += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  return removed;
}

describe('the sweeper recovers work a queue outage stranded', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let before: TestApp;
  let after: TestApp | null = null;
  let sourceId: string;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    const photo = await syntheticJpeg(3, 640, 480);
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(fixtures.origin)));
    fixtures.route('/img/photo.jpg', (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(photo));
    env = isolatedEnv('sweeper');
    // Collection happens here, with no worker: the extract jobs wait in Redis.
    before = await startTestApp(env, { ATHAR_ROLES: 'api', FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0' });
    const source = await before.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'synthetic',
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    } as never);
    sourceId = source.id;
  });

  afterAll(async () => {
    await after?.close();
    await before?.close();
    await fixtures?.close();
    await cleanUp(env);
  });

  it('queues again every post left collected after Redis lost its data, and their photos, and counts them on /queues', async () => {
    const outcome = await before.get(CollectService).collect(sourceId, { jobId: 'manual', attempt: 1, maxAttempts: 1 });
    expect(outcome).toMatchObject({ status: 'collected', counts: { new: POSTS } });
    // Paused, so that no later collection run re-queues them: only the sweeper may.
    await before.get(SourcesService).pause(CLI_ACTOR, sourceId);
    expect(await loseQueueData(env)).toBeGreaterThan(0);
    await before.close();

    after = await startTestApp(env, {
      ATHAR_ROLES: 'api,worker,scheduler',
      FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort,
      FETCH_HOST_INTERVAL_MS: '0',
      SWEEP_INTERVAL_SECONDS: '0.2',
      SWEEP_STALE_AFTER_MINUTES: '0.005',
    });
    const posts = after.get(PostRepository);
    const all = await posts.find({ sourceId, limit: 100 });
    expect(all).toHaveLength(POSTS);
    await waitFor('every post extracted', async () => (await posts.find({ sourceId, pipelineStatus: 'extracted', limit: 100 })).length === POSTS);
    const withPhoto = all.find((p) => p.media.length > 0)!;
    const media = await waitFor('the photo stored', async () => (await after!.get(MediaRepository).findByPost(withPhoto.id))[0]);
    expect(media.sha256).toMatch(/^[0-9a-f]{64}$/);
    await waitFor('no image left pending', async () => ((await posts.findById(withPhoto.id))?.mediaPending ?? []).length === 0);

    await after.get(AuthService).addUser(CLI_ACTOR, { email: 'op@example.org', name: 'Op', roles: ['operator'] });
    await after.get(AuthService).setPassword(CLI_ACTOR, 'op@example.org', TEST_PASSWORD);
    const page = await (await WebSession.signIn(after.baseUrl, 'op@example.org', TEST_PASSWORD)).get('/queues');
    expect(page.status).toBe(200);
    expect(Number(/id="posts-requeued">(\d+)</.exec(page.body)?.[1])).toBe(POSTS);
    expect(Number(/id="stalled-posts">(\d+)</.exec(page.body)?.[1])).toBe(0);
  });

  it('queues again a photo whose media job was lost after its post was extracted', async () => {
    const posts = after!.get(PostRepository);
    const sweeper = after!.get(SweeperService);
    const [withPhoto] = (await posts.find({ sourceId, limit: 100 })).filter((p) => p.media.length > 0);
    const hash = urlHash(withPhoto.media[0].url);
    const queue = after!.queue.queue(QueueName.Media);
    const jobId = `media.${hash}.${withPhoto.id}`;
    const requeuedBefore = (await sweeper.status()).totals.mediaRequeued;
    await (await queue.getJob(jobId))?.remove();
    await posts.setMediaPending(withPhoto.id, [hash]);
    // The app's own sweeper (every 0.2 s here) finds it, as it would in production: a sweep called from
    // the test as well would race it for the same job and count it either way.
    await waitFor('the photo queued again', async () => (await sweeper.status()).totals.mediaRequeued > requeuedBefore);
    await waitFor('the photo settled again', async () => ((await posts.findById(withPhoto.id))?.mediaPending ?? ['x']).length === 0);
    expect(await queue.getJobState(jobId)).toBe('completed');
    expect((await sweeper.status()).totals).toMatchObject({ mediaRequeued: requeuedBefore + 1, postsRequeued: POSTS });
  });

  it('closes a run left running (its process died) as abandoned when the source runs next', async () => {
    const runs = after!.get(CollectorRunRepository);
    const stranded = await runs.start(sourceId, 'dead-worker-job', 1, new Date(Date.now() - 3600_000));
    const asked = new Date();
    await after!.get(SourcesService).resume(CLI_ACTOR, sourceId);
    await after!.get(SourcesService).runNow(CLI_ACTOR, sourceId);
    const list = await waitFor('a new run to succeed', async () => {
      const rows = await runs.listForSource(sourceId, 10);
      return rows.some((r) => r.startedAt >= asked && r.status === 'succeeded') ? rows : undefined;
    });
    expect(list.find((r) => r.id === stranded)).toMatchObject({ status: 'abandoned', error: expect.stringMatching(/stopped before it finished/) });
  });

  it('marks a post failed, with the reason, when its extract job is found failed instead of queueing it again', async () => {
    await after!.close();
    after = null;
    // No worker here: the failure comes from a worker of the test's own, as when one kept dying on the job.
    const quiet = await startTestApp(env, { ATHAR_ROLES: 'api', SWEEP_STALE_AFTER_MINUTES: '0.001' });
    const connection = new IORedis(env.redisUrl, { maxRetriesPerRequest: null });
    try {
      const posts = quiet.get(PostRepository);
      const [target] = await posts.find({ sourceId, limit: 1 });
      await posts.setPipeline(target.id, 'extracting');
      const jobId = `extract.${target.id}.${CURRENT_EXTRACTOR_VERSION}`;
      const queue = quiet.queue.queue(QueueName.Extract);
      await (await queue.getJob(jobId))?.remove();
      await queue.add(JobName.ExtractPost, { postId: target.id, extractorVersion: CURRENT_EXTRACTOR_VERSION }, { jobId });
      const failing = new Worker(QueueName.Extract, () => Promise.reject(new UnrecoverableError('job stalled more than allowable limit')), {
        connection,
        prefix: env.queuePrefix,
      });
      await waitFor('the job to fail', async () => (await queue.getJob(jobId))?.failedReason);
      await failing.close();

      const report = await quiet.get(SweeperService).sweep();
      expect(report).toMatchObject({ postsFailed: 1, postsRequeued: 0 });
      expect((await posts.findById(target.id))?.pipeline).toMatchObject({
        status: 'failed',
        error: 'extraction failed: job stalled more than allowable limit',
      });
      expect(await queue.getJobState(jobId)).toBe('failed');
    } finally {
      connection.disconnect();
      await quiet.close();
    }
  });
});
