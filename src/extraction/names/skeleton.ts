/**
 * Consonant skeletons of one name part, shared by Arabic and Latin spellings.
 *
 * Unvocalised Arabic writes consonants and long vowels; Latin spellings write
 * every vowel but disagree on which (Mohammed, Muhammad, Mhd). So a part is
 * reduced to consonant classes chosen so that the usual English, French and
 * German spellings of a letter land in the same class as the letter, with the
 * vowels between consonants kept aside as "gaps" for a finer check when two
 * skeletons collide (الخطيب Khatib vs الخطاب Khattab).
 *
 * Class letters: b t j h x(خ kh) d z r s c(ش sh/ch) g(غ gh) f k l m n w y.
 * A key may end in "i" for a final written -i (ي / -i -y -ee), which is
 * never a consonant class, so keys stay unambiguous. Latin compounds are
 * joined with "-" (abd-hamid) so that no digraph or doubled letter forms
 * across the join.
 */

export type Script = 'ar' | 'la';

const GAP_A = 1;
const GAP_E = 2;
const GAP_I = 4;
const GAP_U = 8;
/** ع or hamza: Latin writes some vowel or an apostrophe here, nothing predictable. */
const GAP_N = 16;
const LONG = GAP_A | GAP_I | GAP_U;

export interface Form {
  script: Script;
  /** Consonant classes, one character each. */
  cons: string;
  /** Arabic only: the classes each consonant is written as in Latin (ث as t or s). */
  sets: readonly string[] | null;
  /** gaps[0] before the first consonant, gaps[k] between cons[k-1] and cons[k], last one after. */
  gaps: readonly number[];
  finalI: boolean;
  /** How the part ends; see tailsAgree. */
  tail: Tail;
  /** Built from the first reading of every ambiguous Latin digraph. */
  primary: boolean;
}

/**
 * "vowel": ة, a final long vowel, or Latin -a/-eh; "consonant": الطويل, Tawil;
 * "mute": a French final e (Yassine), which says nothing; "any": a final ع/ء.
 */
export type Tail = 'consonant' | 'vowel' | 'mute' | 'any';

interface Scan {
  cons: string[];
  sets: string[];
  gaps: number[];
  finalI: boolean;
}

function newScan(): Scan {
  return { cons: [], sets: [], gaps: [0], finalI: false };
}

/**
 * `collapse`: Latin doubles a letter for one long consonant (Mohammed, Haddad);
 * Arabic writes that with a shadda, so two written letters are two consonants
 * (مملوك, Mamlouk).
 */
function pushCons(s: Scan, c: string, set: string, collapse = false): void {
  const k = s.cons.length;
  if (collapse && k > 0 && s.cons[k - 1] === c && s.gaps[k] === 0) {
    if (set !== s.sets[k - 1]) s.sets[k - 1] = unionSet(s.sets[k - 1], set);
    return;
  }
  s.cons.push(c);
  s.sets.push(set);
  s.gaps.push(0);
}

function unionSet(a: string, b: string): string {
  let out = a;
  for (const ch of b) if (!out.includes(ch)) out += ch;
  return out;
}

function pushGap(s: Scan, bits: number): void {
  s.gaps[s.gaps.length - 1] |= bits;
}

function keyOf(cons: readonly string[] | string, finalI: boolean): string {
  let k = typeof cons === 'string' ? cons : cons.join('');
  // آية / Aya: no consonant at all; "a" is never a consonant class.
  if (k === '') return finalI ? 'ai' : 'a';
  // Final h is unstable across scripts: ة is written -a or -ah/-eh, ح/ه as -h.
  if (!finalI && k.length > 1 && k.endsWith('h')) k = k.slice(0, -1);
  return finalI ? k + 'i' : k;
}

// ---------------------------------------------------------------------------
// Arabic

