import { CollectorRunRepository } from '../src/collectors/collector-run.repository';
import { PostRepository } from '../src/posts/post.repository';
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
    env = isolatedEnv('failures');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_TIMEOUT_MS: '800', FETCH_MAX_BYTES: String(200 * 1024) });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  async function collectUntilSettled(path: string, url = `${fixtures.origin}${path}`) {
    const created = await operator.post('/api/sources', { type: 'rss', name: path, config: { url } });
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
  ])('%s fails at once, permanently, with a readable error and nothing stored', async (path, error, attempts, httpStatus) => {
    const { runs, source, posts } = await collectUntilSettled(path);
    expect(runs).toHaveLength(attempts);
    expect(runs[0]).toMatchObject({ status: 'failed', errorKind: 'permanent', httpStatus });
    expect(runs[0].error).toMatch(error);
    expect(source.health).toMatchObject({ state: 'failing', consecutiveFailures: attempts });
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
    expect(after.health).toMatchObject({ state: 'failing', consecutiveFailures: 2 });
    expect(posts).toBe(0);
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
