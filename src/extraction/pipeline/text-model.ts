import { normalizeText } from '../../text/normalize';
import words from '../data/attribute-words.json';

/**
 * Stage 1, the text model: the text folded once (normalizeText per character, with a map back to
 * the original UTF-16 offsets), its tokens, and a phrase index over them.
 */

type TokenKind = 'ar' | 'lat' | 'num' | 'sp' | 'nl' | 'p';

export interface Token {
  kind: TokenKind;
  /** The folded text of the token: normalizeText of its characters. */
  norm: string;
  /** Original UTF-16 offsets. */
  s: number;
  e: number;
  /** Offsets in the folded text. */
  fs: number;
  fe: number;
  /** Latin word whose first letter is upper case in the original. */
  cap: boolean;
  /** The (prefix, stem) readings of the word that some phrase index knows: worked out once. */
  stemCandidates?: { prefix: string; stem: string }[];
}

export interface TextModel {
  text: string;
  folded: string;
  /** For each folded UTF-16 unit, the original offsets of the character it came from. */
  os: Int32Array;
  oe: Int32Array;
  tokens: Token[];
}

const APOSTROPHES = new Set([...`'’‘\`´′ʿʾʼʻ`]);
const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((c) => c.codePointAt(0) as number));
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\v\f]/;
const WHITESPACE = /\s/u;
const INNER_HYPHEN = /[\u2010\u2011]/;
// French elisions keep their apostrophe as a word break: l'avocat, d'Alep.
const ELISIONS = new Set(words.frenchElisions);
// Folded forms of the Basic Multilingual Plane by code unit, filled as characters are met.
const foldTable: (string | undefined)[] = new Array<string | undefined>(0x10000);
const FOLD_CACHE_LIMIT = 20_000;
const foldCache = new Map<number, string>();

function foldChar(ch: string, cp: number): string {
  let folded = cp < 0x10000 ? foldTable[cp] : foldCache.get(cp);
  if (folded !== undefined) return folded;
  if (WHITESPACE.test(ch)) folded = LINE_BREAK.test(ch) ? '\n' : ' ';
  else if (ch === '_') folded = ' ';
  else if (INNER_HYPHEN.test(ch)) folded = '-';
  else {
    // normalizeText trims, so a character that folds to spaces only (or to a
    // mark) disappears; one that is not valid on its own stays as it is.
    try {
      folded = normalizeText(ch);
    } catch {
      folded = ch;
    }
  }
  if (cp < 0x10000) foldTable[cp] = folded;
  else if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(cp, folded);
  return folded;
}

function foldApostrophe(text: string, next: number, folded: string): string {
  const prev = folded.length > 0 ? folded[folded.length - 1] : '';
  const nextCp = text.codePointAt(next);
  const nextCh = nextCp === undefined ? '' : String.fromCodePoint(nextCp);
  if (!LETTER.test(prev) || !LETTER.test(nextCh)) return ' ';
  let k = folded.length;
  while (k > 0 && LETTER.test(folded[k - 1])) k--;
  if (ELISIONS.has(folded.slice(k))) return ' ';
  const after = text.codePointAt(next + nextCh.length);
  const afterCh = after === undefined ? '' : String.fromCodePoint(after);
  if ((nextCh === 's' || nextCh === 'S') && !LETTER.test(afterCh)) return ' ';
  return '';
}

const APOSTROPHE_LOOKBACK = 10;
const TRAILING_MARK = /[\p{M}\u0640\u200C\u200D]/u;
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)|(\p{Nd}+)|( +)|(\n+)|([\s\S])/gu;

