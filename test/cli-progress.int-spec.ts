import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { runCli, runPureCommand } from '../src/cli';
import { toNewPost } from '../src/collectors/to-new-post';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { cleanUp, isolatedEnv, startTestApp, TestEnv, testConfig } from './helpers/test-app';

jest.setTimeout(60_000);

/** Standard error as the CLI sees it: a terminal or not, and everything written to it. */
function stderr(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk), text: () => written.join('') };
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

const POSTS = 30;

describe('progress of long CLI work on standard error, data alone on standard output', () => {
  let env: TestEnv;
  const previousCi = process.env.CI;

  beforeAll(async () => {
    delete process.env.CI;
    env = isolatedEnv('cli_progress');
    const test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    try {
      const feed = await test.get(SourcesService).create(CLI_ACTOR, {
        type: 'rss',
        name: 'Feed',
        config: { url: 'https://feeds.example/a.rss' },
        keywords: { include: [], exclude: [] },
        enabled: false,
      });
      const items = Array.from({ length: POSTS }, (_, i) => ({
        externalId: `p${i}`,
        url: `https://news.example/${i}`,
        author: null,
        title: null,
        text: `Post ${i}: the detainee Samir Haddad was released from Saydnaya.`,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        media: [],
        raw: `${i}`,
      }));
      await test.get(PostRepository).insertNew(
        feed.id,
        items.map((item) => toNewPost(item, 'rss', new Date())),
      );
    } finally {
      await test.close();
    }
  });

  afterAll(async () => {
    if (previousCi === undefined) delete process.env.CI;
    else process.env.CI = previousCi;
    await cleanUp(env);
  });

  async function cli(err: ReturnType<typeof stderr>, ...argv: string[]) {
    const lines: string[] = [];
    const data = new PassThrough();
    const dataText = collect(data);
    await runCli(
      argv,
      testConfig(env),
      (l) => lines.push(l),
      (l) => lines.push(`note: ${l}`),
      Readable.from(['']),
      data,
      err,
    );
    data.end();
    return { lines, data: dataText() };
  }

  it('re-extraction shows done, total, rate and ETA on a terminal, and ends on its summary', async () => {
    const err = stderr(true);
    const { lines } = await cli(err, 'reextract', '--all');
    expect(lines).toEqual([expect.stringMatching(/^re-extracted 30 post\(s\) with /)]);
    const draws = err.written.filter((w) => w.startsWith('\r'));
    expect(draws[0]).toMatch(/^\r\x1b\[2Kre-extracting posts: 1 \/ 30 \(3 %\)/);
    expect(err.written[err.written.length - 1]).toMatch(/^\r\x1b\[2Kre-extracting posts: 30 done in \d+ s \(\d+\/s\)\n$/);
  });

  it('in a pipe, re-extraction and an export write one summary line each and the export data stays clean', async () => {
    const err = stderr(false);
    await cli(err, 'reextract', '--all');
    const exported = await cli(err, 'export', 'posts', '--format', 'ndjson');
    expect(err.text()).toMatch(/^re-extracting posts: 30 done in \d+ s \(\d+\/s\)\nexported 30 row\(s\) in \d+ s\n$/);
    const rows = exported.data
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(30);
    expect(exported.lines).toEqual([]);
  });

  it('an export to a terminal counts rows as they go out', async () => {
    const err = stderr(true);
    const exported = await cli(err, 'export', 'posts', '--format', 'csv');
    expect(exported.data.split('\n')[0]).toMatch(/^\uFEFFid,url,/);
    expect(err.written[0]).toMatch(/^\r\x1b\[2Kexporting posts: 1(, \d+\/s)?$/);
    expect(err.written[err.written.length - 1]).toMatch(/^\r\x1b\[2Kexported 30 row\(s\) in \d+ s\n$/);
  });

  it('sources import counts the definitions, and says nothing live in CI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athar-progress-'));
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, ['- { type: manual, name: Tips A }', '- { type: manual, name: Tips B }', '- { type: manual, name: Tips C }'].join('\n'));
    const live = stderr(true);
    const first = await cli(live, 'sources', 'import', file);
    expect(first.lines).toHaveLength(3);
    expect(live.written[0]).toMatch(/^\r\x1b\[2Kimporting sources: 1 \/ 3 \(33 %\)/);

    process.env.CI = 'true';
    try {
      const ci = stderr(true);
      await cli(ci, 'sources', 'import', file);
      expect(ci.written).toEqual([expect.stringMatching(/^importing sources: 3 done in \d+ s/)]);
    } finally {
      delete process.env.CI;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('extract reads a large file with progress by bytes, mentions alone on standard output', async () => {
    const ndjson = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: String(i), text: `The detainee Samir Haddad (${i}) was released from Saydnaya.` }),
    ).join('\n');
    const out = new PassThrough();
    const outText = collect(out);
    const err = Object.assign(new PassThrough(), { isTTY: true });
    const errText = collect(err);
    await runPureCommand(['extract'], Readable.from([ndjson]), out, err, { inputBytes: Buffer.byteLength(ndjson) });
    out.end();
    const lines = outText().trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[0])).toMatchObject({ id: '0', mentions: [expect.objectContaining({ name: 'Samir Haddad' })] });
    expect(errText()).toMatch(/^\r\x1b\[2Kextract: 0\.\d MB \/ 0\.\d MB \(\d+ %\)/);
    expect(errText()).toMatch(/\r\x1b\[2Kextract: 2000 line\(s\) read in \d+ s\n$/);
  });
});
