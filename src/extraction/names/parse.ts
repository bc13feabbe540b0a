import { normalizeArabic, normalizeLatin } from '../../text/normalize';
import type { Script } from './skeleton';

/**
 * Splits a name into parts: one part per person in the chain (given name,
 * father, grandfather, family), with compounds kept whole (عبد الرحمن,
 * Nour al-Din, Nasrallah, أبو محمد) and the article left out of each part's
 * core (الخطيب → خطيب, Al Khatib / Alkhatib → khatib).
 */

export interface Token {
  /** As written: Arabic without harakat; Latin with its case and accents. */
  raw: string;
  /** Arabic: normalizeArabic(raw). Latin: normalizeLatin, a–z only. */
  norm: string;
  script: Script;
  /** An article written as its own word (al, el, ال, as- before s…). */
  article: boolean;
}

export interface Part {
  kind: 'name' | 'kunya';
  /** For a kunya: أبو (abu) or أم (umm). */
  kunya: 'abu' | 'umm' | null;
  /** The name after أبو/أم, or after a family prefix (الحاج علي → علي). */
  inner: Part | null;
  script: Script;
  compound: 'abd' | 'din' | 'allah' | 'lexicon' | 'family' | null;
  /** The letters the skeleton is built from: Arabic keeps ة/ى/hamza, Latin is a–z. */
  core: string;
  /** Whether the part had an article (for display). */
  article: boolean;
  /** Latin only: the other reading of an attached al-/el- (Aloush as علوش or as al-Oush). */
  altCore: string | null;
  tokens: Token[];
  /** Gazetteer entries this part is known to be (ids), or null. */
  entries: readonly number[] | null;
}

export interface ParsedName {
  /** Name tokens after leading titles and bracketed aliases are dropped. */
  tokens: Token[];
  parts: Part[];
}

/** Gazetteer lookup by compact normalised form (no spaces): "عبدالرحمن", "abdulrahman". */
export type Lookup = (compact: string, script: Script) => readonly number[] | undefined;

const INVISIBLES = /[\u200B-\u200F\u061C\uFEFF\u00AD\u2060\u202A-\u202E\u2066-\u2069]/g;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;
const ANY_LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}\p{N}'’‘`´ʿʾʼʻ]+/gu;
const HAS_ARABIC = /\p{Script=Arabic}/u;
const NOT_ARABIC_LETTER = /[^\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FF]/g;
const TURKISH_SH = /[şŞșȘ]/g;
// Arabizi, as families type names online: 7amza, Sa3eed, 5aled.
const ARABIZI_DIGIT = /[0-9]/g;
const ARABIZI: Readonly<Record<string, string>> = { '2': '', '3': '', '5': 'kh', '7': 'h' };
const NON_AZ = /[^a-z]/g;

const AR_TITLES = new Set(
  [
    'الشهيد',
    'الشهيدة',
    'المعتقل',
    'المعتقلة',
    'الشيخ',
    'الشيخة',
    'الدكتور',
    'الدكتورة',
    'د',
    'المهندس',
    'المهندسة',
    'الحاج',
    'الحاجة',
    'السيد',
    'السيدة',
    'الأستاذ',
    'الأستاذة',
    'المحامي',
    'المحامية',
    'الطفل',
    'الطفلة',
    'الناشط',
    'الناشطة',
    'الشاب',
    'الشابة',
    'الصحفي',
    'الصحفية',
    'الإعلامي',
    'الإعلامية',
    'المواطن',
    'المواطنة',
    'الأب',
    'الخوري',
    'الأخ',
    'الأخت',
    'الملازم',
    'النقيب',
    'المقدم',
    'العقيد',
    'العميد',
    'الرقيب',
  ].map(normalizeArabic),
);
const LA_TITLES = new Set([
  'dr',
  'doctor',
  'sheikh',
  'shaykh',
  'sheik',
  'cheikh',
  'shaikh',
  'hajj',
  'haj',
  'hajji',
  'hadj',
  'mr',
  'mrs',
  'ms',
  'mme',
  'mlle',
  'eng',
  'prof',
  'martyr',
]);

const AR_CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'ابنة', 'ابنه'].map(normalizeArabic));
const LA_CONNECTORS = new Set(['bin', 'ibn', 'ben', 'bint', 'ebn', 'bent']);

