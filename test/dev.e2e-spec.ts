import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signIn, TEST_PASSWORD } from './helpers/browser';

// A fresh clone builds the app (about a minute on the shared 2-core machine) before it starts.
jest.setTimeout(600_000);

const REPO = join(__dirname, '..');
const ADMIN = 'first.admin@example.org';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs not yet stopped: afterAll stops them, so that a failed test leaves nothing running. */
const running = new Set<Run>();

interface Run {
  child: ChildProcess;
  terminal: boolean;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm run dev` in the clone, as a person would start it but without a terminal: its own process
 * group, so that a Ctrl-C (SIGINT to the group) can be sent to it.
 */
function startDev(cwd: string, env: NodeJS.ProcessEnv, args: string[] = [], { terminal = false } = {}): Run {
  const command = ['npm', 'run', 'dev', ...(args.length ? ['--', ...args] : [])];
  // script(1) gives it a pseudo-terminal, whose input is what the test writes to script's stdin.
  const child = terminal
    ? spawn('script', ['-qfec', command.join(' '), '/dev/null'], { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(command[0], command.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, terminal, output: () => text, exited };
  running.add(run);
  void exited.then(() => running.delete(run));
  return run;
}

async function until(what: string, run: Run, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = pattern.exec(run.output());
    if (found) return found;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm run dev: no ${what}; its output:\n${run.output()}`);
}

