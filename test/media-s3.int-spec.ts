import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { syntheticJpeg } from './helpers/synthetic-images';
import { MediaRepository } from '../src/media/media.repository';
import { MediaService, urlHash } from '../src/pipeline/media.service';
import { CollectService } from '../src/collectors/collect.service';
import { PostRepository } from '../src/posts/post.repository';
import { SourcesService } from '../src/sources/sources.service';
import { FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';

jest.setTimeout(90_000);

function feed(origin: string, items: { guid: string; image: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>${items
    .map(
      (i) => `<item><title>${i.guid}</title><link>https://news.example/${i.guid}</link><guid>${i.guid}</guid><pubDate>Tue, 10 Dec 2024 12:00:00 GMT</pubDate>
      <description>Released detainee Samir Haddad left Saydnaya prison (${i.guid}).</description><enclosure url="${origin}/img/${i.image}" type="image/jpeg" length="0"/></item>`,
    )
    .join('')}</channel></rss>`;
}

/** Media in an S3-compatible store (MEDIA_STORE=s3): stored there, served from there, and GridFS files still readable after a switch. */
describe('media in an S3-compatible store', () => {
  const endpoint = process.env.ATHAR_TEST_S3_ENDPOINT;
  const bucket = `athar-test-${randomBytes(4).toString('hex')}`;
  const s3Settings = { MEDIA_STORE: 's3', S3_ENDPOINT: endpoint ?? '', S3_BUCKET: bucket, S3_ACCESS_KEY_ID: 'athar', S3_SECRET_ACCESS_KEY: 'athar-secret' };
  let env: TestEnv;
  let fixtures: FixtureServer;
  let items: { guid: string; image: string }[] = [];

  beforeAll(async () => {
    if (!endpoint) throw new Error('ATHAR_TEST_S3_ENDPOINT is not set: run the tests with npm test, which starts an S3 test server.');
    fixtures = await startFixtureServer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(fixtures.origin, items)));
    for (const seed of [11, 12]) {
      const jpeg = await syntheticJpeg(seed, 800, 600);
      fixtures.route(`/img/${seed}.jpg`, (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(jpeg));
    }
    env = isolatedEnv('media-s3');
  });

  afterAll(async () => {
    await fixtures?.close();
    await cleanUp(env);
  });

  async function collect(test: TestApp, guid: string, image: string) {
    items = [{ guid, image }];
    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: guid,
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    } as never);
    // Collected and processed in this process, as the collect and media jobs would.
    await test.get(CollectService).collect(source.id, { jobId: 'test', attempt: 1, maxAttempts: 1 });
    const [post] = await test.get(PostRepository).find({ sourceId: source.id, limit: 1 });
    await test.get(MediaService).processPostImage(post.id, urlHash(post.media[0].url), { jobId: 'test', attempt: 1, maxAttempts: 1 });
    return (await test.get(MediaRepository).findByPost(post.id))[0];
  }

  it('stores originals and thumbnails in the bucket and serves them from there; photos stored in GridFS before stay readable', async () => {
    const overrides = { ATHAR_ROLES: 'api', FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort, FETCH_HOST_INTERVAL_MS: '0' };
    const before = await startTestApp(env, overrides);
    let old;
    try {
      old = await collect(before, 'in-gridfs', '11.jpg');
      expect(old.thumbnailFileId).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      await before.close();
    }

    const test = await startTestApp(env, { ...overrides, ...s3Settings });
    try {
      const media = await collect(test, 'in-s3', '12.jpg');
      expect(media.originalFileId).toMatch(/^s3:/);
      expect(media.thumbnailFileId).toMatch(/^s3:/);
      const client = new S3Client({
        endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'athar', secretAccessKey: 'athar-secret' },
      });
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: media.originalFileId!.slice(3) }));
      expect(head.ContentLength).toBe(media.size);
      client.destroy();

      const token = await tokenFor(test, 'reviewer');
      for (const m of [media, old]) {
        const res = await fetch(`${test.baseUrl}/api/media/${m.id}/thumbnail`, { headers: { Authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
      }
      const original = await fetch(`${test.baseUrl}/api/media/${media.id}/original`, { headers: { Authorization: `Bearer ${token}` } });
      expect(Buffer.from(await original.arrayBuffer()).length).toBe(media.size);
    } finally {
      await test.close();
    }
  });

  it('refuses to start with MEDIA_STORE=s3 and no bucket, naming what is missing', async () => {
    await expect(startTestApp(env, { MEDIA_STORE: 's3', S3_ENDPOINT: endpoint ?? 'http://127.0.0.1:1' })).rejects.toThrow(
      /S3_BUCKET: is required when MEDIA_STORE=s3/,
    );
  });
});
