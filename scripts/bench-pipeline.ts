// npm run bench:pipeline [-- --posts 10000 --sources 100 --hosts 20 --workers 2 --images 0.2 --host-interval-ms 20]
// npm run bench:pipeline -- --sim [--sim-sources 10000 --sim-hosts 500 --sim-interval 5 --sim-minutes 6]
//
// The whole chain, as it runs in production: the built app (dist/) as one scheduler process and
// --workers worker processes, against MONGODB_URI and REDIS_URL (database and queue prefix of its
// own, removed at the end). Feeds and photos are served by local HTTP servers, one per "host"
// (a port on 127.0.0.1), which the app may reach through FETCH_ALLOW_PRIVATE_HOSTS/FETCH_ONLY_HOSTS.
//
// Default run: --posts posts in --sources RSS feeds over --hosts hosts, a share --images of them with
// a photo, collected by the scheduler and workers, extracted, photos downloaded, hashed and stored.
// Prints posts/s per stage, queue waits, p95 time from collection to extracted, and workers' RSS.
//
// --sim: many sources on many hosts, each due every --sim-interval minutes, for --sim-minutes: the
// scheduler's lag (job enqueued after the slot it is for) and the politeness kept per host
// (gaps between requests to one host, against FETCH_HOST_INTERVAL_MS).
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import IORedis from 'ioredis';
import mongoose from 'mongoose';
import { syntheticJpeg } from '../test/helpers/synthetic-images';
import { MEDIA_MODEL, MediaSchema } from '../src/media/media.schema';
import { POST_MODEL, PostSchema, type PostDoc } from '../src/posts/post.schema';
import { QueueName } from '../src/queue/jobs';
import { SOURCE_MODEL, SourceSchema } from '../src/sources/source.schema';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const num = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : dflt;
};
const SIM = flag('--sim');
const POSTS = num('--posts', 10_000);
const SOURCES = num('--sources', 100);
const HOSTS = SIM ? num('--sim-hosts', 500) : num('--hosts', 20);
const WORKERS = num('--workers', 2);
const IMAGE_SHARE = num('--images', 0.2);
const HOST_INTERVAL_MS = num('--host-interval-ms', SIM ? 1000 : 20);
const SIM_SOURCES = num('--sim-sources', 10_000);
const SIM_INTERVAL_MIN = num('--sim-interval', 5);
const SIM_MINUTES = num('--sim-minutes', 6);
const TIMEOUT_S = num('--timeout', 1800);

const ROOT = join(__dirname, '..');
const mongoUri = process.env.MONGODB_URI;
const redisUrl = process.env.REDIS_URL;
if (!mongoUri || !redisUrl) {
  console.error('bench:pipeline needs MONGODB_URI and REDIS_URL (scripts/services.sh can start FerretDB and Redis).');
  process.exit(2);
}
const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
const uri = new URL(mongoUri);
uri.pathname = `/athar_pipeline_${runId}`;
const PREFIX = `athar-bench-${runId}`;

