import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/text/normalize';
import { DETAINEE_ROLES, emptyAttributes, type ExtractedMention, type MentionAttributes, type MentionRole } from '../../src/extraction/types';
import {
  evaluate,
  evaluateNamePairs,
  formatErrors,
  formatReport,
  matchMentions,
  namesMatch,
  parseGoldPosts,
  scores,
  validateGoldPosts,
  type GoldMention,
  type GoldPost,
} from './evaluate';

/** A gold mention for the nth occurrence (0-based) of name in text. */
function gold(text: string, name: string, role: MentionRole, extra: Partial<GoldMention> = {}, nth = 0): GoldMention {
  const start = nthIndex(text, name, nth);
  return { name, start, end: start + name.length, role, ...extra };
}

/** A prediction for the nth occurrence (0-based) of name in text. */
function pred(text: string, name: string, role: MentionRole, attributes: Partial<MentionAttributes> = {}, nth = 0): ExtractedMention {
  const start = nthIndex(text, name, nth);
  return {
    name,
    start,
    end: start + name.length,
    role,
    attributes: { ...emptyAttributes(), ...attributes },
    confidence: 1,
    cues: [],
    refersTo: null,
    partial: false,
  };
}

function nthIndex(text: string, name: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(name, at + 1);
    if (at < 0) throw new Error(`«${name}» occurrence ${nth} not in text`);
  }
  return at;
}

/** A predict function that answers from a table keyed by text. */
function table(entries: [string, ExtractedMention[]][]): (text: string) => ExtractedMention[] {
  const byText = new Map(entries);
  return (text) => byText.get(text) ?? [];
}

const AR = 'أفرج عن محمد أحمد الخطيب من داريا، وقال العميد سامر ديب إن أخاه خالد الخطيب ما زال مفقوداً.';
const EN = 'Ahmad Darwish, detained since 2012, was found in Saydnaya. His brother Khaled Darwish waited.';
const FR_EMPTY = 'Hommage aux victimes de Saydnaya ce samedi.';

const POSTS: GoldPost[] = [
  {
    id: 'ar-1',
    lang: 'ar',
    text: AR,
    mentions: [
      gold(AR, 'محمد أحمد الخطيب', 'released', { hometown: 'داريا', prison: 'saydnaya' }),
      gold(AR, 'سامر ديب', 'official'),
      gold(AR, 'خالد الخطيب', 'missing'),
    ],
  },
  {
    id: 'en-1',
    lang: 'en',
    text: EN,
    mentions: [gold(EN, 'Ahmad Darwish', 'released', { prison: 'saydnaya', arrestYear: 2012, hometown: null }), gold(EN, 'Khaled Darwish', 'relative')],
  },
  { id: 'fr-1', lang: 'fr', text: FR_EMPTY, mentions: [] },
];

const PREDICT = table([
  [
    AR,
    [
      // right span, wrong role (still detainee-type), hometown right, prison missing
      pred(AR, 'محمد أحمد الخطيب', 'detainee', { hometown: 'داريا' }),
      // an official taken for a detainee
      pred(AR, 'سامر ديب', 'detainee'),
      // a place taken for a person
      pred(AR, 'داريا', 'detainee'),
      // خالد الخطيب missed
    ],
  ],
  [EN, [pred(EN, 'Ahmad Darwish', 'released', { prison: 'saydnaya', arrestYear: 2012, hometown: 'Saydnaya' }), pred(EN, 'Khaled Darwish', 'relative')]],
  [FR_EMPTY, [pred(FR_EMPTY, 'Saydnaya', 'dead')]],
]);

describe('namesMatch', () => {
  it('accepts names equal after normalisation', () => {
    expect(namesMatch('محمد أحمد الخطيب', 'محمد احمد الخطيب')).toBe(true);
    expect(namesMatch('مُحمّد أحمد', 'محمد أحمد')).toBe(true);
    expect(namesMatch('Samir Haddad', 'SAMIR HADDAD')).toBe(true);
    expect(namesMatch('Hussam Ali Darwich', 'Hussam Ali Darwîch')).toBe(true);
  });

  it('accepts containment when the shorter name is at least 80% of the longer', () => {
    // 18 of 22 code points
    expect(namesMatch('عبد الرحمن ماجد الحمصي', 'الرحمن ماجد الحمصي')).toBe(true);
    // 12 of 17: too short; 19 of 22: long enough
    expect(namesMatch('Omar Haj Ali Bakr', 'Omar Haj Ali')).toBe(false);
    expect(namesMatch('Abdel Salam Mahmoud', 'Abdel Salam Mahmoud Jr')).toBe(true);
  });

  it('rejects shortened or padded names under 80%', () => {
    expect(namesMatch('Mohammad Samir Ghazal', 'Mohammad Samir')).toBe(false);
    expect(namesMatch('Samer Hamwi', 'Dr. Samer Hamwi')).toBe(false);
    expect(namesMatch('محمد أحمد الخطيب', 'المعتقل محمد أحمد الخطيب')).toBe(false);
    expect(namesMatch('محمد أحمد الخطيب', 'محمد الخطيب')).toBe(false);
    expect(namesMatch('Samer Hamwi', 'Samir Hamwi')).toBe(false);
  });
});

