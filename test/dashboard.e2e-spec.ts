import { Browser, Page } from 'playwright-core';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { AuthService } from '../src/auth/auth.service';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn as signInAs, TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(120_000);

const HOSTILE_TEXT = `<script>document.body.dataset.pwned='1'</script><img src=x onerror="alert('xss')"> "><svg onload=alert(1)>`;

function feed(): string {
  const escaped = HOSTILE_TEXT.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    <item><title>الإفراج عن محمد أحمد الخطيب</title><link>https://news.example/1</link><guid>k1</guid>
      <pubDate>Tue, 10 Dec 2024 12:00:00 GMT</pubDate>
      <description>أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في سجن صيدنايا.</description></item>
    <item><title>${escaped}</title><link>javascript:alert(document.cookie)</link><guid>h1</guid>
      <author>${escaped}</author><pubDate>Tue, 10 Dec 2024 13:00:00 GMT</pubDate>
      <description><![CDATA[<p>${escaped} — released detainee Ahmad Darwish was found in Saydnaya.</p>]]></description></item>
    <item><title>Samir Haddad</title><link>https://news.example/3</link><guid>c1</guid><pubDate>Tue, 10 Dec 2024 14:00:00 GMT</pubDate>
      <description>Samir Haddad, avocat disparu depuis 2013.</description></item>
  </channel></rss>`;
}

const PASSWORD = TEST_PASSWORD;

describe('the dashboard in Chromium', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let browser: Browser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await startFixtureServer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed()));
    env = isolatedEnv('dashboard');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['rima@example.org', 'reviewer'],
      ['omar@example.org', 'reviewer'],
      ['lea@example.org', 'researcher'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, PASSWORD);
    }
    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'synthetic',
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    });
    await test.get(SourcesService).runNow(CLI_ACTOR, source.id);
    await waitFor(
      'three extracted posts',
      async () => (await test.get(PostRepository).find({ pipelineStatus: 'extracted', limit: 10 })).length === 3 || undefined,
      { timeoutMs: 30_000 },
    );
    await waitForQueuesToDrain(test.queue);
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  const signIn = (email: string) => signInAs(browser, test.baseUrl, email, { dialogs });

  const shot = screenshot;

  it('a reviewer signs in, opens a post from the queue, and confirms a mention into a new person with the keyboard', async () => {
    const { context, page } = await signIn('rima@example.org');
    expect(new URL(page.url()).pathname).toBe('/review');
    await shot(page, 'review-queue-en');
    const row = page.locator('#queue tr', { hasText: 'الخطيب' });
    await row.locator('button', { hasText: 'Open' }).click();
    await page.waitForURL(/\/review\/posts\/[0-9a-f]{24}$/);
    expect(await page.locator('.post-text mark').first().textContent()).toBe('محمد أحمد الخطيب');
    await shot(page, 'review-post-en');

    await page.keyboard.press('n');
    await page.waitForLoadState('domcontentloaded');
    await page.waitForSelector('.mention .badge.ok');
    const link = page.locator('.mention a', { hasText: 'Linked to' });
    await link.click();
    await page.waitForURL(/\/persons\/[0-9a-f]{24}$/);
    expect(await page.locator('h1').textContent()).toBe('محمد أحمد الخطيب');
    expect(await page.locator('button', { hasText: 'Verify' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('A second reviewer must verify');
    await context.close();
  });

  it('a second reviewer finds the person by a Latin spelling and verifies it', async () => {
    const { context, page } = await signIn('omar@example.org');
    await page.goto(`${test.baseUrl}/persons?q=${encodeURIComponent('Mohammed al-Khatib')}`);
    await page.locator('#persons a', { hasText: 'محمد أحمد الخطيب' }).click();
    await page.locator('button', { hasText: 'Verify' }).click();
    await page.waitForSelector('#verification.ok');
    expect(await page.locator('#verification').textContent()).toBe('Verified by a second reviewer');
    await shot(page, 'person-en');
    const actions = (await test.get(AuditEventRepository).findForEntity('person', page.url().split('/').pop()!)).map((e) => e.action);
    expect(actions).toEqual(['person.verified', 'person.created']);
    await context.close();
  });

  it('shows hostile post content as text: no script runs and no element is injected', async () => {
    const { context, page } = await signIn('omar@example.org');
    const hostile = (await test.get(PostRepository).find({ limit: 10 })).find((p) => p.externalId === 'h1')!;
    await page.goto(`${test.baseUrl}/review/posts/${hostile.id}`);
    await page.locator('button', { hasText: 'Open' }).click();
    await page.waitForSelector('.post-actions');
    const text = await page.locator('.post-text').textContent();
    expect(text).toContain(HOSTILE_TEXT);
    expect(await page.locator('.post-meta').textContent()).toContain(HOSTILE_TEXT);
    await shot(page, 'hostile-post-en');
    expect(await page.locator('main img[src="x"], main svg, main script').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned ?? null)).toBeNull();
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('switches to Arabic, right to left, and back', async () => {
    const { context, page } = await signIn('rima@example.org');
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toBe('قائمة الفرز');
    await shot(page, 'review-queue-ar');
    await page.goto(`${test.baseUrl}/persons`);
    expect(await page.locator('h1').textContent()).toBe('الأشخاص');
    await shot(page, 'persons-ar');
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await context.close();
  });

  it('refuses forged or missing CSRF tokens, hands a post to one reviewer only, and keeps roles apart', async () => {
    const a = await signIn('rima@example.org');
    const b = await signIn('omar@example.org');
    const posts = await test.get(PostRepository).find({ limit: 10 });
    const target = posts.find((p) => p.externalId === 'c1')!;

    const forged = await a.page.evaluate(
      async (id) =>
        (await fetch(`/review/posts/${id}/claim`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '_csrf=forged' }))
          .status,
      target.id,
    );
    expect(forged).toBe(403);
    const missing = await a.page.evaluate(async (id) => (await fetch(`/review/posts/${id}/claim`, { method: 'POST' })).status, target.id);
    expect(missing).toBe(403);

    const claim = (p: Page) =>
      p.evaluate(async (id) => {
        const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value;
        return (
          await fetch(`/review/posts/${id}/claim`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: `_csrf=${encodeURIComponent(token)}`,
            redirect: 'manual',
          })
        ).status;
      }, target.id);
    const results = await Promise.all([claim(a.page), claim(b.page)]);
    expect(results.sort()).toEqual([0, 409].sort());

    const researcher = await signIn('lea@example.org');
    expect(new URL(researcher.page.url()).pathname).toBe('/review');
    expect(await researcher.page.locator('main').textContent()).toContain('You do not have access to this page.');
    await researcher.page.goto(`${test.baseUrl}/persons`);
    expect(await researcher.page.locator('h1').textContent()).toBe('Persons');
    for (const c of [a, b, researcher]) await c.context.close();
  });

  it('lets a researcher create an API token on the account page, use it, and revoke it', async () => {
    const { context, page } = await signIn('lea@example.org');
    await page.goto(`${test.baseUrl}/account`);
    await page.fill('#token-name', 'analysis notebook');
    await page.locator('#tokens button', { hasText: 'Create a token' }).click();
    await page.waitForSelector('#new-token');
    const token = (await page.locator('#new-token').textContent())!;
    expect(token).toMatch(/^athar_/);
    const call = () =>
      fetch(`${test.baseUrl}/api/search/persons?name=${encodeURIComponent('Mohammed al-Khatib')}`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call()).status).toBe(200);

    await page.goto(`${test.baseUrl}/account`);
    expect(await page.locator('#new-token').count()).toBe(0);
    expect(await page.locator('#tokens').textContent()).toContain('analysis notebook');
    await page.locator('#tokens button', { hasText: 'Revoke' }).click();
    await page.waitForSelector('.flash');
    expect((await call()).status).toBe(401);
    await context.close();
  });

  it('lets a researcher search across scripts and download the results', async () => {
    const { context, page } = await signIn('lea@example.org');
    await page.goto(`${test.baseUrl}/search?q=${encodeURIComponent('Mohammed al-Khatib')}`);
    expect(await page.locator('#person-results').textContent()).toContain('محمد أحمد الخطيب');
    const href = (await page.locator('#export-persons a', { hasText: 'CSV' }).getAttribute('href'))!;
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
    }, href);
    expect(csv.status).toBe(200);
    const text = Buffer.from(csv.bytes).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('محمد أحمد الخطيب');
    const exports = (await test.get(AuditEventRepository).findPage({ action: 'export.created', limit: 10 })).events;
    expect(exports.length).toBeGreaterThan(0);
    await screenshot(page, 'search-en');
    await context.close();
  });
});
