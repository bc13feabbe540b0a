import { Readable } from 'node:stream';
import { Browser } from 'playwright-core';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { runCli } from '../src/cli';
import { PersonRepository } from '../src/persons/person.repository';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn, TEST_PASSWORD } from './helpers/browser';
import { cleanUp, isolatedEnv, registeredRoutes, startTestApp, TestApp, TestEnv, testConfig } from './helpers/test-app';

jest.setTimeout(240_000);

/**
 * What a newcomer sees after `athar demo`: every page of the dashboard, in English and in Arabic,
 * opened in Chromium, each with the demo's content on it. The screenshots
 * (test-output/screenshots/demo-<page>-<en|ar>.png) are the README's picture list.
 */
describe('every page after athar demo, in both languages, in Chromium', () => {
  let env: TestEnv;
  let test: TestApp;
  let browser: Browser;
  let adminId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    env = isolatedEnv('demo_pages');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    const auth = test.get(AuthService);
    adminId = (await auth.addUser(CLI_ACTOR, { email: 'ada@example.org', name: 'Ada', roles: ['admin'] })).id;
    await auth.setPassword(CLI_ACTOR, 'ada@example.org', TEST_PASSWORD);
    await runCli(
      ['demo'],
      testConfig(env),
      () => undefined,
      () => undefined,
      Readable.from(['']),
      process.stdout,
      { isTTY: false, write: () => true },
    );

    const posts = await test.get(PostRepository).find({ limit: 100 });
    ids.listPost = posts.find((p) => p.externalId === 'demo-list-ar')!.id;
    ids.post = posts.find((p) => p.externalId === 'demo-announce-telegram')!.id;
    ids.person = (await test.get(PersonRepository).list(50)).find((p) => p.status === 'missing')!.id;
    ids.source = (await test.get(SourcesService).list()).find((s) => s.type === 'telegram')!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    if (env) await cleanUp(env);
  });

  const DEMO_TEXT = /\[DEMO · synthetic\]|\[تجريبي · نص مصطنع\]|\[DÉMO · texte fictif\]/;
  /** [screenshot name, path, what shows the demo filled it]. */
  const pages = (): [string, string, RegExp][] => [
    ['review', '/review', DEMO_TEXT],
    ['review-post', `/review/posts/${ids.listPost}`, /خالد محمود الشامي/],
    ['post', `/posts/${ids.post}`, DEMO_TEXT],
    ['persons', '/persons', /Samer Khalil Haddad/],
    ['person', `/persons/${ids.person}`, /\[DEMO\] His mother registered him/],
    ['search', `/search?q=${encodeURIComponent('Saydnaya')}`, /Bassel Nour Kanaan/],
    ['sources', '/sources', /\[Demo\] Detainees channel \(synthetic\)/],
    ['source', `/sources/${ids.source}`, /\[Demo\] Detainees channel \(synthetic\)/],
    ['source-new', '/sources/new?type=rss', /<form/],
    ['queues', '/queues', /<table|<section/],
    ['overview', '/overview', /data-series="\[Demo\] News feed \(synthetic\)"/],
    ['audit', '/audit', /rima@demo\.athar\.invalid/],
    ['users', '/users', /rima@demo\.athar\.invalid/],
    ['account', '/account', /Ada/],
    ['tip-new', '/tips/new', /<form/],
    ['faces', '/faces', /<form/],
    ['faces-switch-off', '/faces/switch-off', /<form|<p/],
    ['api-docs', '/api/docs', /Athar API/],
  ];

  it('opens every page filled with the demo, in English and in Arabic, and runs no script from the data', async () => {
    const dialogs: string[] = [];
    const problems: string[] = [];
    for (const lang of ['en', 'ar'] as const) {
      await test.get(AuthService).setLanguage(adminId, lang);
      const { context, page } = await signIn(browser, test.baseUrl, 'ada@example.org', { dialogs });
      for (const [name, path, shows] of pages()) {
        const response = await page.goto(`${test.baseUrl}${path}`);
        const body = await page.content();
        if (response?.status() !== 200) problems.push(`${lang} ${path}: status ${response?.status()}`);
        else if (!shows.test(body)) problems.push(`${lang} ${path}: no ${shows}`);
        if (path !== '/api/docs' && !body.includes(lang === 'ar' ? 'lang="ar" dir="rtl"' : 'lang="en"')) problems.push(`${lang} ${path}: not in ${lang}`);
        await screenshot(page, `demo-${name}-${lang}`);
      }
      await context.close();
    }
    // The sign-in page, before anyone is signed in.
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    expect((await page.goto(`${test.baseUrl}/login`))?.status()).toBe(200);
    await screenshot(page, 'demo-login-en');
    await context.close();
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('leaves out no page the application serves', () => {
    const served = registeredRoutes(test)
      .filter(({ method }) => method === 'GET')
      .map(({ path }) => path)
      // The API, machine endpoints, middleware and files (images, exports): not pages.
      .filter((p) => !/^\/(api\/(?!docs$)|health|metrics|assets|media|favicon\.ico|\*)|\/export\/|\/thumbnail$/.test(p));
    // Paths with parameters match the page opened above. Not opened here: / (it redirects to the
    // role's own page), /reset/:token (it needs a reset link) and /faces/:id (faces are off in the
    // demo; test/faces.e2e-spec.ts opens it).
    const opened = [...pages().map(([, path]) => path.split('?')[0]), '/login', '/', '/reset/:token', '/faces/:id'];
    const asPattern = (route: string) => new RegExp(`^${route.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    expect(served.filter((route) => !opened.some((path) => path === route || asPattern(route).test(path)))).toEqual([]);
  });
});
