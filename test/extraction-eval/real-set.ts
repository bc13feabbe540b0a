/**
 * Scores the extractor on the real, hand-labelled passages in ../shared/datasets/extraction-real/
 * with the rule at the end of that folder's GUIDE.md. Pure: the caller reads the files.
 *
 * The gold lists one entry per person, not per occurrence, so predictions are first gathered into
 * persons: a mention that refers to another (`refersTo`) joins it, and mentions whose names are
 * equal after normalisation are one person. A person's name is its fullest mention's, its role that
 * of its first full mention (the extractor gives every mention of a person one role).
 */
import type { ExtractedMention, MentionRole } from '../../src/extraction/types';
import { scores, type Scores } from './evaluate';

export type RealRole = 'detainee' | 'released' | 'missing' | 'dead_in_detention' | 'relative' | 'official' | 'other';
export const REAL_ROLES: readonly RealRole[] = ['detainee', 'released', 'missing', 'dead_in_detention', 'relative', 'official', 'other'];
const DETAINEE_TYPE: ReadonlySet<RealRole> = new Set(['detainee', 'released', 'missing', 'dead_in_detention']);

export interface RealPerson {
  name: string;
  role: RealRole;
  hometown: string | null;
  prison: string | null;
  age: number | null;
  arrest_year: number | null;
}

export interface RealPassage {
  id: string;
  lang: string;
  text: string;
  persons: RealPerson[];
}

export interface PredictedPerson {
  name: string;
  role: RealRole;
  hometown: string | null;
  /** The prison as written, or the names behind a canonical facility id. */
  prison: string[];
  age: number | null;
  arrestYear: number | null;
}

export type Prf = Scores;

export interface RealSlice {
  passages: number;
  gold: number;
  predicted: number;
  anyName: { lenient: Prf; strict: Prf };
  detaineeType: { lenient: Prf; strict: Prf };
  byRole: Record<RealRole, Prf>;
  /** Matched detainee-type persons (lenient) whose predicted role is the gold role. */
  roleAccuracy: { correct: number; total: number };
  /** Gold role → predicted role over the any-name lenient matches; `missed` for gold persons not found. */
  confusion: Record<RealRole, Record<RealRole | 'missed', number>>;
  /** Detainee-type predictions that name a gold official. */
  officialsAsDetainees: { count: number; goldOfficials: number };
  /** On matched detainee-type persons whose gold value is not null; `of` counts every gold person with a value. */
  attributes: Record<RealAttribute, { correct: number; total: number; of: number }>;
}

export const REAL_ATTRIBUTES = ['hometown', 'prison', 'age', 'arrestYear'] as const;
export type RealAttribute = (typeof REAL_ATTRIBUTES)[number];

export interface RealError {
  id: string;
  kind: 'missed' | 'spurious' | 'wrong-role' | 'attribute';
  gold?: string;
  goldRole?: RealRole;
  predicted?: string;
  predictedRole?: RealRole;
  attribute?: RealAttribute;
  expected?: string | number | null;
  got?: string | number | null;
}

export interface RealReport extends RealSlice {
  byLanguage: Record<string, RealSlice>;
  errors: RealError[];
}

