import { givenNamesByKey, latinFormsOf } from './gazetteer';
import { analyzeParts, type AnalyzedPart } from './name-analysis';
import { consonantsAgree, formsAgree, skeletonForms, type Form } from './skeleton';

export interface NameComparison {
  /** 0..1 */
  score: number;
  same: boolean;
  /** Human-readable, e.g. "given name matches (محمد = Mohammed)", "family name differs (الخطيب ≠ Haddad)". */
  reasons: string[];
}

/**
 * `same` needs all of: two or more parts on each side, the given names and the
 * family names each scoring at least PART_MATCH, no father/grandfather that
 * contradicts, and a total score of at least SAME_THRESHOLD. With the weights
 * below, two spelling-level part matches (0.8 each) and no chain to compare
 * give 0.79, so that weakest combination stays a suggestion for a reviewer.
 */
export const SAME_THRESHOLD = 0.8;
const PART_MATCH = 0.8;

const WEIGHT_GIVEN = 0.45;
const WEIGHT_FAMILY = 0.45;
const WEIGHT_CHAIN = 0.1;
const CHAIN_AGREES = 1;
const CHAIN_UNKNOWN = 0.7;

/** Caps: a contradiction keeps the score below what suggestion lists show (0.55). */
const CAP_PART_DIFFERS = 0.35;
const CAP_CHAIN_CONFLICT = 0.5;
const CAP_SINGLE_PART = 0.5;
/** محمد أحمد vs محمد أحمد الخطيب: worth a look, never the same on its own. */
const SCORE_FAMILY_MISSING = 0.6;

// Part scores.
const EXACT = 1;
const GAZETTEER_SPELLING = 0.95;
const CROSS_SCRIPT = 0.95;
const CROSS_SCRIPT_ALT = 0.85;
const SAME_SCRIPT_LATIN = 0.9;
const SAME_SCRIPT_LATIN_ALT = 0.8;
const SAME_SCRIPT_ARABIC = 0.85;
/** Same consonants, incompatible long vowels: الخطيب vs Khattab. */
const VOWELS_DIFFER = 0.3;

/** Gazetteer rows an unlisted Latin spelling must be (Mouhammed → محمد, not محمود). */
function softEntries(p: AnalyzedPart): readonly number[] | null {
  if (p.entries !== null) return p.entries;
  if (p.script !== 'la' || p.kind !== 'name') return null;
  const candidates = givenNamesByKey(p.key);
  if (candidates.length === 0) return null;
  const mine = skeletonForms(p.core, 'la').filter((f) => f.primary);
  const fits = candidates.filter((id) => latinFormsOf(id).some((v) => mine.some((f) => formsAgree(f, v, true))));
  return fits.length > 0 ? fits : null;
}

function formsFor(p: AnalyzedPart): Form[] {
  const forms = skeletonForms(p.core, p.script);
  if (p.altCore !== null) for (const f of skeletonForms(p.altCore, p.script)) forms.push({ ...f, primary: false });
  return forms;
}

function skeletonScore(p: AnalyzedPart, q: AnalyzedPart): number {
  let best = 0;
  for (const f of formsFor(p)) {
    for (const g of formsFor(q)) {
      if (formsAgree(f, g)) {
        const primary = f.primary && g.primary;
        const s =
          p.script !== q.script
            ? primary
              ? CROSS_SCRIPT
              : CROSS_SCRIPT_ALT
            : p.script === 'la'
              ? primary
                ? SAME_SCRIPT_LATIN
                : SAME_SCRIPT_LATIN_ALT
              : SAME_SCRIPT_ARABIC;
        if (s > best) best = s;
      } else if (best < VOWELS_DIFFER && consonantsAgree(f, g)) {
        best = VOWELS_DIFFER;
      }
    }
  }
  return best;
}

function comparePart(p: AnalyzedPart, q: AnalyzedPart): number {
  if (p.kind !== q.kind) return 0;
  if (p.kind === 'kunya') {
    if (p.kunya !== q.kunya || p.inner === null || q.inner === null) return 0;
    return comparePart(p.inner, q.inner);
  }
  if (p.script === q.script && p.core === q.core) return EXACT;
  const pe = softEntries(p);
  const qe = softEntries(q);
  if (pe !== null && qe !== null) {
    // Two known names: identity decides, so علي ≠ Alaa and محمد ≠ Mahmoud even
    // where their skeletons meet.
    if (!pe.some((id) => qe.includes(id))) return 0;
    return p.entries !== null && q.entries !== null ? EXACT : GAZETTEER_SPELLING;
  }
  return skeletonScore(p, q);
}