/** Primary class and the classes Latin spellings use for the letter. */
const AR_CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  ب: ['b', 'b'],
  پ: ['b', 'b'],
  ت: ['t', 't'],
  ث: ['t', 'ts'],
  ج: ['j', 'jg'],
  چ: ['c', 'c'],
  ح: ['h', 'h'],
  خ: ['x', 'x'],
  د: ['d', 'd'],
  ذ: ['z', 'zt'],
  ر: ['r', 'r'],
  ز: ['z', 'z'],
  ژ: ['j', 'jz'],
  س: ['s', 's'],
  ش: ['c', 'c'],
  ص: ['s', 's'],
  ض: ['d', 'd'],
  ط: ['t', 't'],
  ظ: ['z', 'zt'],
  غ: ['g', 'g'],
  ف: ['f', 'f'],
  ڤ: ['f', 'f'],
  ق: ['k', 'kg'],
  ك: ['k', 'k'],
  ک: ['k', 'k'],
  گ: ['g', 'gk'],
  ل: ['l', 'l'],
  م: ['m', 'm'],
  ن: ['n', 'n'],
  ه: ['h', 'h'],
};
const AR_NEUTRAL = new Set(['أ', 'إ', 'آ', 'ٱ', 'ء', 'ؤ', 'ع']);

interface ArabicScan extends Scan {
  /** Ends in ه, which may be a real h (نبيه) or a ة typed without its dots. */
  finalHeh: boolean;
  tail: Tail;
}

/** `core` is one name part in Arabic letters, harakat removed, article already stripped. */
function scanArabic(core: string): ArabicScan {
  const s: ArabicScan = { cons: [], sets: [], gaps: [0], finalI: false, finalHeh: false, tail: 'consonant' };
  const n = core.length;
  // ربيع, بديع: the written -i before a final ع is still heard and written as -i/-ie.
  let end = n;
  while (end > 1 && (core[end - 1] === 'ع' || core[end - 1] === 'ء')) end--;
  for (let i = 0; i < n; i++) {
    const ch = core[i];
    const cons = AR_CONSONANTS[ch];
    if (cons !== undefined) {
      pushCons(s, cons[0], cons[1]);
      if (ch === 'ه' && i === n - 1 && i > 0) s.finalHeh = true;
      continue;
    }
    switch (ch) {
      case 'ا':
        pushGap(s, i === 0 ? GAP_N : GAP_A);
        break;
      case 'ى':
        pushGap(s, GAP_A);
        break;
      case 'و':
        if (i === 0) pushCons(s, 'w', 'wv');
        else pushGap(s, GAP_U);
        break;
      case 'ي':
      case 'ی':
        if (i === 0) pushCons(s, 'y', 'yj');
        else {
          pushGap(s, GAP_I);
          if (i === end - 1) s.finalI = true;
        }
        break;
      case 'ئ':
        if (i === end - 1 && i > 0) {
          pushGap(s, GAP_I);
          s.finalI = true;
        } else pushGap(s, GAP_N);
        break;
      default:
        if (AR_NEUTRAL.has(ch)) pushGap(s, GAP_N);
      // ة and anything else: nothing written in Latin that the skeleton can use.
    }
  }
  const last = core[n - 1];
  const trailing = s.gaps[s.gaps.length - 1];
  if (trailing & GAP_N) s.tail = 'any';
  else if (last === 'ة' || trailing !== 0) s.tail = 'vowel';
  return s;
}

/** The primary consonants of scanArabic, built without its gap and set arrays (hot path). */
export function arabicKey(core: string): string {
  const n = core.length;
  let end = n;
  while (end > 1 && (core[end - 1] === 'ع' || core[end - 1] === 'ء')) end--;
  let k = '';
  let finalI = false;
  for (let i = 0; i < n; i++) {
    const ch = core[i];
    const cons = AR_CONSONANTS[ch];
    let c: string;
    if (cons !== undefined) c = cons[0];
    else if (i === 0 && ch === 'و') c = 'w';
    else if (i === 0 && (ch === 'ي' || ch === 'ی')) c = 'y';
    else {
      if ((ch === 'ي' || ch === 'ی' || ch === 'ئ') && i === end - 1 && i > 0) finalI = true;
      continue;
    }
    k += c;
  }
  return keyOf(k, finalI);
}

export function arabicForms(core: string): Form[] {
  const s = scanArabic(core);
  const full: Form = {
    script: 'ar',
    cons: s.cons.join(''),
    sets: s.sets,
    gaps: s.gaps,
    finalI: s.finalI,
    tail: s.tail,
    primary: true,
  };
  if (!s.finalHeh || s.cons.length < 2) return [full];
  const k = s.cons.length - 1;
  const gaps = s.gaps.slice(0, k + 1);
  gaps[k] |= s.gaps[k + 1];
  return [full, { ...full, cons: full.cons.slice(0, k), sets: s.sets.slice(0, k), gaps, tail: 'vowel' }];
}

