import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { MODEL_VERSION } from '../src/faces/engine/face-engine';
import { FaceRepository } from '../src/faces/face.repository';
import { MediaRepository } from '../src/media/media.repository';
import { PostRecord, PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn as signInAs, TEST_PASSWORD } from './helpers/browser';
import { FIXTURES_DIR, FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(180_000);

const portrait = (name: string) => readFileSync(join(FIXTURES_DIR, 'faces', name));
const PURPOSE = 'His sister asked whether Samer Haddad appears in other photos';

/** A portrait in a photo of its own (a perceptual hash would take two studio portraits of one session for one picture). */
async function inScene(bytes: Buffer, background: string, left: number): Promise<Buffer> {
  const person = await sharp(bytes).resize(420).toBuffer();
  return sharp({ create: { width: 960, height: 640, channels: 3, background } })
    .composite([{ input: person, left, top: 110 }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

function feed(origin: string): string {
  const item = (id: string, day: number, text: string) => `
    <item><title>${id}</title><link>https://news.example/${id}</link><guid>${id}</guid>
      <pubDate>${day} Dec 2024 12:00:00 GMT</pubDate><description><![CDATA[${text}]]></description>
      <enclosure url="${origin}/img/${id}.jpg" type="image/jpeg" length="0"/></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    ${item('neutral', 10, 'Released detainee Samer Haddad, from Douma, left Saydnaya prison after ten years.')}
    ${item('smiling', 12, 'Samer Haddad, freed last week, met his family in Douma.')}
    ${item('other', 13, 'Detainee Karim Nassar was seen in Adra prison in 2019.')}
  </channel></rss>`;
}

describe('find this face in Chromium', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let browser: Browser;
  let posts: Record<string, PostRecord>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await startFixtureServer();
    // Person 001 of the licensed set (test/fixtures/faces/README.md), neutral and smiling, and person 002.
    const images: Record<string, Buffer> = {
      neutral: portrait('001-neutral.jpg'),
      smiling: await inScene(portrait('001-smiling.jpg'), '#5a6b3c', 60),
      other: await inScene(portrait('002-neutral.jpg'), '#884422', 480),
    };
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(fixtures.origin)));
    for (const [id, bytes] of Object.entries(images))
      fixtures.route(`/img/${id}.jpg`, (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(bytes));
    env = isolatedEnv('faces-e2e');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['ada@example.org', 'admin'],
      ['rima@example.org', 'reviewer'],
      ['ruth@example.org', 'researcher'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  const signIn = (email: string, path = '/faces') => signInAs(browser, test.baseUrl, email, { path, dialogs });
  const faceCount = async () => (await test.get(FaceRepository).countAll()).faces;

  it('an admin switches faces on; the photos of new posts are read as they arrive', async () => {
    const { context, page } = await signIn('ada@example.org');
    expect(await page.locator('#faces-state').textContent()).toContain('Faces are switched off');
    await page.locator('#faces-switch button', { hasText: 'Switch faces on' }).click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toBe('Faces are on: every stored photo will be read, and each new one as it arrives.');
    expect(await page.locator('#faces-state').textContent()).toContain('Faces are switched on');
    await context.close();

    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'Douma news',
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    });
    await test.get(SourcesService).runNow(CLI_ACTOR, source.id);
    await waitFor('a face in each of the three photos', async () => (await faceCount()) === 3 || undefined, { timeoutMs: 120_000 });
    await waitForQueuesToDrain(test.queue, { timeoutMs: 60_000 });
    posts = Object.fromEntries((await test.get(PostRepository).find({ limit: 10 })).map((p) => [p.externalId, p]));
  });

  it('a reviewer finds the smiling photo at rank 1 from the neutral one, and the search is in the audit log with its purpose', async () => {
    const { context, page } = await signIn('rima@example.org', `/review/posts/${posts.neutral.id}`);
    await page.locator('#post-faces a', { hasText: 'find this face' }).first().click();
    await page.waitForSelector('#face-search');
    await page.fill('#face-search input[name=purpose]', PURPOSE);
    await page.click('#face-search button[type=submit]');
    await page.waitForSelector('#face-results');
    const [smilingPhoto] = await test.get(MediaRepository).findByPost(posts.smiling.id);
    const [smilingFace] = await test.get(FaceRepository).findByMedia([smilingPhoto.id], MODEL_VERSION);
    const first = page.locator('#face-results li.face-hit').first();
    expect(await first.getAttribute('data-rank')).toBe('1');
    expect(await first.getAttribute('data-face')).toBe(smilingFace.id);
    const text = (await first.textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/\d+% similar/);
    expect(text).toContain('Douma news');
    expect(text).toContain('12 December 2024');
    expect(await first.locator(`a[href="/review/posts/${posts.smiling.id}"]`).count()).toBe(1);
    expect(await page.locator('#purpose').textContent()).toContain(PURPOSE);
    await screenshot(page, 'faces-results-en');
    await context.close();

    const admin = await signIn('ada@example.org', '/audit?action=faces.searched');
    const row = admin.page.locator('#audit tbody tr').first();
    expect(await row.getAttribute('data-action')).toBe('faces.searched');
    const logged = (await row.textContent())!;
    expect(logged).toContain('rima@example.org');
    expect(logged).toContain('searched for a face');
    expect(logged).toContain(PURPOSE);
    await admin.context.close();
  });

  it('a researcher gets 403 on every face route and sees no link to faces', async () => {
    const { context, page } = await signIn('ruth@example.org', '/search');
    expect(await page.locator('nav a[href="/faces"]').count()).toBe(0);
    const [face] = await test.get(FaceRepository).findByMedia(
      (await test.get(MediaRepository).findByPost(posts.neutral.id)).map((m) => m.id),
      MODEL_VERSION,
    );
    const statuses: Record<string, number> = {};
    for (const path of ['/faces', '/faces/switch-off', `/faces/${face.id}`, `/faces/${face.id}/thumbnail`]) {
      statuses[`GET ${path}`] = (await page.goto(`${test.baseUrl}${path}`))!.status();
    }
    expect(await page.locator('main .error').textContent()).toBe('You do not have access to this page.');
    await page.goto(`${test.baseUrl}/account`);
    const csrf = (await page.locator('input[name=_csrf]').first().getAttribute('value'))!;
    const forms: [string, Record<string, string>][] = [
      ['/faces/switch-on', {}],
      ['/faces/switch-off', { confirm: 'yes' }],
      ['/faces/scan-missing', {}],
      ['/faces/search', { face: face.id, purpose: PURPOSE }],
      ['/faces/search/upload', { purpose: PURPOSE }],
      [`/faces/${face.id}/attach`, { person: face.id }],
      [`/faces/${face.id}/detach`, {}],
    ];
    for (const [path, fields] of forms)
      statuses[`POST ${path}`] = (await page.request.post(`${test.baseUrl}${path}`, { form: { ...fields, _csrf: csrf } })).status();
    const token = api(test.baseUrl, await tokenFor(test, 'researcher'));
    statuses['POST /api/faces/search'] = (await token.post('/api/faces/search', { faceId: face.id, purpose: PURPOSE })).status;
    statuses['POST /api/faces/search/upload'] = (await token.post(`/api/faces/search/upload?purpose=${encodeURIComponent(PURPOSE)}`, {})).status;
    expect(Object.entries(statuses).filter(([, status]) => status !== 403)).toEqual([]);
    expect(Object.keys(statuses)).toHaveLength(13);
    await context.close();
  });

  it('an admin switches faces off after a confirmation, and every descriptor is gone', async () => {
    const { context, page } = await signIn('ada@example.org');
    await page.click('#switch-off');
    await page.waitForSelector('#switch-off-confirm');
    expect(await page.locator('#switch-off-confirm').textContent()).toContain('3 descriptors with their thumbnails');
    await confirmSwitchOff(page);
    expect(await page.locator('.flash').textContent()).toBe('Faces are off: 3 faces were deleted.');
    await screenshot(page, 'faces-off-en');
    const db = test.app.get<Connection>(getConnectionToken());
    expect(await db.collection('faces').countDocuments()).toBe(0);
    expect(await db.collection('faces').countDocuments({ descriptor: { $exists: true } })).toBe(0);
    expect(await faceCount()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

async function confirmSwitchOff(page: Page): Promise<void> {
  await page.check('#confirm-delete');
  await page.click('#switch-off-confirm button[type=submit]');
  await page.waitForSelector('.flash');
}