const now = () => Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const fmt = (ms: number) => (Number.isNaN(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

// ---------------------------------------------------------------------------
// The outside world: one HTTP server per host.

interface Host {
  server: Server;
  hostPort: string;
  origin: string;
  /** Request times per path kind, for politeness. */
  times: number[];
}

async function startHosts(n: number, handler: (host: number, req: IncomingMessage, res: ServerResponse) => void): Promise<Host[]> {
  const hosts: Host[] = [];
  for (let i = 0; i < n; i++) {
    const times: number[] = [];
    const server = createServer((req, res) => {
      if (!(req.url ?? '').startsWith('/robots.txt')) times.push(now());
      handler(i, req, res);
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    hosts.push({ server, hostPort: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, times });
  }
  return hosts;
}

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>${items.join('')}</channel></rss>`;
}

// Varied enough that two posts are never near-copies of each other (the copy-group stage would
// otherwise link every post to dozens of others, which real feeds do not do).
const GIVEN = [
  'محمد',
  'أحمد',
  'خالد',
  'يوسف',
  'عمر',
  'سامر',
  'علي',
  'مازن',
  'حسن',
  'إبراهيم',
  'طارق',
  'وائل',
  'بلال',
  'فراس',
  'نزار',
  'رامي',
  'جمال',
  'عماد',
  'هيثم',
  'زياد',
  'أنس',
  'مهند',
  'غسان',
  'ماهر',
];
const FAMILY = [
  'الخطيب',
  'درويش',
  'الحلبي',
  'حداد',
  'الشامي',
  'النجار',
  'العلي',
  'الحمصي',
  'السيد',
  'المصري',
  'الأحمد',
  'الزعبي',
  'الحريري',
  'القاسم',
  'العمر',
  'الرفاعي',
  'البكور',
  'الصالح',
  'العبدالله',
  'الخليل',
];
const TOWNS = [
  'داريا',
  'دوما',
  'حمص',
  'إدلب',
  'حلب',
  'درعا',
  'حماة',
  'الرقة',
  'دير الزور',
  'اللاذقية',
  'طرطوس',
  'القامشلي',
  'السويداء',
  'معرة النعمان',
  'جسر الشغور',
  'الزبداني',
  'يبرود',
  'عربين',
];
const PRISONS = ['سجن صيدنايا', 'سجن عدرا', 'فرع فلسطين', 'سجن حماة المركزي', 'فرع المخابرات الجوية', 'سجن حلب المركزي'];
const OPENINGS = ['أفرج عن المعتقل', 'خرج من السجن', 'وصل إلى أهله', 'تأكد الإفراج عن', 'عاد إلى بيته'];
const CLOSINGS = [
  'ويطلب أهله من يعرف عن رفاقه التواصل.',
  'وكانت عائلته قد فقدت الأمل بعودته.',
  'ويعاني من آثار التعذيب.',
  'وهو بحالة صحية مقبولة.',
  'ويبحث عن شقيقه المفقود منذ سنوات.',
];
const pick = <T>(list: T[], i: number, k: number) => list[Math.floor(i / k) % list.length];
function text(i: number): string {
  const name = `${pick(GIVEN, i, 1)} ${pick(GIVEN, i * 7 + 3, 1)} ${pick(FAMILY, i, GIVEN.length)}`;
  const day = (i % 28) + 1;
  return `${pick(OPENINGS, i, 3)} ${name} من ${pick(TOWNS, i * 5, 1)} يوم ${day}/${(i % 12) + 1} بعد ${(i % 13) + 2} عاماً في ${pick(PRISONS, i, 7)}، ${pick(CLOSINGS, i, 11)}`;
}

// ---------------------------------------------------------------------------
// The app: built once, run as separate processes.

function ensureBuilt(): void {
  const main = join(ROOT, 'dist', 'main.js');
  const newest = (dir: string): number =>
    readdirSync(dir).reduce((m, name) => {
      const p = join(dir, name);
      const st = statSync(p);
      return Math.max(m, st.isDirectory() ? newest(p) : st.mtimeMs);
    }, 0);
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(ROOT, 'src'))) return;
  console.log('building the app (dist/ is missing or older than src/)…');
  execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

function startRole(role: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, ATHAR_ROLES: role, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  started.push(child);
  return child;
}

function rssMb(pid: number): number {
  if (!pid) return 0;
  try {
    return Math.round(
      Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      ) / 1024,
    );
  } catch {
    return 0;
  }
}

/** A line that rewrites itself on a terminal; in a log, one line every 30 s. */
let lastLogged = 0;
function progress(line: string): void {
  if (process.stderr.isTTY) return void process.stderr.write(`\r  ${line}   `);
  if (now() - lastLogged < 30_000) return;
  lastLogged = now();
  process.stderr.write(`  ${line}\n`);
}

/** Every app process started, so that an interrupted bench (Ctrl-C, a timeout) leaves none behind. */
const started: ChildProcess[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
    process.exit(130);
  });
}

async function stop(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
}

/** A post carries a photo when its number falls in the --images share (spread evenly, not in a block). */
const hasPhoto = (i: number) => (i * 2654435761) % 1000 < IMAGE_SHARE * 1000;

/** Completed jobs of a queue: how long each waited (enqueued → started) and ran (started → finished). */
async function jobTimes(redis: IORedis, queue: QueueName, sample = 2000): Promise<{ waits: number[]; runs: number[] }> {
  const q = new Queue(queue, { connection: redis, prefix: PREFIX });
  const jobs: Job[] = await q.getCompleted(0, sample - 1);
  await q.close();
  const started = jobs.filter((j) => j.processedOn);
  return { waits: started.map((j) => j.processedOn! - j.timestamp), runs: started.filter((j) => j.finishedOn).map((j) => j.finishedOn! - j.processedOn!) };
}

// ---------------------------------------------------------------------------

async function pipelineRun(conn: mongoose.Connection, redis: IORedis): Promise<void> {
  const perSource = Math.ceil(POSTS / SOURCES);
  const images = await Promise.all(Array.from({ length: 50 }, (_, i) => syntheticJpeg(i + 1, 480, 360)));
  const hosts = await startHosts(HOSTS, (h, req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/robots.txt') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    const feed = /^\/feed-(\d+)\.rss$/.exec(url.pathname);
    if (feed) {
      const s = Number(feed[1]);
      const items = [];
      for (let k = 0; k < perSource; k++) {
        const i = s * perSource + k;
        if (i >= POSTS) break;
        const image = hasPhoto(i) ? `<enclosure url="${hosts[h].origin}/img/${i}.jpg" type="image/jpeg" length="0"/>` : '';
        items.push(
          `<item><title>bench ${i}</title><link>https://bench.example/${i}</link><guid>b${i}</guid><pubDate>${new Date(Date.UTC(2025, 0, 1) + i * 60_000).toUTCString()}</pubDate><description>${text(i)}</description>${image}</item>`,
        );
      }
      return void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(items));
    }
    const img = /^\/img\/(\d+)\.jpg$/.exec(url.pathname);
    if (img) return void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(images[Number(img[1]) % images.length]);
    res.writeHead(404).end();
  });
  const allowed = hosts.map((h) => h.hostPort).join(',');
  const sources = conn.model(SOURCE_MODEL, SourceSchema);
  const posts = conn.model<PostDoc>(POST_MODEL, PostSchema);
  const media = conn.model(MEDIA_MODEL, MediaSchema);
  for (const m of [sources, posts, media]) await m.createIndexes();
  const t0 = now();
  await sources.insertMany(
    Array.from({ length: SOURCES }, (_, s) => ({
      type: 'rss',
      name: `bench ${s}`,
      config: { url: `${hosts[s % HOSTS].origin}/feed-${s}.rss` },
      intervalMinutes: 60,
      jitterSeconds: 0,
      keywords: { include: [], exclude: [] },
      enabled: true,
      nextRunAt: new Date(t0 - 1000),
    })),
  );
  const env = {
    MONGODB_URI: uri.toString(),
    REDIS_URL: redisUrl!,
    QUEUE_PREFIX: PREFIX,
    SCHEDULER_TICK_SECONDS: '1',
    FETCH_ALLOW_PRIVATE_HOSTS: allowed,
    FETCH_ONLY_HOSTS: allowed,
    FETCH_HOST_INTERVAL_MS: String(HOST_INTERVAL_MS),
    JOB_ATTEMPTS: '3',
    RETRY_BASE_DELAY_MS: '500',
  };
  console.log(
    `\nbench:pipeline — ${POSTS} posts in ${SOURCES} feeds on ${HOSTS} hosts (${Math.round(IMAGE_SHARE * 100)} % with a photo), 1 scheduler + ${WORKERS} worker processes, one request per host every ${HOST_INTERVAL_MS} ms`,
  );
  const children = [startRole('scheduler', env), ...Array.from({ length: WORKERS }, () => startRole('worker', env))];
  const workerPids = children.slice(1).map((c) => c.pid ?? 0);
  let peakRss = 0;
  let firstCollected: number | null = null;
  let allCollected: number | null = null;
  let allExtracted: number | null = null;
  let allPhotos: number | null = null;
  const expectedImages = Array.from({ length: POSTS }, (_, i) => i).filter(hasPhoto).length;
  try {
    while (now() - t0 < TIMEOUT_S * 1000) {
      await sleep(1000);
      peakRss = Math.max(
        peakRss,
        workerPids.reduce((sum, pid) => sum + rssMb(pid), 0),
      );
      const [total, extracted, stored] = await Promise.all([
        posts.countDocuments({}),
        posts.countDocuments({ 'pipeline.status': { $in: ['extracted', 'failed'] } }),
        posts.countDocuments({ 'media.type': 'image', mediaPending: { $exists: true }, 'mediaPending.0': { $exists: false } }),
      ]);
      if (total > 0 && firstCollected === null) firstCollected = now();
      if (total >= POSTS && allCollected === null) allCollected = now();
      if (extracted >= POSTS && allExtracted === null) allExtracted = now();
      if (stored >= expectedImages * 0.999 && allPhotos === null && allExtracted !== null) allPhotos = now();
      progress(
        `${Math.round((now() - t0) / 1000)} s: ${total} collected, ${extracted} extracted, ${stored} posts' photos settled, workers ${workerPids.reduce((s, p) => s + rssMb(p), 0)} MB   `,
      );
      if (allExtracted !== null && allPhotos !== null) break;
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
  } finally {
    await stop(children);
  }
  const secs = (a: number | null, b: number | null) => (a !== null && b !== null ? (b - a) / 1000 : NaN);
  const rate = (n: number, s: number) => (Number.isNaN(s) || s <= 0 ? '—' : `${Math.round(n / s)}/s`);
  const docs = (await posts.find({ 'pipeline.status': 'extracted' }, { collectedAt: 1, pipeline: 1 }).lean()) as Pick<PostDoc, 'collectedAt' | 'pipeline'>[];
  const latencies = docs.map((d) => d.pipeline.updatedAt.getTime() - d.collectedAt.getTime());
  const [extractJobs, mediaJobs, collectJobs] = await Promise.all([
    jobTimes(redis, QueueName.Extract),
    jobTimes(redis, QueueName.Media),
    jobTimes(redis, QueueName.Collect),
  ]);
  const stored = await media.countDocuments({ sha256: { $ne: null } });
  console.log(
    `  everything done in ${secs(t0, allPhotos ?? allExtracted).toFixed(1)} s${allExtracted === null ? ' (NOT all extracted before the timeout)' : ''}`,
  );
  console.log(`  collect   ${rate(POSTS, secs(t0, allCollected))} (${POSTS} posts in ${secs(t0, allCollected).toFixed(1)} s from the first tick)`);
  console.log(`  extract   ${rate(POSTS, secs(firstCollected, allExtracted))} (all extracted ${secs(t0, allExtracted).toFixed(1)} s after the first tick)`);
  console.log(
    `  photos    ${expectedImages} posts with a photo, ${stored} distinct images stored; settled ${secs(t0, allPhotos).toFixed(1)} s after the first tick`,
  );
  console.log(
    `  collected → extracted: p50 ${fmt(pct(latencies, 50))}, p95 ${fmt(pct(latencies, 95))}, max ${fmt(Math.max(...latencies))} (${latencies.length} posts)`,
  );
  console.log(
    `  queue waits (enqueued → started): collect p95 ${fmt(pct(collectJobs.waits, 95))}, extract p50 ${fmt(pct(extractJobs.waits, 50))} p95 ${fmt(pct(extractJobs.waits, 95))}, media p95 ${fmt(pct(mediaJobs.waits, 95))}`,
  );
  console.log(
    `  one job's run (started → finished): collect p50 ${fmt(pct(collectJobs.runs, 50))}, extract p50 ${fmt(pct(extractJobs.runs, 50))} p95 ${fmt(pct(extractJobs.runs, 95))}, media p50 ${fmt(pct(mediaJobs.runs, 50))} p95 ${fmt(pct(mediaJobs.runs, 95))}`,
  );
  console.log(`  worker processes' RSS, summed, at the peak: ${peakRss} MB`);
  await Promise.all(hosts.map((h) => new Promise((r) => h.server.close(r))));
}