const AR_ABU = new Set(['ابو', 'ابي']);
const AR_UMM = 'ام';
const LA_ABU = new Set(['abu', 'abou', 'abo']);
// Abul Khair, Aboul Fadl: the kunya word with the article of the next word.
const LA_ABU_ARTICLE = new Set(['abul', 'aboul', 'abol']);
const LA_UMM = new Set(['um', 'umm', 'om', 'oum', 'omm']);

const LA_ARTICLES = new Set(['al', 'el']);
// as-Sayed, ar-Rifai, ash-Shami, ad-Din: the article assimilated to a sun letter.
const LA_SUN_ARTICLE = /^[aeu](r|s|sh|t|th|d|dh|z|n|ch)$/;
// abd, abdul, abdel, abdoul, abdur, abdus… followed by the divine name as its own word.
const LA_ABD_HEAD = /^abd(?:[aeiou]{1,2}[lrsntdz]|[aeiou]sh)?$/;
const LA_ABD_ATTACHED = /^abd([a-z]{3,})$/;
const LA_ABU_ATTACHED = /^(?:abu|abou|abo)([a-z]{3,})$/;
const LA_ATTACHED_ARTICLE = /^(?:al|el)([a-z]+)$/;
const LA_DIN = /^(?:[aeiou][ld]?)?d{1,2}(?:i|ee|ie|y)n{1,2}e?$/;
const LA_ALLAH = /^[aeiu]?ll[ae]h?$/;
// Noureldin, Ezzeldin: the article's l written into one word with the name before it.
const LA_ELDIN_ATTACHED = /^([a-z]{2,})[aeiou]ld{1,2}(?:i|ee|ie|y)n{1,2}e?$/;
const LEADING_VOWELS = /^[aeiou]+/;
const CONSONANT_START = /^[^aeiouy]/;

/** Joins the words of a Latin compound's core, so that abd+hamid does not read as a dh. */
const LATIN_JOIN = '-';
const AR_ARTICLE = 'ال';
// الحاج علي, Haj Hussein, شيخ موس: honorifics that became the first word of a family name.
const FAMILY_PREFIXES = new Set(['حاج', 'شيخ', 'haj', 'hajj', 'hadj', 'hadg', 'sheikh', 'shaikh', 'cheikh', 'sheik', 'shaykh', 'chaikh']);
const AR_ABD = 'عبد';
const AR_DIN = 'الدين';
const AR_ALLAH = 'الله';

export function readTokens(text: string): Token[] {
  let s = text.normalize('NFKC').replace(INVISIBLES, '');
  // A bracketed part is an alias (محمد الخطيب (أبو أحمد)), not more of the name.
  const unbracketed = s.replace(BRACKETED, ' ');
  if (ANY_LETTER.test(unbracketed)) s = unbracketed;
  s = s.replace(ARABIC_MARKS, '');
  const out: Token[] = [];
  for (const w of s.match(WORD) ?? []) {
    if (HAS_ARABIC.test(w)) {
      const raw = w.replace(NOT_ARABIC_LETTER, '');
      if (raw) out.push({ raw, norm: normalizeArabic(raw), script: 'ar', article: false });
      continue;
    }
    if (!ANY_LETTER.test(w)) continue;
    const raw = w.replace(ARABIZI_DIGIT, (d) => ARABIZI[d] ?? '');
    const norm = normalizeLatin(raw.replace(TURKISH_SH, 'sh')).replace(NON_AZ, '');
    if (norm) out.push({ raw, norm, script: 'la', article: false });
  }
  return out;
}

function isTitle(t: Token): boolean {
  return t.script === 'ar' ? AR_TITLES.has(t.norm) : LA_TITLES.has(t.norm);
}

function isConnector(t: Token): boolean {
  return t.script === 'ar' ? AR_CONNECTORS.has(t.norm) : LA_CONNECTORS.has(t.norm);
}

function isArticle(t: Token, next: Token | undefined): boolean {
  if (next === undefined || next.script !== t.script) return false;
  if (t.script === 'ar') return t.norm === AR_ARTICLE;
  if (LA_ARTICLES.has(t.norm)) return true;
  const m = LA_SUN_ARTICLE.exec(t.norm);
  return m !== null && next.norm.startsWith(m[1]);
}

