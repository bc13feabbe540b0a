import { Readable } from 'node:stream';
import { AuthService } from '../src/auth/auth.service';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { runCli } from '../src/cli';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, testConfig } from './helpers/test-app';

jest.setTimeout(60_000);

describe('athar users first-admin (what npm run dev runs on its first start)', () => {
  let env: TestEnv;
  let test: TestApp;

  beforeAll(async () => {
    env = isolatedEnv('first_admin');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
  });

  afterAll(async () => {
    await test?.close();
    if (env) await cleanUp(env);
  });

  async function firstAdmin(password: string, ...flags: string[]) {
    const out: string[] = [];
    const notes: string[] = [];
    await runCli(
      ['users', 'first-admin', ...flags],
      testConfig(env),
      (l) => out.push(l),
      (l) => notes.push(l),
      Readable.from([`${password}\n`]),
    );
    return { out, notes };
  }

  it('refuses a short password before creating anyone, so a later run asks again', async () => {
    await expect(firstAdmin('short', '--email', 'ada@example.org')).rejects.toThrow(/password too short: use at least 10 characters/);
    expect(await test.get(AuthService).listUsers()).toEqual([]);
  });

  it("creates an admin who can sign in, even when the demo's reviewers are there, and only once", async () => {
    await test.get(AuthService).addUser(CLI_ACTOR, { email: 'rima@demo.athar.invalid', name: 'Rima (demo reviewer)', roles: ['reviewer'] });
    expect((await firstAdmin('a long enough passphrase', '--email', 'Ada@Example.org')).out).toEqual(['created the first admin, ada@example.org']);
    const ada = await test.get(AuthService).checkPassword('ada@example.org', 'a long enough passphrase');
    expect(ada).toMatchObject({ email: 'ada@example.org', name: 'Ada', roles: ['admin'] });

    const again = await firstAdmin('another long passphrase', '--email', 'eve@example.org');
    expect(again).toEqual({ out: [], notes: ['there are users already: no first admin created'] });
    expect((await test.get(AuthService).listUsers()).map((u) => u.email).sort()).toEqual(['ada@example.org', 'rima@demo.athar.invalid']);
  });
});
