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
  /** The (prefix, stem) readings of the word, by the phrase index that knows them: worked out once. */
  readings?: WordReadings;
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
  // "al-‘Attar", "Abd al-ʿAziz": an ʿayn written after the article's hyphen belongs to the word.
  if (prev === '-' && LETTER.test(folded[folded.length - 2] ?? '') && LETTER.test(nextCh)) return '';
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
const TATWEEL = 0x0640;
/** «الاعتقـ.ـال», «اعتقـ.ال», «سجـ*ـن»: a full stop or star at `i` between Arabic letters, a tatweel on at least one side. */
function filterBreak(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const arabic = (u: number) => u >= 0x0620 && u <= 0x064a;
  return (before === TATWEEL && (after === TATWEEL || arabic(after))) || (after === TATWEEL && arabic(before));
}
const TRAILING_MARK = /[\p{M}\u0640\u200C\u200D]/u;

// The tokeniser reads the folded text by character class, as the expression
// /(\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)|(\p{Nd}+)|( +)|(\n+)|([\s\S])/u would, without a match array per token.
const OTHER = 1;
const LETTER_CLASS = 2;
const MARK = 3;
const DIGIT = 4;
const MARK_RE = /\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;
/** Class of each Basic Multilingual Plane code unit, 0 until first met. */
const classTable = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classOf(ch: string): number {
  return LETTER.test(ch) ? LETTER_CLASS : MARK_RE.test(ch) ? MARK : DIGIT_RE.test(ch) ? DIGIT : OTHER;
}

/** Class of the code point at folded[i] (a lone surrogate is a character of its own, as in the expression). */
function charClass(folded: string, i: number): number {
  const u = folded.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff || i + 1 >= folded.length) {
    let c = classTable[u];
    if (c === 0) c = classTable[u] = classOf(String.fromCharCode(u));
    return c;
  }
  const cp = folded.codePointAt(i) as number;
  let c = astralClasses.get(cp);
  if (c === undefined) {
    c = cp > 0xffff ? classOf(String.fromCodePoint(cp)) : OTHER;
    if (astralClasses.size < FOLD_CACHE_LIMIT) astralClasses.set(cp, c);
  }
  return c;
}

/** UTF-16 length of the code point at folded[i]. */
function unitsAt(folded: string, i: number): number {
  const u = folded.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff || i + 1 >= folded.length) return 1;
  const v = folded.charCodeAt(i + 1);
  return v >= 0xdc00 && v <= 0xdfff ? 2 : 1;
}

/** End of the word starting at i: letters and marks, and a hyphen followed by a letter. */
function wordEnd(folded: string, i: number): number {
  let j = i + unitsAt(folded, i);
  while (j < folded.length) {
    const c = charClass(folded, j);
    if (c === LETTER_CLASS || c === MARK) j += unitsAt(folded, j);
    else if (folded.charCodeAt(j) === 45 && j + 1 < folded.length && charClass(folded, j + 1) === LETTER_CLASS) j += 1;
    else break;
  }
  return j;
}

function runEnd(folded: string, i: number, unit: number): number {
  let j = i + 1;
  while (j < folded.length && folded.charCodeAt(j) === unit) j++;
  return j;
}

function digitsEnd(folded: string, i: number): number {
  let j = i + unitsAt(folded, i);
  while (j < folded.length && charClass(folded, j) === DIGIT) j += unitsAt(folded, j);
  return j;
}

// The folded text is written unit by unit into one buffer kept between calls, then made a string once.
// A buffer grown for one very long post is let go at the next ordinary one.
const KEPT_UNITS = 1 << 16;
let units = new Uint16Array(4096);
const CHUNK = 8192;

function unitsToString(n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let k = 0; k < n; k += CHUNK) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return out;
}

