import { Browser } from 'playwright-core';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { PostRepository } from '../src/posts/post.repository';
import { SourceRepository } from '../src/sources/source.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn as signInAs, TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { sleep, waitFor } from './helpers/wait';

jest.setTimeout(120_000);

const PASSWORD = TEST_PASSWORD;
const STORED_SECRET = 'stored-app-password-4f7a';

describe('the sources pages in Chromium', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await startFixtureServer();
    fixtures.route('/detainees-ar.rss', serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml; charset=utf-8'));
    env = isolatedEnv('sourcespages');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['nadia@example.org', 'operator'],
      ['rima@example.org', 'reviewer'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, PASSWORD);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    if (env) await cleanUp(env);
    await fixtures?.close();
  });

  const signIn = (email: string, path = '/sources') => signInAs(browser, test.baseUrl, email, { path });

  const shot = screenshot;

  it('an operator previews an RSS source, saves it, runs it now and sees the run collect three new posts', async () => {
    const { context, page } = await signIn('nadia@example.org');
    expect(new URL(page.url()).pathname).toBe('/sources');
    await page.locator('.new-source a[data-type=rss]').click();
    await page.waitForURL(/\/sources\/new\?type=rss$/);
    await page.fill('#source-form [name="name"]', 'مرصد المعتقلين');
    await page.fill('#source-form [name="config.url"]', `${fixtures.origin}/detainees-ar.rss`);

    await page.click('#preview-button');
    await page.waitForSelector('#preview');
    expect(new URL(page.url()).pathname).toBe('/sources/preview');
    expect(await page.locator('#preview-items .preview-item').count()).toBe(3);
    expect(await page.locator('#preview').textContent()).toContain('عائلة أحمد درويش تتعرف عليه');
    expect(await page.locator('#preview .badge.ok').count()).toBe(3);
    // What was typed is still there, and nothing was stored.
    expect(await page.inputValue('#source-form [name="config.url"]')).toBe(`${fixtures.origin}/detainees-ar.rss`);
    expect(await test.get(SourcesService).list()).toEqual([]);
    await shot(page, 'source-new-en');

    await page.click('#save-button');
    await page.waitForURL(/\/sources\/[0-9a-f]{24}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.locator('h1').textContent()).toBe('مرصد المعتقلين');
    expect(await page.locator('#source-config').textContent()).toContain(`${fixtures.origin}/detainees-ar.rss`);

    // The create made the source due at once; with no scheduler here, only run-now collects it.
    await page.locator('.source-actions button', { hasText: 'Run now' }).click();
    await page.waitForURL(new RegExp(`/sources/${id}$`));
    await waitFor(
      'a succeeded run with 3 new items on the page',
      async () => {
        const cell = page.locator('#runs tr[data-status=succeeded] .run-new');
        if ((await cell.count()) > 0 && (await cell.first().textContent()) === '3') return true;
        await sleep(250);
        await page.reload();
        return false;
      },
      { timeoutMs: 30_000 },
    );
    expect(await page.locator('#source-summary .badge.state').getAttribute('data-state')).toBe('ok');
    const posts = await test.get(PostRepository).find({ sourceId: id, limit: 10 });
    expect(posts).toHaveLength(3);
    await shot(page, 'source-detail-en');

    await page.goto(`${test.baseUrl}/sources`);
    const row = page.locator(`#sources tr[data-source="${id}"]`);
    expect(await row.locator('.badge.state').getAttribute('data-state')).toBe('ok');
    expect(await row.textContent()).toContain('every 60 min');
    expect(await row.textContent()).toContain('New in last run: 3');
    await shot(page, 'sources-list-en');

    // Pause from the list, then resume from the detail page.
    await row.locator('button', { hasText: 'Pause' }).click();
    await page.waitForURL(new RegExp(`/sources/${id}$`));
    expect(await page.locator('#source-enabled').textContent()).toBe('Paused');
    await page.locator('.source-actions button', { hasText: 'Resume' }).click();
    await page.waitForURL(new RegExp(`/sources/${id}$`));
    expect(await page.locator('#source-enabled').textContent()).toBe('Enabled');

    await page.goto(`${test.baseUrl}/queues`);
    expect(await page.locator('#queues tbody tr').count()).toBeGreaterThan(0);

    await page.goto(`${test.baseUrl}/sources`);
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    await page.goto(`${test.baseUrl}/sources`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('المصادر');
    await shot(page, 'sources-list-ar');
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    await context.close();
  });

  it('refuses the sources pages to a reviewer', async () => {
    const { context, page } = await signIn('rima@example.org');
    expect(new URL(page.url()).pathname).toBe('/sources');
    expect(await page.locator('main').textContent()).toContain('You do not have access to this page.');
    const status = await page.evaluate(async () => (await fetch('/queues')).status);
    expect(status).toBe(403);
    await context.close();
  });

  it('never shows a stored Bluesky app password, and keeps it when the field is left empty', async () => {
    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'bluesky',
      name: 'bsky search',
      config: { query: 'صيدنايا', identifier: 'athar.bsky.social', service: 'https://bsky.social', appPassword: STORED_SECRET, maxPages: 3 },
      keywords: { include: [], exclude: [] },
      enabled: false,
    });
    const { context, page } = await signIn('nadia@example.org', `/sources/${source.id}`);
    expect(new URL(page.url()).pathname).toBe(`/sources/${source.id}`);
    expect(await page.content()).not.toContain(STORED_SECRET);
    expect(await page.locator('#source-config .secret-set').textContent()).toBe('app password set');
    expect(await page.inputValue('#edit-form [name="config.appPassword"]')).toBe('');
    expect(await page.getAttribute('#edit-form [name="config.appPassword"]', 'type')).toBe('password');

    await page.fill('#edit-form [name="name"]', 'bsky search renamed');
    await page.click('#edit-form #save-button');
    await page.waitForURL(new RegExp(`/sources/${source.id}\\?saved=1$`));
    expect(await page.locator('h1').textContent()).toBe('bsky search renamed');
    expect(await page.content()).not.toContain(STORED_SECRET);
    const stored = await test.get(SourceRepository).findByIdWithSecrets(source.id);
    expect(stored?.secrets).toEqual({ appPassword: STORED_SECRET });

    // A new Bluesky form that fails validation does not give the typed password back either.
    await page.goto(`${test.baseUrl}/sources/new?type=bluesky`);
    await page.fill('#source-form [name="name"]', 'another');
    await page.fill('#source-form [name="config.identifier"]', 'athar.bsky.social');
    await page.fill('#source-form [name="config.appPassword"]', 'typed-secret-9c1d');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/sources') && r.request().method() === 'POST'),
      page.click('#save-button'),
    ]);
    expect(response.status()).toBe(400);
    expect(await page.locator('[data-field="config.query"] .field-error').count()).toBe(1);
    expect(await page.inputValue('#source-form [name="name"]')).toBe('another');
    expect(await page.inputValue('#source-form [name="config.appPassword"]')).toBe('');
    expect(await page.content()).not.toContain('typed-secret-9c1d');
    await context.close();
  });

  it('shows a bad URL as an error on its field, keeping what was typed', async () => {
    const before = (await test.get(SourcesService).list()).length;
    const { context, page } = await signIn('nadia@example.org', '/sources/new?type=rss');
    await page.fill('#source-form [name="name"]', 'broken feed');
    await page.fill('#source-form [name="config.url"]', 'javascript:alert(1)');
    await page.fill('#source-form [name="keywords.include"]', 'معتقل, صيدنايا');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/sources') && r.request().method() === 'POST'),
      page.click('#save-button'),
    ]);
    expect(response.status()).toBe(400);
    expect(await page.locator('[data-field="config.url"] .field-error').textContent()).toBe('must be an absolute http:// or https:// URL');
    expect(await page.inputValue('#source-form [name="name"]')).toBe('broken feed');
    expect(await page.inputValue('#source-form [name="config.url"]')).toBe('javascript:alert(1)');
    expect(await page.inputValue('#source-form [name="keywords.include"]')).toBe('معتقل, صيدنايا');
    expect((await test.get(SourcesService).list()).length).toBe(before);
    await context.close();
  });
});
