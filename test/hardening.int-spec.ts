import { Types } from 'mongoose';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import type { AuthUser } from '../src/auth/roles.decorator';
import type { UserRole } from '../src/auth/user.schema';
import type { CollectedPost } from '../src/parsers/collected-post';
import { toNewPost } from '../src/collectors/to-new-post';
import { CURRENT_EXTRACTOR_VERSION, ExtractionService } from '../src/pipeline/extraction.service';
import { MentionRepository } from '../src/posts/mention.repository';
import { PersonRepository } from '../src/persons/person.repository';
import { PostRepository } from '../src/posts/post.repository';
import { ReviewService } from '../src/review/review.service';
import { TEST_PASSWORD } from './helpers/browser';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';
import { attemptSignIn, WebSession } from './helpers/web-session';

jest.setTimeout(60_000);

const SOURCE = new Types.ObjectId().toHexString();

function item(id: string, text: string): CollectedPost {
  return {
    externalId: id,
    url: `https://news.example/${id}`,
    author: null,
    title: null,
    text,
    publishedAt: new Date('2025-01-10T10:00:00Z'),
    media: [],
    raw: `<item>${id}</item>`,
  };
}

async function addUser(test: TestApp, email: string, role: UserRole): Promise<AuthUser> {
  const auth = test.get(AuthService);
  const user = await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
  await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
  return { id: user.id, email, name: user.name, roles: [role], tokenId: 'session' };
}

async function tokenOf(test: TestApp, email: string): Promise<string> {
  return (await test.get(AuthService).createToken(CLI_ACTOR, email, 'scripts')).token;
}