export function buildTextModel(text: string): TextModel {
  // Original offsets of each folded unit; a folded character may be longer than the original one.
  let os = new Int32Array(text.length + 16);
  let oe = new Int32Array(text.length + 16);
  if (units.length < text.length + 16) units = new Uint16Array(Math.max(text.length + 16, 2 * units.length));
  else if (units.length > KEPT_UNITS && text.length + 16 <= KEPT_UNITS) units = new Uint16Array(KEPT_UNITS);
  let n = 0;
  // Room for `more` units now and one for each character still to come (the ASCII path writes without asking).
  const room = (more: number): void => {
    const need = n + more + (text.length - i);
    if (need > units.length) {
      const grown = new Uint16Array(Math.max(units.length * 2, need));
      grown.set(units.subarray(0, n));
      units = grown;
    }
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
    // «الاعتقـ.ـال», «سجـ.ـن»: a full stop (or a star) by a tatweel, written inside an Arabic word to slip past filters, is
    // no punctuation; the word reads whole.
    if ((cp === 46 || cp === 42) && filterBreak(text, i)) {
      i++;
      continue;
    }
    if (cp < 128 && cp !== 39 && cp !== 96 && cp !== 95) {
      // ASCII fast path: what normalizeText would give for one character
      if (cp >= 65 && cp <= 90) units[n] = cp + 32;
      else if (cp === 10 || cp === 13 || cp === 11 || cp === 12) units[n] = 10;
      else if (cp === 9) units[n] = 32;
      else units[n] = cp;
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
      f = APOSTROPHES.has(ch)
        ? foldApostrophe(text, i + len, String.fromCharCode.apply(null, units.subarray(Math.max(0, n - APOSTROPHE_LOOKBACK), n) as unknown as number[]))
        : foldChar(ch, cp);
    }
    room(f.length);
    for (let k = 0; k < f.length; k++) {
      units[n] = f.charCodeAt(k);
      os[n] = i;
      oe[n] = i + len;
      n++;
    }
    i += len;
  }
  const folded = unitsToString(n);

  const tokens: Token[] = [];
  for (let fs = 0; fs < folded.length;) {
    const c = charClass(folded, fs);
    const u = folded.charCodeAt(fs);
    let kind: TokenKind;
    let fe: number;
    if (c === LETTER_CLASS) {
      fe = wordEnd(folded, fs);
      kind = ARABIC_SCRIPT.test(folded[fs]) ? 'ar' : 'lat';
    } else if (c === DIGIT) {
      fe = digitsEnd(folded, fs);
      kind = 'num';
    } else if (u === 32) {
      fe = runEnd(folded, fs, 32);
      kind = 'sp';
    } else if (u === 10) {
      fe = runEnd(folded, fs, 10);
      kind = 'nl';
    } else {
      fe = fs + unitsAt(folded, fs);
      kind = 'p';
    }
    const s = os[fs];
    let e = oe[fe - 1];
    // Harakat and tatweel after a word's last letter belong to it: «عَنِ».
    if (kind === 'ar' || kind === 'lat') while (e < text.length && TRAILING_MARK.test(text[e])) e++;
    const cap = kind === 'lat' && UPPER.test(text.slice(s, s + 2));
    tokens.push({ kind, norm: folded.slice(fs, fe), s, e, fs, fe, cap, readings: undefined });
    fs = fe;
  }
  return { text, folded, os: os.subarray(0, n), oe: oe.subarray(0, n), tokens };
}

/**
 * xs.map(f), built by push. V8's optimised Array.prototype.map returns a holey array where its builtin returns a
 * packed one, so code compiled for one was thrown away on meeting the other, one access at a time: the roles
 * stage was compiled again every few hundred posts, for as long as a process ran.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'ar' || t.kind === 'lat');

/** The folded words of a phrase from a data file, as the text model would tokenise them. */
export function phraseWords(phrase: string): string[] {
  return buildTextModel(phrase)
    .tokens.filter((t) => t.kind !== 'sp' && t.kind !== 'nl')
    .map((t) => t.norm);
}

/** A Latin or Arabic comma. */
export const isComma = (t: Token | undefined): boolean => t !== undefined && (t.norm === ',' || t.norm === '،');

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

/** The phrases of one first word as a tree of the words after it: one lookup per word read, however many phrases share the start. */
interface PhraseNode<T> {
  /** Whether a phrase ends at this word, and its value (the first one added wins). */
  ends: boolean;
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | null;
}

const phraseNode = <T>(): PhraseNode<T> => ({ ends: false, value: undefined, next: null });

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

/** Every index, by its id: a word's readings carry each one's phrases for them (see WordReadings). */
const INDEXES: { byFirst: Map<string, PhraseNode<unknown>>; prefixes: Set<string> }[] = [];

/** One reading of a word for one index: the Arabic prefix read off it ('' for none) and the index's phrases starting with the rest. */
interface StemReading {
  prefix: string;
  root: PhraseNode<unknown>;
}

/**
 * By index id, the readings of a word that index has phrases for, shortest prefix first; `undefined` where it has
 * none. Looked up once per word, not per index and post, so that an index asked about a word it knows nothing of
 * (nine asks in ten that get past a word no index knows) answers without its memo.
 */
type WordReadings = (StemReading[] | undefined)[];

function addReadings(out: WordReadings, prefix: string, stem: string): void {
  INDEXES.forEach((ix, id) => {
    const root = ix.prefixes.has(prefix) ? ix.byFirst.get(stem) : undefined;
    if (root) (out[id] ??= []).push({ prefix, root });
  });
}

function clearStemCaches(): void {
  stemCache.clear();
  latinStemCache.clear();
}

// The readings of a word are the same in every post: kept by word, up to a bound.
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, WordReadings>();
const latinStemCache = new Map<string, WordReadings>();

function readingsOf(t: Token): WordReadings {
  if (t.readings) return t.readings;
  const cache = t.kind === 'ar' ? stemCache : latinStemCache;
  const cached = cache.get(t.norm);
  if (cached) return (t.readings = cached);
  let out: WordReadings = NO_READINGS;
  if (ANY_FIRST.has(t.norm)) addReadings((out = []), '', t.norm);
  if (t.kind === 'ar') {
    for (const prefix of ANY_PREFIX_BY_LETTER.get(t.norm[0]) ?? NO_STEMS) {
      if (!t.norm.startsWith(prefix) || t.norm.length - prefix.length < 2) continue;
      const stem = t.norm.slice(prefix.length);
      if (ANY_FIRST.has(stem)) addReadings(out === NO_READINGS ? (out = []) : out, prefix, stem);
    }
  }
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(t.norm, out);
  t.readings = out;
  return out;
}

