import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { CLI_ACTOR } from '../src/audit/audit.service';
import { AuthService } from '../src/auth/auth.service';
import type { AuthUser } from '../src/auth/roles.decorator';
import { MentionRepository } from '../src/posts/mention.repository';
import { MODEL_VERSION } from '../src/faces/engine/face-engine';
import { FaceScanService } from '../src/faces/face-scan.service';
import { FaceRecord, FaceRepository } from '../src/faces/face.repository';
import { MediaRecord, MediaRepository } from '../src/media/media.repository';
import { MediaService } from '../src/pipeline/media.service';
import { PersonRecord, PersonRepository } from '../src/persons/person.repository';
import { PersonsService } from '../src/review/persons.service';
import { FacesService } from '../src/faces/faces.service';
import { PostRecord, PostRepository } from '../src/posts/post.repository';
import { JOB_ID, JobName, QueueName } from '../src/queue/jobs';
import { ReviewService } from '../src/review/review.service';
import { SourcesService } from '../src/sources/sources.service';
import { TEST_PASSWORD } from './helpers/browser';
import { FIXTURES_DIR, FixtureServer, startFixtureServer } from './helpers/fixture-server';
import { api, cleanUp, isolatedEnv, startTestApp, TestApp, TestEnv, tokenFor } from './helpers/test-app';
import { waitFor, waitForQueuesToDrain } from './helpers/wait';
import { WebSession } from './helpers/web-session';

jest.setTimeout(180_000);

const photo = (name: string) => readFileSync(join(FIXTURES_DIR, 'faces', name));
/** A portrait in a photo of its own: on a coloured ground, at one side. */
async function inScene(portrait: Buffer, background: string, left: number): Promise<Buffer> {
  const person = await sharp(portrait).resize(420).toBuffer();
  return sharp({ create: { width: 960, height: 640, channels: 3, background } })
    .composite([{ input: person, left, top: 110 }])
    .jpeg({ quality: 88 })
    .toBuffer();
}
const MAX_UPLOAD = 2 * 1024 * 1024;

/**
 * Four posts with photos: person 001 neutral, the same person smiling, person 002, and a re-post of
 * the first photo. The studio portraits differ so little but for the face that a perceptual hash
 * takes neutral and smiling for one picture (distance 6): as real posts would, the second and third
 * show theirs in a scene of their own.
 */
function feed(origin: string): string {
  const item = (id: string, day: number, text: string, image: string) => `
    <item><title>${id}</title><link>https://news.example/${id}</link><guid>${id}</guid>
      <pubDate>${day} Dec 2024 12:00:00 GMT</pubDate><description><![CDATA[${text}]]></description>
      <enclosure url="${origin}/img/${image}" type="image/jpeg" length="0"/></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>synthetic</title>
    ${item('neutral', 10, 'Released detainee Samer Haddad, from Douma, left Saydnaya prison after ten years.', '001-neutral.jpg')}
    ${item('smiling', 12, 'Samer Haddad, freed last week, met his family in Douma.', '001-smiling.jpg')}
    ${item('other', 13, 'Detainee Karim Nassar was seen in Adra prison in 2019.', '002-neutral.jpg')}
    ${item('repost', 14, 'A channel shares the picture of the released man from Douma again.', 'neutral-repost.jpg')}
  </channel></rss>`;
}

/** Every form a descriptor could take in a JSON, CSV, NDJSON or XML answer. */
function descriptorNeedles(descriptor: Float32Array): string[] {
  const bytes = Buffer.from(descriptor.buffer, descriptor.byteOffset, descriptor.byteLength);
  const values = [...descriptor.slice(0, 4)].filter((v) => Math.abs(v) > 0.005);
  return [bytes.toString('base64').slice(0, 24), bytes.subarray(0, 12).toString('hex'), ...values.flatMap((v) => [String(v), v.toPrecision(7), v.toFixed(6)])];
}

