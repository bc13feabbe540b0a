/**
 * Measures an extractor against a labelled set of posts (test/fixtures/extraction/dev-set.ndjson).
 * Pure: no I/O. The caller loads the posts and passes a predict function.
 *
 * Matching rule. Within one post, a predicted mention can match a gold mention when
 *   1. their spans overlap ([start, end) intervals share at least one UTF-16 unit), and
 *   2. their names, after normalizeText, are equal, or one contains the other and the
 *      shorter is at least 80 % as long as the longer (MIN_CONTAINED_RATIO), lengths in
 *      code points of the normalised names. So a prediction inside the gold name must keep
 *      ≥ 80 % of the gold length ("الرحمن ماجد الحمصي" for "عبد الرحمن ماجد الحمصي" passes,
 *      "Mohammad Samir" for "Mohammad Samir Ghazal" does not), and one that contains the
 *      gold name may be at most 25 % longer ("Dr. Samer Hamwi" for "Samer Hamwi" does not
 *      pass; "المعتقل محمد أحمد الخطيب" for "محمد أحمد الخطيب" does not either).
 * Each gold mention and each prediction is matched at most once. Candidate pairs are taken
 * greedily: same role first, then the larger overlap, then the closer start, then text order.
 * The role is not a condition of matching: a span-matched pair with a different role is a
 * span-only hit but, for the strict scores, a miss of the gold role and a false alarm of
 * the predicted role.
 *
 * A one-word mention that refers to another (a surname repeating a full name, `refersTo`) is
 * scored through the full name: this set labels every name of two words or more, not such repeats.
 *
 * Scores: precision = tp / (tp + fp), recall = tp / (tp + fn), f1 their harmonic mean. When
 * there is nothing to find and nothing was predicted (tp = fp = fn = 0) all three are 1;
 * otherwise an empty denominator gives 0.
 */
import { normalizeText } from '../../src/text/normalize';
import { DETAINEE_ROLES, type ExtractedMention, type MentionRole } from '../../src/extraction/types';

export const MIN_CONTAINED_RATIO = 0.8;

export const ALL_ROLES: readonly MentionRole[] = ['detainee', 'released', 'missing', 'dead', 'relative', 'official', 'other'];

export const SCORED_ATTRIBUTES = ['hometown', 'prison', 'age', 'birthYear', 'arrestYear'] as const;
export type ScoredAttribute = (typeof SCORED_ATTRIBUTES)[number];

export interface GoldMention {
  name: string;
  start: number;
  end: number;
  role: MentionRole;
  hometown?: string | null;
  prison?: string | null;
  age?: number | null;
  birthYear?: number | null;
  arrestYear?: number | null;
}

export interface GoldPost {
  id: string;
  lang: string;
  kind?: string;
  text: string;
  mentions: GoldMention[];
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributeScore {
  /** Matched mentions (span-matched, any role) whose gold value is not null. */
  total: number;
  correct: number;
  /** correct / total; 0 when total is 0. */
  accuracy: number;
}

export interface SliceReport {
  posts: number;
  goldMentions: number;
  predictedMentions: number;
  /** Span match and the exact role. */
  strict: Scores;
  /** Span match, any role. */
  spanOnly: Scores;
  /** detainee, released, missing and dead merged into one class. */
  detaineeType: Scores;
  byRole: Record<MentionRole, Scores>;
  /** Gold official mentions that a detainee-type prediction matched. */
  officialsAsDetainees: { count: number; goldOfficials: number; rate: number };
  attributes: Record<ScoredAttribute, AttributeScore>;
}

export type EvalErrorKind = 'missed' | 'spurious' | 'wrong-role' | 'wrong-attribute' | 'bad-span';

export interface EvalError {
  postId: string;
  lang: string;
  kind: EvalErrorKind;
  gold?: { name: string; start: number; end: number; role: MentionRole };
  predicted?: { name: string; start: number; end: number; role: MentionRole };
  attribute?: ScoredAttribute;
  expected?: string | number | null;
  got?: string | number | null;
}

export interface EvalReport extends SliceReport {
  byLanguage: Record<string, SliceReport>;
  /** Gold role → predicted role → count, over span-matched pairs. */
  roleConfusion: Record<MentionRole, Partial<Record<MentionRole, number>>>;
  /** Posts whose gold has no mention: how many got predictions anyway, and how many. */
  noNamePosts: { posts: number; postsWithPredictions: number; predictions: number };
  /** Predictions whose text.slice(start, end) is not their name (an extractor bug). */
  badPredictedSpans: number;
  errors: EvalError[];
}

/**
 * The dev set is split once, by a hash of each post's id: rules are tuned by looking at errors
 * on the "tune" part only, and the "held-out" part (about 40 %) says how well they generalise.
 */
export function splitOf(id: string): 'tune' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 < 4 ? 'held-out' : 'tune';
}

