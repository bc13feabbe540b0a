import { PassThrough, Readable } from 'node:stream';
import { runExtract, runNamesMatch } from './batch';

async function run(fn: typeof runExtract | typeof runNamesMatch, lines: string[], options?: { group?: boolean }) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errors.push(String(c)));
  const summary = await fn(Readable.from(lines.map((l) => `${l}\n`)), out, err, options);
  return {
    lines: chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    errors: errors.join(''),
    summary,
  };
}

describe('athar extract', () => {
  it('writes one line of mentions per input line, in the documented shape', async () => {
    const { lines, summary } = await run(runExtract, [
      JSON.stringify({ id: 'a', text: 'أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في صيدنايا' }),
      JSON.stringify({ id: 'b', text: 'The weather in Damascus is sunny today.', lang: 'en' }),
    ]);
    expect(summary).toEqual({ lines: 2, bad: 0 });
    expect(lines[1]).toEqual({ id: 'b', mentions: [] });
    const [m] = lines[0].mentions;
    expect(Object.keys(m).sort()).toEqual(
      [
        'name',
        'start',
        'end',
        'role',
        'hometown',
        'prison',
        'age',
        'birthYear',
        'arrestYear',
        'nameLatin',
        'nameKeys',
        'confidence',
        'refersTo',
        'partial',
      ].sort(),
    );
    expect(m).toMatchObject({ refersTo: null, partial: false });
    expect(m).toMatchObject({ name: 'محمد أحمد الخطيب', role: 'released', hometown: 'داريا', prison: 'saydnaya' });
    expect(m.nameLatin).toMatch(/Khatib/);
  });

  it('links a surname used alone to the full name it stands for', async () => {
    const text = 'Omar Haddad was arrested in 2013. Haddad was freed from Saydnaya last week.';
    const { lines } = await run(runExtract, [JSON.stringify({ id: 'c', text, lang: 'en' })]);
    const [full, surname] = lines[0].mentions;
    expect(full).toMatchObject({ name: 'Omar Haddad', refersTo: null, partial: false });
    expect(surname).toMatchObject({ name: 'Haddad', partial: true, refersTo: { start: full.start, end: full.end } });
  });

  it('reports a malformed line with its number on stderr and goes on', async () => {
    const { lines, errors, summary } = await run(runExtract, [
      '{"id": 1, "text": "x"',
      '[1,2]',
      '{"id": 3}',
      JSON.stringify({ id: 4, text: 'Ahmad Darwish, detained since 2012, was found in Saydnaya' }),
    ]);
    expect(errors).toMatch(/^line 1: /m);
    expect(errors).toMatch(/^line 2: not a JSON object/m);
    expect(errors).toMatch(/^line 3: "text" must be a string/m);
    expect(lines.map((l) => l.id)).toEqual([4]);
    expect(lines[0].mentions[0]).toMatchObject({ name: 'Ahmad Darwish', arrestYear: 2012, prison: 'saydnaya' });
    expect(summary).toEqual({ lines: 1, bad: 1 });
  });

  it('with --group, gives the same group id to one person across lines and scripts, and another to someone else', async () => {
    const { lines } = await run(
      runExtract,
      [
        JSON.stringify({ id: 1, text: 'أفرج عن المعتقل محمد أحمد الخطيب من داريا' }),
        JSON.stringify({ id: 2, text: 'Mohammed Ahmad al-Khatib was released from Saydnaya.' }),
        JSON.stringify({ id: 3, text: 'استشهد تحت التعذيب المعتقل سامر يوسف الحلبي' }),
      ],
      { group: true },
    );
    const group = (i: number) => lines[i].mentions[0].group;
    expect(group(0)).toBeDefined();
    expect(group(1)).toBe(group(0));
    expect(group(2)).not.toBe(group(0));
  });
});

describe('athar names match', () => {
  it('scores each pair', async () => {
    const { lines, errors } = await run(runNamesMatch, [
      JSON.stringify({ a: 'محمد الخطيب', b: 'Mhd Al Khatib' }),
      JSON.stringify({ a: 'محمد الخطيب', b: 'محمد الحلبي' }),
      '{"a": 1}',
    ]);
    expect(lines[0]).toMatchObject({ a: 'محمد الخطيب', b: 'Mhd Al Khatib', same: true });
    expect(lines[1].same).toBe(false);
    expect(lines[0].score).toBeGreaterThan(lines[1].score);
    expect(errors).toBe('line 3: "a" and "b" must be strings\n');
  });
});
