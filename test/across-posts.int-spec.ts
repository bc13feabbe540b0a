import { Types } from 'mongoose';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import type { AuthUser } from '../src/auth/roles.decorator';
import type { UserRole } from '../src/auth/user.schema';
import type { CollectedPost } from '../src/parsers/collected-post';
import { toNewPost } from '../src/collectors/to-new-post';
import { CURRENT_EXTRACTOR_VERSION, ExtractionService } from '../src/pipeline/extraction.service';
import { MentionRecord, MentionRepository } from '../src/posts/mention.repository';
import { PersonRepository } from '../src/persons/person.repository';
import { PersonsService } from '../src/review/persons.service';
import { PostRepository } from '../src/posts/post.repository';
import { ReviewService } from '../src/review/review.service';
import { TEST_PASSWORD } from './helpers/browser';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { waitForQueuesToDrain } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(120_000);

let seq = 0;
function item(text: string, publishedAt: string | null): CollectedPost {
  seq++;
  return {
    externalId: `x${seq}`,
    url: `https://news.example/${seq}`,
    author: null,
    title: null,
    text,
    publishedAt: publishedAt ? new Date(publishedAt) : null,
    media: [],
    raw: `<item>${seq}</item>`,
  };
}

const ARABIC = 'أفرج اليوم عن المعتقل محمد الخطيب، من أهالي داريا، بعد سنوات في سجن صيدنايا.';
const ENGLISH = 'Mohammed al-Khatib, 38, from Darayya, was released from Sednaya prison this week.';
const ANNOUNCEMENT =
  'أفرج اليوم عن المعتقل سامر عبد الله حداد من أهالي دوما بعد أحد عشر عاماً قضاها في سجن صيدنايا العسكري، ووصل إلى بيت عائلته مساء الثلاثاء وسط فرحة الأهالي.';