async function simRun(conn: mongoose.Connection, redis: IORedis): Promise<void> {
  const hosts = await startHosts(HOSTS, (_h, req, res) => {
    if ((req.url ?? '').startsWith('/robots.txt')) return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"same"' }).end(rss([]));
  });
  const allowed = hosts.map((h) => h.hostPort).join(',');
  const sources = conn.model(SOURCE_MODEL, SourceSchema);
  await sources.createIndexes();
  const t0 = now();
  const spread = SIM_INTERVAL_MIN * 60_000;
  await sources.insertMany(
    Array.from({ length: SIM_SOURCES }, (_, s) => ({
      type: 'rss',
      name: `sim ${s}`,
      config: { url: `${hosts[s % HOSTS].origin}/feed-${s}.rss` },
      intervalMinutes: SIM_INTERVAL_MIN,
      jitterSeconds: 0,
      keywords: { include: [], exclude: [] },
      enabled: true,
      nextRunAt: new Date(t0 + (s * spread) / SIM_SOURCES),
    })),
    { ordered: false },
  );
  const env = {
    MONGODB_URI: uri.toString(),
    REDIS_URL: redisUrl!,
    QUEUE_PREFIX: PREFIX,
    SCHEDULER_TICK_SECONDS: '5',
    FETCH_ALLOW_PRIVATE_HOSTS: allowed,
    FETCH_ONLY_HOSTS: allowed,
    FETCH_HOST_INTERVAL_MS: String(HOST_INTERVAL_MS),
    COLLECT_CONCURRENCY: '4',
  };
  console.log(
    `\nbench:pipeline --sim — ${SIM_SOURCES} sources on ${HOSTS} hosts, each due every ${SIM_INTERVAL_MIN} min, for ${SIM_MINUTES} min; 1 scheduler + ${WORKERS} workers; one request per host every ${HOST_INTERVAL_MS} ms`,
  );
  const children = [startRole('scheduler', env), ...Array.from({ length: WORKERS }, () => startRole('worker', env))];
  try {
    while (now() - t0 < SIM_MINUTES * 60_000) {
      await sleep(5000);
      progress(`${Math.round((now() - t0) / 1000)} s: ${hosts.reduce((n, h) => n + h.times.length, 0)} feed requests   `);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
  } finally {
    await stop(children);
  }
  const q = new Queue(QueueName.Collect, { connection: redis, prefix: PREFIX });
  const jobs: Job[] = [...(await q.getCompleted(0, -1)), ...(await q.getFailed(0, -1))];
  const waiting = await q.getJobCounts('waiting', 'active', 'delayed');
  await q.close();
  const lag = jobs.map((j) => j.timestamp - Number((j.data as { slot: string }).slot)).filter((x) => Number.isFinite(x));
  const runLag = jobs
    .filter((j) => j.finishedOn)
    .map((j) => j.finishedOn! - Number((j.data as { slot: string }).slot))
    .filter((x) => Number.isFinite(x));
  const gaps: number[] = [];
  for (const h of hosts) for (let i = 1; i < h.times.length; i++) gaps.push(h.times[i] - h.times[i - 1]);
  const tooClose = gaps.filter((g) => g < HOST_INTERVAL_MS - 50).length;
  const fetched = hosts.reduce((n, h) => n + h.times.length, 0);
  console.log(`  collect jobs run: ${jobs.length} (${fetched} feed requests served); still queued at the end: ${JSON.stringify(waiting)}`);
  console.log(`  scheduler lag (slot due → job enqueued): p50 ${fmt(pct(lag, 50))}, p95 ${fmt(pct(lag, 95))}, max ${fmt(Math.max(...lag))}`);
  console.log(`  slot due → run finished: p50 ${fmt(pct(runLag, 50))}, p95 ${fmt(pct(runLag, 95))}, max ${fmt(Math.max(...runLag))}`);
  console.log(
    `  politeness: smallest gap between two requests to one host ${fmt(Math.min(...gaps))} (interval ${HOST_INTERVAL_MS} ms); gaps shorter than the interval by more than 50 ms: ${tooClose} of ${gaps.length}`,
  );
  await Promise.all(hosts.map((h) => new Promise((r) => h.server.close(r))));
}

async function main(): Promise<void> {
  ensureBuilt();
  const conn = await mongoose.createConnection(uri.toString(), { serverSelectionTimeoutMS: 10_000 }).asPromise();
  const redis = new IORedis(redisUrl!, { maxRetriesPerRequest: null });
  try {
    if (SIM) await simRun(conn, redis);
    else await pipelineRun(conn, redis);
  } finally {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