export function buildTextModel(text: string): TextModel {
  let folded = '';
  // Original offsets of each folded unit; a folded character may be longer than the original one.
  let os = new Int32Array(text.length + 16);
  let oe = new Int32Array(text.length + 16);
  let n = 0;
  // Room for `more` units now and one for each character still to come (the ASCII path writes without asking).
  const room = (more: number): void => {
    const need = n + more + (text.length - i);
    if (need <= os.length) return;
    const size = Math.max(os.length * 2, need);
    const grownS = new Int32Array(size);
    const grownE = new Int32Array(size);
    grownS.set(os);
    grownE.set(oe);
    os = grownS;
    oe = grownE;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.charCodeAt(i) >= 0xd800 ? (text.codePointAt(i) as number) : text.charCodeAt(i);
    const len = cp > 0xffff ? 2 : 1;
    if (cp < 128 && cp !== 39 && cp !== 96 && cp !== 95) {
      // ASCII fast path: what normalizeText would give for one character
      if (cp >= 65 && cp <= 90) folded += String.fromCharCode(cp + 32);
      else if (cp === 10 || cp === 13 || cp === 11 || cp === 12) folded += '\n';
      else if (cp === 9) folded += ' ';
      else folded += text[i];
      os[n] = i;
      oe[n] = i + 1;
      n++;
      i++;
      continue;
    }
    let f: string;
    const known = cp < 0x10000 ? foldTable[cp] : undefined;
    if (known !== undefined && !APOSTROPHE_CODES.has(cp)) f = known;
    else {
      const ch = text.slice(i, i + len);
      // The apostrophe rule only needs the end of the word before it.
      f = APOSTROPHES.has(ch) ? foldApostrophe(text, i + len, folded.slice(-APOSTROPHE_LOOKBACK)) : foldChar(ch, cp);
    }
    room(f.length);
    for (let k = 0; k < f.length; k++) {
      os[n] = i;
      oe[n] = i + len;
      n++;
    }
    folded += f;
    i += len;
  }

  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const fs = m.index;
    const fe = fs + m[0].length;
    let kind: TokenKind;
    if (m[1] !== undefined) kind = ARABIC_SCRIPT.test(m[1][0]) ? 'ar' : 'lat';
    else if (m[2] !== undefined) kind = 'num';
    else if (m[3] !== undefined) kind = 'sp';
    else if (m[4] !== undefined) kind = 'nl';
    else kind = 'p';
    const s = os[fs];
    let e = oe[fe - 1];
    // Harakat and tatweel after a word's last letter belong to it: «عَنِ».
    if (kind === 'ar' || kind === 'lat') while (e < text.length && TRAILING_MARK.test(text[e])) e++;
    const cap = kind === 'lat' && UPPER.test(text.slice(s, s + 2));
    tokens.push({ kind, norm: m[0], s, e, fs, fe, cap, stemCandidates: undefined });
  }
  return { text, folded, os: os.subarray(0, n), oe: oe.subarray(0, n), tokens };
}

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'ar' || t.kind === 'lat');

/** The folded words of a phrase from a data file, as the text model would tokenise them. */
export function phraseWords(phrase: string): string[] {
  return buildTextModel(phrase)
    .tokens.filter((t) => t.kind !== 'sp' && t.kind !== 'nl')
    .map((t) => t.norm);
}

export function foldWord(word: string): string {
  return phraseWords(word).join(' ');
}

// ---------------------------------------------------------------------------
// Phrase index: phrases keyed by their first word; Arabic first words may
// carry a prefix (و, ال, ب…) that the index strips.

export interface PhraseMatch<T> {
  value: T;
  /** Token index of the phrase's first and last token. */
  first: number;
  last: number;
  /** Folded length of the prefix stripped from the first token. */
  prefix: number;
}

interface Phrase<T> {
  rest: string[];
  value: T;
}

const CONJUNCTION_PREFIXES = ['', 'و', 'ف'];

export function prefixCombos(second: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of CONJUNCTION_PREFIXES) for (const s of second) out.push(c + s);
  return [...new Set(out)].sort((a, b) => a.length - b.length);
}

// Every first word and every Arabic prefix of every index: a word works out once which of its
// stems any index knows, and each index then looks at those few only.
const ANY_FIRST = new Set<string>();
const ANY_PREFIX_BY_LETTER = new Map<string, string[]>();

interface StemCandidate {
  prefix: string;
  stem: string;
}

// The readings of a word are the same in every post: kept by word, up to a bound.
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, StemCandidate[]>();
const latinStemCache = new Map<string, StemCandidate[]>();

