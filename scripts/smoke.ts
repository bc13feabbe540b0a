// node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/smoke.ts — a smoke test of a running deployment, end to end, as an operator would
// check it: health, an admin signing in, one RSS source collected, extracted and served.
//
//   ATHAR_URL       the app (default http://127.0.0.1:3000)
//   ATHAR_CLI       how to run the CLI against the same database (default: docker compose exec -T api athar)
//   SMOKE_FEED_URL  where the app can fetch test/fixtures/rss-arabic/detainees-ar.rss
//                   (default http://fixtures/feeds/detainees-ar.rss: .github/ci/compose.smoke.yml)
//   METRICS_TOKEN   when set, /metrics is read with it as well
//   SMOKE_TIMEOUT_S how long the source may take to be collected and extracted (default 180)
//
// Plain Node 24 (types are stripped), no dependencies: CI runs it without npm ci.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const base = (process.env.ATHAR_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const cli = process.env.ATHAR_CLI ?? 'docker compose exec -T api athar';
const feedUrl = process.env.SMOKE_FEED_URL ?? 'http://fixtures/feeds/detainees-ar.rss';
const metricsToken = process.env.METRICS_TOKEN ?? '';
const timeoutMs = Number(process.env.SMOKE_TIMEOUT_S ?? 180) * 1000;

const EXPECTED_POSTS = 3;
const EXPECTED_NAME = 'محمد أحمد الخطيب';

function ok(what: string): void {
  process.stdout.write(`ok    ${what}\n`);
}

function fail(what: string): never {
  process.stdout.write(`FAIL  ${what}\n`);
  process.exit(1);
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms = timeoutMs): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return fail(`${what} within ${ms / 1000} s${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
}

// The CLI takes seconds to start, long enough for the server to close an idle kept-alive
// connection as fetch reuses it: a request that meets a closed socket is sent once more.
async function http(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return fetch(url, init);
  }
}

function runCli(args: string, input?: string): string {
  return execSync(`${cli} ${args}`, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] }).trim();
}

function cookies(res: Response): Record<string, string> {
  return Object.fromEntries(res.headers.getSetCookie().map((line) => line.split(';')[0].split(/=(.*)/s).slice(0, 2) as [string, string]));
}

async function main(): Promise<void> {
  // 1. Health: the process answers, and so do MongoDB and Redis.
  const health = await waitFor('GET /health to answer 200', async () => {
    const res = await http(`${base}/health`);
    return res.ok ? ((await res.json()) as { checks: Record<string, string> }) : null;
  });
  if (health.checks.mongodb !== 'up' || health.checks.redis !== 'up') fail(`/health says ${JSON.stringify(health)}`);
  for (const path of ['/health/live', '/health/ready']) {
    if ((await http(`${base}${path}`)).status !== 200) fail(`${path} did not answer 200`);
  }
  ok('health: live, ready, MongoDB and Redis up');

  // 2. An admin, created with the CLI as the README says, signs in to the dashboard.
  const email = `smoke-${Date.now()}@example.org`;
  const password = randomBytes(18).toString('base64url');
  runCli(`users add --email ${email} --name Smoke --role admin`);
  runCli(`users set-password --email ${email}`, `${password}\n`);
  const token = runCli(`tokens create --email ${email} --name smoke`).split('\n').pop() ?? '';
  if (!token.startsWith('athar_')) fail('tokens create printed no token');
  const form = await http(`${base}/login`);
  const csrf = cookies(form).athar_login_csrf;
  if (!csrf) fail('the sign-in page set no CSRF cookie');
  const signIn = await http(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `athar_login_csrf=${csrf}` },
    body: new URLSearchParams({ email, password, _csrf: decodeURIComponent(csrf), next: '/sources' }).toString(),
  });
  const session = cookies(signIn).athar_session;
  if (signIn.status !== 303 || !session) fail(`sign-in answered ${signIn.status} without a session`);
  const page = await http(`${base}/sources`, { headers: { Cookie: `athar_session=${session}` }, redirect: 'manual' });
  if (page.status !== 200) fail(`/sources answered ${page.status} after sign-in`);
  ok('sign-in: an admin created with the CLI reaches the sources page');

  // 3. One RSS source, collected by the scheduler and a worker, extracted, served by the API.
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const created = await http(`${base}/api/sources`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ type: 'rss', name: `Smoke ${Date.now()}`, config: { url: feedUrl }, intervalMinutes: 60 }),
  });
  if (created.status !== 201) fail(`creating the source answered ${created.status}: ${await created.text()}`);
  const source = (await created.json()) as { id: string; name: string };
  type Post = { id: string; pipeline: { status: string } };
  const posts = await waitFor(`${EXPECTED_POSTS} posts collected and extracted`, async () => {
    const res = await http(`${base}/api/posts?sourceId=${source.id}`, { headers: auth });
    const items = ((await res.json()) as { items: Post[] }).items;
    return items.length === EXPECTED_POSTS && items.every((p) => p.pipeline.status === 'extracted') ? items : null;
  });
  ok(`collection: ${posts.length} posts from the fixture feed, all extracted`);
  const details = await Promise.all(
    posts.map(async (p) => (await (await http(`${base}/api/posts/${p.id}`, { headers: auth })).json()) as { mentions: { name: string }[] }),
  );
  if (!details.some((d) => d.mentions.some((m) => m.name === EXPECTED_NAME))) fail(`no post names ${EXPECTED_NAME}`);
  const health2 = (await (await http(`${base}/api/sources/${source.id}`, { headers: auth })).json()) as { health: { state: string } };
  if (health2.health.state !== 'ok') fail(`the source's health is ${health2.health.state}`);
  const sourcesPage = await (await http(`${base}/sources`, { headers: { Cookie: `athar_session=${session}` } })).text();
  if (!sourcesPage.includes(source.name)) fail('the sources page does not list the new source');
  ok('extraction: the names are read and the source is healthy on the API and the dashboard');

  // 4. Metrics, when the deployment has a scrape token.
  if (metricsToken) {
    const res = await http(`${base}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } });
    const text = await res.text();
    if (res.status !== 200) fail(`/metrics answered ${res.status}`);
    const line = `athar_source_health{source="${source.id}",name="${source.name}",type="rss",state="ok"} 1`;
    if (!text.split('\n').includes(line)) fail(`/metrics lacks ${line}`);
    ok('metrics: /metrics reports the source as ok');
  }
}

main().catch((err: unknown) => {
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
  fail(err instanceof Error ? `${err.stack ?? err.message}${cause}` : String(err));
});
