import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { SourceRepository } from '../src/sources/source.repository';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(60_000);

describe('an RSS source, end to end (api + worker + scheduler in one process)', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;
  let researcher: ReturnType<typeof api>;
  const logLines: string[] = [];
  let stdout: jest.SpyInstance;

  beforeAll(async () => {
    // Logs at info level are captured for the privacy check at the end of this file.
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logLines.push(String(chunk));
      return true;
    });
    fixtures = await startFixtureServer();
    fixtures.route('/feeds/detainees.rss', serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml; charset=utf-8'));
    fixtures.route('/feeds/guardian.rss', serveFixture('rss/guardian.rss', 'application/rss+xml', { conditional: false }));
    env = isolatedEnv('pipeline');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
    researcher = api(test.baseUrl, await tokenFor(test, 'researcher'));
  });

  afterAll(async () => {
    stdout.mockRestore();
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  /** The source's runs, newest first, once `count` of them have finished. */
  function finishedRuns(sourceId: string, count: number) {
    return waitFor(`${count} finished run(s)`, async () => {
      const runs = await test.get(CollectorRunRepository).listForSource(sourceId, 10);
      return runs.length >= count && runs.every((r) => r.status !== 'running') && runs;
    });
  }

  /** What a resumed source or the next interval does: makes it due now. */
  async function makeDue(sourceId: string) {
    await test.get(SourceRepository).update(sourceId, { nextRunAt: new Date(Date.now() - 1000) });
  }

  it('collects a real-format Arabic feed within a scheduler tick, extracts it, and serves it', async () => {
    const created = await operator.post('/api/sources', {
      type: 'rss',
      name: 'Detainee news (ar)',
      config: { url: `${fixtures.origin}/feeds/detainees.rss` },
      intervalMinutes: 30,
    });
    expect(created.status).toBe(201);
    const sourceId = created.body.id;

    const [run] = await finishedRuns(sourceId, 1);
    expect(run).toMatchObject({ status: 'succeeded', httpStatus: 200, counts: { fetched: 3, new: 3, duplicate: 0, filtered: 0 } });
    await waitForQueuesToDrain(test.queue);

    const list = await researcher.get(`/api/posts?sourceId=${sourceId}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    for (const post of list.body.items) expect(post.pipeline.status).toBe('extracted');

    const khatib = list.body.items.find((p: { title: string }) => p.title?.includes('الخطيب'));
    expect(khatib).toMatchObject({
      url: 'https://news.example/news/1',
      lang: 'ar',
      publishedAt: '2024-12-10T11:30:00.000Z',
      media: [expect.objectContaining({ url: 'https://news.example/uploads/2024/12/khatib.jpg', type: 'image' })],
    });
    expect(khatib.raw.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A relative item link resolves against the URL the feed was fetched from.
    expect(list.body.items.map((p: { url: string }) => p.url)).toContain(`${fixtures.origin}/news/3`);

    const detail = await researcher.get(`/api/posts/${khatib.id}`);
    expect(detail.status).toBe(200);
    const names = detail.body.mentions.map((m: { name: string }) => m.name);
    expect(names).toContain('محمد أحمد الخطيب');
    for (const m of detail.body.mentions) {
      expect(detail.body.text.slice(m.start, m.end)).toBe(m.name);
      expect(m.review.status).toBe('pending');
    }

    const source = await operator.get(`/api/sources/${sourceId}`);
    expect(source.body.health).toMatchObject({ state: 'ok', consecutiveFailures: 0, lastRunNewItems: 3, lastError: null });
  });

  it('a second run answered 304 (conditional GET) stores nothing new', async () => {
    const created = await operator.post('/api/sources', { type: 'rss', name: 'conditional', config: { url: `${fixtures.origin}/feeds/detainees.rss` } });
    const sourceId = created.body.id;
    expect((await finishedRuns(sourceId, 1))[0].status).toBe('succeeded');
    await waitForQueuesToDrain(test.queue);

    await makeDue(sourceId);
    const runs = await finishedRuns(sourceId, 2);
    expect(runs[0]).toMatchObject({ status: 'succeeded', httpStatus: 304, notModified: true, counts: { fetched: 0, new: 0 } });
    const conditional = fixtures.requests.filter((r) => r.path === '/feeds/detainees.rss').pop();
    expect(conditional?.headers['if-none-match']).toBeTruthy();
    const posts = await researcher.get(`/api/posts?sourceId=${sourceId}`);
    expect(posts.body.items).toHaveLength(3);
  });

  it('a second full fetch of the same feed finds only duplicates; keyword filters count what they drop', async () => {
    const created = await operator.post('/api/sources', {
      type: 'rss',
      name: 'guardian, filtered',
      config: { url: `${fixtures.origin}/feeds/guardian.rss` },
      keywords: { include: ['trump', 'brexit'], exclude: [] },
    });
    const sourceId = created.body.id;
    const [first] = await finishedRuns(sourceId, 1);
    expect(first.status).toBe('succeeded');
    expect(first.counts.fetched).toBeGreaterThan(0);
    expect(first.counts.filtered).toBeGreaterThan(0);
    expect(first.counts.new + first.counts.filtered).toBe(first.counts.fetched);
    await waitForQueuesToDrain(test.queue);

    const stored = await researcher.get(`/api/posts?sourceId=${sourceId}&limit=200`);
    expect(stored.body.items).toHaveLength(first.counts.new);
    for (const post of stored.body.items) expect(post.text.toLowerCase()).toMatch(/trump|brexit/);

    await makeDue(sourceId);
    const runs = await finishedRuns(sourceId, 2);
    expect(runs[0]).toMatchObject({ status: 'succeeded', httpStatus: 200, notModified: false });
    expect(runs[0].counts).toEqual({ fetched: first.counts.fetched, new: 0, duplicate: first.counts.new, filtered: first.counts.filtered });
    const again = await researcher.get(`/api/posts?sourceId=${sourceId}&limit=200`);
    expect(again.body.items).toHaveLength(first.counts.new);
  });

  it('pages through posts with a cursor, each post exactly once, and filters by status and date', async () => {
    const all = await researcher.get('/api/posts?limit=200');
    const total = all.body.items.length;
    expect(total).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await researcher.get(
        `/api/posts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((p) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const failed = await researcher.get('/api/posts?status=failed');
    expect(failed.body.items).toEqual([]);
    const dec2024 = await researcher.get('/api/posts?from=2024-12-10&to=2024-12-11');
    expect(dec2024.body.items.length).toBeGreaterThan(0);
    for (const p of dec2024.body.items) expect(p.publishedAt.startsWith('2024-12-10')).toBe(true);

    const bad = await researcher.get('/api/posts?status=done&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/status/);
    expect(bad.body.message).toMatch(/from/);
  });

  it('fetches politely as itself, and logs as JSON without any post text or name at info level', async () => {
    const feedRequests = fixtures.requests.filter((r) => r.path.startsWith('/feeds/'));
    expect(feedRequests.length).toBeGreaterThan(0);
    for (const r of feedRequests) expect(r.headers['user-agent']).toMatch(/^AtharBot\//);

    const lines = logLines.join('').split('\n').filter(Boolean);
    expect(lines.some((l) => l.includes('"collected"'))).toBe(true);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toMatch(/[\u0600-\u06FF]/);
      expect(line).not.toMatch(/Darwish|Khatib|Trump|Brexit/i);
    }
  });
});
