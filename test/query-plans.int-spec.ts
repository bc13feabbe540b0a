import mongoose, { Connection, Types } from 'mongoose';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { CLI_ACTOR } from '../src/audit/audit.service';
import type { CollectedPost } from '../src/parsers/collected-post';
import { toNewPost } from '../src/collectors/to-new-post';
import { PersonRepository } from '../src/persons/person.repository';
import { PersonsService } from '../src/review/persons.service';
import { PostRepository } from '../src/posts/post.repository';
import { ReviewService } from '../src/review/review.service';
import { SearchService } from '../src/search/search.service';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv } from './helpers/test-app';

jest.setTimeout(60_000);

interface Captured {
  collection: string;
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1>;
}

/** The fields a filter can be served by, from its top level and its $and: not negations. */
function usableFields(filter: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) out.push(...v.flatMap((c) => usableFields(c as Record<string, unknown>)));
    else if (k === '$or' && Array.isArray(v)) {
      // Every branch must be served for an $or to use indexes.
      const branches = v.map((c) => usableFields(c as Record<string, unknown>));
      if (branches.every((b) => b.length > 0)) out.push(`$or(${branches.map((b) => b[0]).join('|')})`);
    } else if (!k.startsWith('$')) {
      const op = v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Types.ObjectId) ? Object.keys(v) : [];
      if (!op.some((o) => ['$ne', '$nin', '$exists', '$not'].includes(o))) out.push(k);
    }
  }
  return out;
}

function hasCollScan(plan: unknown): boolean {
  if (!plan || typeof plan !== 'object') return false;
  const p = plan as Record<string, unknown>;
  if (p.stage === 'COLLSCAN') return true;
  return Object.values(p).some((v) => (Array.isArray(v) ? v.some(hasCollScan) : hasCollScan(v)));
}

/**
 * Every search and list query the pages and the API run, checked against the indexes. On
 * MongoDB by explain(): no collection scan. On FerretDB (which plans its own way) by shape:
 * a filtered query has an index starting with a field it filters on; an unfiltered list, an
 * index in its sort order.
 */
describe('query plans of the search and list queries', () => {
  let env: TestEnv;
  let test: TestApp;
  let conn: Connection;
  let isMongo = false;
  const captured: Captured[] = [];

  beforeAll(async () => {
    env = isolatedEnv('plans');
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    conn = await mongoose.createConnection(env.mongodbUri).asPromise();
    const info = (await conn.db!.admin().command({ buildInfo: 1 })) as Record<string, unknown>;
    isMongo = !('ferretdbVersion' in info) && !('ferretdbFeatures' in info);
    const source = new Types.ObjectId().toHexString();
    const item = (n: number): CollectedPost => ({
      externalId: `p${n}`,
      url: null,
      author: null,
      title: null,
      text: `أفرج عن المعتقل محمد الخطيب ${n} من سجن صيدنايا`,
      publishedAt: new Date(Date.UTC(2025, 0, 1 + n)),
      media: [],
      raw: `<i>${n}</i>`,
    });
    await test.get(PostRepository).insertNew(
      source,
      Array.from({ length: 30 }, (_, n) => toNewPost(item(n), 'rss', new Date())),
    );
    const person = await test
      .get(PersonRepository)
      .create({ displayName: 'محمد الخطيب', spellings: [], nameKeys: ['mhmd'], status: 'released', attributes: {}, createdBy: 'x' });
    await test.get(PersonRepository).verify(person.id, 'y', new Date());

    mongoose.set('debug', (collection: string, method: string, filter: unknown, options: unknown) => {
      if (method !== 'find' && method !== 'findOne') return;
      const sort = (options as { sort?: Record<string, 1 | -1> } | undefined)?.sort ?? {};
      captured.push({ collection, filter: (filter ?? {}) as Record<string, unknown>, sort });
    });
    const viewer = { id: 'r', roles: ['reviewer' as const] };
    const search = test.get(SearchService);
    await search.searchPosts({ text: 'محمد الخطيب', sort: 'date' }, null, 50);
    await search.searchPosts({ text: 'صيدنايا', sort: 'date', lang: 'ar' }, null, 50);
    await search.searchPosts({ sort: 'date', sourceId: source }, null, 50);
    await search.searchPosts({ sort: 'date', reviewStatus: 'new' }, null, 50);
    await search.searchPosts({ sort: 'date', lang: 'ar' }, null, 50);
    await search.searchPosts({ sort: 'date' }, null, 50);
    await search.searchPersons({ name: 'Mohammed al-Khatib', includeUnverified: true }, 50);
    await search.searchPersons({ includeUnverified: false, status: 'released' }, 50);
    await test.get(PostRepository).find({ sourceId: source, limit: 50 });
    await test.get(ReviewService).queue({ sort: 'newest' });
    await test.get(ReviewService).queue({ sort: 'mentions' });
    await test.get(PersonsService).search({ roles: ['researcher'] }, '');
    await test.get(PersonsService).page(viewer, person.id);
    await test.get(AuditEventRepository).findPage({ limit: 50, actor: CLI_ACTOR.label });
    mongoose.set('debug', false);
  });

  afterAll(async () => {
    mongoose.set('debug', false);
    await conn?.close();
    await test?.close();
    await cleanUp(env);
  });

  it('runs list and search queries the indexes can serve', async () => {
    const lists = captured.filter((q) => ['posts', 'persons', 'mentions', 'audit_events', 'notes'].includes(q.collection));
    expect(lists.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const q of lists) {
      if (isMongo) {
        const plan = await conn.db!.collection(q.collection).find(q.filter).sort(q.sort).explain('queryPlanner');
        if (hasCollScan((plan as { queryPlanner?: unknown }).queryPlanner))
          problems.push(`${q.collection} ${JSON.stringify(q.filter)} sort ${JSON.stringify(q.sort)}`);
        continue;
      }
      const indexes = (await conn.db!.collection(q.collection).indexes()).map((i) => Object.keys(i.key));
      const fields = usableFields(q.filter);
      const sortKeys = Object.keys(q.sort);
      const byFilter = fields.some((f) => f === '_id' || f.startsWith('$or(') || indexes.some((keys) => keys[0] === f));
      const bySort = sortKeys.length > 0 && indexes.some((keys) => sortKeys.every((k, i) => keys[i] === k));
      // A filtered query must find its rows through an index on what it filters; only an unfiltered list may rest on its order.
      if (fields.length > 0 ? !byFilter : !bySort) problems.push(`${q.collection} ${JSON.stringify(q.filter)} sort ${JSON.stringify(q.sort)}`);
    }
    expect(problems).toEqual([]);
  });

  it('has a compound index for each order and filter the pages combine', async () => {
    const names = (await conn.db!.collection('posts').indexes()).map((i) => i.name);
    expect(names).toEqual(
      expect.arrayContaining(['sortAt_-1__id_-1', 'sourceId_1_sortAt_-1__id_-1', 'review.status_1_sortAt_-1__id_-1', 'lang_1_sortAt_-1__id_-1']),
    );
  });
});
