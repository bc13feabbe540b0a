import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';

jest.setTimeout(30_000);

// Only the API role: nothing is collected here, these tests are about who may do what.
describe('API access and input checks', () => {
  let env: TestEnv;
  let test: TestApp;
  let admin: ReturnType<typeof api>;
  let operator: ReturnType<typeof api>;
  let researcher: ReturnType<typeof api>;
  let reviewer: ReturnType<typeof api>;

  beforeAll(async () => {
    env = isolatedEnv('access');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    admin = api(test.baseUrl, await tokenFor(test, 'admin'));
    operator = api(test.baseUrl, await tokenFor(test, 'operator'));
    researcher = api(test.baseUrl, await tokenFor(test, 'researcher'));
    reviewer = api(test.baseUrl, await tokenFor(test, 'reviewer'));
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  const validSource = { type: 'rss', name: 'SNHR news', config: { url: 'https://example.org/feed.xml' } };

  it('answers 401 without a token, with a malformed header, or with an unknown token', async () => {
    for (const path of ['/api/posts', '/api/sources', '/api/posts/0123456789abcdef01234567']) {
      const res = await api(test.baseUrl).get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.body.message).toMatch(/Authorization: Bearer/);
    }
    const basic = await fetch(`${test.baseUrl}/api/posts`, { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(basic.status).toBe(401);
    const unknown = await api(test.baseUrl, 'athar_not-a-real-token').get('/api/posts');
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toMatch(/unknown, revoked/);
  });

  it('answers 403 when the role does not fit: researchers and reviewers cannot touch sources', async () => {
    for (const client of [researcher, reviewer]) {
      const res = await client.post('/api/sources', validSource);
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/operator, admin/);
      expect((await client.get('/api/sources')).status).toBe(403);
    }
    expect((await researcher.get('/api/posts')).status).toBe(200);
    expect((await reviewer.get('/api/posts')).status).toBe(200);
  });

  it('stops a revoked token at once', async () => {
    const auth = test.get(AuthService);
    await auth.addUser(CLI_ACTOR, { email: 'leaver@example.org', name: 'Leaver', roles: ['researcher'] });
    const { token, record } = await auth.createToken(CLI_ACTOR, 'leaver@example.org', 'laptop');
    expect((await api(test.baseUrl, token).get('/api/posts')).status).toBe(200);
    await auth.revokeToken(CLI_ACTOR, record.id);
    expect((await api(test.baseUrl, token).get('/api/posts')).status).toBe(401);
  });

  it('rejects bad source input with 400 and a message naming each field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...validSource, type: 'myspace' }, /type must be one of: rss, telegram, html, mastodon, bluesky, manual/],
      [{ ...validSource, config: { url: 'ftp://example.org/feed' } }, /config\.url: must be an absolute http/],
      [{ ...validSource, config: { url: 'not a url' } }, /config\.url/],
      [{ ...validSource, name: '   ' }, /name: is required/],
      [{ ...validSource, intervalMinutes: 0 }, /intervalMinutes: must be at least 1/],
      [{ ...validSource, keywords: { include: ['ok', ''] } }, /keywords\.include\.1/],
      [{ ...validSource, colour: 'red' }, /colour/],
      ['{"type": "rss", ', /JSON|Unexpected|Expected/],
    ];
    for (const [body, message] of cases) {
      const res = await operator.post('/api/sources', body);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(message);
    }
    expect((await operator.get('/api/sources')).body.items).toEqual([]);
  });

  it('creates, reads, updates and deletes a source, each change an audit event', async () => {
    const created = await operator.post('/api/sources', { ...validSource, keywords: { include: ['صيدنايا', 'Saydnaya'] }, intervalMinutes: 15 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'rss',
      name: 'SNHR news',
      config: { url: 'https://example.org/feed.xml' },
      intervalMinutes: 15,
      enabled: true,
      keywords: { include: ['صيدنايا', 'Saydnaya'], exclude: [] },
      health: { state: 'new' },
    });
    const id = created.body.id;

    expect((await admin.get(`/api/sources/${id}`)).body.name).toBe('SNHR news');
    const patched = await operator.patch(`/api/sources/${id}`, { enabled: false, keywords: { exclude: ['football'] } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ enabled: false, keywords: { include: ['صيدنايا', 'Saydnaya'], exclude: ['football'] } });
    expect((await operator.patch(`/api/sources/${id}`, { config: { url: 'javascript:alert(1)' } })).status).toBe(400);
    expect((await operator.patch(`/api/sources/${id}`, {})).status).toBe(400);
    expect((await operator.patch(`/api/sources/${id}`, { type: 'rss' })).status).toBe(400);

    expect((await operator.delete(`/api/sources/${id}`)).status).toBe(204);
    expect((await operator.get(`/api/sources/${id}`)).status).toBe(404);
    expect((await operator.delete(`/api/sources/${id}`)).status).toBe(404);
    expect((await operator.get('/api/sources/not-an-id')).status).toBe(404);

    const events = await test.get(AuditEventRepository).findForEntity('source', id);
    expect(events.map((e) => e.action)).toEqual(['source.deleted', 'source.updated', 'source.created']);
    expect(events[1].before).toMatchObject({ enabled: true });
    expect(events[1].after).toMatchObject({ enabled: false });
    for (const e of events) expect(e.actor).toMatchObject({ kind: 'user', label: expect.stringMatching(/^operator-/) });
  });

  it('answers 404 for a post that does not exist, and /health without a token', async () => {
    expect((await researcher.get('/api/posts/0123456789abcdef01234567')).status).toBe(404);
    const health = await api(test.baseUrl).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', roles: ['api'], checks: { mongodb: 'up', redis: 'up' } });
  });
});