function matches(score: number): boolean {
  return score >= PART_MATCH;
}

function describe(role: string, p: AnalyzedPart, q: AnalyzedPart, score: number): string {
  return matches(score) ? `${role} matches (${p.display} = ${q.display})` : `${role} differs (${p.display} ≠ ${q.display})`;
}

const CHAIN_ROLES = ["father's name", "grandfather's name"];

function chainRole(k: number): string {
  return CHAIN_ROLES[k] ?? "ancestor's name";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface ChainResult {
  state: 'agrees' | 'unknown' | 'conflict';
  reasons: string[];
}

/** Fathers with fathers, grandfathers with grandfathers; a chain may stop early on one side. */
function compareChains(a: readonly AnalyzedPart[], b: readonly AnalyzedPart[]): ChainResult {
  if (a.length === 0 || b.length === 0) {
    const reasons = a.length === 0 && b.length === 0 ? [] : ['father/grandfather chain given in only one name'];
    return { state: 'unknown', reasons };
  }
  const reasons: string[] = [];
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const score = comparePart(a[k], b[k]);
    reasons.push(describe(chainRole(k), a[k], b[k], score));
    if (!matches(score)) return { state: 'conflict', reasons };
  }
  return { state: 'agrees', reasons };
}

export function compareNames(a: string, b: string): NameComparison {
  const A = analyzeParts(a).parts;
  const B = analyzeParts(b).parts;
  if (A.length === 0 || B.length === 0) return { score: 0, same: false, reasons: ['no name to compare'] };

  const reasons: string[] = [];
  const given = comparePart(A[0], B[0]);
  const kindsDiffer = A[0].kind !== B[0].kind;
  reasons.push(
    kindsDiffer
      ? `a kunya only matches a kunya (${A[0].display} ≠ ${B[0].display})`
      : describe(A.length === 1 && B.length === 1 ? 'name' : 'given name', A[0], B[0], given),
  );

  if (A.length < 2 || B.length < 2) {
    reasons.push('single-part name: not enough to identify a person');
    return { score: round(given * CAP_SINGLE_PART), same: false, reasons };
  }

  const lastA = A[A.length - 1];
  const lastB = B[B.length - 1];
  const family = comparePart(lastA, lastB);
  const chain = compareChains(A.slice(1, -1), B.slice(1, -1));

  if (!matches(family)) {
    const missing = familyMissing(A, B) ?? familyMissing(B, A);
    if (missing !== null && matches(given)) {
      reasons.push(missing);
      reasons.push('family name missing in one name: not enough to identify a person');
      return { score: SCORE_FAMILY_MISSING, same: false, reasons };
    }
  }
  reasons.push(
    lastA.kind !== lastB.kind ? `a kunya only matches a kunya (${lastA.display} ≠ ${lastB.display})` : describe('family name', lastA, lastB, family),
  );
  reasons.push(...chain.reasons);

  const chainScore = chain.state === 'agrees' ? CHAIN_AGREES : chain.state === 'unknown' ? CHAIN_UNKNOWN : 0;
  let score = WEIGHT_GIVEN * given + WEIGHT_FAMILY * family + WEIGHT_CHAIN * chainScore;
  if (!matches(given) || !matches(family)) score = Math.min(score, CAP_PART_DIFFERS);
  if (chain.state === 'conflict') score = Math.min(score, CAP_CHAIN_CONFLICT);
  score = round(score);
  const same = matches(given) && matches(family) && chain.state !== 'conflict' && score >= SAME_THRESHOLD;
  return { score, same, reasons };
}

/**
 * `short` names the given name and father only (محمد أحمد) where `long` goes
 * on to a family name (محمد أحمد الخطيب): its last part is long's father.
 */
function familyMissing(short: readonly AnalyzedPart[], long: readonly AnalyzedPart[]): string | null {
  if (long.length <= short.length) return null;
  for (let k = 1; k < short.length; k++) {
    if (!matches(comparePart(short[k], long[k]))) return null;
  }
  const k = short.length - 1;
  return describe(chainRole(k - 1), short[k], long[k], comparePart(short[k], long[k]));
}
