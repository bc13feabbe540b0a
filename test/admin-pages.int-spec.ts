import { Readable } from 'node:stream';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import { runCli } from '../src/cli';
import { JobName, QueueName } from '../src/queue/jobs';
import { TEST_PASSWORD } from './helpers/browser';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, testConfig } from './helpers/test-app';
import { waitFor } from './helpers/wait';
import { attemptSignIn, WebSession } from './helpers/web-session';
import { UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';

jest.setTimeout(60_000);

/** What admins and operators do in the dashboard: users, reset links, failed jobs, tips; and where each role lands. */
describe('users, queues, tips and landing pages', () => {
  let env: TestEnv;
  let test: TestApp;
  let admin: WebSession;

  beforeAll(async () => {
    env = isolatedEnv('admin-pages');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    const auth = test.get(AuthService);
    for (const [email, role] of [
      ['ada@example.org', 'admin'],
      ['otto@example.org', 'operator'],
      ['rima@example.org', 'reviewer'],
      ['rana@example.org', 'researcher'],
    ] as const) {
      await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
    }
    admin = await WebSession.signIn(test.baseUrl, 'ada@example.org', TEST_PASSWORD);
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('lands each role on its own work after sign-in', async () => {
    const landing = async (email: string) => {
      const signedIn = await attemptSignIn(test.baseUrl, email, TEST_PASSWORD);
      return (await fetch(`${test.baseUrl}/`, { headers: { Cookie: `athar_session=${signedIn.session}` }, redirect: 'manual' })).headers.get('location');
    };
    expect(await landing('otto@example.org')).toBe('/sources');
    expect(await landing('rima@example.org')).toBe('/review');
    expect(await landing('rana@example.org')).toBe('/search');
  });

  it('lets an admin add a user, set roles, disable and enable them, each audited', async () => {
    expect((await admin.post('/users', { email: 'nour@example.org', name: 'نور', roles: 'reviewer' }, '/users')).status).toBe(303);
    const nour = (await test.get(AuthService).listUsers()).find((u) => u.email === 'nour@example.org')!;
    expect(nour.roles).toEqual(['reviewer']);
    await admin.post(`/users/${nour.id}/roles`, { roles: 'researcher' }, '/users');
    await test.get(AuthService).setPassword(CLI_ACTOR, 'nour@example.org', TEST_PASSWORD);
    expect((await attemptSignIn(test.baseUrl, 'nour@example.org', TEST_PASSWORD)).status).toBe(303);
    await admin.post(`/users/${nour.id}/disable`, {}, '/users');
    expect((await attemptSignIn(test.baseUrl, 'nour@example.org', TEST_PASSWORD)).status).toBe(401);
    await admin.post(`/users/${nour.id}/enable`, {}, '/users');
    expect((await attemptSignIn(test.baseUrl, 'nour@example.org', TEST_PASSWORD)).status).toBe(303);
    const actions = (await test.get(AuditEventRepository).findForEntity('user', nour.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'user.updated')).toHaveLength(3);
    expect(actions).toContain('user.created');
    // An admin cannot lock themselves out.
    const ada = (await test.get(AuthService).listUsers()).find((u) => u.email === 'ada@example.org')!;
    const refused = await admin.post(`/users/${ada.id}/disable`, {}, '/users');
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('you cannot disable yourself');
  });

  it('resets a password through a one-time link from the users page or the CLI', async () => {
    const rima = (await test.get(AuthService).listUsers()).find((u) => u.email === 'rima@example.org')!;
    const page = await admin.post(`/users/${rima.id}/reset-link`, {}, '/users');
    const link = /id="reset-link"[\s\S]*?<code>([^<]+)<\/code>/.exec(page.body)![1];
    const path = new URL(link).pathname;
    expect((await fetch(test.baseUrl + path)).status).toBe(200);
    const set = await fetch(test.baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'password=a+new+long+passphrase',
    });
    expect(set.status).toBe(303);
    expect((await attemptSignIn(test.baseUrl, 'rima@example.org', 'a new long passphrase')).status).toBe(303);
    // Once only.
    expect((await fetch(test.baseUrl + path)).status).toBe(404);

    const lines: string[] = [];
    await runCli(
      ['users', 'reset-link', '--email', 'rana@example.org', '--url', 'https://athar.example'],
      testConfig(env),
      (l) => lines.push(l),
      () => undefined,
      Readable.from(['']),
    );
    expect(lines).toEqual([expect.stringMatching(/^https:\/\/athar\.example\/reset\/[A-Za-z0-9_-]{43}$/)]);
    expect((await fetch(test.baseUrl + new URL(lines[0]).pathname)).status).toBe(200);
  });

  it('shows failed jobs with their reason on /queues, and retries or discards them, audited', async () => {
    const queue = test.queue.queue(QueueName.Collect);
    for (const slot of ['s1', 's2']) await test.queue.enqueue(JobName.CollectSource, { sourceId: 'aaaaaaaaaaaaaaaaaaaaaaaa', slot });
    const connection = new IORedis(env.redisUrl, { maxRetriesPerRequest: null });
    const failing = new Worker(QueueName.Collect, () => Promise.reject(new UnrecoverableError('the server answered HTTP 404')), {
      connection,
      prefix: env.queuePrefix,
    });
    await waitFor('two failed jobs', async () => (await queue.getFailedCount()) === 2);
    await failing.close();
    connection.disconnect();

    const operator = await WebSession.signIn(test.baseUrl, 'otto@example.org', TEST_PASSWORD);
    const page = await operator.get('/queues');
    expect(page.body).toContain('the server answered HTTP 404');
    expect(page.body.match(/data-job="collect\.aaaaaaaaaaaaaaaaaaaaaaaa\.s[12]"/g)).toHaveLength(2);
    await operator.post('/queues/retry', { queue: 'collect', id: 'collect.aaaaaaaaaaaaaaaaaaaaaaaa.s1' }, '/queues');
    await operator.post('/queues/discard', { queue: 'collect', id: 'collect.aaaaaaaaaaaaaaaaaaaaaaaa.s2' }, '/queues');
    expect(await queue.getJobState('collect.aaaaaaaaaaaaaaaaaaaaaaaa.s1')).toBe('waiting');
    expect(await queue.getJob('collect.aaaaaaaaaaaaaaaaaaaaaaaa.s2')).toBeUndefined();
    const audit = test.get(AuditEventRepository);
    expect((await audit.findForEntity('job', 'collect.aaaaaaaaaaaaaaaaaaaaaaaa.s1')).map((e) => e.action)).toEqual(['job.retried']);
    expect((await audit.findForEntity('job', 'collect.aaaaaaaaaaaaaaaaaaaaaaaa.s2')).map((e) => e.action)).toEqual(['job.discarded']);
  });

  it('takes a tip from the dashboard form, and shows reviewers its note and who sent it', async () => {
    const researcher = await WebSession.signIn(test.baseUrl, 'rana@example.org', TEST_PASSWORD);
    expect((await researcher.get('/tips/new')).status).toBe(200);
    const empty = await researcher.post('/tips', { note: 'nothing else' }, '/tips/new');
    expect(empty.status).toBe(400);
    const sent = await researcher.post('/tips', { text: 'أفرج عن المعتقل يوسف ناصر من سجن عدرا', note: 'رأيته في مجموعة واتساب' }, '/tips/new');
    expect(sent.status).toBe(200);
    const postId = /href="\/posts\/([0-9a-f]{24})"/.exec(sent.body)![1];
    const reviewer = await WebSession.signIn(test.baseUrl, 'rima@example.org', 'a new long passphrase');
    const page = await reviewer.get(`/review/posts/${postId}`);
    expect(page.body).toContain('رأيته في مجموعة واتساب');
    expect(page.body).toContain('rana &lt;rana@example.org&gt;');
  });

  it('serves a favicon', async () => {
    const res = await fetch(`${test.baseUrl}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg/);
  });
});
