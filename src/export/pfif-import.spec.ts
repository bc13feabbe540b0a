import { parsePfif, PfifImportError, latestStatus } from './pfif-import';

const NS = 'http://zesty.ca/pfif/1.4';
const doc = (body: string, ns = NS) => `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${ns}">${body}</pfif:pfif>`;
const personXml = (id: string, names = 'محمد أحمد الخطيب\nMohammed al-Khatib', extra = '') =>
  `<pfif:person><pfif:person_record_id>example.org/${id}</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>${names}</pfif:full_name>${extra}</pfif:person>`;
const noteXml = (id: string, status = 'believed_missing', date = '2025-01-02T00:00:00Z') =>
  `<pfif:note><pfif:note_record_id>example.org/${id}</pfif:note_record_id><pfif:author_name>X</pfif:author_name><pfif:source_date>${date}</pfif:source_date><pfif:status>${status}</pfif:status><pfif:text>نص</pfif:text></pfif:note>`;

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
      personXml('1', 'محمد أحمد الخطيب\nMohammed al-Khatib', noteXml('n1', 'believed_missing', '2025-01-01T00:00:00Z') + noteXml('n2', 'believed_alive', '2025-03-01T00:00:00Z')) +
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

  it('refuses the wrong namespace', () => {
    refused(doc(personXml('1'), 'http://zesty.ca/pfif/1.3'), /PFIF 1\.4 namespace/);
    refused('<pfif><person/></pfif>', /PFIF 1\.4 namespace/);
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
    refused(doc('<pfif:person><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>A B</pfif:full_name></pfif:person>'), /no person_record_id/);
    refused(doc('<pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:full_name>A B</pfif:full_name></pfif:person>'), /no source_date/);
    refused(doc('<pfif:person><pfif:person_record_id>a/1</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date></pfif:person>'), /no full_name/);
    refused(doc(personXml('1', 'A B', '<pfif:note><pfif:note_record_id>a/n</pfif:note_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:text>t</pfif:text></pfif:note>')), /no author_name/);
    refused(doc('<pfif:person><pfif:person_record_id>nodomain</pfif:person_record_id><pfif:source_date>2025-01-01T00:00:00Z</pfif:source_date><pfif:full_name>A</pfif:full_name></pfif:person>'), /domain\/local-id/);
    refused(doc(personXml('1').replace('2025-01-01T00:00:00Z', 'yesterday')), /UTC date/);
    refused(doc(personXml('1', 'A B', noteXml('n', 'believed_happy'))), /unknown status/);
    refused(doc('<pfif:unknown/>'), /Unexpected element/);
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
