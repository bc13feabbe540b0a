// npm run bench:search [-- --posts 200000 --persons 50000 | --quick] [--queries 200]
// Search and export at scale, through the application's own repositories and services, on the
// database named by MONGODB_URI (default mongodb://127.0.0.1:27017/athar_bench). The database
// is the bench's own: it is dropped at the end. Nest DI needs decorator metadata, which tsx
// does not emit, so the repositories and services are constructed directly over mongoose models.
import mongoose, { Types } from 'mongoose';
import { Writable } from 'node:stream';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { AUDIT_EVENT_MODEL, type AuditEventDoc, AuditEventSchema } from '../src/audit/audit-event.schema';
import { AuditService } from '../src/audit/audit.service';
import type { CollectedPost } from '../src/parsers/collected-post';
import { toNewPost } from '../src/collectors/to-new-post';
import { ExportService, type Exporter } from '../src/export/export.service';
import { csvRows, type CsvColumn } from '../src/export/formats';
import { MentionRepository } from '../src/posts/mention.repository';
import { MENTION_MODEL, type MentionDoc, MentionSchema } from '../src/posts/mention.schema';
import { toMachineMention } from '../src/pipeline/extraction.service';
import { extractMentions } from '../src/extraction/extractor';
import { analyzeName } from '../src/extraction/names/name-analysis';
import { placesIn } from '../src/places/places';
import { PersonRepository } from '../src/persons/person.repository';
import { PERSON_MODEL, PERSON_STATUSES, PersonSchema, type PersonDoc } from '../src/persons/person.schema';
import { PostRepository } from '../src/posts/post.repository';
import { POST_MODEL, PostSchema, type PostDoc } from '../src/posts/post.schema';
import { SearchRepository } from '../src/search/search.repository';
import { SearchService } from '../src/search/search.service';
import type { PersonSearchQuery, PostSearchQuery } from '../src/search/search.types';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const num = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const quick = flag('--quick');
const POSTS = num('--posts', quick ? 20_000 : 200_000);
const PERSONS = num('--persons', quick ? 5_000 : 50_000);
const QUERIES = num('--queries', 200);
const GENERATED_ROWS = num('--rows', 1_000_000);
const BATCH = 1000;
/** Posts seeded through PostRepository.insertNew; the rest by insertMany (FerretDB's upserts slow down with the collection). */
const VIA_INSERT_NEW = num('--insert-new', 200);
const SOURCES = 20;
const DAYS = 400;

const baseUri = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017/athar_bench';
const uri = new URL(baseUri);
const dbName = `${uri.pathname.replace(/^\//, '') || 'athar_bench'}_search_${process.pid}`;

// ---------------------------------------------------------------------------
// Generated texts (as in scripts/bench-extraction.ts)

const given = ['محمد', 'أحمد', 'عبد الرحمن', 'خالد', 'يوسف', 'حسين', 'عمر', 'سامر', 'فاطمة', 'رزان', 'علي', 'مازن'];
const family = ['الخطيب', 'درويش', 'الحلبي', 'حداد', 'العلي', 'الشامي', 'النجار', 'السيد', 'قباني', 'زيتونة'];
const givenLatin = ['Mohammed', 'Ahmad', 'Abdulrahman', 'Khaled', 'Youssef', 'Hussein', 'Omar', 'Samer', 'Fatima', 'Razan'];
const familyLatin = ['al-Khatib', 'Darwish', 'al-Halabi', 'Haddad', 'Al-Ali', 'Shami', 'Najjar', 'el-Sayed', 'Kabbani'];
const towns = ['داريا', 'دوما', 'حرستا', 'المعضمية', 'حمص', 'إدلب'];
const townsLatin = ['Daraya', 'Douma', 'Harasta', 'Homs', 'Idlib'];
const prisons = ['صيدنايا', 'فرع فلسطين', 'المخابرات الجوية', 'عدرا', 'Saydnaya'];

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
const ar = () => `${pick(given)} ${pick(given)} ${pick(family)}`;
const en = () => `${pick(givenLatin)} ${pick(familyLatin)}`;

