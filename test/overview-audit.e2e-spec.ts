import { Browser, BrowserContext, Page } from 'playwright-core';
import { AuditService, CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { toNewPost } from '../src/collectors/to-new-post';
import { type MachineMention, MentionRepository } from '../src/posts/mention.repository';
import { PersonRepository } from '../src/persons/person.repository';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn as signInAs, TEST_PASSWORD } from './helpers/browser';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';

jest.setTimeout(120_000);

const PASSWORD = TEST_PASSWORD;
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const OVERRIDES = { ATHAR_ROLES: 'api' };

describe('overview and audit pages in Chromium', () => {
  let env: TestEnv;
  let test: TestApp;
  let browser: Browser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    env = isolatedEnv('overview');
    test = await startTestApp(env, OVERRIDES);
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['ada@example.org', 'admin'],
      ['rima@example.org', 'reviewer'],
      ['otto@example.org', 'operator'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, PASSWORD);
    }
    const sources = test.get(SourcesService);
    const feed = await sources.create(CLI_ACTOR, {
      type: 'rss',
      name: 'Synthetic feed',
      config: { url: 'https://feeds.example/a.rss' },
      keywords: { include: [], exclude: [] },
      enabled: false,
    });
    const hostile = await sources.create(CLI_ACTOR, {
      type: 'rss',
      name: HOSTILE_NAME,
      config: { url: 'https://feeds.example/b.rss' },
      keywords: { include: [], exclude: [] },
      enabled: false,
    });
    const now = Date.now();
    const item = (id: string, daysAgo: number) => ({
      externalId: id,
      url: `https://news.example/${id}`,
      author: null,
      title: null,
      text: `Item ${id}: released detainee`,
      publishedAt: new Date(now - daysAgo * 86_400_000),
      media: [],
      raw: `<item>${id}</item>`,
    });
    const posts = test.get(PostRepository);
    // Collected on the day they were published: the chart counts posts by the day they were collected.
    const collected = (id: string, daysAgo: number) => toNewPost(item(id, daysAgo), 'rss', new Date(now - daysAgo * 86_400_000));
    const feedPosts = await posts.insertNew(
      feed.id,
      [0, 0, 1, 2, 2, 2, 5, 12].map((d, i) => collected(`a${i}`, d)),
    );
    await posts.insertNew(
      hostile.id,
      [0, 3, 3].map((d, i) => collected(`b${i}`, d)),
    );
    // Names in posts, and persons: the role and verification charts.
    const mentions = test.get(MentionRepository);
    const mention = (name: string, start: number, role: MachineMention['role']): MachineMention => ({
      name,
      start,
      end: start + name.length,
      normalized: name,
      nameLatin: name,
      nameKeys: [name.toLowerCase()],
      role,
      attributes: {},
      confidence: 0.9,
      cues: [],
    });
    const [firstPost, secondPost] = feedPosts.newIds;
    await mentions.saveMachineMentions(firstPost, feed.id, 'test', [
      mention('Ahmad', 0, 'detainee'),
      mention('Samir', 10, 'detainee'),
      mention('Rami', 20, 'missing'),
    ]);
    await mentions.saveMachineMentions(secondPost, feed.id, 'test', [mention('Huda', 0, 'released'), mention('Nour', 10, 'relative')]);
    const persons = test.get(PersonRepository);
    for (const name of ['Ahmad', 'Samir', 'Huda'])
      await persons.create({
        displayName: name,
        spellings: [{ name, mentionId: null }],
        nameKeys: [name.toLowerCase()],
        status: 'detained',
        attributes: {},
        createdBy: null,
      });
    const verified = await persons.create({
      displayName: 'Rami',
      spellings: [{ name: 'Rami', mentionId: null }],
      nameKeys: ['rami'],
      status: 'missing',
      attributes: {},
      createdBy: null,
    });
    await persons.verify(verified.id, 'someone', new Date());
    // Enough events of one action for a second page.
    const audit = test.get(AuditService);
    for (let i = 0; i < 55; i++) await audit.record(CLI_ACTOR, 'test.bulk', { type: 'test', id: String(i) }, { after: { i, note: HOSTILE_NAME } });
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    if (env) await cleanUp(env);
  });

  /** Signs in on `path`, in English whatever language an earlier test left the user in. */
  async function signIn(email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await signInAs(browser, test.baseUrl, email, { path, dialogs });
    if ((await page.getAttribute('html', 'lang')) !== 'en') {
      await page.click('#switch-language');
      await page.waitForLoadState('domcontentloaded');
    }
    if (new URL(page.url()).pathname !== path) await page.goto(`${test.baseUrl}${path}`);
    return { context, page };
  }

  const shot = screenshot;

  it('shows an admin the overview: counts, a chart with a bar per seeded source, and the numbers in tables', async () => {
    const { context, page } = await signIn('ada@example.org', '/overview');
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.locator('#stat-posts').textContent()).toBe('11');
    expect(await page.locator('#stat-backlog').textContent()).toBe('11');
    expect(await page.locator('#chart-posts').count()).toBe(1);
    expect(await page.locator('#chart-posts rect.bar[data-series="Synthetic feed"]').count()).toBe(5);
    expect(await page.locator(`#chart-posts rect.bar[data-series="${HOSTILE_NAME.replace(/"/g, '\\"')}"]`).count()).toBe(2);
    const legend = await page.locator('#chart-posts .legend text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['Synthetic feed', HOSTILE_NAME]));
    expect(await page.locator('.chart-box').first().getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#posts-per-day table.chart-data th', { hasText: 'Synthetic feed' }).count()).toBe(1);
    expect(await page.locator('#review-backlog table.chart-data td').first().textContent()).toBe('11');
    expect(await page.locator('#stat-mentions').textContent()).toBe('5');
    expect(await page.locator('#stat-persons').textContent()).toBe('4');
    expect(await page.locator('#chart-roles rect.bar[data-label="detained"]').count()).toBe(1);
    expect(await page.locator('#chart-roles .bar-value').allTextContents()).toEqual(['2', '1', '1', '1']);
    expect(await page.locator('#chart-persons .bar-label').allTextContents()).toEqual(['unverified', 'verified']);
    // The hostile name is text: no element, no dialog.
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Colours come from classes: no style attribute anywhere on the page.
    expect(await page.locator('[style]').count()).toBe(0);
    await shot(page, 'overview-en');

    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    // The switch returns to the referring page only when the browser sends a Referer (the policy may withhold it).
    await page.goto(`${test.baseUrl}/overview`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('نظرة عامة');
    expect(await page.locator('#chart-posts > title').textContent()).toBe('المنشورات المجموعة يومياً حسب المصدر، آخر ٣٠ يوماً');
    expect(await page.locator('.chart-box[dir="ltr"] svg').count()).toBe(4);
    await shot(page, 'overview-ar');
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('lists the audit trail for an admin, newest first, filters it by action and pages through it', async () => {
    const { context, page } = await signIn('ada@example.org', '/audit');
    expect(await page.locator('h1').textContent()).toBe('Audit trail');
    const actions = await page.locator('#audit tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toHaveLength(50);
    expect(actions[0]).toBe('auth.sign-in');
    expect(await page.locator('#audit-older').count()).toBe(1);
    // Nothing in the page changes the log: no forms that post.
    expect(await page.locator('main form[method="post"]').count()).toBe(0);

    await page.selectOption('#f-action', 'source.created');
    await page.click('#audit-filters button[type=submit]');
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).searchParams.get('action')).toBe('source.created');
    const filtered = await page.locator('#audit tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(filtered).toEqual(['source.created', 'source.created']);
    const row = page.locator('#audit tbody tr').last();
    await row.locator('summary').first().click();
    expect(await row.locator('pre').first().textContent()).toContain('"name": "Synthetic feed"');
    await shot(page, 'audit-en');

    await page.goto(`${test.baseUrl}/audit?action=auth.sign-in&actor=${encodeURIComponent('ada@example.org')}`);
    expect(await page.locator('#audit tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#audit tbody tr td:nth-child(2)').allTextContents()).toEqual(expect.arrayContaining(['ada@example.org']));

    await page.goto(`${test.baseUrl}/audit?action=test.bulk`);
    expect(await page.locator('#audit tbody tr').count()).toBe(50);
    expect(await page.locator('#audit tbody tr').first().getAttribute('data-event')).toBeTruthy();
    await page.click('#audit-older');
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#audit tbody tr').count()).toBe(5);
    expect(await page.locator('#audit-older').count()).toBe(0);
    // The hostile value inside the JSON is shown as text.
    await page.locator('#audit tbody tr summary').first().click();
    expect(await page.locator('#audit tbody tr pre').first().textContent()).toContain(HOSTILE_NAME);
    expect(await page.locator('main img').count()).toBe(0);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${test.baseUrl}/audit?from=${tomorrow}`);
    expect(await page.locator('main').textContent()).toContain('No events match.');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('refuses the audit trail to reviewers and operators, and offers no way to change it', async () => {
    for (const email of ['rima@example.org', 'otto@example.org']) {
      const { context, page } = await signIn(email, '/overview');
      expect(await page.locator('#chart-posts').count()).toBe(1);
      expect(await page.locator('nav a[href="/audit"]').count()).toBe(0);
      const res = await page.goto(`${test.baseUrl}/audit`);
      expect(res?.status()).toBe(403);
      expect(await page.locator('main').textContent()).toContain('You do not have access to this page.');
      await context.close();
    }
    const admin = await signIn('ada@example.org', '/audit');
    const status = await admin.page.evaluate(async () => {
      const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value;
      const r = await fetch('/audit', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `_csrf=${encodeURIComponent(token)}`,
      });
      return r.status;
    });
    expect(status).toBe(404);
    await admin.context.close();
  });
});
