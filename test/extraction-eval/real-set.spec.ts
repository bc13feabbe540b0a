import { emptyAttributes, type ExtractedMention, type MentionRole } from '../../src/extraction/types';
import {
  formatRealReport,
  lenientMatch,
  normaliseRealName,
  parseRealPassages,
  predictedPersons,
  scoreRealSet,
  strictMatch,
  type RealPassage,
} from './real-set';

function mention(text: string, name: string, role: MentionRole, extra: Partial<ExtractedMention> = {}, nth = 0): ExtractedMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`«${name}» not in text`);
  return { name, start, end: start + name.length, role, attributes: emptyAttributes(), confidence: 0.8, cues: [], refersTo: null, partial: false, ...extra };
}

describe('the real-set scoring rule (GUIDE.md)', () => {
  it('normalises Arabic letters, diacritics, case and punctuation', () => {
    expect(normaliseRealName('أسامة  الإبراهيمي')).toBe(normaliseRealName('اسامه الابراهيمي'));
    expect(normaliseRealName('مُحَمَّد')).toBe('محمد');
    expect(normaliseRealName('Al-Khatib, Omar')).toBe('al khatib omar');
  });

  it('matches leniently only with two shared tokens, or a one-token gold name', () => {
    expect(lenientMatch('Omar Haddad', 'Omar Haddad')).toBe(true);
    expect(lenientMatch('Omar Yusuf Haddad', 'Omar Haddad')).toBe(true);
    expect(lenientMatch('Omar Haddad', 'Haddad')).toBe(false);
    expect(lenientMatch('Hala', 'Hala Khalil')).toBe(true);
    expect(lenientMatch('Omar Haddad', 'Samir Haddad')).toBe(false);
    expect(strictMatch('Omar Yusuf Haddad', 'Omar Haddad')).toBe(false);
  });

  it('counts a person once however often the post names them, and joins a surname to its full name', () => {
    const text = 'Omar Haddad was freed. Haddad thanked his lawyer. Omar Haddad is home.';
    const full = mention(text, 'Omar Haddad', 'released');
    const persons = predictedPersons(
      [full, mention(text, 'Haddad', 'released', { refersTo: { start: full.start, end: full.end } }, 1), mention(text, 'Omar Haddad', 'released', {}, 1)],
      () => [],
    );
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ name: 'Omar Haddad', role: 'released' });
  });

  it('scores detainee-type names, roles, officials taken for detainees and attributes', () => {
    const text = 'Omar Haddad from Douma was freed from Sednaya. Colonel Ali Mamlouk denied it. Samir Issa is missing.';
    const passages: RealPassage[] = [
      {
        id: 'x',
        lang: 'en',
        text,
        persons: [
          { name: 'Omar Haddad', role: 'released', hometown: 'Douma', prison: 'Sednaya', age: null, arrest_year: null },
          { name: 'Ali Mamlouk', role: 'official', hometown: null, prison: null, age: null, arrest_year: null },
          { name: 'Samir Issa', role: 'missing', hometown: null, prison: null, age: null, arrest_year: 2013 },
        ],
      },
    ];
    const predict = () => [
      mention(text, 'Omar Haddad', 'released', { attributes: { ...emptyAttributes(), hometown: 'Douma', prison: 'saydnaya' } }),
      mention(text, 'Ali Mamlouk', 'detainee'),
      mention(text, 'Samir Issa', 'detainee'),
    ];
    const r = scoreRealSet(passages, predict, (id) => (id === 'saydnaya' ? ['Sednaya prison'] : []));
    expect(r.detaineeType.lenient).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(r.anyName.lenient).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(r.roleAccuracy).toEqual({ correct: 1, total: 2 });
    expect(r.officialsAsDetainees).toEqual({ count: 1, goldOfficials: 1 });
    expect(r.attributes.prison).toEqual({ correct: 1, total: 1, of: 1 });
    expect(r.attributes.hometown).toEqual({ correct: 1, total: 1, of: 1 });
    expect(r.attributes.arrestYear).toEqual({ correct: 0, total: 1, of: 1 });
    expect(r.byRole.missing).toMatchObject({ tp: 0, fn: 1 });
    expect(r.byLanguage.en.detaineeType.lenient.f1).toBeCloseTo(0.8);
    // Gold role by predicted role, counts only: the official and the missing man were called detainees.
    expect(r.confusion.official.detainee).toBe(1);
    expect(r.confusion.missing.detainee).toBe(1);
    expect(r.confusion.released.released).toBe(1);
    expect(r.byLanguage.en.confusion.missing.detainee).toBe(1);
  });

  it('counts a gold person nobody found as missed in the role table, and prints no name in it', () => {
    const text = 'Samir Issa and Omar Haddad were arrested.';
    const passages: RealPassage[] = [
      {
        id: 'y',
        lang: 'en',
        text,
        persons: [
          { name: 'Samir Issa', role: 'detainee', hometown: null, prison: null, age: null, arrest_year: null },
          { name: 'Omar Haddad', role: 'detainee', hometown: null, prison: null, age: null, arrest_year: null },
        ],
      },
    ];
    const r = scoreRealSet(passages, () => [mention(text, 'Samir Issa', 'detainee')]);
    expect(r.confusion.detainee).toMatchObject({ detainee: 1, missed: 1 });
    const table = formatRealReport(r);
    expect(table).toMatch(/roles, gold ↓ predicted →/);
    expect(table).not.toContain('Omar');
  });

  it('rejects a passage with an unknown role, naming its line', () => {
    expect(() => parseRealPassages('{"id":"a","lang":"en","text":"t","persons":[{"name":"A B","role":"hero"}]}')).toThrow(/line 1: unknown role hero/);
  });
});
