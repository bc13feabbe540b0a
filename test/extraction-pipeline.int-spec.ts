import sharp from 'sharp';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection, Types } from 'mongoose';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { ExtractionService } from '../src/pipeline/extraction.service';
import { analyzeName } from '../src/extraction/names/name-analysis';
import { NEAR_DUPLICATE_DISTANCE } from '../src/media/image/image-processing';
import { syntheticJpeg } from './helpers/synthetic-images';
import { PersonRepository } from '../src/persons/person.repository';
import { PostRepository } from '../src/posts/post.repository';
import { JobName, JobPayloads } from '../src/queue/jobs';
import { SourcesService } from '../src/sources/sources.service';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';

jest.setTimeout(90_000);

function feed(origin: string): string {
  const item = (id: string, title: string, body: string, image: string) => `
    <item><title>${title}</title><link>https://news.example/${id}</link><guid>${id}</guid>
      <pubDate>Tue, 10 Dec 2024 12:00:00 GMT</pubDate><description><![CDATA[${body}]]></description>
      <enclosure url="${origin}/img/${image}" type="image/jpeg" length="0"/></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    ${item('p1', 'الإفراج عن محمد أحمد الخطيب', 'أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في سجن صيدنايا.', 'original.jpg')}
    ${item('p2', 'Khatib freed', 'Mohammed Ahmad al-Khatib, from Daraya, was released from Saydnaya after 12 years, his brother Khaled al-Khatib told us.', 'repost.jpg')}
    ${item('p3', 'Darwish', 'Ahmad Darwish, detained since 2012, was found in Saydnaya.', 'broken.jpg')}
  </channel></rss>`;
}