const NO_STEMS: string[] = [];
const NO_READINGS: WordReadings = [];
const KEPT_MEMO = 1 << 14;

const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„']);

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseNode<T>>();

  private readonly prefixes = new Set<string>(['']);

  private readonly id = INDEXES.length;

  /** prefixes: Arabic strings a first word may start with, '' included. */
  constructor(prefixes: readonly string[] = ['']) {
    INDEXES.push({ byFirst: this.byFirst, prefixes: this.prefixes });
    clearStemCaches();
    for (const p of prefixes) {
      if (p === '') continue;
      this.prefixes.add(p);
      const all = ANY_PREFIX_BY_LETTER.get(p[0]) ?? [];
      if (!all.includes(p)) {
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
    let node = this.byFirst.get(first);
    if (!node) {
      // A word's readings hold this index's tree for it from now on (stemCandidate).
      this.byFirst.set(first, (node = phraseNode<T>()));
      ANY_FIRST.add(first);
      clearStemCaches();
    }
    for (const w of rest) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = phraseNode<T>()));
      node = child;
    }
    if (node.ends) return;
    node.ends = true;
    node.value = value;
  }

  hasFirst(word: string): boolean {
    return this.byFirst.has(word);
  }

  // Readers ask about the same tokens many times; answers are kept for the token
  // array of the call under way (one text model at a time: calls are synchronous).
  private memoTokens: Token[] | null = null;
  private memo: (PhraseMatch<T> | null | undefined)[] = [];
  /** memo[i] holds an answer for the call under way only where memoCall[i] is its number: no clearing per post. */
  private memoCall = new Uint32Array(0);
  private call = 0;

  /** The longest phrase starting at token i (shortest prefix on ties). */
  match(tokens: Token[], i: number): PhraseMatch<T> | null {
    // Most words start no phrase of this index: known at once, without the memo.
    const t = tokens[i];
    if (t === undefined || t.kind === 'sp' || t.kind === 'nl') return null;
    const mine = readingsOf(t)[this.id];
    if (mine === undefined) return null;
    if (tokens !== this.memoTokens) {
      this.memoTokens = tokens;
      // The arrays are kept from post to post (allocating one per index and post was a tenth of the garbage);
      // one grown for a very long post is let go at the next ordinary one. A new call number stands for
      // clearing them.
      const size = this.memo.length;
      if (size < tokens.length || (size > KEPT_MEMO && tokens.length <= KEPT_MEMO)) {
        const grown = Math.max(tokens.length, Math.min(KEPT_MEMO, 2 * size));
        this.memo = new Array<PhraseMatch<T> | null | undefined>(grown);
        this.memoCall = new Uint32Array(grown);
      }
      this.call = this.call === 0xffffffff ? 1 : this.call + 1;
      if (this.call === 1) this.memoCall.fill(0);
    }
    if (this.memoCall[i] === this.call) return this.memo[i] as PhraseMatch<T> | null;
    const found = this.find(tokens, i, mine);
    this.memo[i] = found;
    this.memoCall[i] = this.call;
    return found;
  }

  /** A phrase that ends at token j and starts at most `tokens` non-space tokens back ("at risk of", «fait partie des»). */
  endsAt(tokens: Token[], j: number, back = 4): boolean {
    for (let k = j, n = 0; k >= 0 && n < back; k = prevNonSpace(tokens, k - 1), n++) if (this.match(tokens, k)?.last === j) return true;
    return false;
  }

  /** The longest phrase at token i, whose readings for this index are `readings`. */
  private find(tokens: Token[], i: number, readings: StemReading[]): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const { prefix, root } of readings) {
      let node = root as PhraseNode<T>;
      // Each next word after at most one space; a line break ends the phrase. The deepest end is the longest phrase.
      let found = node.ends ? node : null;
      let foundLast = i;
      for (let last = i; node.next;) {
        let j = last + 1;
        if (tokens[j]?.kind === 'sp') j++;
        // «sont « libres »», 'are "free"': a quotation mark before a word of the phrase is passed.
        if (tokens[j]?.kind === 'p' && DOUBLE_QUOTES.has(tokens[j].norm) && j > i) {
          j++;
          if (tokens[j]?.kind === 'sp') j++;
        }
        const next: PhraseNode<T> | undefined = tokens[j] === undefined ? undefined : node.next.get(tokens[j].norm);
        if (!next) break;
        node = next;
        last = j;
        if (node.ends) {
          found = node;
          foundLast = j;
        }
      }
      if (found && (!best || foundLast > best.last)) best = { value: found.value as T, first: i, last: foundLast, prefix: prefix.length };
    }
    return best;
  }
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