// ---------------------------------------------------------------------------
// Matching

function codePointLength(s: string): number {
  return [...s].length;
}

/** Whether two names (as written) count as the same name under the matching rule. */
export function namesMatch(goldName: string, predictedName: string): boolean {
  const g = normalizeText(goldName);
  const p = normalizeText(predictedName);
  if (g === '' || p === '') return false;
  if (g === p) return true;
  const [shorter, longer] = g.length <= p.length ? [g, p] : [p, g];
  if (!longer.includes(shorter)) return false;
  return codePointLength(shorter) >= MIN_CONTAINED_RATIO * codePointLength(longer);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

interface Pair {
  gold: number;
  pred: number;
  sameRole: boolean;
  overlap: number;
  startGap: number;
}

/** One-to-one matching of predictions to gold mentions within one post: [goldIndex, predIndex][]. */
export function matchMentions(gold: readonly GoldMention[], predicted: readonly ExtractedMention[]): [number, number][] {
  const pairs: Pair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const ov = overlap(g, p);
      if (ov > 0 && namesMatch(g.name, p.name)) {
        pairs.push({ gold: gi, pred: pi, sameRole: g.role === p.role, overlap: ov, startGap: Math.abs(g.start - p.start) });
      }
    });
  });
  pairs.sort((a, b) => Number(b.sameRole) - Number(a.sameRole) || b.overlap - a.overlap || a.startGap - b.startGap || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: [number, number][] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.gold) || usedPred.has(pair.pred)) continue;
    usedGold.add(pair.gold);
    usedPred.add(pair.pred);
    matches.push([pair.gold, pair.pred]);
  }
  return matches.sort((a, b) => a[0] - b[0]);
}

// ---------------------------------------------------------------------------
// Counting

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