/** What is left of a page in Arabic once what users and sources wrote is taken out: it must be Arabic. */
function latinWordsIn(page: string): string[] {
  const chrome = page
    .replace(/<(script|style|textarea|code|bdi|option|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<title>[\s\S]*?<\/title>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
  // As test/pages-arabic.int-spec.ts: the language switch, and names that stay Latin in Arabic.
  return [...new Set(chrome.match(/[A-Za-z][A-Za-z_-]+/g) ?? [])].filter((w) => !['English', 'RSS', 'Atom', 'URL', 'sha'].includes(w));
}

describe('faces: the media stage, find this face, persons, protection', () => {
  let env: TestEnv;
  let fixtures: FixtureServer;
  let test: TestApp;
  let faces: FaceRepository;
  let db: Connection;
  let posts: Record<string, PostRecord>;
  let media: Record<string, MediaRecord>;
  let face: Record<string, FaceRecord>;
  let admin: WebSession;
  let reviewerWeb: WebSession;
  let researcherWeb: WebSession;
  let reviewerUser: AuthUser;
  let reviewerApi: ReturnType<typeof api>;
  let researcherApi: ReturnType<typeof api>;
  let adminApi: ReturnType<typeof api>;
  let person: PersonRecord;
  let smiling: Buffer;

  const faceOf = async (m: MediaRecord) => (await faces.findByMedia([m.id], MODEL_VERSION))[0];
  const auditEvents = async (action: string) => (await test.get(AuditEventRepository).findPage({ action, limit: 50 })).events;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    const neutral = photo('001-neutral.jpg');
    // The same picture re-posted by another channel: smaller, recompressed, with a caption band.
    const band = await sharp({ create: { width: 480, height: 36, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    smiling = await inScene(photo('001-smiling.jpg'), '#5a6b3c', 60);
    const repost = await sharp(neutral)
      .resize(480)
      .composite([{ input: band, gravity: 'south' }])
      .jpeg({ quality: 60 })
      .toBuffer();
    fixtures.route('/feed.rss', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(fixtures.origin)));
    for (const [name, bytes] of [
      ['001-neutral.jpg', neutral],
      ['001-smiling.jpg', smiling],
      ['002-neutral.jpg', await inScene(photo('002-neutral.jpg'), '#884422', 480)],
      ['neutral-repost.jpg', repost],
    ] as const) {
      fixtures.route(`/img/${name}`, (_req, res) => void res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(bytes));
    }
    env = isolatedEnv('faces');
    test = await startTestApp(env, {
      FETCH_ALLOW_PRIVATE_HOSTS: fixtures.hostPort,
      FETCH_HOST_INTERVAL_MS: '0',
      ATHAR_ROLES: 'api,worker',
      FACES_CONCURRENCY: '1',
      FACES_RECYCLE_AFTER: '3',
      MEDIA_MAX_BYTES: String(MAX_UPLOAD),
    });
    faces = test.get(FaceRepository);
    db = test.app.get<Connection>(getConnectionToken());
    const auth = test.get(AuthService);
    const sessions: Record<string, WebSession> = {};
    for (const [email, role] of [
      ['ada@example.org', 'admin'],
      ['rima@example.org', 'reviewer'],
      ['ruth@example.org', 'researcher'],
    ] as const) {
      const user = await auth.addUser(CLI_ACTOR, { email, name: email.split('@')[0], roles: [role] });
      await auth.setPassword(CLI_ACTOR, email, TEST_PASSWORD);
      sessions[role] = await WebSession.signIn(test.baseUrl, email, TEST_PASSWORD);
      if (role === 'reviewer') reviewerUser = { id: user.id, email, name: user.name, roles: [role], tokenId: 'session' };
    }
    ({ admin, reviewer: reviewerWeb, researcher: researcherWeb } = { admin: sessions.admin, reviewer: sessions.reviewer, researcher: sessions.researcher });
    reviewerApi = api(test.baseUrl, await tokenFor(test, 'reviewer'));
    researcherApi = api(test.baseUrl, await tokenFor(test, 'researcher'));
    adminApi = api(test.baseUrl, await tokenFor(test, 'admin'));

    const source = await test.get(SourcesService).create(CLI_ACTOR, {
      type: 'rss',
      name: 'Douma news',
      config: { url: `${fixtures.origin}/feed.rss` },
      keywords: { include: [], exclude: [] },
      enabled: true,
    });
    await test.get(SourcesService).runNow(CLI_ACTOR, source.id);
    await waitFor(
      'four posts with their photos stored',
      async () =>
        (await test.get(MediaRepository).findByPosts((await test.get(PostRepository).find({ limit: 10 })).map((p) => p.id))).filter((m) => m.sha256).length ===
          4 || undefined,
      { timeoutMs: 60_000 },
    );
    await waitForQueuesToDrain(test.queue, { timeoutMs: 60_000 });
    posts = Object.fromEntries((await test.get(PostRepository).find({ limit: 10 })).map((p) => [p.externalId, p]));
    media = Object.fromEntries(
      await Promise.all(Object.entries(posts).map(async ([k, p]) => [k, (await test.get(MediaRepository).findByPost(p.id))[0]] as const)),
    );
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
    await fixtures?.close();
  });

  it('stores photos but reads no face while faces are off, and refuses every search', async () => {
    expect(media.repost.nearDuplicates.map((d) => d.mediaId)).toEqual([media.neutral.id]);
    expect(await faces.countAll()).toEqual({ faces: 0, attached: 0, scans: 0 });
    expect((await test.queue.queue(QueueName.Faces).getJobCounts()).completed ?? 0).toBe(0);
    expect((await reviewerWeb.get('/faces')).body).toContain('Faces are switched off');
    const refused = await reviewerApi.post('/api/faces/search', { faceId: media.neutral.id, purpose: 'a family asked about their son' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/switched off/);
  });

  it('reads every stored photo once an admin switches faces on: one face each, stored with box, confidence and thumbnail', async () => {
    const before = (await auditEvents('faces.switched-on')).length;
    const res = await admin.post('/faces/switch-on', {}, '/faces');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/faces?done=on');
    await waitForQueuesToDrain(test.queue, { timeoutMs: 120_000 });
    face = Object.fromEntries(await Promise.all(Object.entries(media).map(async ([k, m]) => [k, await faceOf(m)] as const)));
    expect(await faces.countAll()).toEqual({ faces: 4, attached: 0, scans: 4 });
    for (const f of Object.values(face)) {
      expect(f).toMatchObject({ modelVersion: MODEL_VERSION, index: 0, personId: null });
      expect(f.box.width).toBeGreaterThan(50);
      expect(f.confidence).toBeGreaterThan(0.5);
      expect((await faces.thumbnailOf(f.id))?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
    expect(await auditEvents('faces.switched-on')).toHaveLength(before + 1);
    expect((await admin.get('/faces')).body).toContain('Faces are switched on');
  });

  it('is idempotent per image and model version: the same job again stores nothing new', async () => {
    const ids = Object.values(face)
      .map((f) => f.id)
      .sort();
    expect(await test.get(FaceScanService).scanImage(media.smiling.id, MODEL_VERSION)).toBe('already-scanned');
    await test.queue.requeue(JobName.DetectFaces, { mediaId: media.smiling.id, modelVersion: MODEL_VERSION }, { replaceFinished: true });
    await waitForQueuesToDrain(test.queue, { timeoutMs: 60_000 });
    // Even when the image is read again, each face keeps its key and its id.
    await db.collection('face_scans').deleteOne({ mediaId: media.smiling.id });
    expect(await test.get(FaceScanService).scanImage(media.smiling.id, MODEL_VERSION)).toBe('stored');
    expect(
      (
        await faces.findByMedia(
          Object.values(media).map((m) => m.id),
          MODEL_VERSION,
        )
      )
        .map((f) => f.id)
        .sort(),
    ).toEqual(ids);
    expect(await faces.countAll()).toEqual({ faces: 4, attached: 0, scans: 4 });
    // Another model's job is not this one's to run.
    expect(await test.get(FaceScanService).scanImage(media.smiling.id, 'another-model')).toBe('other-model');
  });

  it('lets an admin have the photos not read yet read (after a queue outage, say)', async () => {
    // As if a queue outage had lost the job of one image: its faces and its scan are not there.
    await db.collection('faces').deleteMany({ mediaId: media.other.id });
    await db.collection('face_scans').deleteMany({ mediaId: media.other.id });
    const res = await admin.post('/faces/scan-missing', {}, '/faces');
    expect(res.headers.get('location')).toBe('/faces?done=scan');
    await waitForQueuesToDrain(test.queue, { timeoutMs: 60_000 });
    expect(await faces.countAll()).toEqual({ faces: 4, attached: 0, scans: 4 });
    face.other = await faceOf(media.other);
    expect(await auditEvents('faces.scan-requested')).toHaveLength(1);
  });

  it('finds the smiling photo at rank 1 from the neutral one, lists the re-post apart, and audits the search with its purpose', async () => {
    const res = await reviewerApi.post('/api/faces/search', { faceId: face.neutral.id, purpose: 'The Haddad family asked whether Samer appears elsewhere' });
    expect(res.status).toBe(200);
    expect(res.body.hits[0]).toMatchObject({ rank: 1, faceId: face.smiling.id, mediaId: media.smiling.id, repostOfRank: null });
    expect(res.body.hits[0].posts).toEqual([
      expect.objectContaining({ id: posts.smiling.id, sourceName: 'Douma news', sourceType: 'rss', publishedAt: '2024-12-12T12:00:00.000Z' }),
    ]);
    expect(res.body.hits[0].similarity).toBeGreaterThan(res.body.hits[1].similarity);
    expect(res.body.hits.map((h: { faceId: string }) => h.faceId)).toEqual([face.smiling.id, face.other.id]);
    expect(res.body.copies).toEqual([expect.objectContaining({ faceId: face.repost.id, posts: [expect.objectContaining({ id: posts.repost.id })] })]);
    const [event] = await auditEvents('faces.searched');
    expect(event.actor.label).toMatch(/^reviewer-/);
    expect(event.entity).toEqual({ type: 'face', id: face.neutral.id });
    expect(event.after).toMatchObject({
      purpose: 'The Haddad family asked whether Samer appears elsewhere',
      from: 'face',
      results: [expect.objectContaining({ faceId: face.smiling.id }), expect.objectContaining({ faceId: face.other.id })],
    });
  });

  it('refuses a search without a stated purpose, and records nothing', async () => {
    const before = (await auditEvents('faces.searched')).length;
    expect((await reviewerApi.post('/api/faces/search', { faceId: face.neutral.id })).status).toBe(400);
    expect((await reviewerApi.post('/api/faces/search', { faceId: face.neutral.id, purpose: '   ' })).status).toBe(400);
    expect((await reviewerWeb.post('/faces/search', { face: face.neutral.id, purpose: '' }, `/faces/${face.neutral.id}`)).status).toBe(400);
    expect(await auditEvents('faces.searched')).toHaveLength(before);
  });

  it('searches with an uploaded photo and keeps nothing of it but the audit event', async () => {
    const count = async () => ({
      media: await db.collection('media').countDocuments(),
      files: await db.collection('media_files.files').countDocuments(),
      chunks: await db.collection('media_files.chunks').countDocuments(),
      faces: await db.collection('faces').countDocuments(),
      scans: await db.collection('face_scans').countDocuments(),
    });
    const before = await count();
    // A family's copy of the smiling photo: mirrored and smaller, so its bytes are its own.
    const upload = await sharp(smiling).flop().resize(600).jpeg({ quality: 80 }).toBuffer();
    const token = await tokenFor(test, 'reviewer');
    const res = await fetch(`${test.baseUrl}/api/faces/search/upload?purpose=${encodeURIComponent('A mother brought a photo of her son')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
      body: new Uint8Array(upload),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: 'upload', facesInPhoto: 1, face: null });
    // The smiling photo is the same picture (mirrored): a copy, not a second photo.
    expect(res.body.copies.map((c: { faceId: string }) => c.faceId)).toEqual([face.smiling.id]);
    // The neutral photo and its re-post come next, the later of the two marked as a re-post of the first.
    const [first, second, third] = res.body.hits;
    expect([first.faceId, second.faceId].sort()).toEqual([face.neutral.id, face.repost.id].sort());
    expect([first.repostOfRank, second.repostOfRank, third.faceId]).toEqual([null, 1, face.other.id]);
    expect(await count()).toEqual(before);
    const [event] = await auditEvents('faces.searched');
    expect(event.entity).toEqual({ type: 'face-upload', id: 'upload' });
    expect(event.after).toMatchObject({ purpose: 'A mother brought a photo of her son', from: 'upload', facesInPhoto: 1 });
    expect(JSON.stringify(event)).not.toContain(upload.subarray(0, 12).toString('base64'));

    // The dashboard's form: multipart, with its CSRF field before the file.
    const form = new FormData();
    form.set('purpose', 'A mother brought a photo of her son');
    form.set('photo', new Blob([new Uint8Array(upload)], { type: 'image/jpeg' }), 'son.jpg');
    const page = await reviewerWeb.postMultipart('/faces/search/upload', form, '/faces');
    expect(page.status).toBe(200);
    expect(page.body).toContain('The photo was deleted.');
    expect(/<div class="card" id="copies-of-photo">[\s\S]*?<\/div>/.exec(page.body)?.[0]).toContain(`data-face="${face.smiling.id}"`);
    expect(page.body).toContain('data-rank="1"');
    expect(await count()).toEqual(before);
  });

  it('refuses an upload that is too large or not an image', async () => {
    const token = await tokenFor(test, 'reviewer');
    const send = (body: Buffer, type: string) =>
      fetch(`${test.baseUrl}/api/faces/search/upload?purpose=${encodeURIComponent('checking the limits of uploads')}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
        body: new Uint8Array(body),
      }).then((r) => r.status);
    expect(await send(Buffer.alloc(MAX_UPLOAD + 1, 1), 'image/jpeg')).toBe(413);
    expect(await send(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).toBe(400);
    expect(await send(Buffer.from('{"not":"a photo"}'), 'application/json')).toBe(400);
  });

  it("lets a reviewer attach a face to a person: the person page shows it, verification stays a second reviewer's, and the other post offers faces like his", async () => {
    const review = test.get(ReviewService);
    await review.claim(reviewerUser, posts.neutral.id);
    const mention = (await test.get(MentionRepository).findByPost(posts.neutral.id)).find((m) => m.name === 'Samer Haddad')!;
    person = await review.confirmAsNewPerson(reviewerUser, mention.id);
    await review.release(reviewerUser, posts.neutral.id);

    const facePage = await reviewerWeb.get(`/faces/${face.neutral.id}`);
    expect(facePage.body).toContain(`<option value="${person.id}">Samer Haddad</option>`);
    const attached = await reviewerWeb.post(`/faces/${face.neutral.id}/attach`, { person: person.id }, `/faces/${face.neutral.id}`);
    expect(attached.status).toBe(303);
    expect((await faces.findById(face.neutral.id))?.personId).toBe(person.id);
    const page = await reviewerWeb.get(`/persons/${person.id}`);
    expect(page.body).toContain(`<li data-face="${face.neutral.id}">`);
    expect(page.body).toContain('attached a face to a person');
    expect(page.body).toMatch(/id="verification">unverified</);

    await review.claim(reviewerUser, posts.smiling.id);
    const post = await reviewerWeb.get(`/review/posts/${posts.smiling.id}`);
    const suggestion = /<div class="face-suggestions">[\s\S]*?<\/div>/.exec(post.body)?.[0] ?? '';
    expect(suggestion).toContain(`data-person="${person.id}"`);
    expect(suggestion).toMatch(/\d+% similar/);
    // Beside the name suggestion, the likeness is a reason of its own; the name's score is the name's.
    expect(post.body).toMatch(/a face in these photos is \d+% like this person(&#39;|')s/);
    expect(post.body).toContain(`data-face="${face.smiling.id}"`);
    const [nameSuggestion] = (await test.get(MentionRepository).findByPost(posts.smiling.id)).flatMap((m) => m.suggestions.filter((s) => s.kind === 'person'));
    expect(nameSuggestion.reasons.join(' ')).not.toMatch(/face/);
    await review.release(reviewerUser, posts.smiling.id);
  });

  it('shows the faces of a person merged into another on the kept person, and gives them back on a split', async () => {
    const other = await test.get(PersonRepository).create({
      displayName: 'S. Haddad',
      spellings: [{ name: 'S. Haddad', mentionId: null }],
      nameKeys: ['hdd'],
      status: 'detained',
      attributes: {},
      createdBy: null,
    });
    await test.get(FacesService).attach(reviewerUser, face.smiling.id, other.id);
    const facesOn = async (id: string) =>
      [...(await reviewerWeb.get(`/persons/${id}`)).body.matchAll(/<li data-face="([0-9a-f]{24})">/g)].map((m) => m[1]).sort();
    expect(await facesOn(person.id)).toEqual([face.neutral.id]);

    await test.get(PersonsService).merge(reviewerUser, other.id, person.id, 'the same man: same face, same town');
    expect(await facesOn(person.id)).toEqual([face.neutral.id, face.smiling.id].sort());
    await test.get(PersonsService).split(reviewerUser, other.id);
    expect(await facesOn(person.id)).toEqual([face.neutral.id]);
    expect(await facesOn(other.id)).toEqual([face.smiling.id]);
    await test.get(FacesService).detach(reviewerUser, face.smiling.id);
  });

  it('shows face pages in Arabic with no English interface word', async () => {
    const auth = test.get(AuthService);
    const ada = await auth.addUser(CLI_ACTOR, { email: 'amal@example.org', name: 'أمل', roles: ['admin'] });
    await auth.setPassword(CLI_ACTOR, 'amal@example.org', TEST_PASSWORD);
    await auth.setLanguage(ada.id, 'ar');
    const amal = await WebSession.signIn(test.baseUrl, 'amal@example.org', TEST_PASSWORD);
    const results = await amal.post('/faces/search', { face: face.neutral.id, purpose: 'طلبت العائلة البحث عن ابنها' }, '/faces');
    const personPage = await amal.get(`/persons/${person.id}`);
    const personFaces = { status: personPage.status, body: /<div class="card" id="person-faces"[\s\S]*?<\/div>/.exec(personPage.body)?.[0] ?? 'no faces card' };
    const pages = {
      '/faces': await amal.get('/faces'),
      '/faces/switch-off': await amal.get('/faces/switch-off'),
      face: await amal.get(`/faces/${face.neutral.id}`),
      results,
      person: personFaces,
    };
    const problems = Object.fromEntries(Object.entries(pages).map(([k, p]) => [k, [p.status, ...latinWordsIn(p.body)]]));
    expect(problems).toEqual({ '/faces': [200], '/faces/switch-off': [200], face: [200], results: [200], person: [200] });
    // The audit log names what a face event was about: a face, an uploaded photo, the setting.
    const entities = async (action: string) =>
      [...(await amal.get(`/audit?action=${action}`)).body.matchAll(/<td><span class="muted">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(new Set(await entities('faces.searched'))).toEqual(new Set(['وجه', 'صورة مرفوعة']));
    expect(new Set(await entities('faces.switched-on'))).toEqual(new Set(['إعداد']));
  });

  it('refuses an upload from someone not signed in, or from a researcher, before reading a byte more of it', async () => {
    // The body is announced at the size limit but never finished: only a server that answers
    // without reading it can reply at all.
    const answer = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(`${test.baseUrl}/api/faces/search/upload?purpose=${encodeURIComponent('checking who may upload')}`);
        const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'image/jpeg', 'Content-Length': String(MAX_UPLOAD) } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        req.write(Buffer.alloc(1024, 1));
      });
    expect(await answer({})).toBe(401);
    expect(await answer({ Authorization: 'Bearer not-a-token' })).toBe(401);
    expect(await answer({ Authorization: `Bearer ${await tokenFor(test, 'researcher')}` })).toBe(403);
  });

  it('gives researchers 403 on every face route, and no face in their pages', async () => {
    const id = face.neutral.id;
    const pages = [
      await researcherWeb.get('/faces'),
      await researcherWeb.get('/faces/switch-off'),
      await researcherWeb.get(`/faces/${id}`),
      await researcherWeb.get(`/faces/${id}/thumbnail`),
      await researcherWeb.post('/faces/switch-on', {}),
      await researcherWeb.post('/faces/switch-off', { confirm: 'yes' }),
      await researcherWeb.post('/faces/scan-missing', {}),
      await researcherWeb.post('/faces/search', { face: id, purpose: 'curious about this photo' }),
      await researcherWeb.post('/faces/search/upload', { purpose: 'curious about this photo' }),
      await researcherWeb.post(`/faces/${id}/attach`, { person: person.id }),
      await researcherWeb.post(`/faces/${id}/detach`, {}),
    ];
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 403));
    const calls = [
      await researcherApi.post('/api/faces/search', { faceId: id, purpose: 'curious about this photo' }),
      await researcherApi.post('/api/faces/search/upload?purpose=curious%20about%20this%20photo', {}),
    ];
    expect(calls.map((c) => c.status)).toEqual([403, 403]);
    // A reviewer may not switch faces off either: that is an admin's decision.
    expect((await reviewerWeb.post('/faces/switch-off', { confirm: 'yes' })).status).toBe(403);
    // Verified, the person is visible to researchers, without faces or links to them.
    // The admin verifies: a second pair of eyes, and never the face.
    expect((await admin.post(`/persons/${person.id}/verify`, {}, `/persons/${person.id}`)).status).toBe(303);
    const seen = await researcherWeb.get(`/persons/${person.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).not.toContain('/faces');
    expect((await researcherWeb.get(`/posts/${posts.neutral.id}`)).body).not.toContain('/faces');
  });

  it('never lets a descriptor out: API answers, exports (CSV, NDJSON, PFIF) and pages', async () => {
    const ids = (
      await faces.findByMedia(
        Object.values(media).map((m) => m.id),
        MODEL_VERSION,
      )
    ).map((f) => f.id);
    const needles = [...(await faces.descriptorsByIds(ids)).values()].flatMap(descriptorNeedles);
    expect(needles.length).toBeGreaterThan(40);
    const text = async (path: string) => {
      const res = await fetch(test.baseUrl + path, { headers: { Authorization: `Bearer ${await tokenFor(test, 'admin')}` } });
      expect([path, res.status]).toEqual([path, 200]);
      return res.text();
    };
    const answers: Record<string, string> = {};
    for (const p of Object.values(posts)) answers[`/api/posts/${p.id}`] = await text(`/api/posts/${p.id}`);
    for (const m of Object.values(media)) answers[`/api/media/${m.id}`] = await text(`/api/media/${m.id}`);
    for (const path of [
      '/api/posts',
      '/api/search/posts?q=Haddad',
      '/api/search/persons?name=Samer%20Haddad',
      `/api/persons/${person.id}`,
      '/api/export/posts.csv',
      '/api/export/posts.ndjson',
      '/api/export/persons.csv?includeUnverified=true',
      '/api/export/persons.ndjson?includeUnverified=true',
      '/api/export/persons.pfif.xml?includeUnverified=true',
    ])
      answers[path] = await text(path);
    answers['search answer'] = JSON.stringify(
      (await adminApi.post('/api/faces/search', { faceId: face.neutral.id, purpose: 'checking what an answer holds' })).body,
    );
    answers['face page'] = (await reviewerWeb.get(`/faces/${face.neutral.id}`)).body;
    answers['person page'] = (await reviewerWeb.get(`/persons/${person.id}`)).body;
    answers['audit log'] = (await admin.get('/audit?action=faces.searched')).body;
    expect(answers['/api/export/persons.pfif.xml?includeUnverified=true']).toContain('Samer Haddad');
    const leaks = Object.entries(answers).flatMap(([where, body]) => [
      ...needles.filter((n) => body.includes(n)).map((n) => `${where}: ${n}`),
      ...(/"(descriptor|embedding)"/i.test(body) ? [`${where}: a descriptor field`] : []),
    ]);
    expect(leaks).toEqual([]);
  });

  it('switches off only after a confirmation, deletes every descriptor and thumbnail, and audits it', async () => {
    expect((await admin.post('/faces/switch-off', {}, '/faces/switch-off')).status).toBe(400);
    expect((await faces.countAll()).faces).toBe(4);
    const confirm = await admin.get('/faces/switch-off');
    expect(confirm.body).toContain('4 descriptors with their thumbnails, and the 1 attachments of faces to persons');
    const res = await admin.post('/faces/switch-off', { confirm: 'yes' }, '/faces/switch-off');
    expect(res.headers.get('location')).toBe('/faces?done=off&n=4');
    expect(await db.collection('faces').countDocuments()).toBe(0);
    expect(await db.collection('faces').countDocuments({ descriptor: { $exists: true } })).toBe(0);
    expect(await db.collection('face_scans').countDocuments()).toBe(0);
    const [event] = await auditEvents('faces.switched-off');
    expect(event.after).toMatchObject({ enabled: false, deletedFaces: 4 });
    expect(event.actor.label).toBe('ada@example.org');
    expect((await reviewerApi.post('/api/faces/search', { faceId: face.smiling.id, purpose: 'after the switch-off' })).status).toBe(403);
    expect((await reviewerWeb.get(`/faces/${face.smiling.id}/thumbnail`)).status).toBe(403);
    expect((await reviewerWeb.get(`/persons/${person.id}`)).body).not.toContain('id="person-faces"');
    // A photo stored while faces are off is not queued for them.
    const late = await test
      .get(MediaService)
      .storeImage(await sharp(photo('002-neutral.jpg')).resize(300).toBuffer(), 'https://news.example/late.jpg', posts.other.id);
    expect(await test.queue.queue(QueueName.Faces).getJob(JOB_ID[JobName.DetectFaces]({ mediaId: late.id, modelVersion: MODEL_VERSION }))).toBeUndefined();
  });
});
