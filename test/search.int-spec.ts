import { getModelToken } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CollectedPost } from '../src/parsers/collected-post';
import { toNewPost } from '../src/collectors/to-new-post';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { MENTION_MODEL, MentionDoc } from '../src/posts/mention.schema';
import { analyzeName } from '../src/extraction/names/name-analysis';
import { PersonRepository } from '../src/persons/person.repository';
import { PersonStatus } from '../src/persons/person.schema';
import { PostRepository } from '../src/posts/post.repository';
import { SearchService } from '../src/search/search.service';
import { SESSION_COOKIE, SessionService } from '../src/auth/session.service';
import { api, cleanUp, isolatedEnv, TestEnv, tokenFor, type TestApp, startTestApp } from './helpers/test-app';

jest.setTimeout(60_000);

const RATE_LIMIT = 40;

const SOURCE_A = new Types.ObjectId().toHexString();
const SOURCE_B = new Types.ObjectId().toHexString();
let seq = 0;

function item(text: string, extra: Partial<CollectedPost> = {}): CollectedPost {
  seq++;
  return {
    externalId: `item-${seq}`,
    url: `https://example.org/${seq}`,
    author: null,
    title: null,
    text,
    publishedAt: new Date('2026-03-10T10:00:00Z'),
    media: [],
    raw: `<item>${seq}</item>`,
    ...extra,
  };
}