// ---------------------------------------------------------------------------
// Latin

/** A consonant with its readings; the first is the primary one. */
type Readings = readonly (readonly string[])[];

const DIGRAPHS: Readonly<Record<string, Readings>> = {
  kh: [['x']],
  gh: [['g']],
  // French ch is ش (Chadi, Hicham); German ch is خ (Chaled).
  ch: [['c'], ['x']],
  // Is'haq, Mas'hour: s and h that happen to meet.
  sh: [['c'], ['s', 'h']],
  // ث (Haitham), ذ/ظ (Munther, Kathem), or t+h (Fathi).
  th: [['t'], ['z'], ['t', 'h']],
  // ض (Ramadhan, Riyadh, Ridha), ذ/ظ (Mundhir, Kadhim), or d+h (Adham, Medhat).
  dh: [['d'], ['z'], ['d', 'h']],
  ph: [['f']],
  dj: [['j']],
  ck: [['k']],
};
const LATIN_SINGLE: Readonly<Record<string, string>> = {
  b: 'b',
  p: 'b',
  t: 't',
  j: 'j',
  h: 'h',
  x: 'x',
  d: 'd',
  z: 'z',
  r: 'r',
  s: 's',
  g: 'g',
  f: 'f',
  v: 'f',
  k: 'k',
  q: 'k',
  c: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
};
const LATIN_VOWEL: Readonly<Record<string, number>> = { a: GAP_A, e: GAP_E, i: GAP_I, o: GAP_U, u: GAP_U };
const FINAL_I = /(?:i|y|ie|ee|ey|iy)$/;
const FINAL_VOWEL_H = /[aeiouy]h$/;
const ENDS_CONSONANT = /[^aeiouyw]$/;
const MUTE_E = /[^aeiouy]e$/;
const MAX_FORMS = 12;

/** `sep`: the join inside a compound (abd-hamid): no digraph or doubling across it. */
type LatinUnit = { v: number } | { r: Readings } | { sep: true };

function isVowelChar(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_VOWEL[ch] !== undefined;
}

/** `word` is lower-case a–z only. */
function latinUnits(word: string): LatinUnit[] {
  const units: LatinUnit[] = [];
  const n = word.length;
  let i = 0;
  while (i < n) {
    const ch = word[i];
    if (ch === 's' && word[i + 1] === 'c' && word[i + 2] === 'h') {
      units.push({ r: [['c']] });
      i += 3;
      continue;
    }
    const two = word.slice(i, i + 2);
    const digraph = DIGRAPHS[two];
    if (digraph !== undefined) {
      units.push({ r: digraph });
      i += 2;
      continue;
    }
    if (two === 'ou') {
      // French initial ou before a vowel is w: Ouassim, Oualid.
      units.push(i === 0 && isVowelChar(word[i + 2]) ? { r: [['w']] } : { v: GAP_U });
      i += 2;
      continue;
    }
    const vowel = LATIN_VOWEL[ch];
    if (ch === '-') units.push({ sep: true });
    else if (vowel !== undefined) units.push({ v: vowel });
    else if (ch === 'y') units.push(i === 0 && isVowelChar(word[1]) ? { r: [['y']] } : { v: GAP_I });
    else if (ch === 'w') units.push(i === 0 ? { r: [['w']] } : { v: GAP_U });
    else {
      const cls = LATIN_SINGLE[ch];
      if (cls !== undefined) units.push({ r: [[cls]] });
    }
    i++;
  }
  return units;
}

function scanLatin(units: readonly LatinUnit[], choice: readonly number[] | null): Scan {
  const s = newScan();
  let a = 0;
  let collapse = true;
  for (const u of units) {
    if ('sep' in u) {
      collapse = false;
      continue;
    }
    if ('v' in u) {
      pushGap(s, u.v);
      continue;
    }
    const reading = u.r.length > 1 && choice !== null ? u.r[choice[a++]] : u.r[0];
    for (const c of reading) {
      pushCons(s, c, c, collapse);
      collapse = true;
    }
  }
  return s;
}

export function latinKey(word: string): string {
  const s = scanLatin(latinUnits(word), null);
  return keyOf(s.cons, FINAL_I.test(word));
}

