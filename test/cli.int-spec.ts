import { runCli } from '../src/cli';
import { api, cleanUp, isolatedEnv, startTestApp, TestEnv, testConfig } from './helpers/test-app';

jest.setTimeout(30_000);

describe('athar CLI: the first admin and their token', () => {
  let env: TestEnv;

  beforeAll(() => {
    env = isolatedEnv('cli');
  });

  afterAll(async () => {
    await cleanUp(env);
  });

  const notes: string[] = [];
  async function cli(...argv: string[]): Promise<string[]> {
    const lines: string[] = [];
    await runCli(argv, testConfig(env), (line) => lines.push(line), (line) => notes.push(line));
    return lines;
  }

  it('creates an admin, issues a token that the API accepts, lists and revokes it', async () => {
    const [created] = await cli('users', 'add', '--email', 'Admin@Example.org', '--name', 'First Admin', '--role', 'admin');
    expect(created).toMatch(/^created user admin@example\.org \(admin\) with id [0-9a-f]{24}$/);

    const [token] = await cli('tokens', 'create', '--email', 'admin@example.org', '--name', 'laptop');
    expect(token).toMatch(/^athar_[A-Za-z0-9_-]{43}$/);
    expect(notes.pop()).toMatch(/shown only this once/);

    const test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    try {
      const client = api(test.baseUrl, token);
      expect((await client.get('/api/sources')).status).toBe(200);

      const [listed] = await cli('tokens', 'list', '--email', 'admin@example.org');
      expect(listed).toContain('laptop');
      expect(listed).toContain(token.slice(0, 12));
      expect(listed).not.toContain(token);
      const tokenId = listed.split(/\s+/)[0];
      expect(await cli('tokens', 'revoke', '--id', tokenId)).toEqual([`revoked token ${tokenId} (laptop)`]);
      expect((await client.get('/api/sources')).status).toBe(401);
    } finally {
      await test.close();
    }
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    await expect(cli('users', 'add', '--email', 'admin@example.org', '--name', 'Again', '--role', 'admin')).rejects.toThrow(/already exists/);
    await expect(cli('users', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'superuser')).rejects.toThrow(/roles must be one or more of admin, operator, reviewer, researcher \(not: superuser\)/);
    await expect(cli('users', 'add', '--email', 'nope', '--name', 'X', '--role', 'admin')).rejects.toThrow(/not an email address/);
    await expect(cli('users', 'add', '--name', 'X')).rejects.toThrow(/needs --email/);
    await expect(cli('tokens', 'create', '--email', 'nobody@example.org')).rejects.toThrow(/no user with email/);
    await expect(cli('users', 'delete')).rejects.toThrow(/unknown command "users delete"/);
    const users = await cli('users', 'list');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatch(/admin@example\.org\s+admin$/);
  });
});
