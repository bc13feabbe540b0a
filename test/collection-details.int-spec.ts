import mongoose from 'mongoose';
import sharp from 'sharp';
import { AuthService } from '../src/auth/auth.service';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { toNewPost } from '../src/collectors/to-new-post';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, readFixture, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(90_000);

const CHANNEL = 'syria_detainees_test';
const DAY = 86_400_000;

describe('collection details: the day posts were collected, a source that recovered, Telegram history pages and videos', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;
  let admin: WebSession;
  // What the fixture server answers for the channel, and for its older pages (?before=).
  let latestPage: string | null = null;
  let olderPage: (before: string) => string | null = () => null;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    for (const [i, name] of ['synthetic-ar-album-1.jpg', 'synthetic-ar-album-2.jpg', 'synthetic-ar-video-thumb.jpg'].entries()) {
      const jpeg = await sharp({ create: { width: 160, height: 90, channels: 3, background: { r: 40 + 80 * i, g: 90, b: 140 } } })
        .jpeg()
        .toBuffer();
      fixtures.route(`/file/${name}`, (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(jpeg));
    }
    fixtures.route('/robots.txt', (_req, res) => void res.writeHead(404).end());
    fixtures.route(`/s/${CHANNEL}`, (req, res) => {
      const before = new URL(req.url!, 'http://x').searchParams.get('before');
      const body = before ? olderPage(before) : latestPage;
      if (body === null) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    });
    env = isolatedEnv('collection');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, TELEGRAM_BASE_URL: fixtures.origin, FETCH_HOST_INTERVAL_MS: '0' });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
    await test.get(AuthService).addUser(CLI_ACTOR, { email: 'ada@example.org', name: 'Ada', roles: ['admin'] });
    await test.get(AuthService).setPassword(CLI_ACTOR, 'ada@example.org', TEST_PASSWORD);
    admin = await WebSession.signIn(test.baseUrl, 'ada@example.org', TEST_PASSWORD);
  });

  afterAll(async () => {
    await test?.close();
    if (env) await cleanUp(env);
    await fixtures?.close();
  });

  /** The synthetic channel page, its photos served by the fixture server; `shift` moves every message id. */
  const channelPage = (shift = 0) =>
    readFixture('telegram-arabic/tme_s_synthetic_ar.html')
      .replaceAll('https://cdn4.telesco.pe/file/', `${fixtures.origin}/file/`)
      .replace(new RegExp(`${CHANNEL}/(\\d+)`, 'g'), (_m, id: string) => `${CHANNEL}/${Number(id) + shift}`)
      .replace(
        /before=11" class="tme_messages_more js-messages_more" data-before="11"/,
        `before=${11 + shift}" class="tme_messages_more js-messages_more" data-before="${11 + shift}"`,
      );

  async function runs(sourceId: string, count: number) {
    const found = await waitFor(`${count} finished run(s)`, async () => {
      const list = await test.get(CollectorRunRepository).listForSource(sourceId, 20);
      return list.length >= count && list.every((r) => r.status !== 'running') && list;
    });
    await waitForQueuesToDrain(test.queue);
    return found;
  }

  async function runNow(sourceId: string) {
    const before = (await test.get(CollectorRunRepository).listForSource(sourceId, 20)).length;
    expect((await operator.post(`/api/sources/${sourceId}/run`)).status).toBe(202);
    return (await runs(sourceId, before + 1))[0];
  }

  it('a failing history page ends the run with the newer page, a warning on the run, and the source healthy', async () => {
    latestPage = channelPage();
    olderPage = () => '<html><head><title>Oops</title></head><body><p>Something went wrong</p></body></html>';
    const created = await operator.post('/api/sources', { type: 'telegram', name: 'History fails', config: { channel: CHANNEL, backfillPages: 2 } });
    expect(created.status).toBe(201);
    const [run] = await runs(created.body.id, 1);
    expect(run).toMatchObject({ status: 'succeeded', error: null, counts: { fetched: 3, new: 3 } });
    expect(run.note).toMatch(
      /the older page before message 11 could not be read \(not a Telegram channel preview page: the page "Oops" has no message history\); the run kept the 1 newer page/,
    );
    const source = await operator.get(`/api/sources/${created.body.id}`);
    expect(source.body.health).toMatchObject({ state: 'ok', lastError: null, lastRunNewItems: 3 });
    const page = await admin.get(`/sources/${created.body.id}`);
    expect(page.body).toContain('could not be read');

    // Catching up later with a gap between what it has and what it reads: the older page fails again,
    // so the cursor stays and the next run pages back over the gap once it can.
    latestPage = channelPage(20);
    const gap = await runNow(created.body.id);
    expect(gap).toMatchObject({ status: 'succeeded', counts: { new: 3 } });
    expect(gap.note).toMatch(/before message 31 could not be read/);
    olderPage = (before) => (before === '31' ? channelPage(10) : before === '21' ? channelPage() : null);
    const filled = await runNow(created.body.id);
    expect(filled).toMatchObject({ status: 'succeeded', note: null, counts: { new: 3, duplicate: 3 } });
    const stored = await test.get(PostRepository).find({ sourceId: created.body.id, limit: 50 });
    expect(stored.map((p) => p.externalId).sort()).toEqual([11, 12, 14, 21, 22, 24, 31, 32, 34].map((n) => `${CHANNEL}/${n}`).sort());
  });

  it('keeps a Telegram video as a video with its thumbnail, and the media stage stores the thumbnail', async () => {
    const [posted] = await test
      .get(PostRepository)
      .find({ limit: 50 })
      .then((all) => all.filter((p) => p.externalId === `${CHANNEL}/14`));
    const post = await operator.get(`/api/posts/${posted.id}`);
    expect(post.body.media).toEqual([
      { url: `https://t.me/${CHANNEL}/14`, type: 'video', description: null, thumbnailUrl: `${fixtures.origin}/file/synthetic-ar-video-thumb.jpg` },
    ]);
    expect(post.body.photos).toHaveLength(1);
    expect(post.body.photos[0]).toMatchObject({ mime: 'image/jpeg', width: 160, height: 90, urls: [`${fixtures.origin}/file/synthetic-ar-video-thumb.jpg`] });
    // The video itself (a t.me link) is never fetched: only pages and the thumbnail are.
    expect(fixtures.requests.filter((r) => r.path.startsWith('/file/')).map((r) => r.path)).toContain('/file/synthetic-ar-video-thumb.jpg');
    expect(fixtures.requests.some((r) => r.path === `/${CHANNEL}/14`)).toBe(false);
    // Reviewers and readers are told there is a video, with a link to it where the source has it.
    for (const path of [`/review/posts/${posted.id}`, `/posts/${posted.id}`]) {
      const page = await admin.get(path);
      expect(page.body).toMatch(new RegExp(`The post has a video; its thumbnail is among the photos: <a href="https://t\\.me/${CHANNEL}/14"[^>]*>video 1</a>`));
    }
    const photoOnly = (await test.get(PostRepository).find({ limit: 50 })).find((p) => p.externalId === `${CHANNEL}/11`)!;
    expect((await admin.get(`/review/posts/${photoOnly.id}`)).body).not.toContain('post-videos');
  });

  it('shows the last error of a source that recovered as history, not as its current state', async () => {
    latestPage = null;
    olderPage = () => null;
    const created = await operator.post('/api/sources', { type: 'telegram', name: 'Recovers', config: { channel: 'recovering_channel' } });
    fixtures.route('/s/recovering_channel', (_req, res) => {
      if (latestPage === null) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(latestPage);
    });
    const [failed] = await runs(created.body.id, 1);
    expect(failed.status).toBe('failed');
    const failing = await admin.get('/sources');
    const failingRow = rowOf(failing.body, created.body.id);
    expect(failingRow).toMatch(/class="error source-error"[^>]*>Last error \(.*\): .*the server answered HTTP 404/);
    expect(failingRow).not.toContain('source-error-history');

    latestPage = channelPage(100).replaceAll(CHANNEL, 'recovering_channel');
    expect(await runNow(created.body.id)).toMatchObject({ status: 'succeeded' });
    const list = rowOf((await admin.get('/sources')).body, created.body.id);
    expect(list).not.toContain('class="error');
    expect(list).toMatch(/class="muted source-error-history"[^>]*>Earlier error, before the last success \(.*\): .*the server answered HTTP 404/);
    const detail = (await admin.get(`/sources/${created.body.id}`)).body;
    expect(detail).toContain('source-error-history');
    expect(detail).not.toMatch(/class="error source-error"/);
  });

  it('counts posts on the overview by the day they were collected, older posts backfilled at start-up', async () => {
    const sources = test.get(SourcesService);
    const feed = await sources.create(CLI_ACTOR, {
      type: 'rss',
      name: 'Archive feed',
      config: { url: 'https://feeds.example/archive.rss' },
      keywords: { include: [], exclude: [] },
      enabled: false,
    });
    const now = Date.now();
    // Published two years ago, collected today: the chart shows them today, not two years back.
    const item = (id: string) => ({
      externalId: id,
      url: null,
      author: null,
      title: null,
      text: `Archive item ${id}`,
      publishedAt: new Date(now - 730 * DAY),
      media: [],
      raw: id,
    });
    await test.get(PostRepository).insertNew(
      feed.id,
      ['a', 'b', 'c'].map((id) => toNewPost(item(id), 'rss', new Date(now))),
    );
    // A post stored before the collection day existed, collected three days ago and published today.
    const old = { ...toNewPost({ ...item('d'), publishedAt: new Date(now) }, 'rss', new Date(now - 3 * DAY)), sourceId: new mongoose.Types.ObjectId(feed.id) };
    delete (old as { collectedDay?: string }).collectedDay;
    const conn = await mongoose.createConnection(env.mongodbUri).asPromise();
    await conn.collection('posts').insertOne(old);
    await conn.close();

    // Another process starting up (here an api-only one) fills in the missing day.
    const restarted = await startTestApp(env, { ATHAR_ROLES: 'api' });
    try {
      const web = await WebSession.signIn(restarted.baseUrl, 'ada@example.org', TEST_PASSWORD);
      const overview = (await web.get('/overview')).body;
      // The series' bars, oldest day first: three days ago (the backfilled post), then today.
      const bars = [...overview.matchAll(/<rect class="bar[^"]*"[^>]*data-series="Archive feed"[^>]*><title>[^<]*: (\d+)<\/title>/g)].map((m) => Number(m[1]));
      expect(bars).toEqual([1, 3]);
    } finally {
      await restarted.close();
    }
  });
});

/** One source's row of the /sources table. */
function rowOf(page: string, sourceId: string): string {
  const start = page.indexOf(`data-source="${sourceId}"`);
  expect(start).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</tr>', start));
}