function isDin(t: Token): boolean {
  return t.script === 'ar' ? t.norm === AR_DIN : LA_DIN.test(t.norm);
}

function isAllah(t: Token): boolean {
  return t.script === 'ar' ? t.norm === AR_ALLAH : LA_ALLAH.test(t.norm);
}

function kunyaOf(t: Token): 'abu' | 'umm' | null {
  if (t.script === 'ar') return AR_ABU.has(t.norm) ? 'abu' : t.norm === AR_UMM ? 'umm' : null;
  if (LA_ABU.has(t.norm) || LA_ABU_ARTICLE.has(t.norm)) return 'abu';
  return LA_UMM.has(t.norm) ? 'umm' : null;
}

function isAbdHead(t: Token): boolean {
  return t.script === 'ar' ? t.norm === AR_ABD : LA_ABD_HEAD.test(t.norm);
}

function lookupPart(lex: Lookup | null, script: Script, ...forms: string[]): readonly number[] | null {
  if (lex === null) return null;
  for (const f of forms) {
    const hit = lex(script === 'ar' ? normalizeArabic(f) : f, script);
    if (hit !== undefined) return hit;
  }
  return null;
}

function compactOf(tokens: readonly Token[]): string {
  let s = '';
  for (const t of tokens) s += t.norm;
  return s;
}

/** The Arabic article, unless the word is a name that only looks like it (إلياس typed as الياس). */
function stripArabicArticle(t: Token, lex: Lookup | null): string {
  if (!t.raw.startsWith(AR_ARTICLE) || t.raw.length < 4) return t.raw;
  if (lex !== null && lex(t.norm, 'ar') !== undefined) return t.raw;
  return t.raw.slice(2);
}

/**
 * Alkhatib, Elkhatib → khatib; but Ali, Alaa, Alia, Elias, Alwan keep their
 * letters: a known name is never split, and an unknown remainder must be
 * long enough to be a family name on its own. A remainder starting with a
 * vowel (Alomari = العمري, but Aloush = علوش) needs five letters; the other
 * reading is returned as `alt` for comparisons.
 */
function splitLatinArticle(norm: string, lex: Lookup | null): { core: string; alt: string | null } {
  const m = LA_ATTACHED_ARTICLE.exec(norm);
  if (m === null) return { core: norm, alt: null };
  if (lex !== null && lex(norm, 'la') !== undefined) return { core: norm, alt: null };
  const rest = m[1];
  if (rest.length >= 3 && lex !== null && lex(rest, 'la') !== undefined) return { core: rest, alt: norm };
  if (rest.length >= 5 || (rest.length === 4 && CONSONANT_START.test(rest))) return { core: rest, alt: norm };
  return { core: norm, alt: rest.length >= 3 ? rest : null };
}

function stripLatinArticle(norm: string, lex: Lookup | null): string {
  return splitLatinArticle(norm, lex).core;
}

/** abdulrahman → rahman, abdelkader → kader, abdurrahman → rrahman. */
function latinAbdRest(rest: string): string {
  const vowels = LEADING_VOWELS.exec(rest);
  if (vowels === null) return rest;
  const after = rest.slice(vowels[0].length);
  return after.startsWith('l') && after.length > 2 ? after.slice(1) : after;
}

// Explicit fields rather than a spread of `extra`: parts are made for every
// mention, and spread objects fall out of V8's fast shapes.
function makePart(tokens: Token[], core: string, script: Script, extra: Partial<Part> = {}): Part {
  return {
    kind: extra.kind ?? 'name',
    kunya: extra.kunya ?? null,
    inner: extra.inner ?? null,
    script,
    compound: extra.compound ?? null,
    core,
    article: extra.article ?? false,
    altCore: extra.altCore ?? null,
    tokens,
    entries: extra.entries ?? null,
  };
}