const templates: (() => string)[] = [
  () => `أفرج عن المعتقل ${ar()} من ${pick(towns)} بعد ${Math.floor(rnd() * 13) + 1} عاماً في سجن صيدنايا، وكان قد اعتقل عام ٢٠١٢.`,
  () => `قائمة بأسماء المفرج عنهم اليوم:\n١- ${ar()} من ${pick(towns)}\n٢- ${ar()} من ${pick(towns)}\n٣- ${ar()}\n#صيدنايا #الحرية_للمعتقلين`,
  () => `استشهد تحت التعذيب في فرع فلسطين المعتقل ${ar()} من مواليد ١٩٨٥، وأكدت عائلته الخبر. رحمه الله 🕊️`,
  () => `نبحث عن أخي ${ar()}، مفقود منذ ٢٠١٣، آخر مرة شوهد في المخابرات الجوية بمطار المزة. أي معلومة تواصلوا معنا`,
  () => `${en()}, detained since 2012, was found in Saydnaya on Monday, his brother ${en()} told reporters.`,
  () => `Released detainees include ${en()} (${pick(townsLatin)}) and ${en()} (${pick(townsLatin)}), according to the Syrian Network for Human Rights.`,
  () => `${en()}, avocat disparu depuis 2013, a été retrouvé vivant dans la prison de Saydnaya selon sa famille.`,
  () => `Former prison director ${en()} is accused of overseeing torture of detainees, including ${en()}, who died in custody in 2015.`,
  () => `الطقس اليوم في دمشق مشمس مع ارتفاع في درجات الحرارة، وتوقعات بأمطار خفيفة نهاية الأسبوع.`,
];

const DAY_MS = 86_400_000;
const lastDay = Date.UTC(2025, 5, 30);
const firstDay = lastDay - (DAYS - 1) * DAY_MS;
const sourceIds = Array.from({ length: SOURCES }, () => new Types.ObjectId().toHexString());
const sourceTypes = ['rss', 'telegram', 'web', 'facebook', 'tip'];

function collected(i: number): CollectedPost {
  const text = pick(templates)();
  const publishedAt = new Date(firstDay + Math.floor(rnd() * DAYS * DAY_MS));
  const externalId = `bench-${i}`;
  return {
    externalId,
    url: `https://example.org/post/${i}`,
    author: rnd() < 0.5 ? en() : null,
    title: null,
    text,
    publishedAt,
    media: rnd() < 0.2 ? [{ url: `https://example.org/media/${i}.jpg`, type: 'image' }] : [],
    raw: `<item><guid>${externalId}</guid><description>${text}</description></item>`,
  };
}

// ---------------------------------------------------------------------------
// Helpers

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const now = () => Number(process.hrtime.bigint()) / 1e6;

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return `n=${s.length}  p50 ${q(50).toFixed(1)} ms  p95 ${q(95).toFixed(1)} ms  max ${s[s.length - 1].toFixed(1)} ms`;
}

/** Discards bytes; counts chunks (rows) and bytes and samples RSS every 10,000 rows. */
class CountingSink extends Writable {
  rows = 0;
  bytes = 0;
  readonly rss = { start: rssMb(), peak: rssMb(), end: 0 };
  constructor() {
    super({ decodeStrings: false, highWaterMark: 64 * 1024 });
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length;
    if (++this.rows % 10_000 === 0) this.rss.peak = Math.max(this.rss.peak, rssMb());
    cb();
  }
  finishRss(): void {
    this.rss.end = rssMb();
    this.rss.peak = Math.max(this.rss.peak, this.rss.end);
  }
}