describe('one person, every post', () => {
  let env: TestEnv;
  let test: TestApp;
  let posts: PostRepository;
  let mentions: MentionRepository;
  let review: ReviewService;
  const users: Record<string, AuthUser> = {};

  async function addUser(email: string, role: UserRole): Promise<AuthUser> {
    const auth = test.get(AuthService);
    const u = await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
    await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
    return (users[email] = { id: u.id, email, name: u.name, roles: [role], tokenId: 'session' });
  }

  /** Stores posts from a source and extracts them, as the collector and the extract job would. */
  async function collect(items: CollectedPost[], source = new Types.ObjectId().toHexString()): Promise<string[]> {
    const { newIds } = await posts.insertNew(
      source,
      items.map((i) => toNewPost(i, 'telegram', new Date('2025-01-20T00:00:00Z'))),
    );
    for (const id of newIds) await test.get(ExtractionService).extractPost(id, CURRENT_EXTRACTOR_VERSION);
    return newIds;
  }

  const firstMention = async (postId: string): Promise<MentionRecord> => (await mentions.findByPost(postId))[0];

  beforeAll(async () => {
    env = isolatedEnv('across');
    test = await startTestApp(env, { ATHAR_ROLES: 'api,worker' });
    posts = test.get(PostRepository);
    mentions = test.get(MentionRepository);
    review = test.get(ReviewService);
    await addUser('rima@example.org', 'reviewer');
    await addUser('omar@example.org', 'reviewer');
    await addUser('rana@example.org', 'researcher');
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('surfaces a confirmation made in one post as a suggestion in a pending post within one job run', async () => {
    const [arabicPost, englishPost] = await collect([item(ARABIC, '2025-01-10T09:00:00Z'), item(ENGLISH, '2025-01-11T09:00:00Z')]);
    expect((await firstMention(englishPost)).suggestions.filter((s) => s.kind === 'person')).toEqual([]);

    const rima = users['rima@example.org'];
    await review.claim(rima, arabicPost);
    const person = await review.confirmAsNewPerson(rima, (await firstMention(arabicPost)).id);
    // The refresh job (one per person and version) runs on the worker.
    await waitForQueuesToDrain(test.queue);
    const suggestion = (await firstMention(englishPost)).suggestions.find((s) => s.kind === 'person');
    expect(suggestion).toMatchObject({ targetId: person.id });
    expect(suggestion!.reasons.join(' | ')).toMatch(/same hometown \((Daraya|Darayya) = داريا\)/);
    expect(suggestion!.reasons.join(' | ')).not.toMatch(/different hometown/);
    expect(suggestion!.reasons.join(' | ')).toMatch(/same place of detention \(Saydnaya Military Prison\)/);
  });

  it('shows suggestions no older than the last change to any person, even before the queue catches up', async () => {
    const [a, b] = await collect([
      item('أفرج عن المعتقل زياد خليل العمر من حمص بعد عشر سنوات.', '2025-02-01T09:00:00Z'),
      item('Ziad Khalil al-Omar was freed in Homs.', '2025-02-02T09:00:00Z'),
    ]);
    const rima = users['rima@example.org'];
    await review.claim(rima, a);
    // Made without the refresh job: the persons repository alone, as if the queue had lost it.
    const person = await test.get(PersonRepository).create({
      displayName: 'زياد خليل العمر',
      spellings: [{ name: 'زياد خليل العمر', mentionId: null }],
      nameKeys: (await firstMention(a)).nameKeys,
      status: 'released',
      attributes: {},
      createdBy: rima.id,
    });
    const view = await review.view(b);
    expect(view.mentions[0].suggestions.map((s) => s.targetId)).toContain(person.id);
  });

  it('links a name and its mentions in other posts to one person in one step', async () => {
    const ids = await collect([
      item('Released: Yusuf Ibrahim Nasser, detained since 2013 in the Palestine Branch.', '2025-03-01T09:00:00Z'),
      item('يوسف إبراهيم ناصر أفرج عنه من فرع فلسطين.', '2025-03-02T09:00:00Z'),
      item('Family confirms Youssef Ibrahim Nasser is free after years in Branch 235.', '2025-03-03T09:00:00Z'),
    ]);
    const omar = users['omar@example.org'];
    await review.claim(omar, ids[0]);
    const yusuf = (await mentions.findByPost(ids[0])).find((m) => /Yusuf/.test(m.name))!;
    const result = await review.linkAll(omar, yusuf.id, 'new');
    expect(result).toMatchObject({ linked: 2, skipped: 0 });
    for (const id of ids) {
      // The full name in each post (a post may also repeat a part of it on its own).
      const named = (await mentions.findByPost(id)).filter((m) => m.nameKeys.includes('ysf:nsr'));
      expect(named.map((m) => m.review)).toEqual([expect.objectContaining({ status: 'confirmed', personId: result.personId })]);
    }
  });

  it('finds posts across scripts by name, place and prison, says why, and sorts by publication date', async () => {
    const researcher = api(test.baseUrl, (await test.get(AuthService).createToken(CLI_ACTOR, 'rana@example.org', 't')).token);
    const texts = async (q: string) =>
      (await researcher.get(`/api/search/posts?q=${encodeURIComponent(q)}`)).body.items as { text: string; matched: { kind: string }[]; publishedAt: string }[];
    for (const q of ['محمد الخطيب', 'Mohammed al-Khatib', 'Muhammad Alkhatib']) {
      const found = await texts(q);
      expect([q, found.some((p) => p.text === ARABIC), found.some((p) => p.text === ENGLISH)]).toEqual([q, true, true]);
    }
    const byName = await texts('محمد الخطيب');
    expect(byName.find((p) => p.text === ENGLISH)!.matched).toContainEqual({ kind: 'name', names: ['Mohammed al-Khatib'] });
    for (const q of ['صيدنايا', 'Saydnaya', 'Sednaya']) {
      const found = await texts(q);
      expect([q, found.some((p) => p.text === ARABIC), found.some((p) => p.text === ENGLISH)]).toEqual([q, true, true]);
      expect(found.find((p) => p.text === ENGLISH)!.matched).toContainEqual({ kind: 'place', placeId: 'saydnaya' });
    }
    expect((await texts('داريا')).some((p) => p.text === ENGLISH)).toBe(true);
    expect((await texts('فرع فلسطين')).length).toBeGreaterThanOrEqual(3);
    // Newest by publication, whatever order they were collected in.
    const all = (await researcher.get('/api/search/posts?limit=200')).body.items as { publishedAt: string | null }[];
    const dates = all.map((p) => p.publishedAt).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages by publication date exactly, posts without a date by collection date', async () => {
    const source = new Types.ObjectId().toHexString();
    await collect(
      [
        item('undated note about detainees', null),
        item('Report one on detainees', '2020-05-01T00:00:00Z'),
        item('Report two on detainees', '2023-05-01T00:00:00Z'),
      ],
      source,
    );
    const researcher = api(test.baseUrl, (await test.get(AuthService).createToken(CLI_ACTOR, 'rana@example.org', 'pager')).token);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; publishedAt: string | null; text: string }[]; nextCursor: string | null } } = await researcher.get(
        `/api/search/posts?sourceId=${source}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((p) => p.text));
      cursor = res.body.nextCursor;
    } while (cursor);
    // Collected 2025-01-20 (no publication date) sorts before the 2023 and 2020 reports.
    expect(seen).toEqual(['undated note about detainees', 'Report two on detainees', 'Report one on detainees']);
  });

  it('lets a researcher open a post from search: read-only, with the verified persons only', async () => {
    const [postId] = await collect([item('Released detainee Karim Fadel Mansour returned to Aleppo.', '2025-04-01T09:00:00Z')]);
    const rima = users['rima@example.org'];
    await review.claim(rima, postId);
    await review.confirmAsNewPerson(rima, (await firstMention(postId)).id);
    const web = await WebSession.signIn(test.baseUrl, 'rana@example.org', TEST_PASSWORD);
    const search = await web.get(`/search?q=${encodeURIComponent('كريم منصور')}`);
    expect(search.body).toContain(`href="/posts/${postId}"`);
    const page = await web.get(`/posts/${postId}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Karim Fadel Mansour');
    expect(page.body).not.toMatch(/data-key=|\/claim|new-person|Being reviewed/);
    // Linked only to an unverified person so far: not shown to a researcher.
    expect(page.body).toContain('No verified person is linked to this post yet.');
    expect((await web.get(`/review/posts/${postId}`)).status).toBe(403);
  });

  it('lets a two-reviewer team verify a person that the second reviewer merged', async () => {
    const [a, b] = await collect([
      item('أفرج عن المعتقل نادر سليم الحلبي من سجن عدرا.', '2025-05-01T09:00:00Z'),
      item('Nader Salim al-Halabi released from Adra prison.', '2025-05-02T09:00:00Z'),
    ]);
    const [rima, omar] = [users['rima@example.org'], users['omar@example.org']];
    await review.claim(rima, a);
    const kept = await review.confirmAsNewPerson(rima, (await firstMention(a)).id);
    await review.claim(rima, b);
    const other = await review.confirmAsNewPerson(rima, (await firstMention(b)).id);
    const persons = test.get(PersonsService);
    await persons.merge(omar, other.id, kept.id, 'Same man in two scripts');
    // Omar made the last change; Rima, who created both records, may verify it now.
    await expect(persons.verify(omar, kept.id)).rejects.toThrow(/not the one who made its last change/);
    await persons.verify(rima, kept.id);
    expect((await test.get(PersonRepository).findById(kept.id))!.verification.status).toBe('verified');
    const page = await (await WebSession.signIn(test.baseUrl, 'rima@example.org', TEST_PASSWORD)).get(`/persons/${kept.id}`);
    expect(page.body.replace(/<[^>]+>/g, '')).toMatch(/was merged into this record — Same man in two scripts/);
  });

  it('reviews ten copies of one announcement from ten sources in one step, counted as one independent source', async () => {
    const variants = [
      ANNOUNCEMENT,
      `🔴 عاجل | ${ANNOUNCEMENT}`,
      `${ANNOUNCEMENT}\n#صيدنايا #المعتقلين`,
      `${ANNOUNCEMENT}\nتابعونا على تلغرام @syria_now`,
      `${ANNOUNCEMENT}\nhttps://t.me/some_channel/1`,
      `عاجل: ${ANNOUNCEMENT}`,
      `${ANNOUNCEMENT} 🕊️`,
      `${ANNOUNCEMENT}\n\nالمصدر: ناشطون`,
      `#عاجل\n${ANNOUNCEMENT}`,
      `${ANNOUNCEMENT}\n#الحرية_للمعتقلين`,
    ];
    const ids: string[] = [];
    for (const [i, text] of variants.entries()) ids.push(...(await collect([item(text, `2025-06-0${(i % 9) + 1}T09:00:00Z`)])));
    const group = await posts.findByIds(ids);
    const leader = group.find((p) => p.copyOf === null)!;
    expect(group.filter((p) => p.copyOf === leader.id)).toHaveLength(9);

    const rima = users['rima@example.org'];
    const queue = await review.queue({ sort: 'newest' });
    const rows = queue.filter((r) => ids.includes(r.post.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].copies).toHaveLength(9);

    await review.claim(rima, leader.id);
    const person = await review.confirmAsNewPerson(rima, (await firstMention(leader.id)).id);
    // A reviewer's next click comes after the suggestion refresh this confirmation queued (see docs/pipeline.md on FerretDB).
    await waitForQueuesToDrain(test.queue);
    expect(await review.decidePost(rima, leader.id, 'relevant', { withCopies: true })).toBe(9);
    for (const p of await posts.findByIds(ids)) {
      expect(p.review.status).toBe('relevant');
      expect((await firstMention(p.id)).review).toMatchObject({ status: 'confirmed', personId: person.id });
    }
    const page = await test.get(PersonsService).page(rima, person.id);
    expect(page.posts).toHaveLength(10);
    expect(page.independentSources).toBe(1);
  });
});