// ---------------------------------------------------------------------------
// Names

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي' };
const PUNCTUATION = /[’'`"“”«».,()\-_:;!?،]/g;

/** GUIDE.md's normalisation of a name. */
export function normaliseRealName(s: string): string {
  return s
    .replace(/[أإآٱةىؤئ]/g, (c) => LETTERS[c])
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .toLowerCase()
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** GUIDE.md's lenient match: equal, or the shorter's tokens inside the longer with ≥ 2 of them (or a one-token gold name). */
export function lenientMatch(gold: string, predicted: string): boolean {
  const g = normaliseRealName(gold);
  const p = normaliseRealName(predicted);
  if (g === '' || p === '') return false;
  if (g === p) return true;
  const gt = g.split(' ');
  const pt = p.split(' ');
  const [shorter, longer] = gt.length <= pt.length ? [gt, pt] : [pt, gt];
  if (!shorter.every((t) => longer.includes(t))) return false;
  return shorter.length >= 2 || gt.length === 1;
}

export const strictMatch = (gold: string, predicted: string): boolean => {
  const g = normaliseRealName(gold);
  return g !== '' && g === normaliseRealName(predicted);
};

// ---------------------------------------------------------------------------
// Predictions as persons

export function realRole(r: MentionRole): RealRole {
  return r === 'dead' ? 'dead_in_detention' : r;
}

/** Mentions gathered into persons (see the header). facilityNames gives the names behind a prison id. */
export function predictedPersons(mentions: readonly ExtractedMention[], facilityNames: (id: string) => string[]): PredictedPerson[] {
  const root = mentions.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  const byName = new Map<string, number>();
  mentions.forEach((m, i) => {
    const ref = m.refersTo ? mentions.findIndex((o) => o.start === m.refersTo?.start && o.end === m.refersTo?.end) : -1;
    if (ref >= 0) root[find(i)] = find(ref);
    const key = normaliseRealName(m.name);
    const same = byName.get(key);
    if (same !== undefined) root[find(i)] = find(same);
    else byName.set(key, i);
  });
  const groups = new Map<number, ExtractedMention[]>();
  mentions.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
  return [...groups.values()].map((ms) => {
    const full = ms.filter((m) => !m.partial && !m.refersTo);
    const head = full[0] ?? ms[0];
    const fullest = [...ms].sort((a, b) => normaliseRealName(b.name).split(' ').length - normaliseRealName(a.name).split(' ').length)[0];
    const first = <T>(f: (m: ExtractedMention) => T | null): T | null => ms.map(f).find((v) => v !== null && v !== undefined) ?? null;
    const prison = first((m) => m.attributes.prison);
    return {
      name: fullest.name,
      role: realRole(head.role),
      hometown: first((m) => m.attributes.hometown),
      prison: prison === null ? [] : [prison, ...facilityNames(prison)],
      age: first((m) => m.attributes.age),
      arrestYear: first((m) => m.attributes.arrestYear),
    };
  });
}

// ---------------------------------------------------------------------------
// Scoring

/** One-to-one, greedily in gold order; an equal name is preferred to a lenient one. [goldIndex, predIndex][] */
export function matchGreedy<G extends { name: string }, P extends { name: string }>(
  gold: readonly G[],
  predicted: readonly P[],
  match: (g: string, p: string) => boolean,
): [number, number][] {
  const used = new Set<number>();
  const out: [number, number][] = [];
  gold.forEach((g, gi) => {
    let pick = -1;
    for (let pi = 0; pi < predicted.length; pi++) {
      if (used.has(pi) || !match(g.name, predicted[pi].name)) continue;
      if (strictMatch(g.name, predicted[pi].name)) {
        pick = pi;
        break;
      }
      if (pick < 0) pick = pi;
    }
    if (pick >= 0) {
      used.add(pick);
      out.push([gi, pick]);
    }
  });
  return out;
}

type Counts = Parameters<typeof scores>[0];
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function add(c: Counts, gold: number, predicted: number, matched: number): void {
  c.tp += matched;
  c.fp += predicted - matched;
  c.fn += gold - matched;
}

class Slice {
  passages = 0;
  gold = 0;
  predicted = 0;
  anyLenient = zero();
  anyStrict = zero();
  detLenient = zero();
  detStrict = zero();
  byRole = new Map<RealRole, Counts>(REAL_ROLES.map((r) => [r, zero()]));
  roleCorrect = 0;
  roleTotal = 0;
  confusion = Object.fromEntries(REAL_ROLES.map((g) => [g, Object.fromEntries([...REAL_ROLES, 'missed'].map((p) => [p, 0]))])) as RealSlice['confusion'];
  officials = 0;
  goldOfficials = 0;
  attributes = new Map<RealAttribute, { correct: number; total: number; of: number }>(REAL_ATTRIBUTES.map((a) => [a, { correct: 0, total: 0, of: 0 }]));

  report(): RealSlice {
    const byRole = {} as Record<RealRole, Prf>;
    for (const [r, c] of this.byRole) byRole[r] = scores(c);
    const attributes = {} as RealSlice['attributes'];
    for (const [a, v] of this.attributes) attributes[a] = { ...v };
    const p = scores;
    return {
      passages: this.passages,
      gold: this.gold,
      predicted: this.predicted,
      anyName: { lenient: p(this.anyLenient), strict: p(this.anyStrict) },
      detaineeType: { lenient: p(this.detLenient), strict: p(this.detStrict) },
      byRole,
      roleAccuracy: { correct: this.roleCorrect, total: this.roleTotal },
      confusion: this.confusion,
      officialsAsDetainees: { count: this.officials, goldOfficials: this.goldOfficials },
      attributes,
    };
  }
}

const goldValue = (g: RealPerson, a: RealAttribute): string | number | null =>
  a === 'arrestYear' ? g.arrest_year : a === 'hometown' ? g.hometown : a === 'prison' ? g.prison : g.age;

function attributeFound(a: RealAttribute, expected: string | number, p: PredictedPerson): boolean {
  if (a === 'age') return p.age === expected;
  if (a === 'arrestYear') return p.arrestYear === expected;
  const g = normaliseRealName(String(expected));
  const got = a === 'hometown' ? (p.hometown === null ? [] : [p.hometown]) : p.prison;
  return got.some((v) => {
    const n = normaliseRealName(v);
    return n !== '' && g !== '' && (n.includes(g) || g.includes(n));
  });
}

function gotValue(a: RealAttribute, p: PredictedPerson): string | number | null {
  if (a === 'age') return p.age;
  if (a === 'arrestYear') return p.arrestYear;
  return a === 'hometown' ? p.hometown : (p.prison[0] ?? null);
}

export function scoreRealSet(
  passages: readonly RealPassage[],
  predict: (text: string, lang: string) => ExtractedMention[],
  facilityNames: (id: string) => string[] = () => [],
): RealReport {
  const all = new Slice();
  const langs = new Map<string, Slice>();
  const errors: RealError[] = [];
  for (const passage of passages) {
    if (!langs.has(passage.lang)) langs.set(passage.lang, new Slice());
    const slices = [all, langs.get(passage.lang) as Slice];
    const gold = passage.persons;
    const pred = predictedPersons(predict(passage.text, passage.lang), facilityNames);
    const goldDet = gold.filter((g) => DETAINEE_TYPE.has(g.role));
    const predDet = pred.filter((p) => DETAINEE_TYPE.has(p.role));
    const goldOfficials = gold.filter((g) => g.role === 'official');

    const anyL = matchGreedy(gold, pred, lenientMatch);
    const anyS = matchGreedy(gold, pred, strictMatch);
    const detL = matchGreedy(goldDet, predDet, lenientMatch);
    const detS = matchGreedy(goldDet, predDet, strictMatch);
    const officials = matchGreedy(goldOfficials, predDet, lenientMatch);
    const roleMatches = REAL_ROLES.map((r) => {
      const g = gold.filter((x) => x.role === r);
      const p = pred.filter((x) => x.role === r);
      return { r, g: g.length, p: p.length, m: matchGreedy(g, p, lenientMatch).length };
    });

    for (const s of slices) {
      s.passages++;
      s.gold += gold.length;
      s.predicted += pred.length;
      add(s.anyLenient, gold.length, pred.length, anyL.length);
      add(s.anyStrict, gold.length, pred.length, anyS.length);
      add(s.detLenient, goldDet.length, predDet.length, detL.length);
      add(s.detStrict, goldDet.length, predDet.length, detS.length);
      for (const { r, g, p, m } of roleMatches) add(s.byRole.get(r) as Counts, g, p, m);
      s.officials += officials.length;
      s.goldOfficials += goldOfficials.length;
      const found = new Set(anyL.map(([gi]) => gi));
      for (const [gi, pi] of anyL) s.confusion[gold[gi].role][pred[pi].role]++;
      gold.forEach((g, gi) => {
        if (!found.has(gi)) s.confusion[g.role].missed++;
      });
      for (const [gi, pi] of detL) {
        s.roleTotal++;
        if (goldDet[gi].role === predDet[pi].role) s.roleCorrect++;
      }
      for (const a of REAL_ATTRIBUTES) {
        const t = s.attributes.get(a) as { correct: number; total: number; of: number };
        t.of += goldDet.filter((g) => goldValue(g, a) !== null).length;
        for (const [gi, pi] of detL) {
          const expected = goldValue(goldDet[gi], a);
          if (expected === null) continue;
          t.total++;
          if (attributeFound(a, expected, predDet[pi])) t.correct++;
        }
      }
    }

    // Errors: against every gold person, so a detainee called a relative shows as a wrong role.
    const matchedGold = new Set(anyL.map(([g]) => g));
    const matchedPred = new Set(anyL.map(([, p]) => p));
    gold.forEach((g, gi) => {
      if (!matchedGold.has(gi)) errors.push({ id: passage.id, kind: 'missed', gold: g.name, goldRole: g.role });
    });
    pred.forEach((p, pi) => {
      if (!matchedPred.has(pi)) errors.push({ id: passage.id, kind: 'spurious', predicted: p.name, predictedRole: p.role });
    });
    for (const [gi, pi] of anyL) {
      const g = gold[gi];
      const p = pred[pi];
      if (g.role !== p.role) errors.push({ id: passage.id, kind: 'wrong-role', gold: g.name, goldRole: g.role, predicted: p.name, predictedRole: p.role });
      if (!DETAINEE_TYPE.has(g.role)) continue;
      for (const a of REAL_ATTRIBUTES) {
        const expected = goldValue(g, a);
        if (expected !== null && !attributeFound(a, expected, p)) {
          errors.push({ id: passage.id, kind: 'attribute', gold: g.name, attribute: a, expected, got: gotValue(a, p) });
        }
      }
    }
  }
  const byLanguage: Record<string, RealSlice> = {};
  for (const [l, s] of [...langs].sort(([a], [b]) => a.localeCompare(b))) byLanguage[l] = s.report();
  return { ...all.report(), byLanguage, errors };
}

// ---------------------------------------------------------------------------
// Reading and checking the files (the caller does the I/O)

export function parseRealPassages(jsonl: string): RealPassage[] {
  const out: RealPassage[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: RealPassage;
    try {
      row = JSON.parse(line) as RealPassage;
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`, { cause: e });
    }
    if (typeof row.text !== 'string' || !Array.isArray(row.persons)) throw new Error(`line ${i + 1}: no text or persons`);
    for (const p of row.persons) {
      if (!REAL_ROLES.includes(p.role)) throw new Error(`line ${i + 1}: unknown role ${String(p.role)}`);
    }
    out.push(row);
  });
  return out;
}

// ---------------------------------------------------------------------------
// Formatting

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ratio = (a: number, b: number): string => `${a}/${b} (${b > 0 ? pct(a / b) : '–'})`;
const row = (label: string, s: Prf): string =>
  `${label.padEnd(30)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${pct(s.precision).padStart(8)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(8)}`;
const HEADER = `${''.padEnd(30)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`;

function sliceLines(s: RealSlice, indent: string): string[] {
  return [
    row(`${indent}any name, lenient`, s.anyName.lenient),
    row(`${indent}any name, strict`, s.anyName.strict),
    row(`${indent}detainee-type, lenient`, s.detaineeType.lenient),
    row(`${indent}detainee-type, strict`, s.detaineeType.strict),
  ];
}

const SHORT: Record<RealRole | 'missed', string> = {
  detainee: 'det',
  released: 'rel',
  missing: 'mis',
  dead_in_detention: 'dead',
  relative: 'kin',
  official: 'off',
  other: 'oth',
  missed: 'missed',
};

/** Rows: gold role; columns: the role given to the name found, or `missed`. Counts only, never names. */
function confusionLines(s: RealSlice, indent: string): string[] {
  const cols = [...REAL_ROLES, 'missed'] as const;
  const lines = [`${indent}roles, gold ↓ predicted →  ${cols.map((c) => SHORT[c].padStart(7)).join('')}`];
  for (const g of REAL_ROLES) lines.push(`${indent}  ${g.padEnd(24)}${cols.map((c) => String(s.confusion[g][c]).padStart(7)).join('')}`);
  return lines;
}

export function formatRealReport(r: RealReport): string {
  const lines = [`${r.passages} passages, ${r.gold} gold persons, ${r.predicted} predicted`, '', HEADER, ...sliceLines(r, '')];
  lines.push('', 'by role (lenient)');
  for (const role of REAL_ROLES) lines.push(row(`  ${role}`, r.byRole[role]));
  lines.push('', ...confusionLines(r, ''));
  lines.push('', 'by language');
  for (const [lang, s] of Object.entries(r.byLanguage)) {
    lines.push(`  ${lang}: ${s.passages} passages, ${s.gold} gold, ${s.predicted} predicted`);
    lines.push(...sliceLines(s, '    '));
    for (const role of REAL_ROLES) lines.push(row(`    ${role}`, s.byRole[role]));
    lines.push(...confusionLines(s, '    '));
    lines.push(
      `    role accuracy ${ratio(s.roleAccuracy.correct, s.roleAccuracy.total)}, officials taken for detainees ${ratio(s.officialsAsDetainees.count, s.officialsAsDetainees.goldOfficials)}`,
    );
  }
  lines.push('');
  lines.push(`role accuracy on detainee-type names found: ${ratio(r.roleAccuracy.correct, r.roleAccuracy.total)}`);
  lines.push(`officials taken for detainees: ${ratio(r.officialsAsDetainees.count, r.officialsAsDetainees.goldOfficials)} of gold officials`);
  lines.push('attributes of detainee-type persons (found / matched persons with a gold value; of all such gold persons)');
  for (const a of REAL_ATTRIBUTES) {
    const v = r.attributes[a];
    lines.push(`  ${a.padEnd(11)}${ratio(v.correct, v.total).padStart(16)}   of all ${ratio(v.correct, v.of)}`);
  }
  return lines.join('\n');
}

export function formatRealErrors(r: RealReport, limit: number): string {
  return r.errors
    .slice(0, limit)
    .map((e) => {
      switch (e.kind) {
        case 'missed':
          return `${e.id}  missed      «${e.gold}» ${e.goldRole}`;
        case 'spurious':
          return `${e.id}  spurious    «${e.predicted}» ${e.predictedRole}`;
        case 'wrong-role':
          return `${e.id}  wrong role  «${e.gold}» ${e.goldRole} → ${e.predictedRole}`;
        case 'attribute':
          return `${e.id}  ${e.attribute}  «${e.gold}»: expected ${JSON.stringify(e.expected)}, got ${JSON.stringify(e.got)}`;
      }
    })
    .join('\n');
}
