import { AuthService } from '../src/auth/auth.service';
import { runCli } from '../src/cli';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureServer, serveFixture, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestEnv, testConfig } from './helpers/test-app';

jest.setTimeout(30_000);

describe('athar CLI: the first admin and their token', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;

  beforeAll(async () => {
    env = isolatedEnv('cli');
    fixtures = await startFixtureServer();
    fixtures.route('/feed.rss', serveFixture('rss-arabic/detainees-ar.rss', 'application/rss+xml'));
  });

  afterAll(async () => {
    await cleanUp(env);
    await fixtures.close();
  });

  const notes: string[] = [];
  async function cli(...argv: string[]): Promise<string[]> {
    return cliWithInput('', ...argv);
  }
  async function cliWithInput(stdin: string, ...argv: string[]): Promise<string[]> {
    const lines: string[] = [];
    const config = testConfig(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0' });
    await runCli(
      argv,
      config,
      (line) => lines.push(line),
      (line) => notes.push(line),
      Readable.from([stdin]),
    );
    return lines;
  }

  it('creates an admin, issues a token that the API accepts, lists and revokes it', async () => {
    const [created] = await cli('users', 'add', '--email', 'Admin@Example.org', '--name', 'First Admin', '--role', 'admin');
    expect(created).toMatch(/^created user admin@example\.org \(admin\) with id [0-9a-f]{24}$/);

    // The dashboard password comes on stdin, never on the command line.
    await expect(cliWithInput('short\n', 'users', 'set-password', '--email', 'admin@example.org')).rejects.toThrow(/password too short/);
    expect(await cliWithInput('a long enough passphrase\n', 'users', 'set-password', '--email', 'admin@example.org')).toEqual([
      'password set for admin@example.org',
    ]);

    const [token] = await cli('tokens', 'create', '--email', 'admin@example.org', '--name', 'laptop');
    expect(token).toMatch(/^athar_[A-Za-z0-9_-]{43}$/);
    expect(notes.pop()).toMatch(/shown only this once/);

    const test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    try {
      const client = api(test.baseUrl, token);
      expect((await client.get('/api/sources')).status).toBe(200);
      expect(await test.get(AuthService).checkPassword('admin@example.org', 'a long enough passphrase')).toMatchObject({ email: 'admin@example.org' });
      expect(await test.get(AuthService).checkPassword('admin@example.org', 'wrong passphrase!')).toBeNull();

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
    await expect(cli('users', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'superuser')).rejects.toThrow(
      /roles must be one or more of admin, operator, reviewer, researcher \(not: superuser\)/,
    );
    await expect(cli('users', 'add', '--email', 'nope', '--name', 'X', '--role', 'admin')).rejects.toThrow(/not an email address/);
    await expect(cli('users', 'add', '--name', 'X')).rejects.toThrow(/needs --email/);
    await expect(cli('tokens', 'create', '--email', 'nobody@example.org')).rejects.toThrow(/no user with email/);
    await expect(cli('users', 'delete')).rejects.toThrow(/unknown command "users delete"/);
    const users = await cli('users', 'list');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatch(/admin@example\.org\s+admin$/);
  });

  const file = (name: string, text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'athar-cli-')), name);
    writeFileSync(path, text);
    return path;
  };

  it('imports sources of every type from YAML, then collects one now, dry and for real', async () => {
    const yaml = file(
      'sources.yaml',
      `sources:
  - type: rss
    name: Detainee news
    config: { url: "${fixtures.origin}/feed.rss" }
    keywords: { include: [صيدنايا] }
  - type: telegram
    name: Channel
    config: { channel: "@syria_detainees_test", backfillPages: 2 }
    cron: "*/20 * * * *"
  - type: html
    name: List page
    config:
      url: https://news.example/detainees
      selectors: { item: article.post, link: "h2 a", date: time }
  - type: mastodon
    name: Hashtag
    config: { instance: https://mastodon.example, hashtag: "#Saydnaya" }
  - type: bluesky
    name: Search
    config: { query: صيدنايا, identifier: athar.example, appPassword: abcd-efgh }
  - type: manual
    name: Family tips
`,
    );
    const created = await cli('sources', 'import', yaml);
    expect(created).toHaveLength(6);
    expect(created.map((l) => l.replace(/ with id [0-9a-f]{24}$/, ''))).toEqual([
      'created rss source "Detainee news"',
      'created telegram source "Channel"',
      'created html source "List page"',
      'created mastodon source "Hashtag"',
      'created bluesky source "Search"',
      'created manual source "Family tips"',
    ]);
    const listed = await cli('sources', 'list');
    expect(listed.some((l) => /telegram\s+Channel\s+cron \*\/20 \* \* \* \*/.test(l))).toBe(true);
    expect(listed.join('\n')).not.toContain('abcd-efgh');

    const rssId = created[0].split(' ').pop()!;
    const dry = await cli('collect', rssId, '--dry-run');
    expect(dry[0]).toBe('would collect 3 item(s), keep 3, filter out 0 (nothing stored)');
    expect(dry.slice(1).every((l) => l.startsWith('keep'))).toBe(true);
    expect(await cli('collect', rssId)).toEqual(['collected: 3 fetched, 3 new, 0 already stored, 0 filtered out']);
    expect(await cli('collect', rssId)).toEqual(['collected: 0 fetched, 0 new, 0 already stored, 0 filtered out']);
  });

  it('imports nothing when any entry is wrong, naming its line and field', async () => {
    const before = (await cli('sources', 'list')).length;
    const bad = file(
      'bad.yaml',
      `- type: rss
  name: fine
  config: { url: https://news.example/feed }
- type: telegram
  name: bad channel
  config:
    channel: "no spaces allowed"
- type: rss
  name: bad url
  config: { url: "ftp://news.example/feed" }
`,
    );
    await expect(cli('sources', 'import', bad)).rejects.toThrow(
      new RegExp(
        `nothing imported; fix these first:\n${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: source 2, config.channel: .*\n.*:10: source 3, config.url: must be an absolute http`,
      ),
    );
    await expect(cli('sources', 'import', file('broken.json', '[{"type": "rss",'))).rejects.toThrow(/broken\.json:1: not valid YAML or JSON/);
    await expect(cli('sources', 'import', '/nonexistent/sources.yaml')).rejects.toThrow(/cannot read \/nonexistent\/sources\.yaml: ENOENT/);
    expect(await cli('sources', 'list')).toHaveLength(before);
    await expect(cli('collect', '0123456789abcdef01234567')).rejects.toThrow(/no source with id/);
  });
});