describe('research search (posts, persons, paging, rate limit)', () => {
  let env: TestEnv;
  let test: TestApp;
  let posts: PostRepository;
  let personRepo: PersonRepository;
  let researcher: ReturnType<typeof api>;
  let reviewer: ReturnType<typeof api>;

  async function insert(sourceId: string, sourceType: string, items: CollectedPost[]): Promise<string[]> {
    const { newIds } = await posts.insertNew(
      sourceId,
      items.map((i) => toNewPost(i, sourceType, new Date('2026-03-11T00:00:00Z'))),
    );
    expect(newIds).toHaveLength(items.length);
    return newIds;
  }

  async function person(name: string, verified: boolean, status: PersonStatus = 'detained', attributes: Record<string, unknown> = {}) {
    const p = await personRepo.create({
      displayName: name,
      spellings: [{ name, mentionId: null }],
      nameKeys: analyzeName(name).keys,
      status,
      attributes,
      createdBy: 'creator',
    });
    if (verified) expect(await personRepo.verify(p.id, 'second-reviewer', new Date())).toBe(true);
    return p;
  }

  beforeAll(async () => {
    env = isolatedEnv('search');
    test = await startTestApp(env, { ATHAR_ROLES: 'api', API_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    posts = test.get(PostRepository);
    personRepo = test.get(PersonRepository);
    researcher = api(test.baseUrl, await tokenFor(test, 'researcher'));
    reviewer = api(test.baseUrl, await tokenFor(test, 'reviewer'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('finds Latin-spelled persons from an Arabic query and the reverse', async () => {
    const latin = await person('Mohammed al-Khatib', true);
    const arabic = await person('محمد الخطيب', true, 'missing');
    const other = await person('Mohammed Haddad', true);

    const fromArabic = await researcher.get(`/api/search/persons?name=${encodeURIComponent('محمد الخطيب')}`);
    expect(fromArabic.status).toBe(200);
    const arIds = fromArabic.body.items.map((h: { person: { id: string } }) => h.person.id);
    expect(arIds).toEqual(expect.arrayContaining([latin.id, arabic.id]));
    expect(arIds).not.toContain(other.id);
    expect(fromArabic.body.items[0].score).toBeGreaterThan(0.8);

    const fromLatin = await researcher.get(`/api/search/persons?name=${encodeURIComponent('Mohammed al-Khatib')}`);
    const enIds = fromLatin.body.items.map((h: { person: { id: string } }) => h.person.id);
    expect(enIds).toEqual(expect.arrayContaining([latin.id, arabic.id]));
    expect(enIds).not.toContain(other.id);

    // Filters combine with the name: only the missing one.
    const missing = await researcher.get(`/api/search/persons?name=${encodeURIComponent('Mohamed Alkhateeb')}&status=missing`);
    expect(missing.body.items.map((h: { person: { id: string } }) => h.person.id)).toEqual([arabic.id]);
  });

  it('gives a researcher no unverified persons, and a reviewer all of them', async () => {
    const hidden = await person('Ahmad Darwish', false, 'detained', { hometown: 'Douma', arrestYear: 2013 });
    const shown = await person('Ahmad Darwish Kanaan', true, 'detained', { hometown: 'Douma', arrestYear: 2015 });

    const byResearcher = await researcher.get('/api/search/persons?hometown=douma');
    expect(byResearcher.body.items.map((h: { person: { id: string } }) => h.person.id)).toEqual([shown.id]);
    const byName = await researcher.get('/api/search/persons?name=Ahmad%20Darwish');
    expect(byName.body.items.map((h: { person: { id: string } }) => h.person.id)).not.toContain(hidden.id);
    expect((await researcher.get(`/api/persons/${hidden.id}`)).status).toBe(404);
    expect((await researcher.get(`/api/persons/${shown.id}`)).status).toBe(200);
    const asked = await researcher.get('/api/search/persons?verification=unverified');
    expect(asked.status).toBe(403);
    expect(asked.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });

    const byReviewer = await reviewer.get('/api/search/persons?hometown=Douma');
    expect(byReviewer.body.items.map((h: { person: { id: string } }) => h.person.id).sort()).toEqual([hidden.id, shown.id].sort());
    const years = await reviewer.get('/api/search/persons?hometown=Douma&arrestYearFrom=2012&arrestYearTo=2014');
    expect(years.body.items.map((h: { person: { id: string } }) => h.person.id)).toEqual([hidden.id]);
    expect((await reviewer.get(`/api/persons/${hidden.id}`)).body.person.id).toBe(hidden.id);
    expect((await reviewer.get('/api/search/persons?status=asleep')).status).toBe(400);
  });

  it('combines post filters: words (Arabic prefixes, articles), dates, source, language, photos, names, person', async () => {
    const [saydnaya, khatib, photo, english, older] = await insert(SOURCE_A, 'rss', [
      item('اعتقال الشاب في سجن صيدنايا العسكري'),
      item('أفادت عائلة محمد الخطيب باعتقاله في دمشق'),
      item('صورة المعتقل من سجن صيدنايا', { media: [{ url: 'https://example.org/p.jpg', type: 'image' }] }),
      item('The family of Mohammed al-Khatib said he was taken to Saydnaya prison in 2013.'),
      item('نقل المعتقلين إلى صيدنايا', { publishedAt: new Date('2025-12-01T08:00:00Z') }),
    ]);
    const [telegram] = await insert(SOURCE_B, 'telegram', [item('والمعتقلين في صيدنايا')]);
    await posts.setMentionCount(khatib, 1);
    await posts.setMentionCount(english, 1);
    const khatibPerson = await person('Mohammad Khatib', true);
    const mentions = test.app.get<string, Model<MentionDoc>>(getModelToken(MENTION_MODEL));
    await mentions.create({
      postId: new Types.ObjectId(english),
      sourceId: new Types.ObjectId(SOURCE_A),
      extractorVersion: 't',
      name: 'Mohammed al-Khatib',
      start: 14,
      end: 32,
      normalized: 'mohammed al-khatib',
      role: 'detainee',
      confidence: 0.9,
      createdAt: new Date(),
      review: { status: 'confirmed', personId: khatibPerson.id, by: 'r', at: new Date() },
    });

    const ids = async (query: string) => {
      const res = await researcher.get(`/api/search/posts?${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((p: { id: string }) => p.id);
    };
    const q = (s: string) => encodeURIComponent(s);
    // صيدنايا: stored with and without the article; the word as a prefix of itself.
    expect((await ids(`q=${q('صيدنايا')}`)).sort()).toEqual([saydnaya, photo, older, telegram].sort());
    // The article and و are ignored, 4+ letters match as prefixes: المعتقل finds المعتقلين.
    expect((await ids(`q=${q('المعتقل')}`)).sort()).toEqual([photo, older, telegram].sort());
    expect(await ids(`q=${q('صيدنايا')}&sourceType=telegram`)).toEqual([telegram]);
    expect(await ids(`q=${q('صيدنايا')}&sourceId=${SOURCE_A}&hasPhoto=true`)).toEqual([photo]);
    expect((await ids(`q=${q('صيدنايا')}&hasPhoto=false&from=2026-01-01`)).sort()).toEqual([saydnaya, telegram].sort());
    expect(await ids(`q=${q('صيدنايا')}&to=2025-12-01`)).toEqual([older]);
    // 3 letters match whole words only; 4+ letters are prefixes.
    expect(await ids(`q=${q('kha')}&lang=en`)).toEqual([]);
    expect(await ids(`q=${q('khat moham')}&lang=en`)).toEqual([english]);
    expect(await ids(`q=${q('Khatib Mohammed')}&lang=en`)).toEqual([english]);
    expect((await ids(`hasMentions=true`)).sort()).toEqual([khatib, english].sort());
    expect(await ids(`hasMentions=true&q=${q('الخطيب')}`)).toEqual([khatib]);
    expect(await ids(`personId=${khatibPerson.id}`)).toEqual([english]);
    expect(await ids(`personId=${new Types.ObjectId().toHexString()}`)).toEqual([]);
    const page = await researcher.get(`/api/persons/${khatibPerson.id}`);
    expect(page.body.posts.map((p: { id: string }) => p.id)).toEqual([english]);
    expect(page.body.posts[0].raw).toEqual({ sha256: expect.any(String) });

    // Relevance orders within the page; every item carries it.
    const ranked = await researcher.get(`/api/search/posts?q=${q('معتقل')}&sort=relevance`);
    expect(ranked.body.items.every((p: { relevance: number }) => p.relevance >= 1)).toBe(true);

    const bad = await researcher.get('/api/search/posts?lang=xx&limit=0&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/lang.*limit|limit.*lang/) });
  });

  it('pages by cursor: each post exactly once while new posts arrive between pages', async () => {
    const marker = 'pagingmarker';
    const original = await insert(
      SOURCE_A,
      'rss',
      Array.from({ length: 8 }, (_, i) => item(`${marker} post ${i}`)),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await researcher.get(
        `/api/search/posts?q=${marker}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((p) => p.id));
      cursor = res.body.nextCursor;
      pages++;
      // Newer posts arrive between pages: they land before the cursor, never in a later page.
      await insert(SOURCE_A, 'rss', [item(`${marker} arrived during page ${pages}`)]);
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen).toEqual([...original].reverse());
    expect((await researcher.get('/api/search/posts?cursor=not-a-cursor')).status).toBe(400);
  });

  it('streams every matching post with constant memory (for exports)', async () => {
    const service = test.get(SearchService);
    const streamed: string[] = [];
    for await (const p of service.streamPosts({ text: 'pagingmarker', sort: 'date' })) streamed.push(p.id);
    expect(streamed).toHaveLength(11);
    const persons: string[] = [];
    for await (const p of service.streamPersons({ name: 'محمد الخطيب', includeUnverified: false })) persons.push(p.displayName);
    expect(persons).toEqual(expect.arrayContaining(['Mohammed al-Khatib', 'محمد الخطيب']));
  });

  it('answers 429 with Retry-After and the JSON error shape after the per-token limit', async () => {
    const limited = api(test.baseUrl, await tokenFor(test, 'researcher'));
    for (let i = 0; i < RATE_LIMIT; i++) expect((await limited.get('/api/search/persons?limit=1')).status).toBe(200);
    const refused = await limited.get('/api/search/persons?limit=1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/try again in \d+ seconds/) });
    // Other tokens have their own window.
    expect((await reviewer.get('/api/search/persons?limit=1')).status).toBe(200);
  });

  it('renders the /search page for a signed-in researcher, in English and Arabic, with escaped results', async () => {
    const auth = test.get(AuthService);
    const user = await auth.addUser(CLI_ACTOR, { email: 'page-researcher@example.org', name: 'Page Researcher', roles: ['researcher'] });
    const { id } = await test.get(SessionService).create(user.id);
    const get = async (query: string) => {
      const res = await fetch(`${test.baseUrl}/search?${query}`, { headers: { Cookie: `${SESSION_COOKIE}=${id}` }, redirect: 'manual' });
      return { status: res.status, text: await res.text() };
    };
    await insert(SOURCE_A, 'rss', [item('<script>alert(1)</script> pagemarker صيدنايا')]);
    const en = await get(`q=pagemarker&hasPhoto=false&sort=relevance&verification=unverified`);
    expect(en.status).toBe(200);
    expect(en.text).toContain('id="post-results"');
    expect(en.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; pagemarker');
    expect(en.text).not.toContain('<script>alert(1)');
    expect(en.text).toContain('Only verified persons are shown to researchers.');
    const persons = await get(`q=${encodeURIComponent('محمد الخطيب')}`);
    expect(persons.text).toContain('Mohammed al-Khatib');
    expect(persons.text).not.toContain('style=');
    await auth.setLanguage(user.id, 'ar');
    const ar = await get('q=pagemarker&from=not-a-date');
    expect(ar.text).toContain('dir="rtl"');
    expect(ar.text).toContain('لم تُفهم بعض عوامل التصفية');
    expect((await fetch(`${test.baseUrl}/search`, { redirect: 'manual' })).status).toBe(303);
  });

  it('serves the API docs without a token, and nothing else', async () => {
    const doc = await api(test.baseUrl).get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/search/posts', '/api/export/persons.pfif.xml', '/api/sources/{id}', '/api/tips']),
    );
    const page = await fetch(`${test.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const markup = await page.text();
    expect(markup).toContain('/api/search/persons');
    expect(markup).not.toMatch(/<script(?! src="\/assets\/app\.js")|style=/);
    expect((await api(test.baseUrl).get('/api/search/posts')).status).toBe(401);
  });
});