function stemCandidates(t: Token): StemCandidate[] {
  if (t.stemCandidates) return t.stemCandidates;
  const cache = t.kind === 'ar' ? stemCache : latinStemCache;
  const cached = cache.get(t.norm);
  if (cached) return (t.stemCandidates = cached);
  const out: StemCandidate[] = [];
  if (ANY_FIRST.has(t.norm)) out.push({ prefix: '', stem: t.norm });
  if (t.kind === 'ar') {
    for (const prefix of ANY_PREFIX_BY_LETTER.get(t.norm[0]) ?? NO_STEMS) {
      if (!t.norm.startsWith(prefix) || t.norm.length - prefix.length < 2) continue;
      const stem = t.norm.slice(prefix.length);
      if (ANY_FIRST.has(stem)) out.push({ prefix, stem });
    }
  }
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(t.norm, out);
  t.stemCandidates = out;
  return out;
}

const NO_STEMS: string[] = [];

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  private readonly prefixes = new Set<string>(['']);

  /** prefixes: Arabic strings a first word may start with, '' included. */
  constructor(prefixes: readonly string[] = ['']) {
    for (const p of prefixes) {
      if (p === '') continue;
      this.prefixes.add(p);
      const all = ANY_PREFIX_BY_LETTER.get(p[0]) ?? [];
      if (!all.includes(p)) {
        stemCache.clear();
        all.push(p);
        all.sort((a, b) => a.length - b.length);
        ANY_PREFIX_BY_LETTER.set(p[0], all);
      }
    }
  }

  add(phrase: string, value: T): void {
    const ws = phraseWords(phrase);
    if (ws.length > 0) this.addWords(ws, value);
  }

  addWords(ws: string[], value: T): void {
    const [first, ...rest] = ws;
    const bucket = this.byFirst.get(first) ?? [];
    if (bucket.some((p) => p.rest.join(' ') === rest.join(' '))) return;
    bucket.push({ rest, value });
    bucket.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(first, bucket);
    if (!ANY_FIRST.has(first)) {
      ANY_FIRST.add(first);
      stemCache.clear();
      latinStemCache.clear();
    }
  }

  hasFirst(word: string): boolean {
    return this.byFirst.has(word);
  }

  // Readers ask about the same tokens many times; answers are kept for the token
  // array of the call under way (one text model at a time: calls are synchronous).
  private memoTokens: Token[] | null = null;
  private memo: (PhraseMatch<T> | null | undefined)[] = [];

  /** The longest phrase starting at token i (shortest prefix on ties). */
  match(tokens: Token[], i: number): PhraseMatch<T> | null {
    if (tokens !== this.memoTokens) {
      this.memoTokens = tokens;
      this.memo = new Array<PhraseMatch<T> | null | undefined>(tokens.length);
    }
    const memo = this.memo;
    const known = memo[i];
    if (known !== undefined) return known;
    const found = this.find(tokens, i);
    if (i >= 0 && i < tokens.length) memo[i] = found;
    return found;
  }

  /** A phrase that ends at token j and starts at most `tokens` non-space tokens back ("at risk of", «fait partie des»). */
  endsAt(tokens: Token[], j: number, back = 4): boolean {
    for (let k = j, n = 0; k >= 0 && n < back; k = prevNonSpace(tokens, k - 1), n++) if (this.match(tokens, k)?.last === j) return true;
    return false;
  }

  private find(tokens: Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (t === undefined || t.kind === 'sp' || t.kind === 'nl') return null;
    let best: PhraseMatch<T> | null = null;
    for (const { prefix, stem } of stemCandidates(t)) {
      if (!this.prefixes.has(prefix)) continue;
      const bucket = this.byFirst.get(stem);
      if (!bucket) continue;
      for (const p of bucket) {
        const last = matchRest(tokens, i, p.rest);
        if (last === null) continue;
        if (!best || last > best.last) best = { value: p.value, first: i, last, prefix: prefix.length };
        break;
      }
    }
    return best;
  }
}

/** Each next word after at most one space; a line break ends the phrase. */
function matchRest(tokens: Token[], i: number, rest: string[]): number | null {
  let last = i;
  for (const w of rest) {
    let j = last + 1;
    if (tokens[j]?.kind === 'sp') j++;
    const t = tokens[j];
    if (t === undefined || t.norm !== w) return null;
    last = j;
  }
  return last;
}

/** Next non-space token index on the same line (or tokens.length). */
export function nextNonSpace(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j].kind === 'sp') j++;
  return j;
}

export function prevNonSpace(tokens: Token[], i: number): number {
  let j = i;
  while (j >= 0 && tokens[j].kind === 'sp') j--;
  return j;
}
