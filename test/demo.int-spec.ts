import { Readable } from 'node:stream';
import { AuthService } from '../src/auth/auth.service';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { runCli } from '../src/cli';
import { toNewPost } from '../src/collectors/to-new-post';
import { MentionRepository } from '../src/posts/mention.repository';
import { MediaRepository } from '../src/media/media.repository';
import { PersonRepository } from '../src/persons/person.repository';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { TEST_PASSWORD } from './helpers/browser';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, testConfig } from './helpers/test-app';
import { WebSession } from './helpers/web-session';

jest.setTimeout(120_000);

const DEMO_MARK = /^\[(DEMO · synthetic|تجريبي · نص مصطنع|DÉMO · texte fictif)\] /;

async function demo(env: TestEnv): Promise<{ out: string[]; progress: string }> {
  const out: string[] = [];
  let progress = '';
  const stderr = { isTTY: false, write: (s: string) => (progress += s) };
  await runCli(
    ['demo'],
    testConfig(env),
    (l) => out.push(l),
    () => undefined,
    Readable.from(['']),
    process.stdout,
    stderr,
  );
  return { out, progress };
}

describe('athar demo', () => {
  let env: TestEnv;
  let test: TestApp;
  let web: WebSession;

  beforeAll(async () => {
    env = isolatedEnv('demo');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    await test.get(AuthService).addUser(CLI_ACTOR, { email: 'ada@example.org', name: 'Ada', roles: ['admin'] });
    await test.get(AuthService).setPassword(CLI_ACTOR, 'ada@example.org', TEST_PASSWORD);
  });

  afterAll(async () => {
    await test?.close();
    if (env) await cleanUp(env);
  });

  it('loads a synthetic data set, every text marked as demo, with a one-line summary in a pipe', async () => {
    const { out, progress } = await demo(env);
    expect(out).toEqual(['loaded the demo data set (every text marked as demo): 5 sources, 13 posts, 7 photos, 5 persons, 4 notes']);
    expect(progress).toMatch(/^loading the demo: 53 done in \d+ s/);

    const sources = await test.get(SourcesService).list();
    expect(sources.map((s) => s.type).sort()).toEqual(['html', 'manual', 'mastodon', 'rss', 'telegram']);
    expect(sources.every((s) => s.name.startsWith('[Demo] ') && !s.enabled)).toBe(true);
    const posts = await test.get(PostRepository).find({ limit: 100 });
    expect(posts).toHaveLength(13);
    expect(posts.every((p) => DEMO_MARK.test(p.text) && p.extra.demo === true && p.pipeline.status === 'extracted')).toBe(true);
    expect([...new Set(posts.map((p) => p.lang))].sort()).toEqual(['ar', 'en', 'fr']);
    // Three sources re-posted one announcement: one copy group.
    const leader = posts.find((p) => p.externalId === 'demo-announce-telegram')!;
    expect(
      posts
        .filter((p) => p.copyOf === leader.id)
        .map((p) => p.externalId)
        .sort(),
    ).toEqual(['demo-announce-mastodon', 'demo-announce-rss']);
    expect(posts.map((p) => p.review.status).sort()).toEqual(expect.arrayContaining(['relevant', 'irrelevant', 'new']));
    // The photos went through the media stage: stored, linked to their posts, a re-post found as such.
    const photos = await test.get(MediaRepository).findByPosts(posts.map((p) => p.id));
    expect(photos).toHaveLength(7);
    expect(photos.filter((m) => m.nearDuplicates?.length)).toHaveLength(2);
    expect(posts.every((p) => (p.mediaPending ?? []).length === 0)).toBe(true);

    const persons = await test.get(PersonRepository).list(50);
    expect(persons.map((p) => p.status).sort()).toEqual(['dead', 'detained', 'missing', 'released', 'unknown']);
    expect(persons.map((p) => p.verification.status).sort()).toEqual(['unverified', 'unverified', 'unverified', 'verified', 'verified']);
    // The Arabic announcement and the English article name the same person: one record, both spellings.
    const najjar = persons.find((p) => p.status === 'released')!;
    expect(najjar.spellings.map((s) => s.name).sort()).toEqual(['Mohammed Sami al-Najjar', 'محمد سامي النجار']);
    const mentions = await test.get(MentionRepository).findByPerson(najjar.id);
    expect(mentions.length).toBeGreaterThanOrEqual(4);
  });

  it('gives a newcomer every page with content', async () => {
    web = await WebSession.signIn(test.baseUrl, 'ada@example.org', TEST_PASSWORD);
    const posts = await test.get(PostRepository).find({ limit: 100 });
    const persons = await test.get(PersonRepository).list(50);
    const pages: [string, RegExp][] = [
      ['/review', /\[تجريبي · نص مصطنع\]|\[DEMO · synthetic\]|\[DÉMO · texte fictif\]/],
      [`/review/posts/${posts.find((p) => p.externalId === 'demo-list-ar')!.id}`, /خالد محمود الشامي/],
      ['/persons', /Samer Khalil Haddad/],
      [`/persons/${persons.find((p) => p.status === 'missing')!.id}`, /\[DEMO\] His mother registered him/],
      ['/sources', /\[Demo\] Detainees channel \(synthetic\)/],
      ['/overview', /data-series="\[Demo\] News feed \(synthetic\)"/],
      ['/audit', /rima@demo\.athar\.invalid/],
      [`/search?q=${encodeURIComponent('Saydnaya')}`, /Bassel Nour Kanaan/],
    ];
    for (const [path, shows] of pages) {
      const page = await web.get(path);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.body).toMatch(shows);
    }
  });

  it('changes nothing when run again', async () => {
    const before = await test.get(PostRepository).find({ limit: 100 });
    const { out } = await demo(env);
    expect(out).toEqual(['the demo data set is loaded already: nothing written']);
    expect(await test.get(PostRepository).find({ limit: 100 })).toHaveLength(before.length);
    expect(await test.get(PersonRepository).list(50)).toHaveLength(5);
    expect(await test.get(SourcesService).list()).toHaveLength(5);
  });

  it('refuses, writing nothing, when the database holds posts that are not the demo', async () => {
    const real = isolatedEnv('demo_refused');
    const app = await startTestApp(real, { ATHAR_ROLES: 'api' });
    try {
      const feed = await app.get(SourcesService).create(CLI_ACTOR, {
        type: 'rss',
        name: 'Real feed',
        config: { url: 'https://news.example/feed' },
        keywords: { include: [], exclude: [] },
        enabled: false,
      });
      const item = { externalId: 'r1', url: null, author: null, title: null, text: 'A real post', publishedAt: null, media: [], raw: 'r1' };
      await app.get(PostRepository).insertNew(feed.id, [toNewPost(item, 'rss', new Date())]);
      await expect(demo(real)).rejects.toThrow(
        /the database holds 1 post\(s\) that are not demo posts, and demo data must never mix with real data: nothing was written/,
      );
      expect(await app.get(SourcesService).list()).toHaveLength(1);
      expect(await app.get(AuthService).listUsers()).toEqual([]);
      expect(await app.get(PostRepository).find({ limit: 10 })).toHaveLength(1);
    } finally {
      await app.close();
      await cleanUp(real);
    }
  });
});