function simplePart(t: Token, afterArticle: boolean, lex: Lookup | null): Part {
  const whole = lookupPart(lex, t.script, t.norm);
  if (t.script === 'ar') {
    // العبدالله, النورالدين: the article comes off before the compound is read.
    const raw = stripArabicArticle(t, lex);
    const norm = raw === t.raw ? t.norm : t.norm.slice(AR_ARTICLE.length);
    const article = afterArticle || raw !== t.raw;
    const known = (core: string) => whole ?? lookupPart(lex, 'ar', core);
    if (norm.startsWith(AR_ABD + AR_ARTICLE) && raw.length > 6) {
      const core = AR_ABD + raw.slice(5);
      return makePart([t], core, 'ar', { compound: 'abd', article, entries: known(core) });
    }
    if (whole === null && !article && norm.startsWith('ابو') && raw.length >= 6) {
      const inner = simplePart({ raw: raw.slice(3), norm: norm.slice(3), script: 'ar', article: false }, false, lex);
      return makePart([t], inner.core, 'ar', { kind: 'kunya', kunya: 'abu', inner });
    }
    if (norm.endsWith(AR_DIN) && raw.length >= 7) {
      const core = raw.slice(0, -5) + 'دين';
      return makePart([t], core, 'ar', { compound: 'din', article, entries: known(core) });
    }
    if (norm.endsWith(AR_ALLAH) && raw.length >= 6) {
      const core = raw.slice(0, -4) + 'له';
      return makePart([t], core, 'ar', { compound: 'allah', article, entries: known(core) });
    }
    return makePart([t], raw, 'ar', { article, entries: raw !== t.raw ? known(raw) : whole });
  }
  const split = afterArticle ? { core: t.norm, alt: null } : splitLatinArticle(t.norm, lex);
  const body = split.core;
  const article = afterArticle || body !== t.norm;
  if (whole === null) {
    const abd = LA_ABD_ATTACHED.exec(body);
    if (abd !== null) {
      const core = 'abd' + LATIN_JOIN + latinAbdRest(abd[1]);
      return makePart([t], core, 'la', { compound: 'abd', article, entries: lookupPart(lex, 'la', body, core) });
    }
    const eldin = LA_ELDIN_ATTACHED.exec(body);
    if (eldin !== null) {
      const core = eldin[1] + LATIN_JOIN + 'din';
      return makePart([t], core, 'la', { compound: 'din', article, entries: lookupPart(lex, 'la', body, core) });
    }
    const abu = article ? null : LA_ABU_ATTACHED.exec(body);
    if (abu !== null) {
      let rest = abu[1];
      if (rest.startsWith('l') && CONSONANT_START.test(rest.slice(1))) rest = rest.slice(1);
      const inner = simplePart({ raw: rest, norm: rest, script: 'la', article: false }, false, lex);
      return makePart([t], inner.core, 'la', { kind: 'kunya', kunya: 'abu', inner });
    }
  }
  return makePart([t], body, 'la', {
    article,
    altCore: split.alt,
    entries: whole ?? (body !== t.norm ? lookupPart(lex, 'la', body) : null),
  });
}

/** Article tokens dropped, articles stripped from every word after the first. */
function lexiconCore(span: readonly Token[], lex: Lookup | null): string {
  let core = '';
  span.forEach((t, k) => {
    if (t.article) return;
    if (k === 0) core += t.script === 'ar' ? t.raw : isAbdHead(t) ? 'abd' : t.norm;
    else core += t.script === 'ar' ? stripArabicArticle(t, lex) : LATIN_JOIN + stripLatinArticle(t.norm, lex);
  });
  return core;
}

function asArticle(t: Token): Token {
  return { raw: t.raw, norm: t.norm, script: t.script, article: true };
}

function markArticles(span: Token[]): Token[] {
  return span.map((t, k) => (k < span.length - 1 && isArticle(t, span[k + 1]) ? asArticle(t) : t));
}

function readPart(T: readonly Token[], i: number, lex: Lookup | null, first = false): { part: Part; next: number } {
  const byRules = readRulePart(T, i, lex, first);
  if (lex === null) return byRules;
  // Multi-word gazetteer names the rules do not join (نور الهدى, Abd al Rahman typed oddly).
  const t = T[i];
  for (let len = Math.min(3, T.length - i); len >= 2 && i + len > byRules.next; len--) {
    const span = T.slice(i, i + len);
    if (span.some((x) => x.script !== t.script || isConnector(x))) continue;
    const hit = lex(compactOf(span), t.script);
    if (hit === undefined) continue;
    const marked = markArticles(span);
    return {
      part: makePart(marked, lexiconCore(marked, lex), t.script, { compound: 'lexicon', entries: hit }),
      next: i + len,
    };
  }
  return byRules;
}

