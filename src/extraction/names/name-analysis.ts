import { GIVEN_NAMES, lookupGivenName } from './gazetteer';
import { parseName, type Part, type Token } from './parse';
import { skeletonKey } from './skeleton';

export interface AnalyzedName {
  /** Normalised form in the name's own script: Arabic via normalizeArabic + tokens joined by single spaces; Latin lower-cased, accents folded, hyphens → spaces. */
  normalized: string;
  /** A readable Latin form: Arabic transliterated (محمد أحمد الخطيب → "Mohammed Ahmad al-Khatib"), Latin names tidied (title case, "al-" kept). */
  latin: string;
  /** One skeleton key per name part, in order (compounds such as عبد الرحمن are one part). */
  tokens: string[];
  /** Keys for matching across scripts: every part key, then first:last and first:second:last. */
  keys: string[];
}

export interface AnalyzedPart extends Part {
  key: string;
  /** Keys of every gazetteer row the part may be (Hassan: حسن and حسان), when they differ. */
  altKeys: readonly string[];
  display: string;
  latin: string;
  inner: AnalyzedPart | null;
}

export interface AnalyzedParts {
  normalized: string;
  parts: AnalyzedPart[];
}

const KUNYA_PREFIX = { abu: 'abu', umm: 'umm' } as const;
const KUNYA_LATIN = { abu: 'Abu', umm: 'Umm' } as const;

function keyOf(p: Part): string {
  if (p.kind === 'kunya' && p.inner !== null) return KUNYA_PREFIX[p.kunya ?? 'abu'] + keyOf(p.inner);
  if (p.entries !== null) return GIVEN_NAMES[p.entries[0]].key;
  return skeletonKey(p.core, p.script);
}

// ---------------------------------------------------------------------------
// Readable Latin

const TRANSLIT: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 'th',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ڤ: 'v',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
};
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى', 'ی']);

/**
 * Unvocalised Arabic does not say which short vowels to write, so this is a
 * readable guess, not a standard: a vowel after the first consonant when
 * another follows and inside any run of three, "e" after a long a (Jasem,
 * Fares), "ay" for a ي right after the first consonant (Sayed, Shaykh).
 */
function transliterate(core: string): string {
  type Item = { c: string } | { v: string };
  const items: Item[] = [];
  let consonants = 0;
  for (let i = 0; i < core.length; i++) {
    const ch = core[i];
    const prev = core[i - 1];
    const next = core[i + 1];
    const c = TRANSLIT[ch];
    if (c !== undefined) {
      items.push({ c });
      consonants++;
    } else if (ch === 'ا' || ch === 'أ' || ch === 'آ' || ch === 'ى' || ch === 'ع') items.push({ v: 'a' });
    else if (ch === 'إ') items.push({ v: 'i' });
    else if (ch === 'ة') items.push({ v: 'a' });
    else if (ch === 'و') {
      const consonantal = i === 0 || (next !== undefined && VOWEL_LETTERS.has(next)) || prev === 'ا';
      items.push(consonantal ? { c: 'w' } : { v: 'ou' });
      if (consonantal) consonants++;
    } else if (ch === 'ي' || ch === 'ی') {
      const consonantal = i === 0 || next === 'ا' || next === 'و' || prev === 'ا';
      if (consonantal) {
        items.push({ c: 'y' });
        consonants++;
      } else items.push({ v: consonants === 1 && next !== undefined && prev !== undefined && TRANSLIT[prev] !== undefined ? 'ay' : 'i' });
    }
  }
  let out = '';
  let seenConsonant = false;
  let lastVowel = '';
  items.forEach((it, k) => {
    if ('v' in it) {
      if (!out.endsWith(it.v)) out += it.v;
      lastVowel = it.v;
      return;
    }
    out += it.c;
    const next = items[k + 1];
    const afterNext = items[k + 2];
    if (next !== undefined && 'c' in next) {
      const cluster = !seenConsonant || afterNext === undefined || 'c' in afterNext;
      if (cluster) {
        out += seenConsonant && lastVowel === 'a' ? 'e' : 'a';
      }
    }
    seenConsonant = true;
  });
  return capitalize(out);
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase();
}