describe('matchMentions', () => {
  it('needs overlapping spans: the same name elsewhere in the text is no match', () => {
    const text = 'Samir Haddad a parlé. Samir Haddad est disparu.';
    const g = [gold(text, 'Samir Haddad', 'missing', {}, 1)];
    expect(matchMentions(g, [pred(text, 'Samir Haddad', 'missing', {}, 0)])).toEqual([]);
    expect(matchMentions(g, [pred(text, 'Samir Haddad', 'missing', {}, 1)])).toEqual([[0, 0]]);
  });

  it('matches each gold mention at most once, preferring a prediction with the same role', () => {
    const text = 'Omar Haj Ali was freed.';
    const g = [gold(text, 'Omar Haj Ali', 'released')];
    const p = [pred(text, 'Omar Haj Ali', 'detainee'), pred(text, 'Omar Haj Ali', 'released')];
    expect(matchMentions(g, p)).toEqual([[0, 1]]);
    const report = evaluate([{ id: 'x', lang: 'en', text, mentions: g }], () => p);
    expect(report.strict).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.spanOnly).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.byRole.detainee).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.errors.map((e) => e.kind)).toEqual(['spurious']);
  });

  it('matches a slightly shorter overlapping prediction', () => {
    const text = 'والده عبد الرحمن ماجد الحمصي';
    const g = [gold(text, 'عبد الرحمن ماجد الحمصي', 'dead')];
    expect(matchMentions(g, [pred(text, 'الرحمن ماجد الحمصي', 'dead')])).toEqual([[0, 0]]);
    expect(matchMentions(g, [pred(text, 'ماجد الحمصي', 'dead')])).toEqual([]);
  });
});

