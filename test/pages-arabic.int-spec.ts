import { Types } from 'mongoose';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import type { AuthUser } from '../src/auth/roles.decorator';
import type { CollectedPost } from '../src/parsers/collected-post';
import { TipService } from '../src/collectors/tip.service';
import { toNewPost } from '../src/collectors/to-new-post';
import { CURRENT_EXTRACTOR_VERSION, ExtractionService } from '../src/pipeline/extraction.service';
import { MentionRepository } from '../src/posts/mention.repository';
import { PersonsService } from '../src/review/persons.service';
import { PostRepository } from '../src/posts/post.repository';
import { ReviewService } from '../src/review/review.service';
import { SourcesService } from '../src/sources/sources.service';
import { TEST_PASSWORD } from './helpers/browser';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { WebSession } from './helpers/web-session';

jest.setTimeout(90_000);

/**
 * Every page, in Arabic, with Arabic content: what is left after taking out what users and
 * sources wrote (isolated in <bdi>, code, preformatted text, form fields) must be Arabic. An
 * English word there is an untranslated string or a raw code; an ISO timestamp is an
 * unformatted date. Terms that stay Latin in Arabic text (API, CSV, PFIF…) are allowed.
 */
const ALLOWED_LATIN = new Set([
  'API',
  'CSV',
  'NDJSON',
  'PFIF',
  'JSON',
  'URL',
  'RSS',
  'Atom',
  'Authorization',
  'Bearer',
  'token',
  'api',
  'docs',
  'cron',
  'UTC',
  'sha',
  'Asia',
  'Damascus',
  'Mastodon',
  'Bluesky',
  'Telegram',
  'English',
  'GMT',
]);

function chrome(page: string): string {
  return page
    .replace(/<(script|style|textarea|pre|code|bdi|option|datalist|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<title>[\s\S]*?<\/title>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function englishIn(page: string): string[] {
  return [...new Set((chrome(page).match(/[A-Za-z][A-Za-z_-]+/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w) && !/^(j|k|n|s|l|x|i|d)$/.test(w)))];
}

describe('pages in Arabic', () => {
  let env: TestEnv;
  let test: TestApp;
  let web: WebSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = isolatedEnv('pages-ar');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    const auth = test.get(AuthService);
    const admin = await auth.addUser(CLI_ACTOR, { email: 'ada@example.org', name: 'عائدة', roles: ['admin'] });
    await auth.setPassword(CLI_ACTOR, 'ada@example.org', TEST_PASSWORD);
    await auth.setLanguage(admin.id, 'ar');
    const user: AuthUser = { id: admin.id, email: admin.email, name: admin.name, roles: ['admin'], tokenId: 'session' };
    const reviewer = await auth.addUser(CLI_ACTOR, { email: 'omar@example.org', name: 'عمر', roles: ['reviewer'] });

    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'أخبار المعتقلين',
      config: { url: 'https://news.example/feed' },
      keywords: { include: ['معتقل'], exclude: ['إعلان'] },
      enabled: true,
    } as never);
    ids.source = source.id;
    const item = (n: number, text: string): CollectedPost => ({
      externalId: `a${n}`,
      url: `https://news.example/${n}`,
      author: 'ناشط',
      title: null,
      text,
      publishedAt: new Date('2025-01-10T09:00:00Z'),
      media: [],
      raw: `<item>${n}</item>`,
    });
    const { newIds } = await test
      .get(PostRepository)
      .insertNew(source.id, [
        toNewPost(item(1, 'أفرج اليوم عن المعتقل محمد الخطيب من أهالي داريا بعد سنوات في سجن صيدنايا.'), 'rss', new Date('2025-01-11T00:00:00Z')),
        toNewPost(item(2, 'ما زال المعتقل سامر حداد من دوما مفقوداً منذ عام 2013.'), 'rss', new Date('2025-01-11T00:00:00Z')),
      ]);
    [ids.post, ids.other] = newIds;
    for (const id of newIds) await test.get(ExtractionService).extractPost(id, CURRENT_EXTRACTOR_VERSION);
    const review = test.get(ReviewService);
    await review.claim(user, ids.post);
    const [mention] = await test.get(MentionRepository).findByPost(ids.post);
    const person = await review.confirmAsNewPerson(user, mention.id);
    ids.person = person.id;
    await test.get(PersonsService).addNote(user, person.id, { text: 'شوهد في داريا', status: 'released' });
    await test
      .get(TipService)
      .submit({ userId: reviewer.id, kind: 'user', label: reviewer.email }, { text: 'بلاغ عن المعتقل خالد درويش من حمص', note: 'رأيته في مجموعة' });
    web = await WebSession.signIn(test.baseUrl, 'ada@example.org', TEST_PASSWORD);
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  const pages = () => [
    '/review',
    `/review/posts/${ids.post}`,
    '/persons',
    `/persons/${ids.person}`,
    `/search?q=${encodeURIComponent('محمد الخطيب')}`,
    `/posts/${ids.other}`,
    '/sources',
    `/sources/${ids.source}`,
    '/sources/new?type=telegram',
    '/queues',
    '/overview',
    '/audit',
    '/account',
    '/users',
    '/tips/new',
  ];
  const missing = () => `/persons/${new Types.ObjectId().toHexString()}`;

  it('shows every page in Arabic: no English interface words, no raw codes, no ISO timestamps', async () => {
    const problems: Record<string, string[]> = {};
    for (const path of [...pages(), missing()]) {
      const res = await web.get(path);
      expect([path, res.status]).toEqual([path, pages().includes(path) ? 200 : 404]);
      expect(res.body).toContain('lang="ar" dir="rtl"');
      const english = englishIn(res.body);
      const iso = chrome(res.body).match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g) ?? [];
      if (english.length || iso.length) problems[path] = [...english, ...iso];
    }
    expect(problems).toEqual({});
  });

  it('shows dates with Arabic month names, and in Arabic-Indic digits when the reader chooses them', async () => {
    const before = await web.get(`/review/posts/${ids.post}`);
    expect(chrome(before.body)).toMatch(/كانون الثاني 2025/);
    await web.post('/account/display', { timeZone: 'Asia/Damascus', digits: 'arab' });
    const after = await web.get(`/review/posts/${ids.post}`);
    expect(chrome(after.body)).toMatch(/كانون الثاني ٢٠٢٥/);
  });

  it("shows a place by its name in the reader's language, never its id", async () => {
    const page = await web.get(`/persons/${ids.person}`);
    expect(page.body).not.toMatch(/>saydnaya<|: saydnaya|branch-235/);
  });
});
