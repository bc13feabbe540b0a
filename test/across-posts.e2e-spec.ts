import { Browser } from 'playwright-core';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { MentionRepository } from '../src/posts/mention.repository';
import { PostRecord, PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn, TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(120_000);

const ANNOUNCEMENT = 'أفرج اليوم عن المعتقل سامر عبد الله حداد من أهالي دوما بعد أحد عشر عاماً قضاها في سجن صيدنايا العسكري، ووصل إلى بيت عائلته مساء الثلاثاء.';

function feed(): string {
  const item = (guid: string, day: number, text: string) =>
    `<item><title>${guid}</title><link>https://news.example/${guid}</link><guid>${guid}</guid><pubDate>${new Date(Date.UTC(2025, 0, day, 12)).toUTCString()}</pubDate><description>${text}</description></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    ${item('ar', 10, 'أفرج عن المعتقل مازن فؤاد الشامي من سجن صيدنايا.')}
    ${item('en', 11, 'Mazen Fouad al-Shami was released from Sednaya prison.')}
    ${item('fr', 12, 'Mazen Fouad al-Chami, libéré de la prison de Saydnaya, est rentré chez lui.')}
    ${item('alone', 13, 'Released detainee Tarek Nabil Qudsi returned home.')}
    ${item('copy1', 14, ANNOUNCEMENT)}
    ${item('copy2', 15, `🔴 عاجل | ${ANNOUNCEMENT}`)}
  </channel></rss>`;
}

/** The names, suggestions and copies across posts, as reviewers and researchers use them in the browser. */
describe('across posts in Chromium', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let browser: Browser;
  let posts: Record<string, PostRecord>;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await startFixtureServer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed()));
    env = isolatedEnv('across-e2e');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['rima@example.org', 'reviewer'],
      ['lea@example.org', 'researcher'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
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
      'six extracted posts',
      async () => (await test.get(PostRepository).find({ pipelineStatus: 'extracted', limit: 10 })).length === 6 || undefined,
      { timeoutMs: 30_000 },
    );
    await waitForQueuesToDrain(test.queue);
    posts = Object.fromEntries((await test.get(PostRepository).find({ limit: 10 })).map((p) => [p.externalId, p]));
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  it('tells a reviewer who presses s that no known person matches, then links a name in three scripts with l', async () => {
    const { context, page } = await signIn(browser, test.baseUrl, 'rima@example.org');
    await page.goto(`${test.baseUrl}/review`);
    await page.locator(`#queue tr[data-post="${posts.ar.id}"] button`, { hasText: 'Open' }).click();
    await page.waitForURL(/\/review\/posts\/[0-9a-f]{24}/);
    await page.keyboard.press('s');
    expect(await page.locator('#key-hint').textContent()).toMatch(/No known person matches this name/);
    expect(await page.locator('.other-mention').count()).toBe(2);
    await screenshot(page, 'review-across-posts-en');
    await page.keyboard.press('l');
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').first().textContent()).toContain('2 more names were linked to the same person.');
    const mentions = test.get(MentionRepository);
    const personIds = await Promise.all(
      ['ar', 'en', 'fr'].map(async (k) => (await mentions.findByPost(posts[k].id)).find((m) => /مازن|Mazen/.test(m.name))?.review.personId),
    );
    expect(personIds[0]).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(personIds).size).toBe(1);
    await context.close();
  });

  it('lists a re-posted announcement once in triage, with its other source', async () => {
    const { context, page } = await signIn(browser, test.baseUrl, 'rima@example.org');
    await page.goto(`${test.baseUrl}/review`);
    const [first, copy] = [posts.copy1, posts.copy2].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await page.locator(`#queue tr[data-post="${copy.id}"]`).count()).toBe(0);
    expect(await page.locator(`#queue tr[data-post="${first.id}"] .copies`).getAttribute('data-copies')).toBe('1');
    await context.close();
  });

  it('lets a researcher find a post by a name in another script and open it to read', async () => {
    const { context, page } = await signIn(browser, test.baseUrl, 'lea@example.org', { path: '/search' });
    await page.fill('#f-q', 'طارق قدسي');
    await page.click('#search-form button[type=submit]');
    await page.locator(`#post-results li[data-post="${posts.alone.id}"] a`).click();
    await page.waitForURL(new RegExp(`/posts/${posts.alone.id}$`));
    expect(await page.locator('.post-text mark').first().textContent()).toBe('Tarek Nabil Qudsi');
    expect(await page.locator('[data-key], .post-actions').count()).toBe(0);
    await screenshot(page, 'post-reading-en');
    await context.close();
  });
});