async function timedExport(label: string, unit: string, run: (sink: CountingSink) => Promise<number>): Promise<void> {
  global.gc?.();
  const sink = new CountingSink();
  const t0 = now();
  const rows = await run(sink);
  const s = (now() - t0) / 1000;
  sink.finishRss();
  console.log(
    `  ${label.padEnd(18)} ${String(rows).padStart(8)} ${unit}  ${s.toFixed(1).padStart(6)} s  ${String(Math.round(rows / s)).padStart(7)} ${unit}/s  ` +
      `${mb(sink.bytes).padStart(6)} MB  ${(sink.bytes / 1024 / 1024 / s).toFixed(2)} MB/s  RSS start/peak/end ${sink.rss.start}/${sink.rss.peak}/${sink.rss.end} MB`,
  );
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  uri.pathname = `/${dbName}`;
  const conn = await mongoose.createConnection(uri.toString(), { autoIndex: false, serverSelectionTimeoutMS: 10_000 }).asPromise();
  console.log(`bench:search — ${POSTS} posts, ${PERSONS} persons, database ${dbName} (dropped at the end)`);
  try {
    const postModel = conn.model<PostDoc>(POST_MODEL, PostSchema);
    const personModel = conn.model<PersonDoc>(PERSON_MODEL, PersonSchema);
    const mentionModel = conn.model<MentionDoc>(MENTION_MODEL, MentionSchema);
    const auditModel = conn.model<AuditEventDoc>(AUDIT_EVENT_MODEL, AuditEventSchema);
    for (const m of [postModel, personModel, mentionModel, auditModel]) await m.createIndexes();

    const postRepo = new PostRepository(postModel);
    const personRepo = new PersonRepository(personModel);
    const mentionRepo = new MentionRepository(mentionModel);
    const searchRepo = new SearchRepository(postModel, personModel, mentionModel);
    const search = new SearchService(searchRepo);
    const exportService = new ExportService(searchRepo, mentionRepo, postRepo, new AuditService(new AuditEventRepository(auditModel)), null);

    // 1. Seeding ------------------------------------------------------------
    console.log('\n1. Seeding');
    let t0 = now();
    let genMs = 0;
    let inserted = 0;
    let insertNewMs = 0;
    let insertNewCount = 0;
    let mentionsInserted = 0;
    for (let start = 0; start < POSTS; start += BATCH) {
      const g0 = now();
      const n = Math.min(BATCH, POSTS - start);
      const bySource = new Map<string, ReturnType<typeof toNewPost>[]>();
      for (let i = start; i < start + n; i++) {
        const sid = sourceIds[i % SOURCES];
        const post = toNewPost(collected(i), sourceTypes[(i % SOURCES) % sourceTypes.length], new Date(lastDay + DAY_MS));
        (bySource.get(sid) ?? bySource.set(sid, []).get(sid)!).push(post);
      }
      genMs += now() - g0;
      for (const [sid, posts] of bySource) {
        if (start < VIA_INSERT_NEW) {
          const i0 = now();
          const res = await postRepo.insertNew(sid, posts);
          insertNewMs += now() - i0;
          insertNewCount += res.newIds.length;
          inserted += res.newIds.length;
        } else {
          // The documents insertNew's upsert would write ($setOnInsert of the post plus its sourceId),
          // with what extraction adds: place ids, and the mentions (by the extractor itself).
          const sidObj = new Types.ObjectId(sid);
          const docs = posts.map((p) => ({ ...p, _id: new Types.ObjectId(), sourceId: sidObj, placeIds: placesIn(p.text) }));
          await postModel.collection.insertMany(docs, { ordered: false });
          const mentionDocs = docs.flatMap((d) =>
            extractMentions(d.text, d.lang).map((m) => ({
              ...toMachineMention(m),
              postId: d._id,
              sourceId: sidObj,
              extractorVersion: 'bench',
              review: { status: 'pending', personId: null, by: null, at: null },
              suggestions: [],
              suggestedMediaIds: [],
              createdAt: new Date(),
            })),
          );
          if (mentionDocs.length) await mentionModel.collection.insertMany(mentionDocs, { ordered: false });
          mentionsInserted += mentionDocs.length;
          inserted += posts.length;
        }
      }
      if ((start + n) % 50_000 === 0 || start + n === POSTS) {
        const s = (now() - t0) / 1000;
        console.log(`  posts   ${String(start + n).padStart(7)} / ${POSTS}  ${s.toFixed(1)} s  ${Math.round((start + n) / s)} posts/s`);
      }
    }
    const secs = (now() - t0) / 1000;
    console.log(
      `  posts: ${inserted} stored in ${secs.toFixed(1)} s = ${Math.round(inserted / secs)} posts/s overall (toNewPost+generation ${(genMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `    first ${insertNewCount} via PostRepository.insertNew (upserts, batches of ${BATCH} split by source): ${Math.round(insertNewCount / (insertNewMs / 1000))} posts/s`,
    );
    console.log(
      `    the other ${inserted - insertNewCount} via the model's collection.insertMany of the same documents (insertNew's upserts scan on FerretDB/SQLite: too slow at this size), with ${mentionsInserted} mentions from the extractor`,
    );

    t0 = now();
    const personIds: string[] = [];
    const personNames: { ar: string; latin: string }[] = [];
    const CONC = 16;
    for (let start = 0; start < PERSONS; start += CONC) {
      const batch = [];
      for (let i = start; i < Math.min(PERSONS, start + CONC); i++) {
        const name = ar();
        const a = analyzeName(name);
        const spellings = [{ name, mentionId: null }];
        const keys = new Set(a.keys);
        if (rnd() < 0.5) {
          spellings.push({ name: a.latin, mentionId: null });
          for (const k of analyzeName(a.latin).keys) keys.add(k);
        }
        personNames.push({ ar: name, latin: a.latin });
        batch.push(
          personRepo.create({
            displayName: name,
            spellings,
            nameKeys: [...keys],
            status: pick(PERSON_STATUSES),
            attributes: { hometown: pick(towns), prison: pick(prisons), arrestYear: 2011 + Math.floor(rnd() * 10), age: String(20 + Math.floor(rnd() * 50)) },
            createdBy: 'bench-seeder',
          }),
        );
      }
      for (const p of await Promise.all(batch)) personIds.push(p.id);
      if ((start + CONC) % 10_000 < CONC || start + CONC >= PERSONS) {
        const done = personIds.length;
        const s = (now() - t0) / 1000;
        if (done % 10_000 < CONC || done === PERSONS)
          console.log(`  persons ${String(done).padStart(7)} / ${PERSONS}  ${s.toFixed(1)} s  ${Math.round(done / s)} persons/s`);
      }
    }
    const createSecs = (now() - t0) / 1000;
    t0 = now();
    let verified = 0;
    const toVerify = personIds.filter((_, i) => i % 3 === 0);
    // PersonRepository.verify filters on createdBy/lastEditedBy too, which FerretDB/SQLite scans (9/s measured): one updateMany by _id.
    const res = await personModel.updateMany(
      { _id: { $in: toVerify.map((id) => new Types.ObjectId(id)) } },
      { $set: { verification: { status: 'verified', by: 'bench-verifier', at: new Date() } } },
    );
    verified = res.modifiedCount;
    const verifySecs = (now() - t0) / 1000;
    console.log(
      `  persons: ${personIds.length} via PersonRepository.create (${CONC} concurrent, nameKeys from analyzeName) in ${createSecs.toFixed(1)} s = ${Math.round(personIds.length / createSecs)} persons/s; ` +
        `${verified} verified via the model's updateMany in ${verifySecs.toFixed(1)} s = ${Math.round(verified / verifySecs)}/s`,
    );

    // 2. Searches -----------------------------------------------------------
    console.log(`\n2. Searches through SearchService (${QUERIES} of each kind)`);
    const words = [
      'صيدنايا',
      'معتقل',
      'المعتقل',
      'released',
      'detainees',
      'Saydnaya',
      'الخطيب',
      'Khatib',
      'محمد الخطيب',
      'Haddad',
      'prison',
      'مفقود',
      'disparu',
      'Darwish',
      'فرع فلسطين',
    ];
    const langs = ['ar', 'en', 'fr'];
    const postQuery = (i: number): PostSearchQuery => {
      const q: PostSearchQuery = { text: words[i % words.length], sort: i % 4 === 0 ? 'relevance' : 'date' };
      const f = Math.floor(i / words.length) % 5;
      if (f === 1) q.lang = pick(langs);
      if (f === 2 || f === 4) {
        const from = firstDay + Math.floor(rnd() * (DAYS - 30)) * DAY_MS;
        q.from = new Date(from);
        q.to = new Date(from + 30 * DAY_MS);
      }
      if (f === 3 || f === 4) q.sourceId = pick(sourceIds);
      return q;
    };
    // Warm-up.
    await search.searchPosts({ text: 'صيدنايا', sort: 'date' }, null, 50);
    await search.searchPersons({ name: 'محمد الخطيب', includeUnverified: true }, 50);
    const firstMs: number[] = [];
    const nextMs: number[] = [];
    const noTextMs: number[] = [];
    let hits = 0;
    let emptyPages = 0;
    for (let i = 0; i < QUERIES; i++) {
      const q = postQuery(i);
      let t = now();
      const page = await search.searchPosts(q, null, 50);
      firstMs.push(now() - t);
      hits += page.items.length;
      if (page.items.length === 0) emptyPages++;
      if (page.nextCursor) {
        t = now();
        await search.searchPosts(q, page.nextCursor, 50);
        nextMs.push(now() - t);
      }
    }
    for (let i = 0; i < Math.max(1, Math.floor(QUERIES / 4)); i++) {
      const q: PostSearchQuery = { sort: 'date', lang: i % 2 ? pick(langs) : undefined, sourceId: i % 3 === 0 ? pick(sourceIds) : undefined };
      const t = now();
      await search.searchPosts(q, null, 50);
      noTextMs.push(now() - t);
    }
    console.log(`  posts, text, first page of 50   ${stats(firstMs)}  (avg ${(hits / QUERIES).toFixed(1)} hits/page, ${emptyPages} empty)`);
    console.log(`  posts, text, cursor page of 50  ${stats(nextMs)}`);
    console.log(`  posts, no text (filters only)   ${stats(noTextMs)}`);

    // The same store, a name written in the other script: Arabic names queried in Latin and back.
    const plainMs: number[] = [];
    const crossMs: number[] = [];
    let crossHits = 0;
    for (let i = 0; i < QUERIES; i++) {
      const arabicName = `${pick(given)} ${pick(family)}`;
      let t = now();
      await search.searchPosts({ text: arabicName, sort: 'date' }, null, 50);
      plainMs.push(now() - t);
      t = now();
      crossHits += (await search.searchPosts({ text: analyzeName(arabicName).latin, sort: 'date' }, null, 50)).items.length;
      crossMs.push(now() - t);
    }
    console.log(`  posts, a name in its own script ${stats(plainMs)}`);
    console.log(
      `  posts, a name across scripts    ${stats(crossMs)}  (avg ${(crossHits / QUERIES).toFixed(1)} hits/page: the same Arabic names asked in Latin letters, found through the mentions' name keys)`,
    );

    const personMs: number[] = [];
    const personNoNameMs: number[] = [];
    let personHits = 0;
    for (let i = 0; i < QUERIES; i++) {
      const n = pick(personNames);
      const q: PersonSearchQuery = { name: i % 2 ? n.ar : n.latin, includeUnverified: i % 3 !== 0 };
      if (i % 5 === 1) q.status = pick(PERSON_STATUSES);
      if (i % 7 === 2) q.verification = 'verified';
      const t = now();
      personHits += (await search.searchPersons(q, 50)).length;
      personMs.push(now() - t);
    }
    for (let i = 0; i < Math.max(1, Math.floor(QUERIES / 4)); i++) {
      const t = now();
      await search.searchPersons({ status: pick(PERSON_STATUSES), includeUnverified: i % 2 === 0 }, 50);
      personNoNameMs.push(now() - t);
    }
    console.log(`  persons, by name (ar/latin)     ${stats(personMs)}  (avg ${(personHits / QUERIES).toFixed(1)} hits)`);
    console.log(`  persons, no name (filters only) ${stats(personNoNameMs)}`);

    // 3. Exports ------------------------------------------------------------
    console.log('\n3. Exports through ExportService into a counting sink (RSS sampled every 10,000 rows)');
    const admin: Exporter = { actor: { userId: null, kind: 'cli', label: 'bench' }, roles: ['admin'] };
    await timedExport('posts CSV', 'rows', (sink) => exportService.exportPosts(admin, { sort: 'date' }, 'csv', sink));
    await timedExport('posts NDJSON', 'rows', (sink) => exportService.exportPosts(admin, { sort: 'date' }, 'ndjson', sink));
    await timedExport('persons PFIF', 'rows', (sink) => exportService.exportPersons(admin, { includeUnverified: true }, 'pfif', sink));

    console.log(`\n   ${GENERATED_ROWS} generated rows through csvRows (no database)`);
    const columns: CsvColumn<number>[] = [
      { header: 'id', value: (i) => i },
      { header: 'name', value: (i) => `${given[i % given.length]} ${family[i % family.length]}` },
      { header: 'text', value: (i) => `أفرج عن المعتقل "${given[i % given.length]}", released ${i}` },
      { header: 'day', value: (i) => new Date(firstDay + (i % DAYS) * DAY_MS) },
      { header: 'tags', value: (i) => ['a', `=b${i}`] },
    ];
    function* generated(): Generator<number> {
      for (let i = 0; i < GENERATED_ROWS; i++) yield i;
    }
    await timedExport('generated CSV', 'rows', async (sink) => {
      for await (const chunk of csvRows(columns, generated())) {
        if (!sink.write(chunk)) await new Promise((r) => sink.once('drain', r));
      }
      return GENERATED_ROWS;
    });
  } finally {
    // 4. Drop -------------------------------------------------------------
    await conn.dropDatabase();
    console.log(`\n4. Dropped database ${dbName}`);
    await conn.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