describe('extraction, suggestions and photos through the queues', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let reviewer: ReturnType<typeof api>;
  let original: Buffer;
  const statusWhenPhotoQueued: string[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    // A photo with GPS in its EXIF, and a re-post of it: smaller, recompressed, with a caption band.
    original = await sharp(await syntheticJpeg(7, 800, 600))
      .withExif({ IFD0: { Copyright: 'family' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 30/1 0/1' } })
      .jpeg({ quality: 92 })
      .toBuffer();
    const caption = await sharp({ create: { width: 400, height: 40, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const repost = await sharp(original)
      .resize(400, 300)
      .composite([{ input: caption, top: 260, left: 0 }])
      .jpeg({ quality: 45 })
      .toBuffer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(fixtures.origin)));
    fixtures.route('/img/original.jpg', (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(original));
    fixtures.route('/img/repost.jpg', (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(repost));
    fixtures.route('/img/broken.jpg', (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(original.subarray(0, 2000)));

    env = isolatedEnv('extraction');
    test = await startTestApp(env, { FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0', ATHAR_ROLES: 'api,worker' });
    reviewer = api(test.baseUrl, await tokenFor(test, 'reviewer'));
    // A person the team has already verified, in Arabic script, from Daraya.
    await test.get(PersonRepository).create({
      displayName: 'محمد الخطيب',
      spellings: [{ name: 'محمد الخطيب', mentionId: null }],
      nameKeys: analyzeName('محمد الخطيب').keys,
      status: 'missing',
      attributes: { hometown: 'داريا' },
      createdBy: null,
    });
    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'synthetic',
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    });
    // Watches (and then does) each queueing of a photo job, noting what the photo's post reads at that moment.
    const enqueue = test.queue.enqueue.bind(test.queue);
    const watched = jest.spyOn(test.queue, 'enqueue').mockImplementation(async (name, payload) => {
      if (name === JobName.ProcessMedia)
        statusWhenPhotoQueued.push(String((await test.get(PostRepository).findById((payload as JobPayloads[JobName.ProcessMedia]).postId))?.pipeline.status));
      return enqueue(name, payload);
    });
    await test.get(SourcesService).runNow(CLI_ACTOR, source.id);
    await waitFor('three posts', async () => ((await reviewer.get('/api/posts')).body.items?.length === 3 ? true : undefined));
    await waitForQueuesToDrain(test.queue, { timeoutMs: 60_000 });
    watched.mockRestore();
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  async function post(guid: string) {
    const list = await reviewer.get('/api/posts');
    const id = list.body.items.find((p: { externalId: string }) => p.externalId === guid).id;
    return (await reviewer.get(`/api/posts/${id}`)).body;
  }

  it('finds the names with roles and attributes, and suggests the known person with reasons', async () => {
    const p1 = await post('p1');
    expect(p1.pipeline).toMatchObject({ status: 'extracted', extractorVersion: expect.stringMatching(/^rules-/) });
    const khatib = p1.mentions.find((m: { name: string }) => m.name === 'محمد أحمد الخطيب');
    expect(khatib).toMatchObject({ role: 'released', attributes: { hometown: 'داريا', prison: 'saydnaya' } });
    expect(p1.text.slice(khatib.start, khatib.end)).toBe('محمد أحمد الخطيب');
    expect(khatib.nameLatin).toMatch(/Khatib/i);
    const person = khatib.suggestions.find((s: { kind: string }) => s.kind === 'person');
    expect(person.score).toBeGreaterThan(0.55);
    expect(person.reasons.join(' | ')).toMatch(/same hometown \(داريا\)/);
  });

  it('groups the same person across posts and scripts, and tells his brother apart', async () => {
    const p1 = await post('p1');
    const p2 = await post('p2');
    const latin = p2.mentions.find((m: { name: string }) => /Khatib/.test(m.name));
    expect(latin).toMatchObject({ name: 'Mohammed Ahmad al-Khatib', role: 'released' });
    const khatib = p1.mentions.find((m: { name: string }) => m.name === 'محمد أحمد الخطيب');
    expect(latin.suggestions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'mention', targetId: khatib.id, postId: p1.id })]));
    const brother = p2.mentions.find((m: { name: string }) => m.name.startsWith('Khaled'));
    expect(brother?.role).toBe('relative');
  });

  it('stores each photo once with a metadata-free thumbnail and links the re-posted copy as a near-duplicate', async () => {
    const p1 = await post('p1');
    const p2 = await post('p2');
    expect(p1.photos).toHaveLength(1);
    expect(p2.photos).toHaveLength(1);
    const [a, b] = [p1.photos[0], p2.photos[0]];
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.nearDuplicates).toEqual([expect.objectContaining({ mediaId: b.id })]);
    expect(b.nearDuplicates[0].mediaId).toBe(a.id);
    expect(b.nearDuplicates[0].distance).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
    // Offered to the post's mentions, and the shared photo is now evidence between the two posts.
    const khatib = p1.mentions.find((m: { name: string }) => m.name === 'محمد أحمد الخطيب');
    expect(khatib.suggestedMediaIds).toEqual([a.id]);

    const thumb = await fetch(`${test.baseUrl}/api/media/${a.id}/thumbnail`, { headers: { Authorization: `Bearer ${await tokenFor(test, 'researcher')}` } });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(320);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect((await fetch(`${test.baseUrl}/api/media/${a.id}/thumbnail`)).status).toBe(401);
  });

  it("queues a post's photos only once the post reads extracted, so no photo's job can write over its status", async () => {
    // FerretDB (tests, development) rewrites a whole document per update: a photo's job settling while
    // extraction wrote 'extracted' had left a post reading 'extracting' for good, with every queue empty.
    expect(statusWhenPhotoQueued).toEqual(['extracted', 'extracted', 'extracted']);
    for (const guid of ['p1', 'p2', 'p3']) expect((await post(guid)).pipeline.status).toBe('extracted');
  });

  it("records a corrupt image as an error on its media record, and the post's other work goes on", async () => {
    const p3 = await post('p3');
    expect(p3.pipeline.status).toBe('extracted');
    expect(p3.mentions.map((m: { name: string }) => m.name)).toContain('Ahmad Darwish');
    expect(p3.photos).toHaveLength(1);
    expect(p3.photos[0].sha256 ?? null).toBeNull();
    expect(p3.photos[0].error).toMatch(/corrupt|truncated/i);
  });

  it('re-extraction keeps every reviewer decision', async () => {
    const p1 = await post('p1');
    const khatib = p1.mentions.find((m: { name: string }) => m.name === 'محمد أحمد الخطيب');
    const connection = test.app.get<Connection>(getConnectionToken());
    const verdict = { status: 'confirmed', personId: 'person-1', by: 'reviewer-1', at: new Date('2024-12-11T09:00:00Z') };
    await connection.collection('mentions').updateOne({ _id: new Types.ObjectId(khatib.id) }, { $set: { review: verdict } });

    const report = await test.get(ExtractionService).reextract({ all: true });
    expect(report).toEqual({ posts: 3, failed: 0 });
    const again = (await post('p1')).mentions.find((m: { name: string }) => m.name === 'محمد أحمد الخطيب');
    expect(again.id).toBe(khatib.id);
    expect(again.review).toEqual({ ...verdict, at: verdict.at.toISOString() });
  });
});