export function scores(t: Tally): Scores {
  const { tp, fp, fn } = t;
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const isDetaineeType = (role: MentionRole): boolean => DETAINEE_ROLES.includes(role);

class SliceAccumulator {
  posts = 0;
  goldMentions = 0;
  predictedMentions = 0;
  strict = tally();
  span = tally();
  detainee = tally();
  byRole = new Map<MentionRole, Tally>(ALL_ROLES.map((r) => [r, tally()]));
  officialsAsDetainees = 0;
  goldOfficials = 0;
  attributes = new Map<ScoredAttribute, { total: number; correct: number }>(SCORED_ATTRIBUTES.map((a) => [a, { total: 0, correct: 0 }]));

  role(r: MentionRole): Tally {
    let t = this.byRole.get(r);
    if (!t) {
      t = tally();
      this.byRole.set(r, t);
    }
    return t;
  }

  report(): SliceReport {
    const byRole = {} as Record<MentionRole, Scores>;
    for (const [r, t] of this.byRole) byRole[r] = scores(t);
    const attributes = {} as Record<ScoredAttribute, AttributeScore>;
    for (const [a, { total, correct }] of this.attributes) {
      attributes[a] = { total, correct, accuracy: total > 0 ? correct / total : 0 };
    }
    return {
      posts: this.posts,
      goldMentions: this.goldMentions,
      predictedMentions: this.predictedMentions,
      strict: scores(this.strict),
      spanOnly: scores(this.span),
      detaineeType: scores(this.detainee),
      byRole,
      officialsAsDetainees: {
        count: this.officialsAsDetainees,
        goldOfficials: this.goldOfficials,
        rate: this.goldOfficials > 0 ? this.officialsAsDetainees / this.goldOfficials : 0,
      },
      attributes,
    };
  }
}

function attributeMatches(attr: ScoredAttribute, gold: string | number, got: string | number | null): boolean {
  if (got === null || got === undefined) return false;
  if (attr === 'hometown') return normalizeText(String(gold)) === normalizeText(String(got));
  return gold === got;
}

const brief = (m: GoldMention | ExtractedMention) => ({ name: m.name, start: m.start, end: m.end, role: m.role });

export function evaluate(posts: GoldPost[], predict: (text: string, lang: string) => ExtractedMention[]): EvalReport {
  const all = new SliceAccumulator();
  const byLanguage = new Map<string, SliceAccumulator>();
  const roleConfusion = {} as Record<MentionRole, Partial<Record<MentionRole, number>>>;
  for (const r of ALL_ROLES) roleConfusion[r] = {};
  const noNamePosts = { posts: 0, postsWithPredictions: 0, predictions: 0 };
  let badPredictedSpans = 0;
  const errors: EvalError[] = [];

  for (const post of posts) {
    let lang = byLanguage.get(post.lang);
    if (!lang) {
      lang = new SliceAccumulator();
      byLanguage.set(post.lang, lang);
    }
    const slices = [all, lang];
    const output = predict(post.text, post.lang);
    const predicted = output.filter((p) => !p.refersTo || /\s/u.test(p.name.trim()));
    const gold = post.mentions;
    const err = (e: Omit<EvalError, 'postId' | 'lang'>) => errors.push({ postId: post.id, lang: post.lang, ...e });

    for (const s of slices) {
      s.posts++;
      s.goldMentions += gold.length;
      s.predictedMentions += predicted.length;
      s.goldOfficials += gold.filter((g) => g.role === 'official').length;
    }
    if (gold.length === 0) {
      noNamePosts.posts++;
      if (predicted.length > 0) noNamePosts.postsWithPredictions++;
      noNamePosts.predictions += predicted.length;
    }
    for (const p of output) {
      if (post.text.slice(p.start, p.end) !== p.name) {
        badPredictedSpans++;
        err({ kind: 'bad-span', predicted: brief(p) });
      }
    }

    const matches = matchMentions(gold, predicted);
    const goldMatched = new Set(matches.map(([g]) => g));
    const predMatched = new Set(matches.map(([, p]) => p));

    for (const [gi, pi] of matches) {
      const g = gold[gi];
      const p = predicted[pi];
      roleConfusion[g.role] ??= {};
      roleConfusion[g.role][p.role] = (roleConfusion[g.role][p.role] ?? 0) + 1;
      for (const s of slices) {
        s.span.tp++;
        if (g.role === p.role) {
          s.strict.tp++;
          s.role(g.role).tp++;
        } else {
          s.strict.fn++;
          s.strict.fp++;
          s.role(g.role).fn++;
          s.role(p.role).fp++;
        }
        const gd = isDetaineeType(g.role);
        const pd = isDetaineeType(p.role);
        if (gd && pd) s.detainee.tp++;
        else if (gd) s.detainee.fn++;
        else if (pd) s.detainee.fp++;
        if (g.role === 'official' && pd) s.officialsAsDetainees++;
      }
      if (g.role !== p.role) err({ kind: 'wrong-role', gold: brief(g), predicted: brief(p) });

      for (const attr of SCORED_ATTRIBUTES) {
        const expected = g[attr];
        if (expected === null || expected === undefined) continue;
        const got = p.attributes?.[attr] ?? null;
        const ok = attributeMatches(attr, expected, got);
        for (const s of slices) {
          const a = s.attributes.get(attr)!;
          a.total++;
          if (ok) a.correct++;
        }
        if (!ok) err({ kind: 'wrong-attribute', gold: brief(g), predicted: brief(p), attribute: attr, expected, got });
      }
    }

    gold.forEach((g, gi) => {
      if (goldMatched.has(gi)) return;
      for (const s of slices) {
        s.span.fn++;
        s.strict.fn++;
        s.role(g.role).fn++;
        if (isDetaineeType(g.role)) s.detainee.fn++;
      }
      err({ kind: 'missed', gold: brief(g) });
    });
    predicted.forEach((p, pi) => {
      if (predMatched.has(pi)) return;
      for (const s of slices) {
        s.span.fp++;
        s.strict.fp++;
        s.role(p.role).fp++;
        if (isDetaineeType(p.role)) s.detainee.fp++;
      }
      err({ kind: 'spurious', predicted: brief(p) });
    });
  }

  const languages: Record<string, SliceReport> = {};
  for (const [l, acc] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) languages[l] = acc.report();
  return { ...all.report(), byLanguage: languages, roleConfusion, noNamePosts, badPredictedSpans, errors };
}

// ---------------------------------------------------------------------------
// Name-pair matching (is "Mohammad al-Khatib" the same person-name as "محمد الخطيب"?)

export interface NamePair {
  a: string;
  b: string;
  same: boolean;
}

export interface PairScores extends Scores {
  tn: number;
}

export function evaluateNamePairs(pairs: NamePair[], same: (a: string, b: string) => boolean): PairScores {
  const t = tally();
  let tn = 0;
  for (const pair of pairs) {
    const predicted = same(pair.a, pair.b);
    if (predicted && pair.same) t.tp++;
    else if (predicted) t.fp++;
    else if (pair.same) t.fn++;
    else tn++;
  }
  return { ...scores(t), tn };
}

// ---------------------------------------------------------------------------
// Gold data: parsing and checks (pure: the caller reads the file)

/** Parses NDJSON (one GoldPost a line; blank lines ignored). Throws with the line number on bad JSON. */
export function parseGoldPosts(ndjson: string): GoldPost[] {
  const posts: GoldPost[] = [];
  ndjson.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      posts.push(JSON.parse(line) as GoldPost);
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`, { cause: e });
    }
  });
  return posts;
}

/** Structural problems in a gold set (empty when it is sound). facilityIds, when given, lists the allowed prison ids. */
export function validateGoldPosts(posts: GoldPost[], facilityIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const post of posts) {
    const where = post.id ?? '(no id)';
    if (typeof post.id !== 'string' || post.id === '') problems.push(`${where}: missing id`);
    else if (ids.has(post.id)) problems.push(`${where}: duplicate id`);
    ids.add(post.id);
    if (typeof post.lang !== 'string' || post.lang === '') problems.push(`${where}: missing lang`);
    if (typeof post.text !== 'string' || post.text === '') problems.push(`${where}: missing text`);
    if (!Array.isArray(post.mentions)) {
      problems.push(`${where}: mentions is not an array`);
      continue;
    }
    const sorted = [...post.mentions].sort((a, b) => a.start - b.start);
    sorted.forEach((m, i) => {
      const at = `${where} «${m.name}»@${m.start}`;
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start) {
        problems.push(`${at}: bad offsets ${m.start}..${m.end}`);
      } else if (post.text.slice(m.start, m.end) !== m.name) {
        problems.push(`${at}: text.slice(start, end) is «${post.text.slice(m.start, m.end)}»`);
      }
      if (m.name !== m.name.trim()) problems.push(`${at}: name has surrounding whitespace`);
      if (!ALL_ROLES.includes(m.role)) problems.push(`${at}: unknown role ${String(m.role)}`);
      if (i > 0 && sorted[i - 1].end > m.start) problems.push(`${at}: overlaps «${sorted[i - 1].name}»`);
      if (m.hometown != null && !post.text.includes(m.hometown)) problems.push(`${at}: hometown «${m.hometown}» not in text`);
      if (m.prison != null && facilityIds && !facilityIds.has(m.prison)) problems.push(`${at}: unknown prison id ${m.prison}`);
      for (const attr of ['age', 'birthYear', 'arrestYear'] as const) {
        const v = m[attr];
        if (v != null && !Number.isInteger(v)) problems.push(`${at}: ${attr} is not an integer`);
      }
      if (m.age != null && (m.age < 0 || m.age > 120)) problems.push(`${at}: age ${m.age} out of range`);
      for (const attr of ['birthYear', 'arrestYear'] as const) {
        const v = m[attr];
        if (v != null && (v < 1900 || v > 2100)) problems.push(`${at}: ${attr} ${v} out of range`);
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Formatting

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string, n: number) => s.padEnd(n);

const LABEL_WIDTH = 26;

function scoreRow(label: string, s: Scores): string {
  return `${padEnd(label, LABEL_WIDTH)}${pad(s.tp, 6)}${pad(s.fp, 6)}${pad(s.fn, 6)}${pad(pct(s.precision), 9)}${pad(pct(s.recall), 9)}${pad(pct(s.f1), 9)}`;
}

const SCORE_HEADER = `${padEnd('', LABEL_WIDTH)}${pad('tp', 6)}${pad('fp', 6)}${pad('fn', 6)}${pad('prec', 9)}${pad('recall', 9)}${pad('f1', 9)}`;

function sliceLines(s: SliceReport, indent: string): string[] {
  return [
    scoreRow(`${indent}strict (span + role)`, s.strict),
    scoreRow(`${indent}span only (any role)`, s.spanOnly),
    scoreRow(`${indent}detainee-type (merged)`, s.detaineeType),
  ];
}

/** A plain-text report: overall, per role, per language, role confusion, attributes. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`Extraction evaluation: ${report.posts} posts, ${report.goldMentions} gold mentions, ${report.predictedMentions} predicted`);
  lines.push('');
  lines.push(SCORE_HEADER);
  lines.push(...sliceLines(report, ''));
  lines.push('');
  lines.push('by role (strict)');
  for (const role of ALL_ROLES) lines.push(scoreRow(`  ${role}`, report.byRole[role]));
  lines.push('');
  lines.push('by language');
  for (const [lang, s] of Object.entries(report.byLanguage)) {
    lines.push(`  ${lang}: ${s.posts} posts, ${s.goldMentions} gold, ${s.predictedMentions} predicted`);
    lines.push(...sliceLines(s, '    '));
    lines.push(
      `    officials mistaken for detainees: ${s.officialsAsDetainees.count}/${s.officialsAsDetainees.goldOfficials}` +
        ` (${pct(s.officialsAsDetainees.rate)})`,
    );
  }
  lines.push('');
  const o = report.officialsAsDetainees;
  lines.push(`officials mistaken for detainees: ${o.count} of ${o.goldOfficials} gold officials (${pct(o.rate)})`);
  const n = report.noNamePosts;
  lines.push(`posts without names: ${n.posts}; ${n.postsWithPredictions} got predictions (${n.predictions} mentions)`);
  if (report.badPredictedSpans > 0) {
    lines.push(`predictions whose span does not spell their name: ${report.badPredictedSpans}`);
  }
  lines.push('');
  lines.push('role confusion over span-matched pairs (rows: gold, columns: predicted)');
  const abbrev = (r: string) => r.slice(0, 8);
  lines.push(padEnd('', 12) + ALL_ROLES.map((r) => pad(abbrev(r), 9)).join(''));
  for (const g of ALL_ROLES) {
    lines.push(padEnd(`  ${abbrev(g)}`, 12) + ALL_ROLES.map((p) => pad(report.roleConfusion[g]?.[p] ?? 0, 9)).join(''));
  }
  lines.push('');
  lines.push('attributes (span-matched mentions where gold has a value)');
  for (const [attr, a] of Object.entries(report.attributes)) {
    const byLang = Object.entries(report.byLanguage)
      .map(([lang, s]) => `${lang} ${s.attributes[attr as ScoredAttribute].correct}/${s.attributes[attr as ScoredAttribute].total}`)
      .join(', ');
    lines.push(`  ${padEnd(attr, 11)}${pad(`${a.correct}/${a.total}`, 9)}${pad(pct(a.accuracy), 9)}   (${byLang})`);
  }
  return lines.join('\n');
}

/** The first `limit` errors, one a line, for reading next to the dev set. */
export function formatErrors(report: EvalReport, limit = Infinity): string {
  const show = (m?: { name: string; start: number; role: string }) => (m ? `«${m.name}»@${m.start} ${m.role}` : '');
  return report.errors
    .slice(0, limit)
    .map((e) => {
      switch (e.kind) {
        case 'missed':
          return `${e.postId}  missed      ${show(e.gold)}`;
        case 'spurious':
          return `${e.postId}  spurious    ${show(e.predicted)}`;
        case 'wrong-role':
          return `${e.postId}  wrong role  ${show(e.gold)} → ${e.predicted?.role}`;
        case 'wrong-attribute':
          return `${e.postId}  ${e.attribute}  ${show(e.gold)}: expected ${JSON.stringify(e.expected)}, got ${JSON.stringify(e.got)}`;
        case 'bad-span':
          return `${e.postId}  bad span    ${show(e.predicted)}`;
      }
    })
    .join('\n');
}
