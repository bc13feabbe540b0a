import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AuditEventRepository } from '../src/audit/audit-event.repository';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ExportUsageError, runExportCommand } from '../src/export/export-cli';
import { toNewPost } from '../src/collectors/to-new-post';
import { analyzeName } from '../src/extraction/names/name-analysis';
import { MentionRepository } from '../src/posts/mention.repository';
import { PersonRepository } from '../src/persons/person.repository';
import { PERSON_MODEL, type PersonDoc } from '../src/persons/person.schema';
import { PostRepository } from '../src/posts/post.repository';
import { PFIF_PERSON_FIELDS } from '../src/export/formats';
import { cleanUp, isolatedEnv, startTestApp, tokenFor, type TestApp } from './helpers/test-app';

describe('exports and PFIF import (FerretDB + Redis)', () => {
  const env = isolatedEnv('export');
  let test: TestApp;
  let researcher: string;
  let reviewer: string;
  let admin: string;
  let personModel: Model<PersonDoc>;

  const get = async (path: string, token: string) => {
    const res = await fetch(test.baseUrl + path, { headers: { Authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
  };
  const postXml = async (xml: string | Buffer, token: string, type = 'application/xml') => {
    const res = await fetch(`${test.baseUrl}/api/import/pfif`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
      body: typeof xml === 'string' ? xml : new Uint8Array(xml),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    test = await startTestApp(env, { ATHAR_ROLES: 'api' });
    [researcher, reviewer, admin] = await Promise.all([tokenFor(test, 'researcher'), tokenFor(test, 'reviewer'), tokenFor(test, 'admin')]);
    personModel = test.app.get(getModelToken(PERSON_MODEL));

    const persons = test.get(PersonRepository);
    const mk = async (name: string, latin: string | null, status: PersonDoc['status'], attributes: Record<string, unknown>, verified: boolean) => {
      const p = await persons.create({
        displayName: name,
        spellings: [{ name, mentionId: null }, ...(latin ? [{ name: latin, mentionId: null }] : [])],
        nameKeys: [...new Set([name, ...(latin ? [latin] : [])].flatMap((n) => analyzeName(n).keys))],
        status,
        attributes,
        createdBy: 'seed',
      });
      if (verified) expect(await persons.verify(p.id, 'second-reviewer', new Date())).toBe(true);
      return p;
    };
    const khatib = await mk(
      'محمد أحمد الخطيب',
      'Mohammed Ahmad al-Khatib',
      'released',
      { hometown: 'داريا', prison: 'صيدنايا', birthYear: 1990, authorEmail: 'family@example.org', authorPhone: '+963 11 555' },
      true,
    );
    await mk('يوسف خالد الحمصي', null, 'detained', { hometown: 'حمص' }, true);
    await mk('سامر علي النجار', 'Samer Ali al-Najjar', 'missing', {}, false);

    const sourceId = '64b000000000000000000001';
    const text = 'أفرج عن المعتقل محمد أحمد الخطيب من سجن صيدنايا, "اليوم"\n=cmd|calc';
    const { newIds } = await test.get(PostRepository).insertNew(sourceId, [
      toNewPost(
        {
          externalId: 'e1',
          url: 'https://example.org/p/1?a=1&b=2',
          author: '@sy',
          title: null,
          text,
          publishedAt: new Date('2025-01-10T10:00:00Z'),
          media: [],
          raw: `<item>${text}</item>`,
        },
        'rss',
        new Date(),
      ),
    ]);
    const mentions = test.get(MentionRepository);
    const [mentionId] = await mentions.saveMachineMentions(newIds[0], sourceId, 'test', [
      {
        name: 'محمد أحمد الخطيب',
        start: 16,
        end: 32,
        normalized: 'محمد احمد الخطيب',
        nameLatin: 'Mohammed Ahmad al-Khatib',
        nameKeys: [],
        role: 'released',
        attributes: { prison: 'صيدنايا', hometown: 'داريا' },
        confidence: 0.9,
        cues: [],
      },
    ]);
    await mentions.setVerdict(mentionId, { status: 'confirmed', personId: khatib.id, by: 'seed', at: new Date() });
  }, 60_000);

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('exports posts as CSV: BOM first, the header, Arabic intact, formulas defused', async () => {
    const res = await get('/api/export/posts.csv', researcher);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="athar-posts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = res.text.slice(1);
    expect(body.split('\r\n')[0]).toBe(
      'id,url,published_at,collected_at,day,source_id,source_type,lang,author,title,text,review_status,mention_count,media_count',
    );
    expect(body).toContain('"أفرج عن المعتقل محمد أحمد الخطيب من سجن صيدنايا, ""اليوم""\n=cmd|calc"');
    expect(body).toContain("'@sy");
  });

  it('exports posts as NDJSON, one parseable object per line', async () => {
    const res = await get('/api/export/posts.ndjson?lang=ar', researcher);
    expect(res.status).toBe(200);
    const rows = res.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: 'https://example.org/p/1?a=1&b=2', lang: 'ar' });
    expect(rows[0].raw).toBeUndefined();
  });

  it('refuses bad query parameters with a 400', async () => {
    expect((await get('/api/export/posts.csv?bogus=1', researcher)).status).toBe(400);
    expect((await get('/api/export/persons.csv?arrestYearFrom=abc', researcher)).status).toBe(400);
  });

  it('gives researchers verified persons only, and refuses to widen it', async () => {
    const csv = await get('/api/export/persons.csv', researcher);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('محمد أحمد الخطيب');
    expect(csv.text).toContain('يوسف خالد الحمصي');
    expect(csv.text).not.toContain('سامر علي النجار');
    expect(csv.text.split('\r\n')[0]).not.toContain('birth_year');
    expect((await get('/api/export/persons.csv?includeUnverified=true', researcher)).status).toBe(403);
    const all = await get('/api/export/persons.ndjson?includeUnverified=true', reviewer);
    const rows = all.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.displayName).sort()).toEqual(['سامر علي النجار', 'محمد أحمد الخطيب', 'يوسف خالد الحمصي'].sort());
  });

  it("writes PFIF 1.4 in standard order; a researcher's has no sensitive fields", async () => {
    const res = await get('/api/export/persons.pfif.xml', researcher);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/\.pfif\.xml"$/);
    const xml = res.text;
    expect(xml).toContain('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">');
    expect(xml).not.toMatch(/author_email|author_phone|date_of_birth|family@example\.org/);
    const khatib = xml.split('<pfif:person>').find((p) => p.includes('الخطيب'))!;
    const fields = [...khatib.split('<pfif:note>')[0].matchAll(/<pfif:(\w+)>/g)].map((m) => m[1]);
    expect(fields.slice(0, 1)).toEqual(['person_record_id']);
    for (const required of ['person_record_id', 'source_date', 'full_name']) expect(fields).toContain(required);
    const idx = fields.map((f) => (PFIF_PERSON_FIELDS as readonly string[]).indexOf(f));
    expect(idx.every((v, i) => v >= 0 && (i === 0 || v > idx[i - 1]))).toBe(true);
    expect(khatib).toMatch(/<pfif:person_record_id>athar\.example\/person\.[0-9a-f]{24}<\/pfif:person_record_id>/);
    expect(khatib).toContain('<pfif:full_name>محمد أحمد الخطيب\nMohammed Ahmad al-Khatib</pfif:full_name>');
    expect(khatib).toContain('https://example.org/p/1?a=1&amp;b=2');
    expect(khatib).toContain('<pfif:last_known_location>صيدنايا</pfif:last_known_location>');
    expect(khatib).toContain('<pfif:status>believed_alive</pfif:status>');

    const full = await get('/api/export/persons.pfif.xml', admin);
    expect(full.text).toContain('<pfif:date_of_birth>1990</pfif:date_of_birth>');
    expect(full.text).toContain('<pfif:author_email>family@example.org</pfif:author_email>');
  });

  it('exports from the CLI to a stream', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const rows = await runExportCommand(['persons', '--format', 'ndjson', '--include-unverified', '--name', 'Mohammed al-Khatib'], test.app, out);
    expect(rows).toBe(1);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toMatchObject({ displayName: 'محمد أحمد الخطيب', attributes: { birthYear: 1990 } });
    await expect(runExportCommand(['posts', '--format', 'pfif'], test.app, out)).rejects.toBeInstanceOf(ExportUsageError);
    await expect(runExportCommand(['posts', '--format', 'csv', '--lang', 'xx'], test.app, out)).rejects.toThrow(/lang/);
  });

  it('records an audit event for each export', async () => {
    const { events } = await test.get(AuditEventRepository).findPage({ action: 'export.created', limit: 50 });
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.some((e) => (e.after as { format?: string; rows?: number })?.format === 'pfif' && (e.after as { rows: number }).rows === 2)).toBe(true);
  });

  it('refuses hostile or malformed imports with a clear 400 and stores nothing', async () => {
    const before = await personModel.countDocuments();
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>&lol2;</pfif:full_name></pfif:person></pfif:pfif>`;
    const hostile = await postXml(laughs, admin);
    expect(hostile.status).toBe(400);
    expect(hostile.body.message).toMatch(/DOCTYPE/);
    const good = `<pfif:person><pfif:person_record_id>a/ok</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>علي حسن</pfif:full_name></pfif:person>`;
    const bad = `<pfif:person><pfif:person_record_id>a/2</pfif:person_record_id><pfif:full_name>X Y</pfif:full_name></pfif:person>`;
    const missing = await postXml(`<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">${good}${bad}</pfif:pfif>`, admin, 'text/xml');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/nothing was imported.*no source_date/);
    expect((await postXml(`<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">${good}`, admin)).status).toBe(400);
    expect((await postXml(`<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.5">${good}</pfif:pfif>`, admin)).body.message).toMatch(/1\.4 namespace/);
    expect((await postXml(Buffer.alloc(5 * 1024 * 1024 + 10, 32), admin)).status).toBe(413);
    expect((await postXml(good, admin, 'text/plain')).status).toBe(415);
    expect((await postXml(good, reviewer)).status).toBe(403);
    expect(await personModel.countDocuments()).toBe(before);
  });

  it('round-trips: export persons as PFIF, wipe, import, same names; a second import offers duplicates', async () => {
    const exported = await get('/api/export/persons.pfif.xml?includeUnverified=true', admin);
    const names = async () =>
      (await personModel.find({}, { displayName: 1, spellings: 1 }).lean()).map((p) => [p.displayName, ...p.spellings.map((s) => s.name)].join('|')).sort();
    const before = await names();
    expect(before).toHaveLength(3);
    await personModel.deleteMany({});

    const first = await postXml(exported.bytes, admin);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: 3, skipped: [], duplicates: [] });
    expect(await names()).toEqual(before);
    const imported = await personModel.findOne({ displayName: 'محمد أحمد الخطيب' }).lean();
    expect(imported).toMatchObject({ status: 'released', verification: { status: 'unverified' } });
    expect((imported!.attributes.importedNotes as string[]).join('\n')).toContain('https://example.org/p/1?a=1&b=2');

    const again = await postXml(exported.bytes, admin);
    expect(again.body.imported).toBe(0);
    expect(again.body.duplicates).toHaveLength(3);
    expect(again.body.duplicates[0]).toEqual({
      recordId: expect.stringMatching(/^athar\.example\/person\./),
      personId: expect.any(String),
      score: expect.any(Number),
    });
    expect(await personModel.countDocuments()).toBe(3);
    const { events } = await test.get(AuditEventRepository).findPage({ action: 'import.pfif', limit: 10 });
    expect(events).toHaveLength(2);
  });
  // Person Finder's own test documents (test/fixtures/pfif/SOURCE.txt), after the round trip so its counts stay its own.
  const personFinderDoc = (name: string) => readFileSync(join(__dirname, 'fixtures', 'pfif', name), 'utf8');
  const storedByRecordId = async (recordId: string) => personModel.find({ 'attributes.pfifRecordId': recordId }).lean();

  it("imports Person Finder's 1.4 test document (first_name, last_name, profile_urls, four notes) and reports it", async () => {
    const before = await personModel.countDocuments();
    const res = await postXml(personFinderDoc('test.pfif-1.4-6a9d2813f.xml'), admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ version: '1.4', imported: 1, skipped: [], duplicates: [], ignored: [] });
    expect(await personModel.countDocuments()).toBe(before + 1);
    const [stored] = await storedByRecordId('test.google.com/person.21009');
    expect(stored).toMatchObject({ displayName: '_test_full_name1', status: 'unknown', verification: { status: 'unverified' } });
    expect(stored.spellings.map((s) => s.name)).toEqual(['_test_full_name1', '_test_full_name2', '_test_alternate_name1', '_test_alternate_name2']);
    expect(stored.attributes).toMatchObject({
      importedFrom: 'pfif',
      hometown: '_test_home_city',
      dateOfBirth: '1970-01',
      pfifSourceName: '_test_source_name',
      pfifSourceUrl: '_test_source_url',
      pfifStatus: 'is_note_author',
      pfifLinkedRecordIds: ['test.google.com/person.999'],
      importedNotes: ['_test_text', 'new comment - testing', 'change only the status', 'backdated change'],
    });
  });

  it('imports a Person Finder 1.2 document: the name from first_name and last_name, unknown elements and stray notes reported', async () => {
    const xml = personFinderDoc('test.pfif-1.2.xml')
      .replace('<pfif:person>', '<pfif:person><pfif:middle_name>M</pfif:middle_name>')
      .replace(/<pfif:text>/g, '<pfif:note_category>tip</pfif:note_category><pfif:text>')
      .replace(
        '</pfif:pfif>',
        '<pfif:note><pfif:note_record_id>test.google.com/note.60001</pfif:note_record_id><pfif:person_record_id>test.google.com/person.21010</pfif:person_record_id><pfif:author_name>a</pfif:author_name><pfif:source_date>2000-01-19T00:00:00Z</pfif:source_date><pfif:text>t</pfif:text></pfif:note></pfif:pfif>',
      );
    const before = await personModel.countDocuments();
    const res = await postXml(xml, admin, 'text/xml');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      version: '1.2',
      imported: 1,
      skipped: [{ recordId: 'test.google.com/note.60001', reason: 'a note for test.google.com/person.21010, a person not in this document' }],
      duplicates: [],
      ignored: [
        { element: 'middle_name', namespace: 'http://zesty.ca/pfif/1.2', in: 'person', count: 1 },
        { element: 'note_category', namespace: 'http://zesty.ca/pfif/1.2', in: 'note', count: 4 },
      ],
    });
    expect(await personModel.countDocuments()).toBe(before + 1);
    const stored = await personModel.findOne({ displayName: '_test_first_name _test_last_name' }).lean();
    expect(stored).toMatchObject({ spellings: [{ name: '_test_first_name _test_last_name' }], status: 'unknown' });
    expect(stored!.attributes).toMatchObject({
      pfifRecordId: 'test.google.com/person.21009',
      hometown: '_test_home_city',
      dateOfBirth: '1970-01',
      pfifStatus: 'is_note_author',
      pfifLinkedRecordIds: ['test.google.com/person.999'],
    });
    expect(stored!.attributes.importedNotes).toHaveLength(4);
    const { events } = await test.get(AuditEventRepository).findPage({ action: 'import.pfif', limit: 10 });
    expect(events[0].after).toMatchObject({ version: '1.2', imported: 1, skipped: 1, ignoredElements: 5 });
  });
});
