import { IncomingMessage, ServerResponse } from 'node:http';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { CollectService } from '../src/collectors/collect.service';
import { CollectorRunRepository } from '../src/sources/collector-run.repository';
import { SourceLock } from '../src/collectors/source-lock';
import { PostRepository } from '../src/posts/post.repository';
import { SourceRepository } from '../src/sources/source.repository';
import { FixtureServer, readFixture, serveFile, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(90_000);

const CHANNEL = 'syria_detainees_test';
const telegramPage = readFixture('telegram-arabic/tme_s_synthetic_ar.html');
/** The same page with every message id moved by `by`, and its "older" link pointing below the new ids. */
const shiftedPage = (by: number, withOlderLink = true) => {
  const page = telegramPage.replace(new RegExp(`${CHANNEL}/(\\d+)`, 'g'), (_m, id) => `${CHANNEL}/${Number(id) + by}`);
  return withOlderLink
    ? page.replace(
        /before=11" class="tme_messages_more js-messages_more" data-before="11"/,
        `before=${11 + by}" class="tme_messages_more js-messages_more" data-before="${11 + by}"`,
      )
    : page.replace(/<a href="\/s\/[^"]+\?before=\d+" class="tme_messages_more[^>]*><\/a>/, '');
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));

describe('collectors of every source type (api + worker + scheduler)', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let operator: ReturnType<typeof api>;
  let reviewer: ReturnType<typeof api>;
  let telegramLatest = telegramPage;
  let mastodonRun = 0;
  const robotsTxt = 'User-agent: *\nDisallow: /private/\n';

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.route('/robots.txt', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(robotsTxt));
    // Telegram: the latest page, and older pages by ?before=
    fixtures.route(`/s/${CHANNEL}`, (req, res) => {
      const before = new URL(req.url!, 'http://x').searchParams.get('before');
      const body = before === '11' ? shiftedPage(-10, false) : before === '21' ? telegramPage : telegramLatest;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    });
    fixtures.route('/s/closed_channel', (_req, res) => void res.writeHead(302, { Location: '/closed_channel' }).end());
    fixtures.route('/closed_channel', serveFile('telegram-arabic/tme_channel_no_preview.html', 'text/html; charset=utf-8'));
    // HTML list pages
    fixtures.route('/news/detainees.html', serveFile('html-arabic/news_list_ar.html', 'text/html; charset=utf-8'));
    fixtures.route('/private/list.html', serveFile('html-arabic/news_list_ar.html', 'text/html; charset=utf-8'));
    fixtures.route('/articles/khatib.html', serveFile('html-arabic/article_ar.html', 'text/html; charset=utf-8'));
    fixtures.route('/photo.jpg', (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(Buffer.alloc(100)));
    // Mastodon: account lookup; first the older page, then (min_id) the newer one
    fixtures.route('/api/v1/accounts/lookup', (_req, res) => json(res, 200, { id: '117020565966271181', acct: 'testuser' }));
    fixtures.route('/api/v1/accounts/117020565966271181/statuses', (req, res) => {
      const minId = new URL(req.url!, 'http://x').searchParams.get('min_id');
      mastodonRun++;
      if (!minId) return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFixture('mastodon/account_statuses_page2_max_id.json'));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFixture('mastodon/account_statuses_page1.json'));
    });
    fixtures.route('/api/v1/timelines/tag/hoot', serveFile('mastodon/tag_timeline_hoot.json', 'application/json; charset=utf-8'));
    fixtures.route('/api/v1/timelines/tag/membersonly', (_req, res) => json(res, 401, { error: 'This API requires an authenticated user' }));
    // Bluesky: a session for the right app password, then searchPosts for that session only
    fixtures.route('/xrpc/com.atproto.server.createSession', (req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { identifier, password } = JSON.parse(body);
        if (password !== 'app-pass-123') return json(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
        json(res, 200, { accessJwt: 'jwt-1', refreshJwt: 'r', handle: identifier, did: 'did:plc:test' });
      });
    });
    fixtures.route('/xrpc/app.bsky.feed.searchPosts', (req, res) => {
      if (req.headers.authorization !== 'Bearer jwt-1') return json(res, 401, { error: 'AuthMissing', message: 'Authentication Required' });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(readFixture('bluesky-arabic/searchPosts_saydnaya.json'));
    });

    env = isolatedEnv('collectors');
    test = await startTestApp(env, {
      FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort,
      TELEGRAM_BASE_URL: fixtures.origin,
      FETCH_HOST_INTERVAL_MS: '0',
    });
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
    reviewer = api(test.baseUrl, await tokenFor(test, 'reviewer'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  function finishedRuns(sourceId: string, count: number) {
    return waitFor(`${count} finished run(s)`, async () => {
      const runs = await test.get(CollectorRunRepository).listForSource(sourceId, 20);
      return runs.length >= count && runs.every((r) => r.status !== 'running') && runs;
    });
  }

  async function create(definition: object): Promise<string> {
    const res = await operator.post('/api/sources', definition);
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function runAgain(sourceId: string) {
    const done = (await test.get(CollectorRunRepository).listForSource(sourceId, 20)).length;
    expect((await operator.post(`/api/sources/${sourceId}/run`)).status).toBe(202);
    const runs = await finishedRuns(sourceId, done + 1);
    await waitForQueuesToDrain(test.queue);
    return runs[0];
  }

  const posts = (sourceId: string) => test.get(PostRepository).find({ sourceId, limit: 500 });

  it('telegram: collects a channel, backfills older pages once, then takes only newer messages', async () => {
    const id = await create({ type: 'telegram', name: 'Detainees channel', config: { channel: `https://t.me/s/${CHANNEL}`, backfillPages: 1 } });
    const [first] = await finishedRuns(id, 1);
    await waitForQueuesToDrain(test.queue);
    // The latest page (11, 12–13, 14) and one older page (1, 2–3, 4).
    expect(first).toMatchObject({ status: 'succeeded', counts: { fetched: 6, new: 6 } });
    const stored = await posts(id);
    expect(stored.map((p) => p.externalId).sort()).toEqual([1, 11, 12, 14, 2, 4].map((n) => `${CHANNEL}/${n}`).sort());
    const khatib = stored.find((p) => p.externalId === `${CHANNEL}/11`)!;
    expect(khatib).toMatchObject({ url: `https://t.me/${CHANNEL}/11`, lang: 'ar', pipeline: { status: 'extracted' } });
    expect(khatib.text).toContain('محمد أحمد الخطيب');
    const album = stored.find((p) => p.externalId === `${CHANNEL}/12`)!;
    expect(album.extra.messageIds).toEqual([12, 13]);
    expect(album.media.filter((m) => m.type === 'image')).toHaveLength(2);

    const again = await runAgain(id);
    expect(again).toMatchObject({ status: 'succeeded', counts: { new: 0 } });

    telegramLatest = shiftedPage(10);
    const newer = await runAgain(id);
    expect(newer).toMatchObject({ status: 'succeeded', counts: { new: 3, duplicate: 0 } });
    expect((await posts(id)).length).toBe(9);
    expect(fixtures.requests.filter((r) => r.path === `/s/${CHANNEL}` && r.query.get('before') === '21')).toHaveLength(1);
  });

  it('telegram: a channel without a public preview fails permanently with a clear reason', async () => {
    const id = await create({ type: 'telegram', name: 'closed', config: { channel: 'closed_channel' } });
    const [run] = await finishedRuns(id, 1);
    expect(run).toMatchObject({ status: 'failed', errorKind: 'permanent' });
    expect(run.error).toBe('the channel @closed_channel has no public web preview (private, or its preview is turned off)');
  });

  it("html: reads items with the operator's selectors, absolute links, and stores each once", async () => {
    const id = await create({
      type: 'html',
      name: 'News list',
      config: {
        url: `${fixtures.origin}/news/detainees.html`,
        selectors: { item: 'article.post', title: 'h2', link: 'h2 a', date: 'time', image: 'img', text: '.entry-summary' },
      },
    });
    const [run] = await finishedRuns(id, 1);
    await waitForQueuesToDrain(test.queue);
    expect(run).toMatchObject({ status: 'succeeded', counts: { fetched: 5, new: 5 } });
    const stored = await posts(id);
    for (const post of stored) {
      expect(post.url).toMatch(new RegExp(`^(${fixtures.origin}|https?://)`));
      expect(post.text).not.toMatch(/<[a-z]/i);
    }
    expect((await runAgain(id)).counts).toMatchObject({ new: 0, duplicate: 5 });
  });

  it('html: robots.txt that disallows the page stops the fetch with a clear reason', async () => {
    const id = await create({ type: 'html', name: 'private', config: { url: `${fixtures.origin}/private/list.html`, selectors: { item: 'article' } } });
    const [run] = await finishedRuns(id, 1);
    expect(run).toMatchObject({ status: 'failed', errorKind: 'permanent' });
    expect(run.error).toBe(`robots.txt of ${fixtures.hostPort} disallows /private/list.html for AtharBot`);
    expect(fixtures.requests.filter((r) => r.path === '/private/list.html')).toHaveLength(0);
  });

  it("mastodon: an account's statuses, then only the newer ones via min_id", async () => {
    const id = await create({ type: 'mastodon', name: 'Account', config: { instance: fixtures.origin, account: '@testuser' } });
    const [first] = await finishedRuns(id, 1);
    await waitForQueuesToDrain(test.queue);
    expect(first).toMatchObject({ status: 'succeeded', counts: { new: 5 } });
    const second = await runAgain(id);
    expect(second).toMatchObject({ status: 'succeeded', counts: { new: 5, duplicate: 0 } });
    const minIdRequest = fixtures.requests.filter((r) => r.path.endsWith('/statuses')).pop()!;
    const source = await test.get(SourceRepository).findById(id);
    expect(minIdRequest.query.get('min_id')).toBeTruthy();
    expect(source!.cursor.newestId).not.toBe(minIdRequest.query.get('min_id'));
    expect((await posts(id)).length).toBe(10);
    expect(mastodonRun).toBeGreaterThanOrEqual(2);
  });

  it('mastodon: a hashtag timeline; an instance that wants a login is a clear permanent error', async () => {
    const hoot = await create({ type: 'mastodon', name: '#hoot', config: { instance: fixtures.origin, hashtag: '#hoot' } });
    expect((await finishedRuns(hoot, 1))[0]).toMatchObject({ status: 'succeeded' });
    const closed = await create({ type: 'mastodon', name: 'members only', config: { instance: fixtures.origin, hashtag: 'membersonly' } });
    const [run] = await finishedRuns(closed, 1);
    expect(run).toMatchObject({ status: 'failed', errorKind: 'permanent', httpStatus: 401 });
    expect(run.error).toMatch(/^the instance requires login for this timeline \(.*This API requires an authenticated user\)$/);
  });

  it('bluesky: signs in with the app password, skips opted-out authors, and never shows the secret', async () => {
    const id = await create({
      type: 'bluesky',
      name: 'Saydnaya search',
      config: { query: 'صيدنايا', service: fixtures.origin, identifier: 'athar-bot.example', appPassword: 'app-pass-123' },
    });
    const [run] = await finishedRuns(id, 1);
    expect(run).toMatchObject({ status: 'succeeded', counts: { new: 2 } });
    expect(run.note).toMatch(/^1 item\(s\) skipped: their authors opted out/);
    const shown = await operator.get(`/api/sources/${id}`);
    expect(shown.body.secretsSet).toEqual(['appPassword']);
    expect(JSON.stringify(shown.body)).not.toContain('app-pass-123');
    expect(JSON.stringify((await operator.get('/api/sources')).body)).not.toContain('app-pass-123');
    const audit = await test.get(AuditEventRepository).findForEntity('source', id);
    expect(JSON.stringify(audit)).not.toContain('app-pass-123');

    // A changed config without the password keeps the stored one.
    const patched = await operator.patch(`/api/sources/${id}`, { config: { query: 'Saydnaya', service: fixtures.origin, identifier: 'athar-bot.example' } });
    expect(patched.status).toBe(200);
    expect((await runAgain(id)).status).toBe('succeeded');

    const wrong = await create({
      type: 'bluesky',
      name: 'wrong password',
      config: { query: 'x', service: fixtures.origin, identifier: 'athar-bot.example', appPassword: 'nope' },
    });
    const [refused] = await finishedRuns(wrong, 1);
    expect(refused.error).toBe('Bluesky refused to sign in as athar-bot.example with the stored app password (HTTP 401)');
    expect(refused.error).not.toContain('nope');
  });

  it('manual: anyone signed in passes on a tip, a URL fetched once or pasted text, with the submitter recorded', async () => {
    const byUrl = await reviewer.post('/api/tips', { url: `${fixtures.origin}/articles/khatib.html`, note: 'his brother sent this' });
    expect(byUrl.status).toBe(201);
    expect(byUrl.body.created).toBe(true);
    const again = await reviewer.post('/api/tips', { url: `${fixtures.origin}/articles/khatib.html` });
    expect(again.body).toMatchObject({ created: false, postId: byUrl.body.postId });
    // Waits for this post's own extraction. Twice in CI the post read 'extracting' for good with every
    // queue empty: a photo's job had rewritten the post (FerretDB) while extraction wrote its status.
    // Photos are now queued after it (test/extraction-pipeline.int-spec.ts).
    const post = await waitFor('the tip extracted', async () => {
      const body = (await reviewer.get(`/api/posts/${byUrl.body.postId}`)).body;
      return body.pipeline?.status === 'extracted' ? body : undefined;
    });
    expect(post).toMatchObject({ sourceType: 'manual', note: 'his brother sent this', pipeline: { status: 'extracted' } });
    expect(post.submittedBy).toMatch(/^[0-9a-f]{24}$/);
    expect(post.text.length).toBeGreaterThan(50);

    const pasted = await reviewer.post('/api/tips', { text: 'أفرج عن المعتقل أحمد درويش من سجن صيدنايا' });
    expect(pasted.status).toBe(201);
    const notAPage = await reviewer.post('/api/tips', { url: `${fixtures.origin}/photo.jpg` });
    expect(notAPage.status).toBe(400);
    expect(notAPage.body.message).toBe('The page could not be collected: unexpected content type "image/jpeg" (expected a web page (text/html)).');
    expect((await reviewer.post('/api/tips', { note: 'nothing else' })).status).toBe(400);
    expect((await reviewer.post('/api/tips', { url: 'http://169.254.169.254/latest/meta-data/' })).body.message).toMatch(/not a public internet address/);
  });

  it('preview: shows what a definition would collect and what the filter keeps, and stores nothing', async () => {
    const before = (await operator.get('/api/sources')).body.items.length;
    const preview = await operator.post('/api/sources/preview', {
      type: 'telegram',
      name: 'try',
      config: { channel: CHANNEL },
      keywords: { include: ['الخطيب'] },
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ ok: true, error: null, counts: { fetched: 3, kept: 1, filtered: 2 } });
    const kept = preview.body.items.filter((i: { filter: { keep: boolean } }) => i.filter.keep);
    expect(kept[0].post.text).toContain('محمد أحمد الخطيب');
    expect(preview.body.items[0].post.raw).toBeUndefined();

    const broken = await operator.post('/api/sources/preview', { type: 'telegram', name: 'try', config: { channel: 'closed_channel' } });
    expect(broken.body).toMatchObject({ ok: false, items: [] });
    expect(broken.body.error).toMatch(/no public web preview/);
    expect((await operator.get('/api/sources')).body.items.length).toBe(before);
    expect(
      (await operator.post('/api/sources/preview', { type: 'html', name: 'x', config: { url: 'https://example.org', selectors: { item: 'div[[' } } })).status,
    ).toBe(400);
  });

  it('pause, resume and run now are audited; a paused source is not collected', async () => {
    const id = await create({ type: 'mastodon', name: 'pausable', config: { instance: fixtures.origin, hashtag: 'hoot' }, intervalMinutes: 600 });
    await finishedRuns(id, 1);
    expect((await operator.post(`/api/sources/${id}/pause`)).body.enabled).toBe(false);
    await test.get(SourceRepository).update(id, { nextRunAt: new Date(Date.now() - 1000) });
    await new Promise((r) => setTimeout(r, 800));
    expect(await test.get(CollectorRunRepository).listForSource(id, 10)).toHaveLength(1);
    const resumed = await operator.post(`/api/sources/${id}/resume`);
    expect(resumed.body.enabled).toBe(true);
    await finishedRuns(id, 2);
    const actions = (await test.get(AuditEventRepository).findForEntity('source', id)).map((e) => e.action);
    expect(actions).toEqual(['source.updated', 'source.updated', 'source.created']);
    const manual = (await operator.get('/api/sources')).body.items.find((s: { type: string }) => s.type === 'manual');
    expect((await operator.post(`/api/sources/${manual.id}/run`)).status).toBe(409);
  });

  it('runs a source at most once at a time: run-now is refused and a second job skips while one holds it', async () => {
    const id = await create({ type: 'mastodon', name: 'locked', config: { instance: fixtures.origin, hashtag: 'hoot' }, intervalMinutes: 600 });
    await finishedRuns(id, 1);
    await test.get(SourceLock).withLock(id, async () => {
      const refused = await operator.post(`/api/sources/${id}/run`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/being collected right now/);
      const outcome = await test.get(CollectService).collect(id, { jobId: 'test', attempt: 1, maxAttempts: 1 });
      expect(outcome).toEqual({ status: 'skipped', reason: 'another run of this source is under way' });
    });
    expect(await test.get(CollectorRunRepository).listForSource(id, 10)).toHaveLength(1);
    expect((await operator.post(`/api/sources/${id}/run`)).status).toBe(202);
  });
});