/** Ctrl-C (SIGINT to the foreground group); then what still answers on the app's and FerretDB's ports. */
async function stop(run: Run, appPort: number): Promise<number[]> {
  const dbPort = Number(/started FerretDB \([^)]*\) on 127\.0\.0\.1:(\d+)/.exec(run.output())?.[1]);
  // On the pseudo-terminal, the terminal itself turns ^C into the signal.
  if (run.terminal) run.child.stdin!.write('\x03');
  else process.kill(-run.child.pid!, 'SIGINT');
  await run.exited;
  // What still answers once npm run dev has returned.
  const open: number[] = [];
  for (const p of [appPort, dbPort]) if (await answers(p)) open.push(p);
  return open;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('npm run dev in a fresh clone', () => {
  let clone: string;
  let port: number;
  let browser: Browser;
  let env: NodeJS.ProcessEnv;
  const timings: Record<string, number> = {};
  const pgDatabases: string[] = [];
  /** A database of its own (a new PostgreSQL one, or the SQLite files removed): a first run. */
  const fresh = (): NodeJS.ProcessEnv => {
    rmSync(join(clone, '.data', 'ferretdb'), { recursive: true, force: true });
    pgDatabases.push(`athar_devtest_${process.pid}_${pgDatabases.length}`);
    return { ...env, ATHAR_DEV_PG_DB: pgDatabases[pgDatabases.length - 1] };
  };

  beforeAll(async () => {
    const started = Date.now();
    clone = join(mkdtempSync(join(tmpdir(), 'athar-dev-')), 'athar');
    // The committed state of this checkout, as `git clone` gives it.
    execFileSync('git', ['clone', '--quiet', REPO, clone]);
    symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'));
    // The FerretDB launcher `npm test` built: a clone would otherwise build its own (about a minute).
    const launcher = join(REPO, '.cache', 'ferretdb-launcher');
    if (existsSync(launcher)) {
      mkdirSync(join(clone, '.cache'));
      copyFileSync(launcher, join(clone, '.cache', 'ferretdb-launcher'));
      const now = new Date(Date.now() + 60_000);
      utimesSync(join(clone, '.cache', 'ferretdb-launcher'), now, now);
    }
    timings.cloneMs = Date.now() - started;
    port = await freePort();
    // .env.example as the README says (cp .env.example .env), with the port changed in it.
    writeFileSync(join(clone, '.env'), `${readFileSync(join(clone, '.env.example'), 'utf8')}\nPORT=${port}\n`);
    env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, QUEUE_PREFIX: `athar-devtest-${process.pid}` };
    // Its own FerretDB, not the test's; Redis may be shared (the queue prefix keeps it apart).
    delete env.MONGODB_URI;
    delete env.PORT;
    delete env.CI;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const run of running) await stop(run, port);
    await browser?.close();
    const drops = pgDatabases.map((db) => `psql "$pg" -qAtc "drop database if exists ${db} with (force)" >/dev/null 2>&1;`).join(' ');
    execFileSync('bash', ['-c', `source scripts/services.sh; pg=$(athar_find_postgres); [ -z "$pg" ] || { ${drops || 'true;'} }`], { cwd: REPO });
    if (clone) rmSync(dirname(clone), { recursive: true, force: true });
    // Figures for the README and the issue: how long each step took here.
    process.stdout.write(`npm run dev timings (ms): ${JSON.stringify(timings)}\n`);
  });

  it('without a terminal and no ATHAR_ADMIN_EMAIL/PASSWORD, refuses instead of waiting for input', async () => {
    const started = Date.now();
    const run = startDev(clone, fresh());
    expect(await run.exited).toBe(1);
    timings.buildAndRefuseMs = Date.now() - started;
    expect(run.output()).toContain('building the app');
    expect(run.output()).toMatch(/No user yet, and no terminal to ask for the first admin: set ATHAR_ADMIN_EMAIL and ATHAR_ADMIN_PASSWORD/);
    expect(run.output()).not.toContain('Athar is running');
    // It stopped what it started: nothing of this run is left behind.
    expect(existsSync(join(clone, '.data', 'dev.pid'))).toBe(false);
  });

  it('asks for the first admin on a terminal, the password not shown, then prints the sign-in URL', async () => {
    const started = Date.now();
    const run = startDev(clone, fresh(), [], { terminal: true });
    /** Waits for the prompt's `nth` appearance, then types the line. */
    const answer = async (prompt: string, line: string, nth = 1) => {
      const deadline = Date.now() + 120_000;
      while (run.output().split(prompt).length - 1 < nth) {
        if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`no prompt "${prompt}" (${nth}); the output:\n${run.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      run.child.stdin!.write(`${line}\n`);
    };
    // A password too short first: the CLI refuses it and the questions come again.
    await answer('email: ', 'tty.admin@example.org');
    await answer('name [tty.admin]: ', 'Tia');
    await answer('password (at least 10 characters): ', 'short one');
    await answer('the same again: ', 'short one');
    await answer('email: ', 'tty.admin@example.org', 2);
    expect(run.output()).toContain('password too short');
    await answer('name [tty.admin]: ', 'Tia', 2);
    await answer('password (at least 10 characters): ', TEST_PASSWORD, 2);
    await answer('the same again: ', TEST_PASSWORD, 2);
    const [, url] = await until('sign-in URL', run, /sign in at (http:\/\/localhost:\d+)\/login/, 120_000);
    expect(run.output()).toContain('created the first admin, tty.admin@example.org');
    expect(run.output()).not.toContain(TEST_PASSWORD);
    expect(run.output()).not.toContain('short one');
    const { context, page } = await signIn(browser, url, 'tty.admin@example.org', { path: '/account' });
    timings.terminalStartToSignInMs = Date.now() - started;
    expect(new URL(page.url()).pathname).toBe('/account');
    // Signed in under the name typed at the prompt, as an admin (the users page is theirs).
    expect(await page.locator('nav a[href="/account"]').textContent()).toBe('Tia');
    expect(await page.locator('nav a[href="/users"]').count()).toBe(1);
    await context.close();
    expect(await stop(run, port)).toEqual([]);
  });

  it('creates the first admin from the environment, loads the demo, and the admin signs in through Chromium', async () => {
    const started = Date.now();
    const run = startDev(clone, { ...fresh(), ATHAR_ADMIN_EMAIL: ADMIN, ATHAR_ADMIN_PASSWORD: TEST_PASSWORD }, ['--demo']);
    const [, url] = await until('sign-in URL', run, /Athar is running: sign in at (http:\/\/localhost:\d+)\/login/, 240_000);
    timings.startWithDemoMs = Date.now() - started;
    expect(url).toBe(`http://localhost:${port}`);
    expect(run.output()).not.toContain('building the app');
    expect(run.output()).toContain(`created the first admin, ${ADMIN}`);
    expect(run.output()).toMatch(/loaded the demo data set \(every text marked as demo\): 5 sources, 13 posts/);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    const { context, page } = await signIn(browser, url, ADMIN, { path: '/review' });
    timings.firstStartToSignInMs = Date.now() - started;
    expect(new URL(page.url()).pathname).toBe('/review');
    expect(await page.locator('main').textContent()).toMatch(/\[DEMO · synthetic\]|\[تجريبي · نص مصطنع\]|\[DÉMO · texte fictif\]/);
    await screenshot(page, 'dev-first-sign-in');
    await context.close();

    expect(await stop(run, port)).toEqual([]);
    expect(existsSync(join(clone, '.data', 'dev.env'))).toBe(false);
    expect(existsSync(join(clone, '.data', 'dev.pid'))).toBe(false);
  });

  it('starts again on the data it kept under .data/, asking for nothing', async () => {
    const started = Date.now();
    const run = startDev(clone, { ...env, ATHAR_DEV_PG_DB: pgDatabases[pgDatabases.length - 1] });
    const [, url] = await until('sign-in URL', run, /sign in at (http:\/\/localhost:\d+)\/login/, 120_000);
    timings.restartMs = Date.now() - started;
    expect(run.output()).not.toMatch(/first admin|building the app/);
    // npm run cli, meanwhile, finds the running services itself, and uses dist/ as it is.
    const built = statSync(join(clone, 'dist', 'cli.js')).mtimeMs;
    const listed = spawnSync('npm', ['run', '--silent', 'cli', '--', 'users', 'list'], {
      cwd: clone,
      env: { ...env, ATHAR_DEV_PG_DB: 'never_used' },
      encoding: 'utf8',
    });
    expect(listed.stdout).toContain(ADMIN);
    expect(listed.stderr).not.toContain('building the app');
    expect(statSync(join(clone, 'dist', 'cli.js')).mtimeMs).toBe(built);
    const { context, page } = await signIn(browser, url, ADMIN, { path: '/persons' });
    expect(await page.locator('main').textContent()).toContain('Samer Khalil Haddad');
    await context.close();
    expect(await stop(run, port)).toEqual([]);
  });

  it('npm start without MONGODB_URI says how to set variables: the environment or .env', () => {
    // The clone's .env (a copy of .env.example) sets only PORT.
    const started = spawnSync('npm', ['start'], { cwd: clone, env: { ...env, REDIS_URL: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/MONGODB_URI: is required \(e\.g\. mongodb:\/\/localhost:27017\/athar\) \(missing\)/);
    expect(started.stderr).toContain('Set these variables in the environment, or in a file .env in the working folder, which npm start, npm run dev and');
  });

  it('npm run db:start listens on the port it is given', async () => {
    const dbPort = await freePort();
    const db = spawn('npm', ['run', 'db:start', '--', '--port', String(dbPort)], { cwd: clone, env, detached: true, stdio: 'ignore' });
    try {
      const deadline = Date.now() + 60_000;
      while (!(await answers(dbPort)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await answers(dbPort)).toBe(true);
    } finally {
      process.kill(-db.pid!, 'SIGINT');
      await new Promise((resolve) => db.once('exit', resolve));
    }
    expect(await answers(dbPort)).toBe(false);
  });
});