function latinOfLatinPart(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, k) => {
    if (t.article && k < tokens.length - 1) {
      out += (out ? ' ' : '') + t.raw.toLowerCase() + '-';
      return;
    }
    const word = titleCase(t.raw);
    out += out === '' || out.endsWith('-') ? word : ' ' + word;
  });
  return out;
}

function latinOfArabicPart(p: Part, key: string): string {
  if (p.kind === 'kunya' && p.inner !== null) return `${KUNYA_LATIN[p.kunya ?? 'abu']} ${latinOfArabicPart(p.inner, keyOf(p.inner))}`;
  const article = p.article ? 'al-' : '';
  if (p.entries !== null) return article + GIVEN_NAMES[p.entries[0]].latin[0];
  switch (p.compound) {
    case 'family':
      if (p.inner !== null) {
        const prefix = p.core.slice(0, p.core.length - p.inner.core.length);
        return `${article}${transliterate(prefix)} ${latinOfArabicPart(p.inner, keyOf(p.inner))}`;
      }
      return article + transliterate(p.core);
    case 'abd':
      return `Abd al-${transliterate(p.core.slice(3))}`;
    case 'din':
      return `${transliterate(p.core.slice(0, -3))} al-Din`;
    case 'allah':
      return `${transliterate(p.core.slice(0, -2))}allah`;
    default:
      return key === '' ? p.tokens.map((t) => t.raw).join(' ') : article + transliterate(p.core);
  }
}

function analyzePart(p: Part): AnalyzedPart {
  const key = keyOf(p);
  const inner = p.inner === null ? null : analyzePart(p.inner);
  const altKeys =
    p.kind === 'name' && p.entries !== null && p.entries.length > 1 ? [...new Set(p.entries.map((id) => GIVEN_NAMES[id].key))].filter((k) => k !== key) : [];
  const display = p.script === 'ar' ? p.tokens.map((t) => t.raw).join(' ') : latinOfLatinPart(p.tokens);
  const latin = p.script === 'ar' ? latinOfArabicPart(p, key) : display;
  return {
    kind: p.kind,
    kunya: p.kunya,
    inner,
    script: p.script,
    compound: p.compound,
    core: p.core,
    article: p.article,
    altCore: p.altCore,
    tokens: p.tokens,
    entries: p.entries,
    key,
    altKeys,
    display,
    latin,
  };
}

/** The parts of a name with their keys; what compareNames works on. */
export function analyzeParts(name: string): AnalyzedParts {
  const parsed = parseName(name, lookupGivenName);
  return {
    normalized: parsed.tokens.map((t) => t.norm).join(' '),
    parts: parsed.parts.map(analyzePart),
  };
}

export function analyzeName(name: string): AnalyzedName {
  const { normalized, parts } = analyzeParts(name);
  const tokens = parts.map((p) => p.key);
  const keys = new Set<string>();
  for (const p of parts) {
    if (p.key) keys.add(p.key);
    for (const k of p.altKeys) keys.add(k);
  }
  if (parts.length >= 2) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) keys.add(`${first}:${last}`);
    if (parts.length >= 3 && first && tokens[1] && last) keys.add(`${first}:${tokens[1]}:${last}`);
  }
  return {
    normalized,
    latin: parts.map((p) => p.latin).join(' '),
    tokens,
    keys: [...keys],
  };
}

/**
 * Script-independent skeleton of one name part: nameKey('محمد') === nameKey('Mhd') === 'mhmd',
 * nameKey('الخطيب') === nameKey('Al Khatib'). Text that reads as several parts gets their keys run together.
 */
export function nameKey(token: string): string {
  return analyzeParts(token)
    .parts.map((p) => p.key)
    .join('');
}