describe('hardening: what researchers see of unverified persons', () => {
  let env: TestEnv;
  let test: TestApp;
  let verifiedId: string;
  let unverifiedId: string;
  let verifiedPostId: string;
  let unverifiedPostId: string;
  let researcherWeb: WebSession;
  let reviewerWeb: WebSession;
  let researcherApi: ReturnType<typeof api>;
  let reviewerApi: ReturnType<typeof api>;

  beforeAll(async () => {
    env = isolatedEnv('hardening-access');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    const rima = await addUser(test, 'rima@example.org', 'reviewer');
    const omar = await addUser(test, 'omar@example.org', 'reviewer');
    await addUser(test, 'rana@example.org', 'researcher');

    const { newIds } = await test.get(PostRepository).insertNew(
      SOURCE,
      [
        item('v', 'Released detainee Samir Haddad, from Daraya, left Saydnaya prison after 12 years.'),
        item('u', 'أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في سجن صيدنايا.'),
      ].map((i) => toNewPost(i, 'rss', new Date('2025-01-11T00:00:00Z'))),
    );
    [verifiedPostId, unverifiedPostId] = newIds;
    const extraction = test.get(ExtractionService);
    const review = test.get(ReviewService);
    const mentions = test.get(MentionRepository);
    const confirmFirst = async (postId: string) => {
      await extraction.extractPost(postId, CURRENT_EXTRACTOR_VERSION);
      const [mention] = await mentions.findByPost(postId);
      await review.claim(rima, postId);
      return review.confirmAsNewPerson(rima, mention.id);
    };
    verifiedId = (await confirmFirst(verifiedPostId)).id;
    unverifiedId = (await confirmFirst(unverifiedPostId)).id;
    expect(await test.get(PersonRepository).verify(verifiedId, omar.id, new Date())).toBe(true);

    researcherWeb = await WebSession.signIn(test.baseUrl, 'rana@example.org', TEST_PASSWORD);
    reviewerWeb = await WebSession.signIn(test.baseUrl, 'omar@example.org', TEST_PASSWORD);
    researcherApi = api(test.baseUrl, await tokenOf(test, 'rana@example.org'));
    reviewerApi = api(test.baseUrl, await tokenOf(test, 'omar@example.org'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('lists only verified persons to a researcher on /persons, by name or not; a reviewer sees both', async () => {
    for (const path of ['/persons', '/persons?q=Samir', '/persons?q=' + encodeURIComponent('محمد الخطيب')]) {
      const page = await researcherWeb.get(path);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain(unverifiedId);
      expect(page.body).not.toContain('الخطيب</a>');
    }
    expect((await researcherWeb.get('/persons')).body).toContain(`/persons/${verifiedId}`);
    const reviewers = (await reviewerWeb.get('/persons')).body;
    expect(reviewers).toContain(`/persons/${verifiedId}`);
    expect(reviewers).toContain(`/persons/${unverifiedId}`);
  });

  it('answers a researcher 404 for an unverified person page, as for an unknown id; a verified one shows no history', async () => {
    const hidden = await researcherWeb.get(`/persons/${unverifiedId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).not.toContain('الخطيب');
    expect(hidden.body).not.toMatch(/داريا|Daraya|صيدنايا/);
    expect((await researcherWeb.get(`/persons/${new Types.ObjectId().toHexString()}`)).status).toBe(404);
    const shown = await researcherWeb.get(`/persons/${verifiedId}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toContain('Samir Haddad');
    expect(shown.body).not.toContain('id="history"');
    expect(shown.body).not.toContain('rima@example.org');
    expect((await reviewerWeb.get(`/persons/${unverifiedId}`)).status).toBe(200);
  });

  it('finds no posts for a researcher filtering by an unverified person, in search and in exports', async () => {
    const hidden = await researcherApi.get(`/api/search/posts?personId=${unverifiedId}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.items).toEqual([]);
    const exported = await researcherApi.get(`/api/export/posts.ndjson?personId=${unverifiedId}`);
    expect(exported.status).toBe(200);
    expect(String(exported.body ?? '')).toBe('');
    expect((await researcherApi.get(`/api/search/posts?personId=${verifiedId}`)).body.items.map((p: { id: string }) => p.id)).toEqual([verifiedPostId]);
    expect((await reviewerApi.get(`/api/search/posts?personId=${unverifiedId}`)).body.items.map((p: { id: string }) => p.id)).toEqual([unverifiedPostId]);
  });

  it('shows a researcher a post without the unverified person it was linked to, and without machine suggestions or reviewer ids', async () => {
    const post = (await researcherApi.get(`/api/posts/${unverifiedPostId}`)).body;
    expect(post.mentions.length).toBeGreaterThan(0);
    for (const m of post.mentions) {
      expect(m.review.personId).toBeNull();
      expect(m.review.by).toBeNull();
      expect(m.suggestions).toEqual([]);
    }
    expect(JSON.stringify(post)).not.toContain(unverifiedId);
    const verifiedPost = (await researcherApi.get(`/api/posts/${verifiedPostId}`)).body;
    expect(verifiedPost.mentions.map((m: { review: { personId: string } }) => m.review.personId)).toContain(verifiedId);
    const asReviewer = (await reviewerApi.get(`/api/posts/${unverifiedPostId}`)).body;
    expect(asReviewer.mentions.map((m: { review: { personId: string } }) => m.review.personId)).toContain(unverifiedId);
  });

  it('sends Cache-Control: no-store with every signed-in page, API answer, photo route and error', async () => {
    for (const res of [
      await researcherWeb.get('/persons'),
      await researcherWeb.get('/search'),
      await researcherWeb.get(`/persons/${unverifiedId}`),
      { headers: (await fetch(`${test.baseUrl}/api/posts`)).headers },
      { headers: (await researcherApi.get('/api/posts')).headers },
      { headers: (await researcherApi.get(`/api/posts/${verifiedPostId}`)).headers },
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('hardening: sign-in limits, proxies and tokens', () => {
  let env: TestEnv;
  let test: TestApp;
  let proxied: TestApp;

  beforeAll(async () => {
    env = isolatedEnv('hardening-signin');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    // The same database and Redis behind a trusted proxy on loopback.
    proxied = await startTestApp(env, { ATHAR_ROLES: 'api', TRUST_PROXY: 'loopback' });
    for (const email of ['target@example.org', 'spread@example.org', 'changer@example.org', 'keeper@example.org']) await addUser(test, email, 'researcher');
  });

  afterAll(async () => {
    await proxied?.close();
    await test?.close();
    await cleanUp(env);
  });

  it('ignores X-Forwarded-For from a peer not named in TRUST_PROXY: a sixth try from "new" addresses is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await attemptSignIn(test.baseUrl, 'target@example.org', 'wrong password', { 'X-Forwarded-For': `203.0.113.${i + 1}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('limits failures on one account across addresses, even behind a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await attemptSignIn(proxied.baseUrl, 'spread@example.org', 'wrong password', { 'X-Forwarded-For': `198.51.100.${i + 1}` })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // The right password is refused too while the account is limited.
    expect((await attemptSignIn(proxied.baseUrl, 'spread@example.org', TEST_PASSWORD, { 'X-Forwarded-For': '198.51.100.200' })).status).toBe(429);
  });

  it('limits failures from one address across many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push((await attemptSignIn(proxied.baseUrl, `nobody${i}@example.org`, 'wrong password', { 'X-Forwarded-For': '192.0.2.77' })).status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
  });

  it('revokes the API tokens with a password change, unless asked to keep them', async () => {
    const changerToken = await tokenOf(test, 'changer@example.org');
    const keeperToken = await tokenOf(test, 'keeper@example.org');
    const changer = await WebSession.signIn(test.baseUrl, 'changer@example.org', TEST_PASSWORD);
    const keeper = await WebSession.signIn(test.baseUrl, 'keeper@example.org', TEST_PASSWORD);
    expect((await api(test.baseUrl, changerToken).get('/api/posts')).status).toBe(200);

    const changed = await changer.post('/account/password', { current: TEST_PASSWORD, password: 'another long passphrase' });
    expect(changed.status).toBe(303);
    expect(changed.headers.get('location')).toBe('/account?done=password-tokens');
    expect((await changer.get('/account?done=password-tokens')).body).toContain('API tokens revoked');
    expect((await api(test.baseUrl, changerToken).get('/api/posts')).status).toBe(401);

    const kept = await keeper.post('/account/password', { current: TEST_PASSWORD, password: 'another long passphrase', keepTokens: 'yes' });
    expect(kept.headers.get('location')).toBe('/account?done=password');
    expect((await api(test.baseUrl, keeperToken).get('/api/posts')).status).toBe(200);
  });
});

describe('hardening: PFIF import', () => {
  let env: TestEnv;
  let test: TestApp;
  let admin: string;

  beforeAll(async () => {
    env = isolatedEnv('hardening-pfif');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    await addUser(test, 'ada@example.org', 'admin');
    admin = await tokenOf(test, 'ada@example.org');
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  const send = (path: string, body: string, type: string) =>
    fetch(`${test.baseUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': type }, body });

  it('answers 400 at once to 200,000 nested elements, and the API stays responsive', async () => {
    const depth = 200_000;
    const doc = `<?xml version="1.0"?><pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><x:e xmlns:x="urn:x">${'<x:e>'.repeat(depth)}${'</x:e>'.repeat(depth)}</x:e></pfif:pfif>`;
    const [res, health] = await Promise.all([send('/api/import/pfif', doc, 'application/xml'), fetch(`${test.baseUrl}/health`)]);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/nothing was imported.*nest more than 10 deep/);
    expect(health.status).toBe(200);
  });

  it('exists at one path only: the dashboard routes do not accept an import', async () => {
    const doc = '<?xml version="1.0"?><pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"></pfif:pfif>';
    expect((await send('/api/import/pfif', doc, 'application/xml')).status).toBe(200);
    expect((await send('/search/import/pfif', doc, 'application/xml')).status).toBe(404);
  });

  it('answers 415 to a document sent with another content type, whatever its body', async () => {
    for (const [type, body] of [
      ['application/json', '{"pfif": "not xml"}'],
      ['application/json', '{"broken json'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['text/plain', '<pfif/>'],
      ['multipart/form-data; boundary=x', '--x--'],
    ] as const) {
      const res = await send('/api/import/pfif', body, type);
      expect([type, body, res.status, await res.text()]).toEqual([type, body, 415, expect.anything()]);
    }
  });
});
