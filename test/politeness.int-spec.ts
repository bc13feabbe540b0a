import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(60_000);

const SPACING_MS = 300;

describe('politeness towards the sites we collect from', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;
  let limitedHits = 0;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.route('/robots.txt', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('User-agent: *\nAllow: /\n'));
    for (const name of ['a', 'b', 'c']) fixtures.route(`/feeds/${name}.rss`, serveFixture('rss/heise.atom', 'application/atom+xml', { conditional: false }));
    fixtures.route('/limited.rss', (req, res) => {
      limitedHits++;
      if (limitedHits === 1) return void res.writeHead(429, { 'Retry-After': '2', 'Content-Type': 'text/plain' }).end('slow down');
      serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml')(req, res);
    });
    env = isolatedEnv('polite');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: String(SPACING_MS), COLLECT_CONCURRENCY: '3' });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  it('spaces requests to one host, across concurrent jobs, by the configured interval', async () => {
    const ids = await Promise.all(
      ['a', 'b', 'c'].map(
        async (name) => (await operator.post('/api/sources', { type: 'rss', name, config: { url: `${fixtures.origin}/feeds/${name}.rss` } })).body.id,
      ),
    );
    const runs = test.get(CollectorRunRepository);
    await waitFor('three finished runs', async () => {
      const all = (await Promise.all(ids.map((id) => runs.listForSource(id, 5)))).flat();
      return all.length === 3 && all.every((r) => r.status === 'succeeded');
    });
    await waitForQueuesToDrain(test.queue);
    const times = fixtures.requests.map((r) => r.at);
    expect(fixtures.requests.filter((r) => r.path.startsWith('/feeds/'))).toHaveLength(3);
    expect(fixtures.requests.filter((r) => r.path === '/robots.txt').length).toBeGreaterThanOrEqual(1);
    // The limiter hands out slots SPACING_MS apart on Redis's clock; this server sees them after
    // each request's own trip through a loaded machine, which can shift one by tens of ms (276 ms
    // was seen against 300). Without the limiter these requests arrive within a few ms of each
    // other, so half the interval still tells the two apart, and the whole run must span the slots.
    const slack = SPACING_MS / 2;
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(SPACING_MS - slack);
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual((times.length - 1) * SPACING_MS - slack);
    for (const r of fixtures.requests) expect(r.headers['user-agent']).toMatch(/^AtharBot\/\d/);
  });

  it("waits as long as a 429 answer's Retry-After asks before trying again", async () => {
    const created = await operator.post('/api/sources', { type: 'rss', name: 'limited', config: { url: `${fixtures.origin}/limited.rss` } });
    const runs = await waitFor('the retried run', async () => {
      const all = await test.get(CollectorRunRepository).listForSource(created.body.id, 5);
      return all.length === 2 && all.every((r) => r.status !== 'running') && all;
    });
    const [second, first] = runs;
    expect(first).toMatchObject({ status: 'failed', errorKind: 'transient', httpStatus: 429, error: 'the server answered HTTP 429' });
    expect(second).toMatchObject({ status: 'succeeded', attempt: 2, counts: { new: 3 } });
    // RETRY_BASE_DELAY_MS is 50 in tests: only Retry-After explains a two-second wait.
    expect(second.startedAt.getTime() - first.finishedAt!.getTime()).toBeGreaterThanOrEqual(1900);
  });
});
