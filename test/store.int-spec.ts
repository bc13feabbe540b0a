import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { ConfigModule } from '../src/config/config.module';
import { MentionRepository } from '../src/posts/mention.repository';
import { MediaRepository } from '../src/media/media.repository';
import { PersonRepository } from '../src/persons/person.repository';
import type { PersonStatus } from '../src/persons/person.schema';
import { PostRepository } from '../src/posts/post.repository';
import { StoreModule } from '../src/store/store.module';
import { FEATURE_STORES } from '../src/feature-stores';
import { toNewPost } from '../src/collectors/to-new-post';
import { cleanUp, isolatedEnv, testConfig, TestEnv } from './helpers/test-app';

jest.setTimeout(30_000);

// The storage layer alone, against the real MongoDB-compatible server.
describe('storage', () => {
  let env: TestEnv;
  let ctx: INestApplicationContext;

  beforeAll(async () => {
    env = isolatedEnv('store');
    const config = testConfig(env);
    ctx = await NestFactory.createApplicationContext(
      { module: class StoreTestModule {}, imports: [ConfigModule.forRoot(config), StoreModule, ...FEATURE_STORES] },
      { logger: false },
    );
  });

  afterAll(async () => {
    await ctx?.close();
    await cleanUp(env);
  });

  const sourceId = '65a1b2c3d4e5f6a7b8c9d0e1';
  const item = (externalId: string, text: string) =>
    toNewPost(
      { externalId, url: null, author: null, title: null, text, publishedAt: new Date('2024-12-10T11:30:00Z'), media: [], raw: `<item>${text}</item>` },
      'rss',
      new Date(),
    );

  it('creates every index at start-up, and creating them again changes nothing', async () => {
    const connection = ctx.get<Connection>(getConnectionToken());
    const names = async (collection: string) => (await connection.collection(collection).indexes()).map((i) => i.name).sort();
    const before = await names('posts');
    expect(before).toEqual(expect.arrayContaining(['sourceId_1_externalId_1', 'searchTerms_1', 'pipeline.status_1_pipeline.updatedAt_1', 'mediaPending_1']));
    for (const name of connection.modelNames()) await connection.model(name).createIndexes();
    expect(await names('posts')).toEqual(before);
    expect(await names('media')).toContain('sha256_1');
    expect(await names('mentions')).toContain('postId_1_start_1_end_1');
  });

  it('stores a post once per source and external id, even when the same batch arrives twice at once', async () => {
    const posts = ctx.get(PostRepository);
    const batch = [item('a', 'أفرج عن المعتقل محمد أحمد الخطيب'), item('b', 'Ahmad Darwish was released')];
    const [first, second] = await Promise.all([posts.insertNew(sourceId, batch), posts.insertNew(sourceId, batch)]);
    expect(first.newIds.length + second.newIds.length).toBe(2);
    expect(first.duplicates + second.duplicates).toBe(2);
    expect(await posts.countBySource(sourceId)).toBe(2);
    const stored = await posts.findById(first.newIds[0] ?? second.newIds[0]);
    expect(stored).toMatchObject({ sourceId, day: '2024-12-10', pipeline: { status: 'collected' }, review: { status: 'new' } });
    expect(stored!.raw.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-extraction rewrites machine fields but keeps a reviewer verdict and the reviewed mention', async () => {
    const mentions = ctx.get(MentionRepository);
    const postId = '65a1b2c3d4e5f6a7b8c9d0f2';
    const machine = (name: string, start: number, role: 'released' | 'detainee') => ({
      name,
      start,
      end: start + name.length,
      normalized: name,
      nameLatin: name,
      nameKeys: [name],
      role,
      attributes: {},
      confidence: 0.5,
      cues: [],
    });
    await mentions.saveMachineMentions(postId, sourceId, 'v1', [machine('Ahmad Darwish', 0, 'detainee'), machine('Samir Haddad', 20, 'detainee')]);
    const [darwish] = await mentions.findByPost(postId);
    // A reviewer's verdict, written as the review issue will write it.
    const connection = ctx.get<Connection>(getConnectionToken());
    await connection
      .collection('mentions')
      .updateOne({ name: 'Ahmad Darwish' }, { $set: { review: { status: 'confirmed', personId: 'p1', by: 'u1', at: new Date() } } });

    // A new extractor version finds Darwish with another role, and no longer finds Haddad.
    await mentions.saveMachineMentions(postId, sourceId, 'v2', [machine('Ahmad Darwish', 0, 'released')]);
    const after = await mentions.findByPost(postId);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: darwish.id, role: 'released', extractorVersion: 'v2', review: { status: 'confirmed', personId: 'p1' } });

    // Even when it finds nothing at all, the reviewed mention stays.
    await mentions.saveMachineMentions(postId, sourceId, 'v2', []);
    expect((await mentions.findByPost(postId)).map((m) => m.name)).toEqual(['Ahmad Darwish']);
  });

  it('keeps one media record per file content, collecting every url and post it came from', async () => {
    const media = ctx.get(MediaRepository);
    const file = {
      sha256: 'f'.repeat(64),
      size: 1234,
      mime: 'image/jpeg',
      width: 800,
      height: 533,
      perceptualHash: null,
      perceptualHashMirrored: null,
      hashBands: [],
      originalFileId: null,
      thumbnailFileId: null,
    };
    const results = await Promise.all([
      media.upsertImage(file, 'https://a.example/1.jpg', 'post1'),
      media.upsertImage(file, 'https://b.example/copy.jpg', 'post2'),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    await media.upsertImage(file, 'https://a.example/1.jpg', 'post1');
    const stored = await media.findBySha256(file.sha256);
    expect(stored!.urls.sort()).toEqual(['https://a.example/1.jpg', 'https://b.example/copy.jpg']);
    expect(stored!.postIds.sort()).toEqual(['post1', 'post2']);
  });

  it('finds persons by any shared name key, leaving merged records out', async () => {
    const persons = ctx.get(PersonRepository);
    const base = { spellings: [], status: 'missing' as const, attributes: {}, createdBy: null };
    const khatib = await persons.create({ ...base, displayName: 'محمد الخطيب', nameKeys: ['mhmd', 'khtb'] });
    await persons.create({ ...base, displayName: 'Samir Haddad', nameKeys: ['smr', 'hdd'] });
    const found = await persons.findByNameKeys(['khtb', 'zzz'], 10);
    expect(found.map((p) => p.id)).toEqual([khatib.id]);
    expect(found[0].verification.status).toBe('unverified');
    expect(await persons.findByNameKeys([], 10)).toEqual([]);
  });

  it('refuses a person status outside the schema enum, on create and on change, and writes nothing', async () => {
    const persons = ctx.get(PersonRepository);
    const connection = ctx.get<Connection>(getConnectionToken());
    const count = () => connection.collection('persons').countDocuments({});
    const before = await count();
    const base = { displayName: 'Rami Nasser', spellings: [], nameKeys: ['rm', 'nsr'], attributes: {}, createdBy: null };
    const status = 'vanished' as unknown as PersonStatus;
    await expect(persons.create({ ...base, status })).rejects.toThrow(/`vanished` is not a valid enum value for path `status`/);
    expect(await count()).toBe(before);

    const rami = await persons.create({ ...base, status: 'detained' });
    await expect(persons.setStatus(rami.id, status, 'u1')).rejects.toThrow(/`vanished` is not a valid enum value for path `status`/);
    expect(await persons.findById(rami.id)).toMatchObject({ status: 'detained', lastEditedBy: null });
  });

  it('refuses a post or mention verdict outside the schema enums, and keeps the one stored', async () => {
    const posts = ctx.get(PostRepository);
    const mentions = ctx.get(MentionRepository);
    const { newIds } = await posts.insertNew(sourceId, [item('enum-1', 'Ahmad Darwish was released')]);
    const postId = newIds[0];
    await expect(posts.decide(postId, 'spam' as 'relevant', 'u1', new Date())).rejects.toThrow(/`spam` is not a valid enum value for path `review.status`/);
    const { review } = (await posts.findById(postId))!;
    expect(review.status).toBe('new');
    expect(review.by).not.toBe('u1');

    const name = 'Ahmad Darwish';
    await mentions.saveMachineMentions(postId, sourceId, 'v1', [
      { name, start: 0, end: name.length, normalized: name, nameLatin: name, nameKeys: ['ahmd'], role: 'released', attributes: {}, confidence: 0.5, cues: [] },
    ]);
    const [mention] = await mentions.findByPost(postId);
    const verdict = { status: 'approved' as 'confirmed', personId: null, by: 'u1', at: new Date() };
    await expect(mentions.setVerdict(mention.id, verdict)).rejects.toThrow(/`approved` is not a valid enum value for path `review.status`/);
    expect((await mentions.findByPost(postId))[0].review).toMatchObject({ status: 'pending', by: null });
  });
});
