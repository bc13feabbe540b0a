import { Browser } from 'playwright-core';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { AuthService } from '../src/auth/auth.service';
import type { AuthUser } from '../src/auth/roles.decorator';
import { editsOf, MentionRecord, MentionRepository } from '../src/posts/mention.repository';
import { NoteRepository } from '../src/persons/note.repository';
import { PersonRecord, PersonRepository } from '../src/persons/person.repository';
import { PostRecord, PostRepository } from '../src/posts/post.repository';
import { ReviewService } from '../src/review/review.service';
import { SourcesService } from '../src/sources/sources.service';
import { launchBrowser, screenshot, signIn as signInAs, TEST_PASSWORD } from './helpers/browser';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(120_000);

const HOSTILE_NOTE = `<script>document.body.dataset.pwned='1'</script><img src=x onerror="alert('xss')"> "><svg onload=alert(1)> seen in Adra`;
const PASSWORD = TEST_PASSWORD;

function feed(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    <item><title>الإفراج عن محمد أحمد الخطيب</title><link>https://news.example/1</link><guid>k1</guid>
      <pubDate>Tue, 10 Dec 2024 12:00:00 GMT</pubDate>
      <description>أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في سجن صيدنايا.</description></item>
    <item><title>Released from Saydnaya</title><link>https://news.example/2</link><guid>k2</guid>
      <pubDate>Wed, 11 Dec 2024 12:00:00 GMT</pubDate>
      <description>Released detainee Mohammed al-Khatib, from Daraya, left Saydnaya prison after 12 years.</description></item>
    <item><title>Samir Haddad</title><link>https://news.example/3</link><guid>c1</guid><pubDate>Tue, 10 Dec 2024 14:00:00 GMT</pubDate>
      <description>Samir Haddad, avocat disparu depuis 2013.</description></item>
  </channel></rss>`;
}

describe('persons and triage in Chromium', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let browser: Browser;
  const dialogs: string[] = [];
  let posts: Record<string, PostRecord>;
  let first: PersonRecord;
  let second: PersonRecord;
  let secondMention: MentionRecord;

  beforeAll(async () => {
    browser = await launchBrowser();
    fixtures = await startFixtureServer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed()));
    env = isolatedEnv('persons');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    const auth = test.get(AuthService);
    const users: Record<string, AuthUser> = {};
    for (const [email, role] of [
      ['rima@example.org', 'reviewer'],
      ['omar@example.org', 'reviewer'],
      ['ada@example.org', 'admin'],
    ] as const) {
      const u = await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, PASSWORD);
      users[email] = { id: u.id, email, name: u.name, roles: [role], tokenId: 'session' };
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
    posts = Object.fromEntries((await test.get(PostRepository).find({ limit: 10 })).map((p) => [p.externalId, p]));

    // Two records of one man, made by a reviewer through the triage workflow.
    const review = test.get(ReviewService);
    const rima = users['rima@example.org'];
    const mentions = test.get(MentionRepository);
    await review.claim(rima, posts.k1.id);
    const arabic = (await mentions.findByPost(posts.k1.id)).find((m) => m.name === 'محمد أحمد الخطيب')!;
    first = await review.confirmAsNewPerson(rima, arabic.id);
    await review.release(rima, posts.k1.id);
    await review.claim(rima, posts.k2.id);
    secondMention = (await mentions.findByPost(posts.k2.id)).find((m) => /Khatib/.test(m.name))!;
    expect(secondMention).toBeDefined();
    second = await review.confirmAsNewPerson(rima, secondMention.id);
    await review.release(rima, posts.k2.id);
  });

  afterAll(async () => {
    await browser?.close();
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  const signIn = (email: string) => signInAs(browser, test.baseUrl, email, { dialogs });

  const shot = screenshot;
  const linkedTo = async (mentionId: string) => (await test.get(MentionRepository).findById(mentionId))!.review.personId;

  it('merges one record into another with a reason, then splits it back', async () => {
    const { context, page } = await signIn('omar@example.org');
    await page.goto(`${test.baseUrl}/persons/${second.id}`);
    // The record to keep is found by name, in the other script: no id to paste.
    await page.fill('#merge-q', 'محمد الخطيب');
    await page.click('#merge-search button[type=submit]');
    const candidate = page.locator('#merge-candidates li', { hasText: 'محمد أحمد الخطيب' });
    await candidate.locator('input[name=reason]').fill('Same man: same town, prison and years');
    await candidate.locator('button[type=submit]').click();
    await page.waitForSelector('#merged');
    expect(await page.locator('#merged-into').textContent()).toBe('محمد أحمد الخطيب');
    expect(await page.locator('#merged button', { hasText: 'Split' }).count()).toBe(1);
    await shot(page, 'person-merged-en');
    expect(await linkedTo(secondMention.id)).toBe(first.id);

    await page.click('#merged-into');
    await page.waitForURL(new RegExp(`/persons/${first.id}$`));
    const spellings = await page.locator('#spellings li').allTextContents();
    expect(spellings.some((s) => s.includes('محمد أحمد الخطيب'))).toBe(true);
    expect(spellings.some((s) => s.includes(secondMention.name))).toBe(true);
    expect(await page.locator('#mentions li').count()).toBe(2);
    // The kept record's history shows the merge, with its reason.
    expect(await page.locator('#history').textContent()).toMatch(/was merged into this record — Same man: same town, prison and years/);
    // Merged records stay out of the list and of search.
    await page.goto(`${test.baseUrl}/persons`);
    expect(await page.locator('#persons tr').count()).toBe(1);
    const merged = (await test.get(AuditEventRepository).findForEntity('person', second.id)).find((e) => e.action === 'person.merged')!;
    expect(merged.after).toMatchObject({ into: first.id, reason: 'Same man: same town, prison and years', movedMentionIds: [secondMention.id] });

    await page.goto(`${test.baseUrl}/persons/${second.id}`);
    await page.locator('#merged button', { hasText: 'Split' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#merged').count()).toBe(0);
    expect(await linkedTo(secondMention.id)).toBe(second.id);
    const target = (await test.get(PersonRepository).findById(first.id))!;
    expect(target.spellings.map((s) => s.name)).toEqual(['محمد أحمد الخطيب']);
    expect((await test.get(PersonRepository).findById(second.id))!.mergedInto).toBeNull();
    expect(await page.locator('#history').textContent()).toContain('split a merge');
    await context.close();
  });

  it('adds a note, shown as text however hostile', async () => {
    const { context, page } = await signIn('omar@example.org');
    await page.goto(`${test.baseUrl}/persons/${first.id}`);
    await page.fill('#note-text', HOSTILE_NOTE);
    await page.fill('#note-post', `${test.baseUrl}/review/posts/${posts.k1.id}`);
    await page.click('#note-form button[type=submit]');
    await page.waitForSelector('#notes .note');
    expect(await page.locator('#notes .note-text').first().textContent()).toBe(HOSTILE_NOTE);
    expect(await page.locator('main img[src="x"], main svg, main script').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    const notes = await test.get(NoteRepository).findForPerson(first.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: HOSTILE_NOTE, postId: posts.k1.id, authorName: 'omar' });
    await context.close();
  });

  it('lets only an admin mark a person dead; a status change makes the record unverified', async () => {
    const reviewer = await signIn('omar@example.org');
    await reviewer.page.goto(`${test.baseUrl}/persons/${first.id}`);
    await reviewer.page.selectOption('#status', 'dead');
    const [response] = await Promise.all([
      reviewer.page.waitForResponse((r) => r.url().endsWith('/status')),
      reviewer.page.click('#status-form button[type=submit]'),
    ]);
    expect(response.status()).toBe(403);
    await reviewer.page.waitForLoadState('domcontentloaded');
    expect(await reviewer.page.locator('main .error').textContent()).toBe('Only an admin can mark a person dead.');
    expect((await test.get(PersonRepository).findById(first.id))!.status).not.toBe('dead');

    const admin = await signIn('ada@example.org');
    await admin.page.goto(`${test.baseUrl}/persons/${first.id}`);
    await admin.page.selectOption('#status', 'dead');
    await admin.page.click('#status-form button[type=submit]');
    await admin.page.waitForLoadState('domcontentloaded');
    expect(await admin.page.locator('#person-status').textContent()).toBe('dead');
    const after = (await test.get(PersonRepository).findById(first.id))!;
    expect(after).toMatchObject({ status: 'dead', verification: { status: 'unverified' } });
    expect(after.lastEditedBy).not.toBe(first.createdBy);
    expect(await admin.page.locator('#history').textContent()).toContain('changed a status');
    for (const c of [reviewer, admin]) await c.context.close();
  });

  it('a reviewer corrects a mention in triage: the page says edited, the machine role stays, the keys still work', async () => {
    const { context, page } = await signIn('omar@example.org');
    await page.goto(`${test.baseUrl}/review/posts/${posts.c1.id}`);
    await page.locator('button', { hasText: 'Open' }).click();
    await page.waitForSelector('.post-actions');
    const mention = page.locator('.mention').first();
    const id = (await mention.getAttribute('data-mention'))!;
    const machine = (await test.get(MentionRepository).findById(id))!;
    const corrected = machine.role === 'missing' ? 'detainee' : 'missing';
    await mention.locator('summary').click();
    await mention.locator('select[name=role]').selectOption(corrected);
    await mention.locator('.edit-form button[type=submit]').click();
    await page.waitForLoadState('domcontentloaded');
    const section = page.locator(`#mention-${id}`);
    expect(await section.locator('.badge', { hasText: 'corrected' }).count()).toBeGreaterThan(0);
    expect(await section.locator('.mention-role').textContent()).toBe(corrected === 'missing' ? 'missing' : 'detained');
    let stored = (await test.get(MentionRepository).findById(id))!;
    expect(stored.role).toBe(machine.role);
    expect(stored.review.status).toBe('edited');
    expect(editsOf(stored)).toEqual({ role: corrected });

    // The keyboard still decides: n makes a new person of the corrected mention, and the correction stays.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('n');
    await page.waitForSelector(`#mention-${id} .badge.ok`);
    stored = (await test.get(MentionRepository).findById(id))!;
    expect(stored.review.status).toBe('confirmed');
    expect(editsOf(stored)).toEqual({ role: corrected });
    expect(stored.role).toBe(machine.role);
    const actions = (await test.get(AuditEventRepository).findForEntity('mention', id)).map((e) => e.action);
    expect(actions).toEqual(['mention.confirmed-new-person', 'mention.edited']);
    await context.close();
  });

  it('marks a post a duplicate of another by its page address', async () => {
    const { context, page } = await signIn('rima@example.org');
    await page.goto(`${test.baseUrl}/review/posts/${posts.k2.id}`);
    await page.locator('button', { hasText: 'Open' }).click();
    await page.waitForSelector('.post-actions');
    await page.fill('#duplicate-of', `${test.baseUrl}/review/posts/${posts.k1.id}`);
    await page.click('#duplicate-form button[type=submit]');
    await page.waitForURL(/\/review$/);
    expect((await test.get(PostRepository).findById(posts.k2.id))!.review).toMatchObject({ status: 'duplicate', duplicateOf: posts.k1.id });
    const event = (await test.get(AuditEventRepository).findForEntity('post', posts.k2.id)).find((e) => e.action === 'post.marked-duplicate')!;
    expect(event.after).toEqual({ status: 'duplicate', duplicateOf: posts.k1.id });
    await context.close();
  });

  it('shows the person page in Arabic, right to left', async () => {
    const { context, page } = await signIn('omar@example.org');
    await page.click('#switch-language');
    await page.waitForLoadState('domcontentloaded');
    await page.goto(`${test.baseUrl}/persons/${first.id}`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('#person-status').textContent()).toBe('متوفى');
    expect(await page.locator('main h2', { hasText: 'ملاحظات' }).count()).toBe(1);
    await shot(page, 'person-ar');
    await page.click('#switch-language');
    await context.close();
  });
});
