import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestStatus, otherToDescription, parsePfif, PfifImportError, readPfif } from './pfif-import';

const NS = 'http://zesty.ca/pfif/1.4';
const doc = (body: string, ns = NS) => `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${ns}">${body}</pfif:pfif>`;
const personXml = (id: string, names = 'محمد أحمد الخطيب\nMohammed al-Khatib', extra = '') =>
  `<pfif:person><pfif:person_record_id>example.org/${id}</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>${names}</pfif:full_name>${extra}</pfif:person>`;
const noteXml = (id: string, status = 'believed_missing', date = '2025-01-02T00:00:00Z') =>
  `<pfif:note><pfif:note_record_id>example.org/${id}</pfif:note_record_id><pfif:author_name>X</pfif:author_name><pfif:source_date>${date}</pfif:source_date><pfif:status>${status}</pfif:status><pfif:text>نص</pfif:text></pfif:note>`;

/** Person Finder's own test documents (see test/fixtures/pfif/SOURCE.txt). */
const fixture = (name: string) => readFileSync(join(__dirname, '../../test/fixtures/pfif', name));

function refused(xml: string | Buffer, pattern: RegExp, opts = {}): void {
  let error: unknown;
  try {
    parsePfif(xml, opts);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(PfifImportError);
  expect((error as Error).message).toMatch(pattern);
}

describe('parsePfif', () => {
  it('reads persons with Arabic names, nested and top-level notes', () => {
    const xml = doc(
      personXml(
        '1',
        'محمد أحمد الخطيب\nMohammed al-Khatib',
        noteXml('n1', 'believed_missing', '2025-01-01T00:00:00Z') + noteXml('n2', 'believed_alive', '2025-03-01T00:00:00Z'),
      ) +
        `<pfif:note><pfif:note_record_id>example.org/n3</pfif:note_record_id><pfif:person_record_id>example.org/1</pfif:person_record_id><pfif:author_name>Y</pfif:author_name><pfif:source_date>2025-02-01T00:00:00Z</pfif:source_date><pfif:text>t</pfif:text></pfif:note>`,
    );
    const [p] = parsePfif(xml);
    expect(p.personRecordId).toBe('example.org/1');
    expect(p.fullNames).toEqual(['محمد أحمد الخطيب', 'Mohammed al-Khatib']);
    expect(p.notes.map((n) => n.noteRecordId)).toEqual(['example.org/n1', 'example.org/n2', 'example.org/n3']);
    expect(latestStatus(p)).toBe('believed_alive');
  });

  it('ignores elements of other namespaces', () => {
    const xml = doc(personXml('1', 'Ali Hassan', '<x:extra xmlns:x="urn:x"><x:y>1</x:y></x:extra>'));
    expect(parsePfif(xml)).toHaveLength(1);
  });

  it('refuses malformed XML', () => {
    refused(doc(personXml('1')).replace('</pfif:full_name>', ''), /not well-formed/);
    refused('not xml at all', /not well-formed|root|Unexpected/);
    refused('', /empty/);
  });

  it('refuses a root outside the PFIF 1.1–1.4 namespaces', () => {
    refused(doc(personXml('1'), 'http://zesty.ca/pfif/1.5'), /PFIF 1\.1–1\.4 namespace/);
    refused(doc(personXml('1'), 'urn:not-pfif'), /PFIF 1\.1–1\.4 namespace/);
    refused('<pfif><person/></pfif>', /PFIF 1\.1–1\.4 namespace/);
    refused(`<pfif:person xmlns:pfif="${NS}"/>`, /root element must be <pfif>/);
  });

  it('refuses any DOCTYPE (billion laughs)', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<pfif:pfif xmlns:pfif="${NS}"><pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>&lol3;</pfif:full_name></pfif:person></pfif:pfif>`;
    refused(laughs, /DOCTYPE/);
    refused(`<!DOCTYPE x SYSTEM "file:///etc/passwd"><pfif:pfif xmlns:pfif="${NS}"/>`, /DOCTYPE/);
  });

  it('refuses undeclared entities', () => {
    refused(doc(personXml('1', '&xxe;')), /not well-formed/);
  });

  it('refuses documents that are too big or hold too many records', () => {
    refused(Buffer.alloc(5 * 1024 * 1024 + 1, 32), /limit is 5242880 bytes/);
    refused(doc(personXml('1') + personXml('2') + personXml('3')), /More than 2 records/, { maxRecords: 2 });
  });

  it('refuses records without their required fields', () => {
    refused(
      doc('<pfif:person><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>A B</pfif:full_name></pfif:person>'),
      /no person_record_id/,
    );
    refused(doc('<pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:full_name>A B</pfif:full_name></pfif:person>'), /no source_date/);
    refused(
      doc('<pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date></pfif:person>'),
      /no full_name/,
    );
    refused(
      doc(
        personXml(
          '1',
          'A B',
          '<pfif:note><pfif:note_record_id>a/n</pfif:note_record_id><pfif:author_name>X</pfif:author_name><pfif:text>t</pfif:text></pfif:note>',
        ),
      ),
      /no source_date/,
    );
    refused(
      doc(
        personXml(
          '1',
          'A B',
          '<pfif:note><pfif:note_record_id>a/n</pfif:note_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:text></pfif:text></pfif:note>',
        ),
      ),
      /no text/,
    );
    refused(
      doc(
        '<pfif:person><pfif:person_record_id>nodomain</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>A</pfif:full_name></pfif:person>',
      ),
      /domain\/local-id/,
    );
    refused(doc(personXml('1').replace('2025-01-01T00:00:00Z', 'yesterday')), /UTC date/);
    refused(doc(personXml('1', 'A B', noteXml('n', 'believed_happy'))), /unknown status/);
    refused(
      doc(personXml('1', 'A B', noteXml('n').replace('</pfif:text>', '</pfif:text><pfif:author_made_contact>maybe</pfif:author_made_contact>'))),
      /author_made_contact must be true or false/,
    );
  });
});

describe('parsePfif on hostile structure', () => {
  it('refuses 200,000 nested elements (1.4 MB, under the size cap) at the depth limit, without parsing them', () => {
    const depth = 200_000;
    const nested = doc(`<x:e xmlns:x="urn:ext">${'<x:e>'.repeat(depth)}${'</x:e>'.repeat(depth)}</x:e>`);
    expect(Buffer.byteLength(nested)).toBeGreaterThan(1_400_000);
    expect(() => parsePfif(nested)).toThrow(/Elements nest more than 10 deep/);
  });

  it('still reads extension elements nested a few levels inside a record', () => {
    const ext = '<x:a xmlns:x="urn:ext"><x:b><x:c>ok</x:c></x:b></x:a>';
    expect(parsePfif(doc(`${personXml('example.org/p1').replace('</pfif:person>', `${ext}</pfif:person>`)}`))).toHaveLength(1);
  });
});

describe('readPfif on the documents Person Finder writes, each version', () => {
  it('reads the 1.4 test document that carries first_name and last_name (refused before with "Unknown person field")', () => {
    const { version, persons, orphanNotes, ignored } = readPfif(fixture('test.pfif-1.4-6a9d2813f.xml'));
    expect(version).toBe('1.4');
    expect(ignored).toEqual([]);
    expect(orphanNotes).toEqual([]);
    const [p] = persons;
    expect(p).toMatchObject({ personRecordId: 'test.google.com/person.21009', sourceDate: '2000-01-01T00:00:00Z', expiryDate: null });
    expect(p.fullNames).toEqual(['_test_full_name1', '_test_full_name2']);
    expect(p.alternateNames).toEqual(['_test_alternate_name1', '_test_alternate_name2']);
    expect(p.fields).toMatchObject({
      given_name: '_test_first_name',
      family_name: '_test_last_name',
      profile_urls: '_test_profile_url1\n_test_profile_url2',
      home_city: '_test_home_city',
      home_country: 'US',
    });
    expect(Object.keys(p.fields)).not.toEqual(expect.arrayContaining(['first_name']));
    expect(p.notes.map((n) => [n.noteRecordId, n.status, n.authorName, n.fields.author_made_contact])).toEqual([
      ['test.google.com/note.27009', 'believed_missing', '_test_author_name', 'false'],
      ['test.google.com/note.31095', '', 'inna-testing', 'true'],
      ['test.google.com/note.40121', 'is_note_author', '', undefined],
      ['test.google.com/note.50121', 'believed_missing', '', 'false'],
    ]);
    expect(p.notes[0].linkedPersonRecordId).toBe('test.google.com/person.999');
    // The backdated believed_missing note is older than the is_note_author one.
    expect(latestStatus(p)).toBe('is_note_author');
  });

  it('reads the current 1.4 test document with given_name and family_name', () => {
    const [p] = parsePfif(fixture('test.pfif-1.4.xml'));
    expect(p.fields).toMatchObject({
      given_name: '_test_given_name',
      family_name: '_test_family_name',
      description: '_test_description',
      photo_url: '_test_photo_url',
    });
    expect(p.notes).toHaveLength(4);
    expect(p.notes[0].fields).toMatchObject({ email_of_found_person: '_test_email_of_found_person', photo_url: '_test_note_photo_url' });
  });

  it('reads a 1.4 document of notes only, in the default namespace, and keeps notes whose person is elsewhere apart', () => {
    const { persons, orphanNotes } = readPfif(fixture('test_pfif-1.4-notes-only.xml'));
    expect(persons).toEqual([]);
    expect(orphanNotes).toHaveLength(1);
    expect(orphanNotes[0]).toMatchObject({
      noteRecordId: 'test.google.com/note.27009',
      personRecordId: 'test.google.com/person.21009',
      status: 'believed_alive',
      text: '_test_text\n    line two',
    });
  });

  it('reads 1.3 as Person Finder does: first_name, last_name, other and found under their 1.4 names', () => {
    const { version, persons } = readPfif(fixture('test_pfif-1.3.xml'));
    expect(version).toBe('1.3');
    // PERSON_RECORD_1_3 and NOTE_RECORD_1_3 in Person Finder's tests/test_pfif.py, values trimmed.
    expect(persons[0].fields).toEqual({
      person_record_id: 'test.google.com/person.21009',
      entry_date: '2010-01-16T02:07:57Z',
      expiry_date: '2010-02-16T02:07:57Z',
      author_name: '_test_author_name',
      author_email: '_test_author_email',
      author_phone: '_test_author_phone',
      source_name: '_test_source_name',
      source_date: '2000-01-01T00:00:00Z',
      source_url: '_test_source_url',
      given_name: '_test_given_name',
      family_name: '_test_family_name',
      full_name: '_test_given_name_dot_family_name',
      description: '_test_description & < > "',
      sex: 'female',
      date_of_birth: '1970-01-01',
      age: '35-45',
      home_street: '_test_home_street',
      home_neighborhood: '_test_home_neighborhood',
      home_city: '_test_home_city',
      home_state: '_test_home_state',
      home_postal_code: '_test_home_postal_code',
      home_country: 'US',
      photo_url: '_test_photo_url',
    });
    expect(persons[0].notes[0].fields).toEqual({
      note_record_id: 'test.google.com/note.27009',
      person_record_id: 'test.google.com/person.21009',
      linked_person_record_id: 'test.google.com/person.777',
      entry_date: '2010-01-16T17:32:05Z',
      author_name: '_test_author_name',
      author_email: '_test_author_email',
      author_phone: '_test_author_phone',
      source_date: '2000-02-02T02:02:02Z',
      author_made_contact: 'true',
      status: 'believed_alive',
      email_of_found_person: '_test_email_of_found_person',
      phone_of_found_person: '_test_phone_of_found_person',
      last_known_location: '_test_last_known_location',
      text: '_test_text\n    line two',
    });
  });

  it('reads an expired 1.3 record whose name was wiped', () => {
    const [p] = parsePfif(fixture('test_pfif-1.3-expired.xml'));
    expect(p).toMatchObject({ personRecordId: 'test.google.com/person.21009', expiryDate: '2010-02-16T02:07:57Z', fullNames: [] });
  });

  it('reads 1.2: the name from first_name and last_name, found as author_made_contact, the status of the latest note', () => {
    const { version, persons } = readPfif(fixture('test.pfif-1.2.xml'));
    expect(version).toBe('1.2');
    const [p] = persons;
    expect(p.fullNames).toEqual(['_test_first_name _test_last_name']);
    expect(p.fields).toMatchObject({
      given_name: '_test_first_name',
      family_name: '_test_last_name',
      description: '_test_description',
      home_postal_code: '_test_home_postal_code',
      sex: 'female',
      date_of_birth: '1970-01',
      age: '35-45',
    });
    expect(p.fields).not.toHaveProperty('other');
    expect(p.notes.map((n) => n.fields.author_made_contact)).toEqual(['false', 'true', undefined, 'false']);
    expect(p.notes.some((n) => 'found' in n.fields)).toBe(false);
    expect(latestStatus(p)).toBe('is_note_author');
  });

  it('reads 1.2 without prefixes, and 1.2 without source_date or full_name (both optional then)', () => {
    expect(parsePfif(fixture('test_pfif-1.2-no-prefix.xml'))[0].fullNames).toEqual(['_test_given_name _test_family_name']);
    const [p] = parsePfif(fixture('test_pfif-1.2-non-ascii.xml'));
    expect(p).toMatchObject({ personRecordId: 'test.google.com/person.123', sourceDate: null, fullNames: ['greek alpha = α hebrew alef = א'] });
    expect(p.fields.author_name).toBe('a with acute = á');
  });

  it('reads a 1.2 document of notes for persons it does not hold', () => {
    const { persons, orphanNotes } = readPfif(fixture('test.pfif-1.2-note.xml'));
    expect(persons).toEqual([]);
    expect(orphanNotes.map((n) => [n.noteRecordId, n.personRecordId, n.status])).toEqual([
      ['test.google.com/note.27009', 'test.google.com/person.21009', 'believed_missing'],
      ['test.google.com/note.31095', 'test.google.com/person.21010', 'is_note_author'],
    ]);
  });

  it('reads 1.1: home_zip as home_postal_code, other as description, found as author_made_contact', () => {
    const { version, persons } = readPfif(fixture('test.pfif-1.1.xml'));
    expect(version).toBe('1.1');
    const [p] = persons;
    expect(p.fullNames).toEqual(['_test_first_name _test_last_name']);
    expect(p.fields).toMatchObject({ home_postal_code: '_test_home_zip', description: '_test_description', home_city: '_test_home_city' });
    expect(p.fields).not.toHaveProperty('home_zip');
    expect(p.notes.map((n) => [n.noteRecordId, n.fields.author_made_contact])).toEqual([
      ['test.google.com/note.27009', 'true'],
      ['test.google.com/note.31095', undefined],
    ]);
  });

  it('still requires source_date from 1.3 on', () => {
    const noDate = (ns: string) =>
      `<pfif:pfif xmlns:pfif="${ns}"><pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:first_name>A</pfif:first_name><pfif:last_name>B</pfif:last_name></pfif:person></pfif:pfif>`;
    expect(parsePfif(noDate('http://zesty.ca/pfif/1.1'))[0].fullNames).toEqual(['A B']);
    refused(noDate('http://zesty.ca/pfif/1.3'), /no source_date/);
    refused(noDate(NS), /no source_date/);
  });
});

describe('readPfif on elements it does not know', () => {
  const NOTE_EXTRA = '<pfif:note_category>tip</pfif:note_category>';

  it('skips them with their content and counts them by name and place, in any PFIF version', () => {
    const xml = fixture('test.pfif-1.2.xml')
      .toString('utf8')
      .replace('<pfif:person>', '<pfif:batch_id>7</pfif:batch_id><pfif:person><pfif:middle_name>M</pfif:middle_name><pfif:middle_name>N</pfif:middle_name>')
      .replace(/<pfif:text>/g, `${NOTE_EXTRA}<pfif:text>`)
      .replace('</pfif:person>', '<geo:point xmlns:geo="urn:geo"><geo:lat>35.5</geo:lat></geo:point></pfif:person>');
    const { persons, ignored } = readPfif(xml);
    expect(persons[0].fullNames).toEqual(['_test_first_name _test_last_name']);
    expect(persons[0].notes).toHaveLength(4);
    expect(ignored).toEqual([
      { element: 'batch_id', namespace: 'http://zesty.ca/pfif/1.2', in: 'pfif', count: 1 },
      { element: 'middle_name', namespace: 'http://zesty.ca/pfif/1.2', in: 'person', count: 2 },
      { element: 'note_category', namespace: 'http://zesty.ca/pfif/1.2', in: 'note', count: 4 },
      { element: 'point', namespace: 'urn:geo', in: 'person', count: 1 },
    ]);
  });

  it('keeps the 1.4 field when a record also has its older name, and counts the older one', () => {
    const { persons, ignored } = readPfif(
      doc(
        personXml(
          '1',
          'A B',
          '<pfif:given_name>Given</pfif:given_name><pfif:first_name>First</pfif:first_name><pfif:other>x</pfif:other><pfif:description>d</pfif:description>',
        ),
      ),
    );
    expect(persons[0].fields).toMatchObject({ given_name: 'Given', description: 'd' });
    expect(persons[0].fields).not.toHaveProperty('first_name');
    expect(ignored.map((i) => [i.element, i.in, i.count])).toEqual([
      ['first_name', 'person', 1],
      ['other', 'person', 1],
    ]);
  });

  it('lists at most 50 names and counts the rest together', () => {
    const extras = Array.from({ length: 60 }, (_, i) => `<pfif:x${i}/>`).join('');
    const { ignored } = readPfif(doc(personXml('1', 'A B', extras)));
    expect(ignored).toHaveLength(51);
    expect(ignored[50]).toEqual({ element: '*', namespace: '*', in: 'person', count: 10 });
  });

  it('keeps every limit: depth, records, size, and no element inside a field', () => {
    const deep = `<pfif:x>${'<pfif:x>'.repeat(20)}${'</pfif:x>'.repeat(20)}</pfif:x>`;
    refused(doc(personXml('1', 'A B', deep)), /nest more than 10 deep/);
    const wrapped = doc(personXml('1') + personXml('2') + `<pfif:x>${personXml('3')}</pfif:x>` + personXml('4'));
    expect(parsePfif(wrapped).map((p) => p.personRecordId)).toEqual(['example.org/1', 'example.org/2', 'example.org/4']);
    refused(wrapped, /More than 2 records/, { maxRecords: 2 });
    refused(doc(`<pfif:x>${'y'.repeat(300)}</pfif:x>`), /limit is 200 bytes/, { maxBytes: 200 });
    refused(doc(personXml('1', 'A <pfif:b>B</pfif:b>')), /Element <pfif:b> inside field full_name/);
    refused(`<!DOCTYPE pfif><pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.1"/>`, /DOCTYPE/);
    refused(doc(personXml('1', 'A B', '<pfif:x><?php echo 1; ?></pfif:x>'), 'http://zesty.ca/pfif/1.2'), /Processing instruction/);
  });
});

describe('otherToDescription (Person Finder test_maybe_convert_other_to_description)', () => {
  it('takes the description out of a description: label, and keeps any other labelled text whole', () => {
    expect(otherToDescription('description:_test_description')).toBe('_test_description');
    expect(otherToDescription('description: _test_description\n')).toBe('_test_description');
    expect(otherToDescription('description:\n    _test_description1\n    _test_description2')).toBe('_test_description1\n_test_description2');
    expect(otherToDescription('some_field: _test_some_value')).toBe('some_field: _test_some_value');
    expect(otherToDescription('description:_test_description\nsome_field: _test_some_value')).toBe(
      'description:_test_description\nsome_field: _test_some_value',
    );
    expect(otherToDescription('Last seen near the market')).toBe('Last seen near the market');
  });
});