function readRulePart(T: readonly Token[], i: number, lex: Lookup | null, first: boolean): { part: Part; next: number } {
  const t = T[i];
  const n = T.length;

  const kunya = kunyaOf(t);
  if (kunya !== null && i + 1 < n && T[i + 1].script === t.script && !isConnector(T[i + 1])) {
    const r = readPart(T, i + 1, lex);
    const inner = r.part;
    return {
      part: makePart([t, ...inner.tokens], inner.core, t.script, { kind: 'kunya', kunya, inner }),
      next: r.next,
    };
  }

  if (isAbdHead(t) && i + 1 < n && T[i + 1].script === t.script && !isConnector(T[i + 1])) {
    let j = i + 1;
    const tokens: Token[] = [t];
    if (j + 1 < n && isArticle(T[j], T[j + 1])) tokens.push(asArticle(T[j++]));
    const rest = T[j];
    tokens.push(rest);
    const restCore = rest.script === 'ar' ? stripArabicArticle(rest, lex) : tokens.length > 2 ? rest.norm : stripLatinArticle(rest.norm, lex);
    const core = (t.script === 'ar' ? t.raw : 'abd' + LATIN_JOIN) + restCore;
    const entries = lookupPart(lex, t.script, compactOf(tokens), core);
    return { part: makePart(tokens, core, t.script, { compound: 'abd', entries }), next: j + 1 };
  }

  let part: Part;
  let next: number;
  if (i + 1 < n && isArticle(t, T[i + 1])) {
    part = simplePart(T[i + 1], true, lex);
    part.tokens = [asArticle(t), T[i + 1]];
    next = i + 2;
  } else {
    part = simplePart(t, false, lex);
    next = i + 1;
  }
  if (part.kind === 'kunya') return { part, next };

  const after = T[next];
  if (!first && FAMILY_PREFIXES.has(part.core) && after !== undefined && after.script === t.script && !isConnector(after)) {
    const r = readRulePart(T, next, lex, false);
    const tokens = [...part.tokens, ...r.part.tokens];
    const core = part.core + (t.script === 'la' ? LATIN_JOIN : '') + r.part.core;
    return {
      part: makePart(tokens, core, t.script, { compound: 'family', article: part.article, inner: r.part }),
      next: r.next,
    };
  }

  // Nour al-Din, Nasrallah written apart: the second word belongs to the first.
  const suffix: Token[] = [];
  let addCore = '';
  let compound: Part['compound'] = part.compound;
  for (;;) {
    const u = T[next];
    if (u === undefined || u.script !== t.script) break;
    let word = u;
    let step = 1;
    const after = T[next + 1];
    if (after !== undefined && isArticle(u, after) && (isDin(after) || isAllah(after))) {
      suffix.push(asArticle(u));
      word = after;
      step = 2;
    }
    if (isDin(word)) {
      compound = 'din';
      addCore += t.script === 'ar' ? 'دين' : LATIN_JOIN + 'din';
    } else if (isAllah(word)) {
      compound = 'allah';
      addCore += t.script === 'ar' ? 'له' : LATIN_JOIN + 'lah';
    } else {
      if (step === 2) suffix.pop();
      break;
    }
    suffix.push(word);
    next += step;
  }
  if (suffix.length > 0) {
    const tokens = [...part.tokens, ...suffix];
    const core = part.core + addCore;
    const entries = lookupPart(lex, t.script, compactOf(tokens), core);
    part = makePart(tokens, core, t.script, { compound, entries, article: part.article, altCore: null });
  }
  return { part, next };
}

export function parseName(text: string, lex: Lookup | null): ParsedName {
  const all = readTokens(text);
  let start = 0;
  while (start < all.length - 1 && isTitle(all[start])) start++;
  const tokens = start === 0 ? all : all.slice(start);
  const parts: Part[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (parts.length > 0 && i < tokens.length - 1 && isConnector(tokens[i])) {
      i++;
      continue;
    }
    const r = readPart(tokens, i, lex, parts.length === 0);
    parts.push(r.part);
    i = r.next;
  }
  return { tokens, parts };
}