describe('evaluate', () => {
  const report = evaluate(POSTS, PREDICT);

  it('counts posts and mentions', () => {
    expect(report.posts).toBe(3);
    expect(report.goldMentions).toBe(5);
    expect(report.predictedMentions).toBe(6);
  });

  it('scores span and role strictly: a wrong role is a miss and a false alarm', () => {
    // tp: the two English mentions; fp: 2 wrong roles + داريا + Saydnaya; fn: 2 wrong roles + خالد الخطيب
    expect(report.strict).toEqual({ tp: 2, fp: 4, fn: 3, precision: 2 / 6, recall: 2 / 5, f1: expect.closeTo(4 / 11, 10) });
  });

  it('scores spans alone', () => {
    expect(report.spanOnly).toMatchObject({ tp: 4, fp: 2, fn: 1 });
  });

  it('merges the detainee roles: released predicted as detainee is a hit', () => {
    // tp: محمد (released→detainee), Ahmad; fp: سامر ديب (official→detainee), داريا, Saydnaya (dead); fn: خالد الخطيب
    expect(report.detaineeType).toMatchObject({ tp: 2, fp: 3, fn: 1 });
    expect(DETAINEE_ROLES).toHaveLength(4);
  });

  it('scores each role', () => {
    expect(report.byRole.released).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.byRole.detainee).toMatchObject({ tp: 0, fp: 3, fn: 0 });
    expect(report.byRole.official).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.byRole.missing).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.byRole.relative).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.byRole.dead).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(report.byRole.other).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('scores each language', () => {
    expect(Object.keys(report.byLanguage)).toEqual(['ar', 'en', 'fr']);
    expect(report.byLanguage.ar.strict).toMatchObject({ tp: 0, fp: 3, fn: 3 });
    expect(report.byLanguage.ar.spanOnly).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.byLanguage.ar.detaineeType).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(report.byLanguage.en.strict).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(report.byLanguage.fr).toMatchObject({ posts: 1, goldMentions: 0, predictedMentions: 1 });
    expect(report.byLanguage.fr.strict).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
  });

  it('counts officials mistaken for detainees', () => {
    expect(report.officialsAsDetainees).toEqual({ count: 1, goldOfficials: 1, rate: 1 });
    expect(report.byLanguage.en.officialsAsDetainees).toEqual({ count: 0, goldOfficials: 0, rate: 0 });
  });

  it('scores attributes over matched mentions where gold has a value', () => {
    // hometown: محمد داريا=داريا ✓ (Ahmad's gold hometown is null: not scored)
    // prison: محمد saydnaya vs null ✗, Ahmad saydnaya ✓; arrestYear: Ahmad 2012 ✓
    expect(report.attributes.hometown).toEqual({ total: 1, correct: 1, accuracy: 1 });
    expect(report.attributes.prison).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(report.attributes.arrestYear).toEqual({ total: 1, correct: 1, accuracy: 1 });
    expect(report.attributes.age).toEqual({ total: 0, correct: 0, accuracy: 0 });
    expect(report.byLanguage.ar.attributes.prison).toEqual({ total: 1, correct: 0, accuracy: 0 });
  });

  it('compares hometowns after normalisation and numbers exactly', () => {
    const text = 'Mazen Saadeh, originaire de Daraya, né en 1984.';
    const post: GoldPost = {
      id: 'x',
      lang: 'fr',
      text,
      mentions: [gold(text, 'Mazen Saadeh', 'dead', { hometown: 'Daraya', birthYear: 1984, age: 40 })],
    };
    const r = evaluate([post], () => [pred(text, 'Mazen Saadeh', 'dead', { hometown: 'DARAYA', birthYear: 1984, age: 41 })]);
    expect(r.attributes.hometown.correct).toBe(1);
    expect(r.attributes.birthYear.correct).toBe(1);
    expect(r.attributes.age).toEqual({ total: 1, correct: 0, accuracy: 0 });
    expect(r.errors).toEqual([expect.objectContaining({ kind: 'wrong-attribute', attribute: 'age', expected: 40, got: 41 })]);
  });

  it('reports the role confusion of matched pairs', () => {
    expect(report.roleConfusion.released).toEqual({ detainee: 1, released: 1 });
    expect(report.roleConfusion.official).toEqual({ detainee: 1 });
    expect(report.roleConfusion.relative).toEqual({ relative: 1 });
    expect(report.roleConfusion.missing).toEqual({});
  });

  it('counts predictions in posts without names', () => {
    expect(report.noNamePosts).toEqual({ posts: 1, postsWithPredictions: 1, predictions: 1 });
  });

  it('lists the errors', () => {
    const kinds = report.errors.map((e) => `${e.postId} ${e.kind} ${e.attribute ?? ''}`.trim());
    expect(kinds.sort()).toEqual(['ar-1 wrong-role', 'ar-1 wrong-attribute prison', 'ar-1 wrong-role', 'ar-1 missed', 'ar-1 spurious', 'fr-1 spurious'].sort());
    expect(formatErrors(report)).toContain('missed');
    expect(formatErrors(report, 1).split('\n')).toHaveLength(1);
  });

  it('passes the language to predict and flags predictions whose span is wrong', () => {
    const seen: string[] = [];
    const r = evaluate(POSTS, (text, lang) => {
      seen.push(lang);
      return text === EN ? [{ ...pred(EN, 'Ahmad Darwish', 'released'), start: 1, end: 14 }] : [];
    });
    expect(seen).toEqual(['ar', 'en', 'fr']);
    expect(r.badPredictedSpans).toBe(1);
    expect(r.spanOnly.tp).toBe(1);
  });

  it('gives perfect scores to the gold itself', () => {
    const r = evaluate(POSTS, (text) =>
      POSTS.find((p) => p.text === text)!.mentions.map((m) =>
        pred(text, m.name, m.role, {
          hometown: m.hometown ?? null,
          prison: m.prison ?? null,
          arrestYear: m.arrestYear ?? null,
        }),
      ),
    );
    expect(r.strict).toMatchObject({ tp: 5, fp: 0, fn: 0, f1: 1 });
    expect(r.attributes.prison.accuracy).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it('formats a readable table', () => {
    const text = formatReport(report);
    expect(text).toContain('3 posts, 5 gold mentions, 6 predicted');
    expect(text).toMatch(/strict \(span \+ role\)\s+2\s+4\s+3\s+33\.3%\s+40\.0%\s+36\.4%/);
    expect(text).toMatch(/detainee-type \(merged\)\s+2\s+3\s+1/);
    expect(text).toContain('officials mistaken for detainees: 1 of 1 gold officials (100.0%)');
    expect(text).toMatch(/prison\s+1\/2\s+50\.0%/);
  });
});

describe('scores', () => {
  it('is 1 when there is nothing to find and nothing found, 0 on an empty denominator otherwise', () => {
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scores({ tp: 3, fp: 1, fn: 0 })).toMatchObject({ precision: 0.75, recall: 1, f1: expect.closeTo(6 / 7, 10) });
  });
});