function latinTail(word: string): Tail {
  return ENDS_CONSONANT.test(word) ? 'consonant' : MUTE_E.test(word) ? 'mute' : 'vowel';
}

function latinFormsOf(word: string, out: Form[], tail: Tail): void {
  const units = latinUnits(word);
  const finalI = FINAL_I.test(word);
  const ambiguous = units.filter((u): u is { r: Readings } => 'r' in u && u.r.length > 1);
  const choice = ambiguous.map(() => 0);
  for (;;) {
    const s = scanLatin(units, choice);
    out.push({
      script: 'la',
      cons: s.cons.join(''),
      sets: null,
      gaps: s.gaps,
      finalI,
      tail,
      primary: choice.every((c) => c === 0),
    });
    if (out.length >= MAX_FORMS) return;
    let k = 0;
    while (k < choice.length && ++choice[k] >= ambiguous[k].r.length) choice[k++] = 0;
    if (k === choice.length) return;
  }
}

export function latinForms(word: string): Form[] {
  const out: Form[] = [];
  latinFormsOf(word, out, latinTail(word));
  // Saleh/Fatmeh: the final h may stand for ح or ه, or only mark a final vowel (ة).
  if (FINAL_VOWEL_H.test(word)) {
    const without: Form[] = [];
    latinFormsOf(word.slice(0, -1), without, 'vowel');
    for (const f of without) if (out.length < MAX_FORMS * 2) out.push(f);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Comparison

export function skeletonKey(core: string, script: Script): string {
  return script === 'ar' ? arabicKey(core) : latinKey(core);
}

export function skeletonForms(core: string, script: Script): Form[] {
  return script === 'ar' ? arabicForms(core) : latinForms(core);
}

function expandLatinGap(g: number): number {
  return (g & LONG) | (g & GAP_E ? GAP_A | GAP_I : 0);
}

function gapsAgree(a: Form, ga: number, b: Form, gb: number, strict: boolean): boolean {
  if (a.script === 'ar' && b.script === 'ar') return (ga & LONG) === (gb & LONG);
  if (a.script === 'la' && b.script === 'la') {
    if (ga === 0 || gb === 0) return !strict || ga === gb;
    return (expandLatinGap(ga) & expandLatinGap(gb) & LONG) !== 0;
  }
  const [ar, la] = a.script === 'ar' ? [ga, gb] : [gb, ga];
  const long = ar & LONG;
  // Latin may drop vowels altogether (Mhd); a long vowel written in Arabic must
  // otherwise show up: ا as a, ي as i/e/y, و as o/u/w.
  if (long === 0 || la === 0) return true;
  return ((long & GAP_A) !== 0 && (la & GAP_A) !== 0) || ((long & GAP_I) !== 0 && (la & (GAP_I | GAP_E)) !== 0) || ((long & GAP_U) !== 0 && (la & GAP_U) !== 0);
}

/** Same consonants position by position, whatever the vowels. */
export function consonantsAgree(a: Form, b: Form): boolean {
  if (a.cons.length !== b.cons.length || a.finalI !== b.finalI) return false;
  if (a.sets !== null && b.sets === null) return [...b.cons].every((c, k) => a.sets![k].includes(c));
  if (b.sets !== null && a.sets === null) return [...a.cons].every((c, k) => b.sets![k].includes(c));
  return a.cons === b.cons;
}

function tailsAgree(a: Tail, b: Tail): boolean {
  return a === b || a === 'any' || b === 'any' || a === 'mute' || b === 'mute';
}

/**
 * Same consonants, and vowels that could be spellings of each other. `strict`
 * (Latin against Latin only) also refuses a vowel on one side where the other
 * has none: it is for deciding that an unlisted spelling is a listed name.
 */
export function formsAgree(a: Form, b: Form, strict = false): boolean {
  if (!consonantsAgree(a, b) || !tailsAgree(a.tail, b.tail)) return false;
  for (let k = 0; k < a.gaps.length; k++) if (!gapsAgree(a, a.gaps[k], b, b.gaps[k], strict)) return false;
  return true;
}

/** The key a form's consonants give; equals skeletonKey for a primary form. */
export function formKey(f: Form): string {
  return keyOf(f.cons, f.finalI);
}
