import { csvCell, csvRows, ndjsonRows, pfifDocument, PFIF_NS, PFIF_PERSON_FIELDS, xmlEscape, type PfifPerson } from './formats';
import { parsePfif } from './pfif-import';

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of gen) s += c;
  return s;
}

const person = (over: Partial<PfifPerson> = {}): PfifPerson => ({
  id: 'p1',
  displayName: 'محمد أحمد الخطيب',
  spellings: [
    { name: 'محمد أحمد الخطيب', mentionId: null },
    { name: 'Mohammed Ahmad al-Khatib', mentionId: 'm1' },
  ],
  status: 'released',
  attributes: { hometown: 'داريا', prison: 'صيدنايا', birthYear: 1990, authorEmail: 'a@example.org', authorPhone: '+963 11 000' },
  mergedInto: null,
  createdAt: new Date('2025-01-02T03:04:05.678Z'),
  updatedAt: new Date('2025-02-02T03:04:05Z'),
  ...over,
});

describe('csvRows', () => {
  it('starts with a BOM, quotes per RFC 4180 and defends against formulas', async () => {
    const out = await collect(
      csvRows(
        [
          { header: 'name', value: (r: { a: unknown }) => r.a },
          { header: 'n', value: () => -3 },
        ],
        [{ a: 'سجين, "معتقل"\nسطر' }, { a: '=HYPERLINK("x")' }, { a: '+1' }, { a: '-2' }, { a: '@SUM(A1)' }, { a: null }],
      ),
    );
    expect(out.startsWith('\uFEFFname,n\r\n')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines[1]).toBe('"سجين, ""معتقل""\nسطر",-3');
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",-3`);
    expect(lines[3]).toBe("'+1,-3");
    expect(lines[4]).toBe("'-2,-3");
    expect(lines[5]).toBe("'@SUM(A1),-3");
    expect(lines[6]).toBe(',-3');
  });

  it('renders dates and arrays', () => {
    expect(csvCell(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01T00:00:00.000Z');
    expect(csvCell(['a', 'b'])).toBe('"a\nb"');
  });
});

describe('ndjsonRows', () => {
  it('writes one JSON object per line', async () => {
    const out = await collect(ndjsonRows([{ a: 'محمد' }, { b: 'line\u2028x' }]));
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ a: 'محمد' }, { b: 'line\u2028x' }]);
  });
});

describe('pfifDocument', () => {
  it('writes the person fields in standard order, escaped, with notes and status', async () => {
    const xml = await collect(
      pfifDocument(
        [person({ displayName: 'A <b> & "c"' })],
        () => ({
          posts: [
            { postId: 'x1', url: 'https://e.org/?a=1&b=2', date: new Date('2025-01-01T00:00:00Z'), facility: 'صيدنايا' },
            { postId: 'x0', url: null, date: new Date('2024-01-01T00:00:00Z') },
          ],
        }),
        { fullAccess: true, domain: 'test.org' },
      ),
    );
    expect(xml).toContain(`xmlns:pfif="${PFIF_NS}"`);
    expect(xml).toContain('<pfif:person_record_id>test.org/person.p1</pfif:person_record_id>');
    expect(xml).toContain('A &lt;b&gt; &amp; &quot;c&quot;\nمحمد أحمد الخطيب\nMohammed Ahmad al-Khatib');
    expect(xml).toContain('https://e.org/?a=1&amp;b=2');
    expect(xml).toContain('<pfif:source_date>2025-01-02T03:04:05Z</pfif:source_date>');
    const order = [...xml.split('<pfif:note>')[0].matchAll(/<pfif:(\w+)>/g)].map((m) => m[1]).filter((n) => n !== 'person');
    const idx = order.map((n) => (PFIF_PERSON_FIELDS as readonly string[]).indexOf(n));
    expect(idx.every((v, i) => v >= 0 && (i === 0 || v > idx[i - 1]))).toBe(true);
    expect(order).toEqual(expect.arrayContaining(['author_email', 'author_phone', 'date_of_birth', 'home_city']));
    // status on the latest note only
    const notes = xml.split('<pfif:note>').slice(1);
    expect(notes[0]).not.toContain('<pfif:status>');
    expect(notes[1]).toContain('<pfif:status>believed_alive</pfif:status>');
    expect(notes[1]).toContain('<pfif:last_known_location>صيدنايا</pfif:last_known_location>');
    // it parses back
    const [back] = parsePfif(xml);
    expect(back.fullNames).toEqual(['A <b> & "c"', 'محمد أحمد الخطيب', 'Mohammed Ahmad al-Khatib']);
    expect(back.notes).toHaveLength(2);
  });

  it('leaves the sensitive fields out without full access', async () => {
    const xml = await collect(pfifDocument([person()], () => ({ posts: [] }), { fullAccess: false }));
    expect(xml).not.toMatch(/author_email|author_phone|date_of_birth|a@example\.org/);
    expect(xml).toContain('athar.example/person.p1');
    expect(xml).toContain('<pfif:status>believed_alive</pfif:status>');
  });

  it('maps statuses and links merged duplicates both ways', async () => {
    const persons = [person({ id: 'a', status: 'dead', mergedInto: 'b' }), person({ id: 'c', status: 'detained' })];
    const xml = await collect(pfifDocument(persons, () => ({ posts: [] }), { fullAccess: false }));
    expect(xml).toContain('believed_dead');
    expect(xml).toContain('believed_missing');
    expect(xml).toContain('<pfif:linked_person_record_id>athar.example/person.b</pfif:linked_person_record_id>');
    // the reciprocal link, top-level because b was not in the export
    expect(xml).toMatch(/<pfif:person_record_id>athar.example\/person.b<\/pfif:person_record_id>\s*<pfif:linked_person_record_id>athar.example\/person.a</);
    const parsed = parsePfif(xml);
    expect(parsed.map((p) => p.personRecordId)).toEqual(['athar.example/person.a', 'athar.example/person.c']);
  });

  it('gives a nested reciprocal link when the target lists the merged record', async () => {
    const xml = await collect(
      pfifDocument([person({ id: 'a', mergedInto: 'b' }), person({ id: 'b' })], (p) => ({ posts: [], mergedFrom: p.id === 'b' ? ['a'] : [] }), {
        fullAccess: false,
      }),
    );
    expect(xml.match(/linked_person_record_id/g)).toHaveLength(4); // two links, open + close tags
    expect(xml).not.toMatch(/<\/pfif:person>\s*<pfif:note>/);
  });

  it('drops characters XML cannot carry', () => {
    expect(xmlEscape('a\u0000b\u001Fc\r')).toBe('abc&#13;');
  });
});
