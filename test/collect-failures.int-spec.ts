import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { PostRepository } from '../src/posts/post.repository';
import { SourceRepository } from '../src/sources/source.repository';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(60_000);

describe('a source that fails', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.route('/gone.rss', (_req, res) => res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>'));
    fixtures.route('/broken.rss', (_req, res) => res.writeHead(500).end('Internal Server Error'));
    fixtures.route('/busy.rss', (_req, res) => res.writeHead(503, { 'Retry-After': '0' }).end());
    fixtures.route('/slow.rss', (_req, res) => void setTimeout(() => res.writeHead(200).end('<rss/>'), 5000));
    fixtures.route('/moved.rss', serveFixture('rss/unrecognized.rss', 'text/html; charset=utf-8'));
    fixtures.route('/huge.rss', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(Buffer.alloc(300 * 1024, 'a')));
    fixtures.route('/to-metadata.rss', (_req, res) => res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end());
    fixtures.route('/to-other-port.rss', (_req, res) => res.writeHead(301, { Location: 'http://127.0.0.1:1/feed' }).end());
    fixtures.route('/good.rss', serveFixture('rss/heise.atom', 'application/atom+xml'));
    fixtures.route('/garbage.rss', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('{"items": [1, 2, 3]}'));
    fixtures.route('/json.html', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": []}'));
    fixtures.route('/s/cut_channel', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Telegram: Contact @cut_'),
    );
    // 50 MB, streamed: the client must give up long before the end.
    fixtures.route('/50mb.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    env = isolatedEnv('failures');
    test = await startTestApp(env, {
      FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort,
      FETCH_TIMEOUT_MS: '800',
      FETCH_MAX_BYTES: String(200 * 1024),
      FETCH_HOST_INTERVAL_MS: '0',
      SOURCE_FAILING_AFTER: '2',
      TELEGRAM_BASE_URL: fixtures.origin,
    });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  async function collectUntilSettled(path: string, url = `${fixtures.origin}${path}`, definition: object = { type: 'rss', config: { url } }) {
    const created = await operator.post('/api/sources', { name: path, ...definition });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    await waitFor(`a finished run of ${path}`, async () => {
      const runs = await test.get(CollectorRunRepository).listForSource(id, 10);
      return runs.length > 0 && runs.every((r) => r.status !== 'running');
    });
    await waitForQueuesToDrain(test.queue);
    const runs = (await operator.get(`/api/sources/${id}/runs`)).body.items;
    const source = (await operator.get(`/api/sources/${id}`)).body;
    const posts = await test.get(PostRepository).countBySource(id);
    return { runs, source, posts };
  }

  it.each([
    ['/gone.rss', /HTTP 404 \(not found\)/, 1, 404],
    ['/moved.rss', /not an RSS or Atom feed: the server returned an HTML page \(Document Moved\)/, 1, 200],
    ['/huge.rss', /larger than the 200 KB limit/, 1, null],
    ['/to-metadata.rss', /refused to fetch 169\.254\.169\.254: not a public internet address/, 1, null],
    ['/to-other-port.rss', /refused to fetch 127\.0\.0\.1: not a public internet address/, 1, null],
    ['/garbage.rss', /^not an RSS or Atom feed/, 1, 200],
  ])('%s fails at once, permanently, with a readable error and nothing stored', async (path, error, attempts, httpStatus) => {
    const { runs, source, posts } = await collectUntilSettled(path);
    expect(runs).toHaveLength(attempts);
    expect(runs[0]).toMatchObject({ status: 'failed', errorKind: 'permanent', httpStatus });
    expect(runs[0].error).toMatch(error);
    expect(source.health).toMatchObject({ state: 'error', consecutiveFailures: attempts });
    expect(source.health.lastError).toMatch(error);
    expect(posts).toBe(0);
  });

  it.each([
    ['/broken.rss', /HTTP 500/],
    ['/busy.rss', /HTTP 503/],
    ['/slow.rss', /no complete answer within 0\.8 s/],
  ])('%s is retried with backoff, then left failed with a readable error and nothing stored', async (path, error) => {
    const { runs, source, posts } = await collectUntilSettled(path);
    // JOB_ATTEMPTS=2 in tests: the first attempt and one retry, each leaving a failed run.
    await waitFor('the retry', async () => (await operator.get(`/api/sources/${source.id}/runs`)).body.items.length === 2);
    const all = (await operator.get(`/api/sources/${source.id}/runs`)).body.items;
    expect(all.map((r: { attempt: number }) => r.attempt)).toEqual([2, 1]);
    for (const run of all) {
      expect(run).toMatchObject({ status: 'failed', errorKind: 'transient' });
      expect(run.error).toMatch(error);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const after = (await operator.get(`/api/sources/${source.id}`)).body;
    // Transient failures never mark a source failing: it stays scheduled.
    expect(after.health).toMatchObject({ state: 'error', consecutiveFailures: 2, consecutivePermanentFailures: 0 });
    expect(posts).toBe(0);
  });

  it.each([
    ['a 50 MB page', '/50mb.html', { type: 'html', config: { url: '', selectors: { item: 'article' } } }, /larger than the 200 KB limit/],
    [
      'the wrong content type',
      '/json.html',
      { type: 'html', config: { url: '', selectors: { item: 'article' } } },
      /unexpected content type "application\/json" \(expected a web page \(text\/html\)\)/,
    ],
    ['a truncated Telegram page', '/s/cut_channel', { type: 'telegram', config: { channel: 'cut_channel' } }, /not a Telegram channel preview page/],
  ])('%s is a clear permanent error, nothing stored', async (_what, path, definition, error) => {
    const def = definition as { type: string; config: { url?: string } };
    if (def.config.url !== undefined) def.config.url = `${fixtures.origin}${path}`;
    const { runs, posts } = await collectUntilSettled(path, undefined, def);
    expect(runs[0]).toMatchObject({ status: 'failed', errorKind: 'permanent' });
    expect(runs[0].error).toMatch(error);
    expect(posts).toBe(0);
  });

  it('marks a source failing after N permanent failures in a row, stops scheduling it, and run-now tries again', async () => {
    const { source } = await collectUntilSettled('/gone.rss');
    const sources = test.get(SourceRepository);
    const runs = () => test.get(CollectorRunRepository).listForSource(source.id, 10);
    await sources.update(source.id, { nextRunAt: new Date(Date.now() - 1000) });
    await waitFor('the second run', async () => (await runs()).length === 2 && (await runs()).every((r) => r.status !== 'running'));
    await waitForQueuesToDrain(test.queue);
    const failing = (await operator.get(`/api/sources/${source.id}`)).body;
    expect(failing.health).toMatchObject({ state: 'failing', consecutivePermanentFailures: 2 });

    await sources.update(source.id, { nextRunAt: new Date(Date.now() - 1000) });
    await new Promise((r) => setTimeout(r, 800));
    expect(await runs()).toHaveLength(2);

    expect((await operator.post(`/api/sources/${source.id}/run`)).status).toBe(202);
    await waitFor('the run asked for', async () => (await runs()).length === 3 && (await runs()).every((r) => r.status !== 'running'));
    await waitForQueuesToDrain(test.queue);
    expect((await operator.get(`/api/sources/${source.id}`)).body.health).toMatchObject({ state: 'error', consecutivePermanentFailures: 1 });
  });

  it('refuses a source URL on a private address outright', async () => {
    const { runs, posts } = await collectUntilSettled('private address', 'http://127.0.0.1:9/feed.rss');
    expect(runs[0]).toMatchObject({ status: 'failed', errorKind: 'permanent' });
    expect(runs[0].error).toMatch(/refused to fetch 127\.0\.0\.1: not a public internet address/);
    expect(posts).toBe(0);
  });

  it('keeps running: health is ok and a good source still collects after all the failures', async () => {
    const health = await fetch(`${test.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { mongodb: 'up', redis: 'up' } });
    const { runs, posts, source } = await collectUntilSettled('/good.rss');
    expect(runs[0]).toMatchObject({ status: 'succeeded', counts: { new: posts } });
    expect(posts).toBeGreaterThan(0);
    expect(source.health.state).toBe('ok');
  });
});
