import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { parsePrometheusText, Scrape } from './helpers/prometheus-text';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(60_000);

const SCRAPE_TOKEN = 'scrape-token-for-the-metrics-test-0123456789';

/** What Prometheus does: GET /metrics with its bearer token, then read the text. */
async function scrape(baseUrl: string, token = SCRAPE_TOKEN): Promise<Scrape> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await res.text());
}

describe('GET /metrics and the health checks (api + worker + scheduler in one process)', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.route('/feeds/detainees.rss', serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml; charset=utf-8'));
    env = isolatedEnv('metrics');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, METRICS_TOKEN: SCRAPE_TOKEN });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  it('is for Prometheus (the scrape token) and admins (API token or session); others get 401 or 403', async () => {
    const anonymous = await fetch(`${test.baseUrl}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await api(test.baseUrl, `${SCRAPE_TOKEN}x`).get('/metrics')).status).toBe(401);
    expect((await api(test.baseUrl, SCRAPE_TOKEN.slice(0, -1)).get('/metrics')).status).toBe(401);
    for (const role of ['researcher', 'reviewer', 'operator'] as const) {
      const res = await api(test.baseUrl, await tokenFor(test, role)).get('/metrics');
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/admin/);
    }

    const admin = await api(test.baseUrl, await tokenFor(test, 'admin')).get<string>('/metrics');
    expect(admin.status).toBe(200);
    expect(admin.body).toMatch(/^# HELP /m);

    const auth = test.get(AuthService);
    for (const [email, role, status] of [
      ['metrics-admin@example.org', 'admin', 200],
      ['metrics-researcher@example.org', 'researcher', 403],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: role, roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
      const session = await WebSession.signIn(test.baseUrl, email, TEST_PASSWORD);
      expect((await session.get('/metrics')).status).toBe(status);
    }
    expect((await scrape(test.baseUrl)).samples.length).toBeGreaterThan(0);
  });

  it('shows queues, jobs, fetches, collector runs, extraction, review backlog, sources and HTTP latency', async () => {
    fixtures.route('/feeds/gone.rss', (_req, res) => void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('gone'));
    const good = await operator.post('/api/sources', { type: 'rss', name: 'Detainee news', config: { url: `${fixtures.origin}/feeds/detainees.rss` } });
    const gone = await operator.post('/api/sources', { type: 'rss', name: 'Moved feed', config: { url: `${fixtures.origin}/feeds/gone.rss` } });
    expect([good.status, gone.status]).toEqual([201, 201]);
    const runs = test.get(CollectorRunRepository);
    await waitFor('both sources to finish a run', async () => {
      const finished = await Promise.all([good, gone].map(async (s) => (await runs.listForSource(s.body.id, 5)).some((r) => r.status !== 'running')));
      return finished.every(Boolean);
    });
    await waitForQueuesToDrain(test.queue);
    const posts = await operator.get(`/api/posts?sourceId=${good.body.id}`);
    expect(posts.body.items).toHaveLength(3);
    await operator.get(`/api/posts/${posts.body.items[0].id}`);
    await operator.get('/api/posts/0123456789abcdef01234567');

    const m = await scrape(test.baseUrl);

    // Queue depths: drained, so nothing waits, and the extract jobs are kept as completed.
    expect(m.types.get('athar_queue_jobs')).toBe('gauge');
    for (const queue of ['collect', 'extract', 'media'])
      expect(m.find('athar_queue_jobs', { queue, state: 'waiting' })).toEqual([expect.objectContaining({ value: 0 })]);
    expect(m.sum('athar_queue_jobs', { queue: 'extract', state: 'completed' })).toBeGreaterThanOrEqual(3);

    // Job durations per queue, with outcomes.
    expect(m.types.get('athar_job_duration_seconds')).toBe('histogram');
    expect(m.sum('athar_job_duration_seconds_count', { queue: 'collect', job: 'collect-source', outcome: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(m.sum('athar_job_duration_seconds_count', { queue: 'collect', job: 'collect-source', outcome: 'failed' })).toBeGreaterThanOrEqual(1);
    expect(m.sum('athar_job_duration_seconds_count', { queue: 'extract', job: 'extract-post', outcome: 'completed' })).toBeGreaterThanOrEqual(3);
    expect(m.find('athar_job_duration_seconds_bucket', { queue: 'extract', le: '+Inf' }).length).toBeGreaterThan(0);

    // Fetches per host and status: the feed, the 404, and photo URLs the test settings refuse.
    expect(m.sum('athar_fetches_total', { host: fixtures.hostPort, status: '200' })).toBeGreaterThanOrEqual(1);
    expect(m.sum('athar_fetches_total', { host: fixtures.hostPort, status: '404' })).toBeGreaterThanOrEqual(1);
    expect(m.sum('athar_fetches_total', { host: 'news.example', status: 'refused' })).toBeGreaterThanOrEqual(1);

    // Collector runs per source and outcome; sources by state.
    expect(m.sum('athar_collector_runs_total', { source: good.body.id, outcome: 'completed' })).toBe(1);
    expect(m.sum('athar_collector_runs_total', { source: gone.body.id, outcome: 'failed' })).toBe(1);
    expect(m.sum('athar_collector_runs_total', { source: good.body.id, outcome: 'failed' })).toBe(0);
    expect(m.find('athar_source_health', { source: good.body.id, name: 'Detainee news', type: 'rss', state: 'ok' })).toHaveLength(1);
    expect(m.find('athar_source_health', { source: gone.body.id, state: 'error' })).toHaveLength(1);
    expect(m.sum('athar_sources', { type: 'rss', state: 'ok' })).toBe(1);
    expect(m.sum('athar_source_consecutive_failures', { source: gone.body.id })).toBe(1);
    expect(m.find('athar_source_last_success_timestamp_seconds', { source: good.body.id })).toHaveLength(1);
    expect(m.find('athar_source_last_success_timestamp_seconds', { source: gone.body.id })).toHaveLength(0);

    // Extraction throughput and the review backlog (nobody has reviewed anything yet).
    expect(m.types.get('athar_extraction_posts_total')).toBe('counter');
    expect(m.sum('athar_extraction_posts_total', { outcome: 'completed' })).toBe(3);
    expect(m.sum('athar_review_backlog_posts', { status: 'new' })).toBe(3);
    expect(m.sum('athar_review_backlog_posts', { status: 'in_review' })).toBe(0);

    // HTTP latency per route pattern: ids never become label values.
    expect(m.sum('athar_http_request_duration_seconds_count', { method: 'POST', route: '/api/sources', status: '201' })).toBe(2);
    expect(m.sum('athar_http_request_duration_seconds_count', { method: 'GET', route: '/api/posts/:id', status: '200' })).toBe(1);
    expect(m.sum('athar_http_request_duration_seconds_count', { method: 'GET', route: '/api/posts/:id', status: '404' })).toBe(1);
    expect(m.samples.filter((s) => Object.values(s.labels).some((v) => /[0-9a-f]{24}/.test(v) && s.name.startsWith('athar_http')))).toEqual([]);

    // This process leads the scheduling, and reports its own resources.
    expect(m.sum('athar_scheduler_leader')).toBe(1);
    expect(m.sum('athar_scheduler_enqueued_total')).toBeGreaterThanOrEqual(2);
    expect(m.sum('process_resident_memory_bytes')).toBeGreaterThan(0);

    // Every metric the Grafana dashboard in docs/ charts is one this scrape serves.
    const dashboard = readFileSync(join(__dirname, '..', 'docs', 'grafana-athar.json'), 'utf8');
    const charted = new Set([...dashboard.matchAll(/\b((?:athar|process|nodejs)_[a-z0-9_]+)/g)].map((x) => x[1].replace(/_(bucket|count|sum)$/, '')));
    expect(charted.size).toBeGreaterThan(10);
    expect([...charted].filter((name) => !m.types.has(name))).toEqual([]);
  });

  it('tells liveness (the process answers) from readiness (MongoDB and Redis answer), and keeps /health', async () => {
    const live = await api(test.baseUrl).get('/health/live');
    expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
    for (const path of ['/health/ready', '/health']) {
      expect(await api(test.baseUrl).get(path)).toMatchObject({ status: 200, body: { status: 'ok', checks: { mongodb: 'up', redis: 'up' } } });
    }

    // A process whose Redis is gone is alive (do not restart it) but not ready (send it nothing).
    // BullMQ prints every failed reconnection to the console; this test expects them.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const cut = await startTestApp(env, { ATHAR_ROLES: 'api', REDIS_URL: 'redis://127.0.0.1:9' });
    try {
      expect((await api(cut.baseUrl).get('/health/live')).status).toBe(200);
      for (const path of ['/health/ready', '/health']) {
        expect(await api(cut.baseUrl).get(path)).toMatchObject({ status: 503, body: { status: 'error', checks: { mongodb: 'up', redis: 'down' } } });
      }
    } finally {
      await cut.close();
      quiet.mockRestore();
    }
  });
});