describe('evaluateNamePairs', () => {
  it('counts agreement with the labelled pairs', () => {
    const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);
    const r = evaluateNamePairs(
      [
        { a: 'مُحمّد', b: 'محمد', same: true }, // tp
        { a: 'أحمد', b: 'احمد', same: true }, // tp
        { a: 'Mohammad', b: 'Muhammad', same: true }, // fn
        { a: 'Omar', b: 'Amer', same: false }, // tn
        { a: 'Ali', b: 'ALI', same: false }, // fp
      ],
      same,
    );
    expect(r).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1, precision: 2 / 3, recall: 2 / 3, f1: expect.closeTo(2 / 3, 10) });
  });
});

describe('parseGoldPosts and validateGoldPosts', () => {
  it('parses NDJSON and reports the line of bad JSON', () => {
    expect(parseGoldPosts('{"id":"a","lang":"en","text":"x","mentions":[]}\n\n')).toHaveLength(1);
    expect(() => parseGoldPosts('{"id":"a"}\n{oops')).toThrow(/line 2/);
  });

  it('finds spans that do not spell the name, unknown roles and ids, duplicates', () => {
    const text = 'Samir Haddad from Douma';
    const problems = validateGoldPosts(
      [
        {
          id: 'a',
          lang: 'en',
          text,
          mentions: [
            { name: 'Samir Haddad', start: 1, end: 13, role: 'missing' },
            { name: 'Douma', start: 18, end: 23, role: 'boss' as MentionRole, prison: 'nowhere', hometown: 'Homs' },
          ],
        },
        { id: 'a', lang: 'en', text: 'no names', mentions: [] },
      ],
      new Set(['saydnaya']),
    );
    expect(problems).toEqual([
      expect.stringContaining('text.slice(start, end) is «amir Haddad »'),
      expect.stringContaining('unknown role boss'),
      expect.stringContaining('hometown «Homs» not in text'),
      expect.stringContaining('unknown prison id nowhere'),
      'a: duplicate id',
    ]);
  });
});

describe('the dev set (test/fixtures/extraction/dev-set.ndjson)', () => {
  const dir = join(__dirname, '../fixtures/extraction');
  const posts = parseGoldPosts(readFileSync(join(dir, 'dev-set.ndjson'), 'utf8'));
  const facilityIds = new Set([...readFileSync(join(dir, 'facility-ids.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
  const mentions = posts.flatMap((p) => p.mentions.map((m) => ({ ...m, lang: p.lang })));
  const count = (pred: (m: (typeof mentions)[number]) => boolean) => mentions.filter(pred).length;

  it('is well formed: spans spell the names, roles and facility ids are known', () => {
    expect(facilityIds.size).toBeGreaterThanOrEqual(11);
    expect(validateGoldPosts(posts, facilityIds)).toEqual([]);
    for (const p of posts) expect(['ar', 'en', 'fr']).toContain(p.lang);
  });

  it('has the agreed size', () => {
    expect(posts.length).toBeGreaterThanOrEqual(120);
    expect(posts.length).toBeLessThanOrEqual(180);
    expect(mentions.length).toBeGreaterThanOrEqual(250);
    expect(count((m) => m.lang === 'ar')).toBeGreaterThanOrEqual(140);
    expect(count((m) => m.lang === 'en')).toBeGreaterThanOrEqual(60);
    expect(count((m) => m.lang === 'fr')).toBeGreaterThanOrEqual(40);
    expect(count((m) => DETAINEE_ROLES.includes(m.role))).toBeGreaterThanOrEqual(170);
    expect(count((m) => m.role === 'official')).toBeGreaterThanOrEqual(30);
    expect(count((m) => m.role === 'relative')).toBeGreaterThanOrEqual(20);
    expect(count((m) => m.role === 'other')).toBeGreaterThanOrEqual(10);
    expect(posts.filter((p) => p.mentions.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('gives attributes to detainee-type mentions only', () => {
    const stray = mentions.filter(
      (m) => !DETAINEE_ROLES.includes(m.role) && [m.hometown, m.prison, m.age, m.birthYear, m.arrestYear].some((v) => v !== null && v !== undefined),
    );
    expect(stray.map((m) => m.name)).toEqual([]);
  });

  it('scores perfectly against itself', () => {
    const byText = new Map(posts.map((p) => [p.text, p]));
    const r = evaluate(posts, (text) =>
      byText.get(text)!.mentions.map((m) => ({
        name: m.name,
        start: m.start,
        end: m.end,
        role: m.role,
        attributes: {
          ...emptyAttributes(),
          hometown: m.hometown ?? null,
          prison: m.prison ?? null,
          age: m.age ?? null,
          birthYear: m.birthYear ?? null,
          arrestYear: m.arrestYear ?? null,
        },
        confidence: 1,
        cues: [],
        refersTo: null,
        partial: false,
      })),
    );
    expect(r.strict.f1).toBe(1);
    expect(r.errors).toEqual([]);
  });
});
