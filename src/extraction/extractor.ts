import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributeHit, HitKind, PhraseMatch, TextModel, Token } from './attributes';
import {
  buildTextModel,
  fillAttributes,
  findAttributeHits,
  foldWord,
  isWordToken,
  matchFacility,
  matchPlace,
  nextNonSpace,
  PhraseIndex,
  phraseWords,
  PLACE_WORDS,
  prefixCombos,
  prevNonSpace,
} from './attributes';
import cuesData from './data/cues.json';
import fallbackNamesData from './data/name-fallback.json';
import figuresData from './data/public-figures.json';
import type { ExtractedMention, MentionAttributes, MentionRole } from './types';
import { DETAINEE_ROLES, emptyAttributes } from './types';

/**
 * The rule-based person-mention extractor. Pure: the word lists are loaded
 * and indexed once, at module load; a call only reads them.
 *
 * 1. The text is folded (normalizeText per character, offsets kept) and
 *    tokenised; cue phrases (roles, kinship, titles, speech…) are marked.
 * 2. Names are read after cues and list markers, before cues («محمد الخطيب،
 *    المعتقل منذ…», "Ahmad Darwish, detained since…"), from the public-figure
 *    list and, with lower confidence, from the given-name gazetteer.
 * 3. Each name's role comes from the cues attached to it (directly before or
 *    after it, shared with names coordinated with it), then from cues elsewhere
 *    in its clause or sentence, then from its list heading or a neighbouring
 *    sentence; kinship, official titles and speech verbs decide first.
 * 4. Attributes come from the text between the neighbouring names (the list
 *    item or the clause), then the sentence, the heading, or the whole post
 *    when it is about one person.
 */
export const EXTRACTOR_VERSION = 'rules-1';

type DetRole = 'detainee' | 'released' | 'missing' | 'dead';

// "found" alone is no cue: "Ahmad Darwish, detained since 2012, was found in
// Saydnaya" stays a detainee; a release needs a release word.
// Among the cues that describe the same person the gravest outcome wins.
const ROLE_PRIORITY: Record<DetRole, number> = { detainee: 1, missing: 2, released: 3, dead: 4 };

const MAX_NAME_UNITS = 5;

// ---------------------------------------------------------------------------
// Word lists

type Langs = { ar?: string[]; en?: string[]; fr?: string[] };
const ar = (l: Langs): string[] => l.ar ?? [];
const latin = (l: Langs): string[] => [...(l.en ?? []), ...(l.fr ?? [])];
const allLangs = (l: Langs): string[] => [...ar(l), ...latin(l)];
const foldSet = (list: string[]): Set<string> => new Set(list.map(foldWord).filter((w) => w.length > 0 && !w.includes(' ')));

type CueKind =
  | 'role'
  | 'relative'
  | 'official'
  | 'defector'
  | 'otherTitle'
  | 'speech'
  | 'neutral'
  | 'demand'
  | 'negation'
  | 'clause'
  | 'coord'
  | 'headingOfficial';

interface CueDef {
  kind: CueKind;
  role?: DetRole;
  transitive?: boolean;
  firstPerson?: boolean;
  /** Says someone is held, but is said of officials too (sentencing): never outweighs the figure list. */
  weak?: boolean;
}

const cues = cuesData;
const ARABIC_CUE_PREFIXES = prefixCombos(['', 'ال', 'ب', 'ل', 'بال', 'لل', 'ك', 'كال']);
const ARABIC_SUFFIXES = cues.arabicCueSuffixes.endings.map(foldWord);
const ARABIC_TA_SUFFIXES = cues.arabicCueSuffixes.afterTaMarbuta.map(foldWord);
const LATIN_TRANSITIVE = foldSet(cues.latinTransitive);

const cueIndex = new PhraseIndex<CueDef>(ARABIC_CUE_PREFIXES);

function addCue(phrase: string, def: CueDef, arabic: boolean): void {
  const ws = phraseWords(phrase);
  if (ws.length === 0) return;
  cueIndex.addWords(ws, def);
  // اعتقلوه، معتقلاً، وفاته: a single Arabic cue word with an attached ending.
  if (arabic && ws.length === 1 && ws[0].length >= 3) {
    const w = ws[0];
    for (const s of ARABIC_SUFFIXES) cueIndex.addWords([w + s], def);
    if (w.endsWith('ه')) for (const s of ARABIC_TA_SUFFIXES) cueIndex.addWords([w.slice(0, -1) + 'ت' + s], def);
  }
}

function addCueList(l: Langs, def: (latinWord: string) => CueDef): void {
  for (const p of ar(l)) addCue(p, def(''), true);
  for (const p of latin(l)) addCue(p, def(foldWord(p)), false);
}

const FIRST_PERSON_POSSESSIVES = foldSet(cues.firstPerson.latinPossessives);
const FIRST_PERSON_ENDINGS = cues.firstPerson.arabicEndings.map(foldWord);

/** «أخي», «أخونا», "my brother", «mon frère». */
function isFirstPerson(words: string[]): boolean {
  const first = words[0] ?? '';
  if (FIRST_PERSON_POSSESSIVES.has(first)) return true;
  return /\p{Script=Arabic}/u.test(first) && FIRST_PERSON_ENDINGS.some((e) => first.endsWith(e));
}
for (const role of ['dead', 'released', 'missing', 'detainee'] as DetRole[]) {
  addCueList(cues.roles[role], (w) => ({ kind: 'role', role, transitive: LATIN_TRANSITIVE.has(w) }));
}
addCueList(cues.sentencing, (w) => ({ kind: 'role', role: 'detainee', transitive: LATIN_TRANSITIVE.has(w), weak: true }));
addCueList(cues.relatives, () => ({ kind: 'relative' }));
addCueList(cues.officialTitles, () => ({ kind: 'official' }));
addCueList(cues.defector, () => ({ kind: 'defector' }));
addCueList(cues.otherTitles, () => ({ kind: 'otherTitle' }));
addCueList(cues.speech, () => ({ kind: 'speech' }));
addCueList(cues.neutralTitles, () => ({ kind: 'neutral' }));
addCueList(cues.demand, () => ({ kind: 'demand' }));
addCueList(cues.negation, () => ({ kind: 'negation' }));
addCueList(cues.clauseBreaks, () => ({ kind: 'clause' }));
addCueList(cues.headingOfficials, () => ({ kind: 'headingOfficial' }));
addCueList(cues.coordinatorPhrases, () => ({ kind: 'coord' }));
const FREEDOM_FOR = foldSet(cues.freedomFor.ar);
const FREEDOM_FOR_LAT = foldSet(latin(cues.freedomFor));
const CONTINUATION = foldSet(allLangs(cues.continuationWords));

// «خرج من صيدنايا»: a verb of leaving with a place of detention is a release.
const exitIndex = new PhraseIndex<true>(ARABIC_CUE_PREFIXES);
for (const p of allLangs(cues.exitVerbs)) exitIndex.add(p, true);
const EXIT_OBJECTS = new PhraseIndex<true>(prefixCombos(['', 'ال']));
for (const p of allLangs(cues.exitObjects)) EXIT_OBJECTS.add(p, true);

const EXIT_PREPOSITIONS = foldSet(cues.exitPrepositions);
const PASSIVE_AUX = foldSet(allLangs(cues.passiveAux));
const POST_SKIP = foldSet(allLangs(cues.postSkip));
const COORDINATORS = foldSet(allLangs(cues.coordinators));
const AR_STOP = foldSet(cues.stopWords.ar);
const LAT_STOP = foldSet(cues.stopWords.latin);
const AR_SOFT_STOP = foldSet(cues.softStops.ar);
const PROFESSIONS = foldSet(cues.professions.ar);
const WEAK_NEUTRAL = foldSet(cues.weakNeutral.list);
const ACTIVE_SUBJECTS = foldSet(cues.activeSubjects.list);
const STATUS_NOUNS = new Set(allLangs(cues.statusNouns).map(foldWord));
const ABBREVIATIONS = foldSet(cues.abbreviations);
const FORMER_QUALIFIERS = foldSet(allLangs(cues.formerQualifiers));
const INTRODUCERS = new Set(cues.listIntroducers);

const parts = cues.arabicNameParts;
const AR_COMPOUND_HEAD = foldSet(parts.compoundHeads);
const AR_KUNYA_HEAD = foldSet(parts.kunyaHeads);
const AR_CONNECTOR = foldSet(parts.connectors);
const AR_FAMILY_PREFIX = foldSet(parts.familyPrefixes);
const AR_SUFFIX_NAME = foldSet(parts.suffixNames);
const ABD = foldWord('عبد');
const ALLAH = foldWord('الله');
const LAT_ARTICLES = new Set(cues.latinParticles.articles.map((w) => w.toLowerCase()));
const LAT_CONNECTORS = new Set(cues.latinParticles.connectors.map((w) => w.toLowerCase()));
const LAT_HEADS = new Set(cues.latinParticles.heads.map((w) => w.toLowerCase()));
const LAT_KUNYA_HEADS = new Set(cues.latinParticles.kunyaHeads);
const LAT_EUROPEAN_CONNECTORS = new Set(cues.latinParticles.europeanConnectors);
// A lowercase article hyphenated to a word: al-Khatib, el-Masri, ad-Din.
const LAT_ARTICLE_PREFIX = new RegExp(`^(?:${cues.latinParticles.hyphenArticles.join('|')})-`);
const LAT_ARTICLE_WORD = new RegExp(`^(?:${cues.latinParticles.hyphenArticles.join('|')})-\\p{L}`, 'u');
const AMBIGUOUS_AR = foldSet(cues.ambiguousGivenNames.ar);
const AMBIGUOUS_LAT = foldSet(cues.ambiguousGivenNames.latin);
const WAW_NAMES = foldSet(cues.wawInitialNames);

// ---------------------------------------------------------------------------
// Given names: given-names.json (written by the names work, may be missing or
// still being written) merged with a small fallback list.

interface GivenNameEntry {
  ar?: unknown;
  latin?: unknown;
  g?: unknown;
}

function readGivenNamesFile(): GivenNameEntry[] {
  const candidates = [
    join(__dirname, 'data', 'given-names.json'),
    join(__dirname, '..', '..', 'src', 'extraction', 'data', 'given-names.json'),
    join(__dirname, '..', '..', '..', 'src', 'extraction', 'data', 'given-names.json'),
  ];
  for (const file of candidates) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed as GivenNameEntry[];
    } catch {
      // A file still being written: keep every complete entry.
      const entries: GivenNameEntry[] = [];
      for (const m of raw.matchAll(/\{[^{}]*\}/g)) {
        try {
          entries.push(JSON.parse(m[0]) as GivenNameEntry);
        } catch {
          // skip a broken entry
        }
      }
      return entries;
    }
  }
  return [];
}

const AR_GIVEN = new Set<string>();
const LAT_GIVEN = new Set<string>();
function addGivenNames(entries: GivenNameEntry[]): void {
  for (const e of entries) {
    if (e === null || typeof e !== 'object') continue;
    if (typeof e.ar === 'string') {
      const ws = phraseWords(e.ar);
      if (ws.length === 1) AR_GIVEN.add(ws[0]);
      else if (ws.length === 2 && !AR_COMPOUND_HEAD.has(ws[0])) AR_GIVEN.add(ws[0]);
    }
    const latins = Array.isArray(e.latin) ? e.latin : typeof e.latin === 'string' ? [e.latin] : [];
    for (const l of latins) {
      if (typeof l !== 'string') continue;
      const ws = phraseWords(l);
      if (ws.length === 1) LAT_GIVEN.add(ws[0]);
      else if (ws.length > 1 && !LAT_HEADS.has(ws[0])) LAT_GIVEN.add(ws[0]);
    }
  }
}
addGivenNames(fallbackNamesData as GivenNameEntry[]);
addGivenNames(readGivenNamesFile());

/**
 * Common Arabic nouns, adjectives, past-tense verbs and participles that are never a name word
 * («وثائق عثر», «أم صالح مريضة», «داود قائلاً»). Nouns and adjectives also with ال and attached
 * pronouns; a word in ة also as ت + pronoun. Known given names are left out.
 */
const PRONOUN_ENDINGS = ['ه', 'ها', 'هم', 'هن', 'هما', 'نا', 'ي', 'ك', 'كم'].map(foldWord);
const AR_NON_NAME = new Set<string>();
{
  const nn = cues.arabicNonNameWords;
  const add = (w: string): void => {
    if (w.length > 1 && !AR_GIVEN.has(w)) AR_NON_NAME.add(w);
  };
  for (const raw of [...nn.verbs, ...nn.participles]) add(foldWord(raw));
  const taMarbuta = foldWord('ة');
  const ta = foldWord('ت');
  for (const raw of [...nn.nouns, ...nn.adjectives]) {
    const w = foldWord(raw);
    if (!w || w.includes(' ')) continue;
    add(w);
    add(foldWord('ال') + w);
    const stem = w.endsWith(taMarbuta) ? w.slice(0, -taMarbuta.length) + ta : w;
    for (const e of PRONOUN_ENDINGS) add(stem + e);
  }
}
/** An Arabic word that can never be part of a name (with a leading و/ف too). */
function isArNonName(norm: string): boolean {
  return AR_NON_NAME.has(norm) || AR_NON_NAME.has(stripConj(norm));
}

const LAT_NON_NAMES = new Set<string>([...foldSet(cues.latinNonNames)]);
for (const w of PLACE_WORDS) if (!/\p{Script=Arabic}/u.test(w) && !LAT_GIVEN.has(w)) LAT_NON_NAMES.add(w);

// ---------------------------------------------------------------------------
// Public figures

interface Figure {
  id: string;
  role: MentionRole;
  ambiguous: boolean;
}
interface FigureData {
  id: string;
  role: string;
  ar: string[];
  latin: string[];
  ambiguous?: boolean;
}

const figureArIndex = new PhraseIndex<Figure>(prefixCombos(['', 'ب', 'ل', 'لل']));
const figureLatKeys = new Map<string, Figure>();
const FIGURE_LAT_FIRST = new Set<string>();
const MAX_FIGURE_WORDS = 6;

/** A Latin word as public-figure keys see it: no article, no hyphens (al-Assad → assad). */
function latinKeyWords(norm: string): string[] {
  return norm
    .split('-')
    .filter((w) => w.length > 0 && !LAT_ARTICLES.has(w));
}

for (const f of figuresData as FigureData[]) {
  const role: MentionRole = f.role === 'other' ? 'other' : 'official';
  const fig: Figure = { id: f.id, role, ambiguous: f.ambiguous === true };
  for (const a of f.ar) figureArIndex.add(a, fig);
  for (const l of f.latin) {
    const key = phraseWords(l).flatMap(latinKeyWords);
    if (key.length < 2) continue;
    figureLatKeys.set(key.join(' '), fig);
    FIGURE_LAT_FIRST.add(key[0]);
  }
}

// ---------------------------------------------------------------------------
// Per-call state

interface Cue {
  def: CueDef;
  first: number;
  last: number;
  /** Role after negation or an appeal («نطالب بالإفراج عن» is still held). */
  role?: DetRole;
  /** Candidate whose pre-chain holds this cue. */
  preOwner: number;
  used: boolean;
}

type Source = 'figure' | 'cue' | 'list' | 'post' | 'coord' | 'gazetteer';
const SOURCE_STRENGTH: Record<Source, number> = { figure: 6, cue: 5, list: 5, post: 4, coord: 4, gazetteer: 2 };
const SOURCE_CONFIDENCE: Record<Source, number> = { figure: 0.92, cue: 0.85, list: 0.82, post: 0.8, coord: 0.8, gazetteer: 0.6 };

interface NameRead {
  first: number;
  last: number;
  start: number;
  units: number;
  kunyaOnly: boolean;
  knownFirst: boolean;
}

interface Cand extends NameRead {
  source: Source;
  figure?: Figure;
  /** Index of the candidate it is coordinated with (the one before it), or -1. */
  coordPrev: number;
  /** Coordinated through a kinship word: «وشقيقه», "and his brother". */
  coordRel: boolean;
  group: number;
}

interface Span {
  first: number;
  last: number;
}

interface Item {
  first: number;
  last: number;
  content: number;
  /** Token range of the list's heading, or null. */
  heading: Span | null;
}

interface Line {
  first: number;
  last: number;
  words: number;
  hasRoleCue: boolean;
  endsWithColon: boolean;
  item: boolean;
  blankBefore: boolean;
}

interface Ctx {
  model: TextModel;
  tokens: Token[];
  lang: string;
  cueAt: (Cue | null)[];
  cueList: Cue[];
  /** Index in cueList of the cue covering each token, or -1. */
  inCue: Int32Array;
  sentence: Int32Array;
  clause: Int32Array;
  lineOf: Int32Array;
  lines: Line[];
  items: Item[];
  itemOf: Int32Array;
  /** Candidate covering each token, or -1 (after merging). */
  candAt: Int32Array;
  sentenceFirst: number[];
  sentenceLast: number[];
}

// ---------------------------------------------------------------------------
// Cues

const FLIP_WINDOW_WORDS = 4;

function markCues(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWordToken(t)) continue;
    let m: PhraseMatch<CueDef> | null = cueIndex.match(tokens, i);
    // «الحرية لمحمد…», "Free Ahmad Darwish": an appeal for someone held.
    const after = tokens[nextNonSpace(tokens, i + 1)];
    if (
      (t.kind === 'ar' && FREEDOM_FOR.has(t.norm) && after?.kind === 'ar' && after.norm.startsWith('ل') && !(m && m.last > i)) ||
      (t.kind === 'lat' && t.cap && FREEDOM_FOR_LAT.has(t.norm) && after?.kind === 'lat' && after.cap && LAT_GIVEN.has(after.norm))
    ) {
      m = { value: { kind: 'role', role: 'detainee' }, first: i, last: i, prefix: 0 };
    }
    const exit = exitIndex.match(tokens, i);
    if (exit) {
      // «خرج من صيدنايا», «خرج اليوم من سجن صيدنايا», "walked out of Sednaya prison"
      let j = nextNonSpace(tokens, exit.last + 1);
      for (let skip = 0; skip < 2 && tokens[j] && isWordToken(tokens[j]) && POST_SKIP.has(tokens[j].norm) && !EXIT_PREPOSITIONS.has(tokens[j].norm); skip++) {
        j = nextNonSpace(tokens, j + 1);
      }
      const fromWord = tokens[j];
      const phraseHasFrom = EXIT_PREPOSITIONS.has(tokens[exit.last].norm); // "walked out of", «sorti de»
      const hasFrom = phraseHasFrom || (fromWord !== undefined && EXIT_PREPOSITIONS.has(fromWord.norm));
      if (hasFrom && !phraseHasFrom) j = nextNonSpace(tokens, j + 1);
      // Without «من» only a prison's name is the place left: «خروج المعتقل» is the detainee's exit.
      const obj = matchFacility(tokens, j) ?? (hasFrom ? EXIT_OBJECTS.match(tokens, j) : null);
      if (obj && (!m || obj.last > m.last)) m = { value: { kind: 'role', role: 'released' }, first: i, last: obj.last, prefix: exit.prefix };
      else if (!obj && !m && (exitTowardsPrison(tokens, exit.last + 1) || detaineeWordAt(tokens, j))) {
        // «خرج المعتقل محمد…»: leaving, said of a detainee
        m = { value: { kind: 'role', role: 'released' }, first: i, last: exit.last, prefix: exit.prefix };
      }
    }
    if (!m) continue;
    const cue: Cue = { def: m.value, first: i, last: m.last, role: m.value.role, preOwner: -1, used: false };
    if (cue.def.kind === 'relative') {
      const words = tokens.slice(i, m.last + 1).filter(isWordToken).map((w) => w.norm);
      cue.def = { ...cue.def, firstPerson: isFirstPerson(words) };
    }
    ctx.cueAt[i] = cue;
    const idx = ctx.cueList.length;
    ctx.cueList.push(cue);
    for (let k = i; k <= m.last; k++) ctx.inCue[k] = idx;
    i = m.last;
  }
  // An appeal or a negation before a release cue: the person is still held.
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role' || cue.role !== 'released') continue;
    let words = 0;
    for (let j = cue.first - 1; j >= 0 && words < FLIP_WINDOW_WORDS; j--) {
      const t = tokens[j];
      if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) break;
      if (!isWordToken(t)) continue;
      words++;
      const c = ctx.inCue[j] >= 0 ? ctx.cueList[ctx.inCue[j]] : null;
      if (c && (c.def.kind === 'demand' || c.def.kind === 'negation')) {
        cue.role = 'detainee';
        break;
      }
      if (c && c.def.kind === 'role') break;
    }
  }
}

const MAX_EXIT_SUBJECT_TOKENS = 14;

function detaineeWordAt(tokens: Token[], j: number): boolean {
  const m = cueIndex.match(tokens, j);
  return m !== null && m.value.kind === 'role' && m.value.role === 'detainee';
}

/** «خرج المعتقل محمد الخطيب من سجن صيدنايا»: «من» and a place of detention after the subject. */
function exitTowardsPrison(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j - from < MAX_EXIT_SUBJECT_TOKENS; j++) {
    const t = tokens[j];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return false;
    if (isWordToken(t) && EXIT_PREPOSITIONS.has(t.norm)) {
      const k = nextNonSpace(tokens, j + 1);
      if (matchFacility(tokens, k) ?? EXIT_OBJECTS.match(tokens, k)) return true;
    }
  }
  return false;
}

function cueText(ctx: Ctx, c: { first: number; last: number }): string {
  return ctx.model.text.slice(ctx.tokens[c.first].s, ctx.tokens[c.last].e);
}

const cueOf = (ctx: Ctx, i: number): Cue | null => (i >= 0 && i < ctx.tokens.length && ctx.inCue[i] >= 0 ? ctx.cueList[ctx.inCue[i]] : null);

// ---------------------------------------------------------------------------
// Segmentation: sentences, clauses, lines, list items

const SENTENCE_PUNCT = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);

function isSentencePunct(t: Token): boolean {
  return t.kind === 'p' && SENTENCE_PUNCT.has(t.norm);
}

function endsSentence(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.kind === 'nl') return true;
  if (!isSentencePunct(t)) return false;
  if (t.norm !== '.') return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.kind === 'num' && next && next.kind === 'num') return false;
  if (prev && prev.kind === 'lat' && (ABBREVIATIONS.has(prev.norm) || (prev.norm.length === 1 && prev.cap))) return false;
  // «د. محمد», «م. أحمد»: a one-letter Arabic abbreviation
  if (prev && prev.kind === 'ar' && prev.norm.length === 1) return false;
  // "1." at the start of a line is a list marker
  if (prev && prev.kind === 'num' && prev.norm.length <= 3) {
    const before = tokens[prevNonSpace(tokens, i - 2)];
    if (!before || before.kind === 'nl') return false;
  }
  return true;
}

const BULLET_EXCLUDED = new Set(['#', '@', '(', '«', '"', '“', '[', "'", '<', '»', ')', '.', ',', '،', '!', '?', '؟', ':', '/', '\\', '*' + '*']);
const NUMBER_MARK = new Set(['.', '-', ')', '–', '—', ':', '/', '\\']);

/** Where a list item's text starts if the line starts with a marker (1-, ١., (3), •, 🔹), else -1. */
function itemContentStart(tokens: Token[], first: number, last: number): number {
  let i = nextNonSpace(tokens, first);
  if (i > last) return -1;
  const t = tokens[i];
  if (t.kind === 'p' && t.norm === '(' && tokens[i + 1]?.kind === 'num' && tokens[i + 2]?.norm === ')') i += 3;
  else if (t.kind === 'num' && t.norm.length <= 3) {
    const n = tokens[i + 1];
    if (n && n.kind === 'p' && NUMBER_MARK.has(n.norm)) i += 2;
    else if (n && n.kind === 'sp' && isWordToken(tokens[i + 2])) i += 1;
    else return -1;
  } else if (t.kind === 'p' && !BULLET_EXCLUDED.has(t.norm)) {
    while (i <= last && tokens[i].kind === 'p' && !BULLET_EXCLUDED.has(tokens[i].norm)) i++;
  } else return -1;
  while (i <= last && (tokens[i].kind === 'sp' || (tokens[i].kind === 'p' && NUMBER_MARK.has(tokens[i].norm)))) i++;
  return i <= last && isWordToken(tokens[i]) ? i : -1;
}

function segment(ctx: Ctx): void {
  const { tokens } = ctx;
  const n = tokens.length;
  // Lines
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i <= n; i++) {
    if (i === n || tokens[i].kind === 'nl') {
      const last = i - 1;
      let words = 0;
      let hasRoleCue = false;
      let lastNonSpace = -1;
      for (let k = lineStart; k <= last; k++) {
        if (isWordToken(tokens[k])) words++;
        const c = ctx.cueAt[k];
        if (c && (c.def.kind === 'role' || c.def.kind === 'headingOfficial')) hasRoleCue = true;
        if (tokens[k].kind !== 'sp') lastNonSpace = k;
      }
      const endsWithColon = lastNonSpace >= 0 && tokens[lastNonSpace].norm === ':';
      ctx.lines.push({ first: lineStart, last, words, hasRoleCue, endsWithColon, item: false, blankBefore: blank });
      for (let k = lineStart; k <= last && k < n; k++) ctx.lineOf[k] = ctx.lines.length - 1;
      if (i < n) ctx.lineOf[i] = ctx.lines.length - 1;
      blank = i < n && tokens[i].norm.length > 1;
      lineStart = i + 1;
    }
  }
  findItems(ctx);

  // Sentences and clauses; an item is a sentence of its own.
  let s = 0;
  let c = 0;
  ctx.sentenceFirst.push(0);
  const itemStarts = new Set(ctx.items.map((it) => it.first));
  for (let i = 0; i < n; i++) {
    if (itemStarts.has(i) && i > 0 && ctx.sentenceFirst[s] !== i) {
      ctx.sentenceLast.push(i - 1);
      s++;
      c++;
      ctx.sentenceFirst.push(i);
    }
    const cue = ctx.cueAt[i];
    if (cue && cue.def.kind === 'clause') c++;
    ctx.sentence[i] = s;
    ctx.clause[i] = c;
    if (endsSentence(ctx, i) && i < n - 1) {
      ctx.sentenceLast.push(i);
      s++;
      c++;
      ctx.sentenceFirst.push(i + 1);
    }
  }
  ctx.sentenceLast.push(n - 1);
}

function findItems(ctx: Ctx): void {
  const { tokens, lines } = ctx;
  let lastHeading = -1;
  let headingOpen = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.words === 0) {
      if (!line.item) headingOpen = headingOpen && !line.blankBefore;
      continue;
    }
    const content = itemContentStart(tokens, line.first, line.last);
    if (content >= 0 && markedHeading(ctx, li)) {
      // «🔴 قائمة بأسماء المفرج عنهم:», «🟢 خرجوا من صيدنايا» over «🔹 …» lines: a heading, not an item.
      lastHeading = li;
      headingOpen = true;
      continue;
    }
    if (content >= 0) {
      line.item = true;
      // Several numbered items on one line: «١- محمد … ٢- أحمد …»
      const starts = [content];
      const firstNum = tokens[nextNonSpace(tokens, line.first)];
      if (firstNum.kind === 'num' || firstNum.norm === '(') {
        let expected = Number(firstNum.kind === 'num' ? firstNum.norm : tokens[nextNonSpace(tokens, line.first) + 1].norm) + 1;
        for (let k = content; k <= line.last; k++) {
          const t = tokens[k];
          if (t.kind === 'num' && Number(t.norm) === expected && tokens[k - 1]?.kind === 'sp' && NUMBER_MARK.has(tokens[k + 1]?.norm ?? '')) {
            const c = nextNonSpace(tokens, k + 2);
            if (c <= line.last && isWordToken(tokens[c])) {
              starts.push(k);
              expected++;
            }
          }
        }
      }
      for (let s = 0; s < starts.length; s++) {
        const first = s === 0 ? line.first : starts[s];
        const last = s + 1 < starts.length ? starts[s + 1] - 1 : line.last;
        const contentStart = s === 0 ? content : nextNonSpace(tokens, starts[s] + 2);
        ctx.items.push({ first, last, content: contentStart, heading: lineSpan(lines, headingFor(lines, li)) });
      }
      continue;
    }
    // Unmarked lines under a heading that ends with ':' or names an outcome.
    if (headingOpen && lastHeading >= 0 && line.words <= 10 && !line.blankBefore) {
      ctx.items.push({ first: line.first, last: line.last, content: nextNonSpace(tokens, line.first), heading: lineSpan(lines, lastHeading) });
      line.item = true;
      continue;
    }
    // A numbered list inside a line: "Les détenus libérés : 1. Ahmad Khalil 2. Samir Issa"
    const inline = inlineItems(tokens, line);
    if (inline.length >= 2) {
      const heading = { first: line.first, last: inline[0] - 1 };
      for (let s = 0; s < inline.length; s++) {
        const last = s + 1 < inline.length ? inline[s + 1] - 1 : line.last;
        ctx.items.push({ first: inline[s], last, content: nextNonSpace(tokens, inline[s] + 2), heading });
      }
      headingOpen = false;
      continue;
    }
    if ((line.endsWithColon || line.hasRoleCue) && line.words <= 14) {
      lastHeading = li;
      headingOpen = true;
    } else headingOpen = false;
  }
  for (let k = 0; k < ctx.items.length; k++) {
    const it = ctx.items[k];
    for (let i = it.first; i <= it.last; i++) ctx.itemOf[i] = k;
  }
}

/** The marker a line starts with: «١», «🔹», "-". */
function markerOf(tokens: Token[], line: Line): string {
  const t = tokens[nextNonSpace(tokens, line.first)];
  return t.kind === 'num' ? '#' : t.norm;
}

/**
 * A line that starts like a list item but heads a list: it ends with a colon, or it
 * names an outcome and the lines under it are items with another marker.
 */
function markedHeading(ctx: Ctx, li: number): boolean {
  const { tokens, lines } = ctx;
  const line = lines[li];
  if (line.item) return false;
  let next = li + 1;
  while (next < lines.length && lines[next].words === 0) next++;
  if (next >= lines.length || itemContentStart(tokens, lines[next].first, lines[next].last) < 0) return false;
  if (line.endsWithColon) return true;
  return line.hasRoleCue && markerOf(tokens, line) !== markerOf(tokens, lines[next]);
}

function lineSpan(lines: Line[], li: number): Span | null {
  return li >= 0 ? { first: lines[li].first, last: lines[li].last } : null;
}

/** Markers 1, 2, 3… after a colon or a space inside a line, each followed by a word. */
function inlineItems(tokens: Token[], line: Line): number[] {
  const starts: number[] = [];
  let expected = 1;
  for (let k = line.first; k <= line.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'num' || Number(t.norm) !== expected || t.norm.length > 2) continue;
    const before = tokens[prevNonSpace(tokens, k - 1)];
    if (!before || (before.kind !== 'p' && !isWordToken(before)) || !NUMBER_MARK.has(tokens[k + 1]?.norm ?? '')) continue;
    if (expected === 1 && before.norm !== ':' && before.norm !== '：') continue;
    const c = nextNonSpace(tokens, k + 2);
    if (c > line.last || !isWordToken(tokens[c])) continue;
    starts.push(k);
    expected++;
  }
  return starts;
}

/** The heading of the list that line li belongs to: the nearest non-item line above with a role cue or a colon. */
function headingFor(lines: Line[], li: number): number {
  let seen = 0;
  for (let k = li - 1; k >= 0 && seen < 3; k--) {
    if (lines[k].item || lines[k].words === 0) continue;
    seen++;
    if (lines[k].hasRoleCue || lines[k].endsWithColon) return k;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Reading names

type Mode = 'cue' | 'list' | 'post' | 'gazetteer' | 'coord';

const stripConj = (w: string): string => (w.length > 2 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);

function isArStop(norm: string): boolean {
  if (AR_STOP.has(norm)) return true;
  const s = stripConj(norm);
  if (s !== norm && AR_STOP.has(s)) return true;
  return norm.length > 4 && norm.startsWith('ال') && AR_STOP.has(norm.slice(2));
}

const ALA = /^[وف]?على$/;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** An unknown word written with a final ه (not ة): a noun with «his» attached (مصيره، عائلته). */
function hasPronounSuffix(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  // «ال» and an attached pronoun never go together; «العبدالله» ends in الله.
  if (t.norm.startsWith('ال') || t.norm.endsWith('الله') || t.norm.endsWith(ALLAH)) return false;
  const original = ctx.model.text.slice(t.s, t.e).replace(ARABIC_MARKS, '');
  return original.length >= 4 && original.endsWith('ه') && !AR_GIVEN.has(t.norm);
}
const shapes = cues.arabicWordShapes;
const VERB_LIKE = new RegExp(`^[${shapes.verbPrefixes.join('')}].{${shapes.verbMinLength - 1},}$|(${shapes.attachedEndings.join('|')})$`);
// An unknown first word starting with ل/ب/ك is a preposition and a noun («لحقوق»).
const PREPOSITION_LIKE = new RegExp(`^[${shapes.prepositionPrefixes.join('')}]`);

/** «قائلاً», «مؤكداً»: a word with the accusative ending ـاً / ـًا is an adverb or participle, never a name. */
function isAdverbialAccusative(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  const raw = ctx.model.text.slice(t.s, t.e).replace(/\u0640/g, '');
  return /(?:\u0627\u064B|\u064B\u0627)$/.test(raw);
}

function isAla(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return ALA.test(ctx.model.text.slice(t.s, t.e).replace(ARABIC_MARKS, ''));
}

/** Does Arabic token i end a name that already has `units` words? */
function arBoundary(ctx: Ctx, i: number, norm: string, units: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'ar') return true;
  if (isArStop(norm) || isAla(ctx, i)) return true;
  if (isArNonName(norm) || isAdverbialAccusative(ctx, i)) return true;
  const cue = cueOf(ctx, i);
  if (PROFESSIONS.has(norm) && !AR_GIVEN.has(norm)) return true;
  if (AR_SOFT_STOP.has(norm)) return units !== 1 && units !== 2;
  if (cue) return !(AR_GIVEN.has(norm) && cue.def.kind === 'demand');
  if (matchFacility(ctx.tokens, i) && !AR_GIVEN.has(norm)) return true;
  if (units >= 2 && !AR_GIVEN.has(norm)) {
    const place = matchPlace(ctx.tokens, i);
    if (place && place.prefix === 0) return true;
  }
  return false;
}

/** The next word is surely part of a name: a known given name, an «ال» family name, عبد/أبو. */
function strongNext(ctx: Ctx, i: number): boolean {
  const k = nextWord(ctx.tokens, i);
  if (k < 0 || ctx.tokens[k].kind !== 'ar') return false;
  const norm = ctx.tokens[k].norm;
  if (arBoundary(ctx, k, norm, 1) || hasPronounSuffix(ctx, k)) return false;
  return AR_GIVEN.has(norm) || isAlWord(norm) || AR_COMPOUND_HEAD.has(norm) || AR_KUNYA_HEAD.has(norm);
}

/** The word after a unit, on the same line, if a single space separates them. */
function nextWord(tokens: Token[], i: number): number {
  return tokens[i + 1]?.kind === 'sp' && isWordToken(tokens[i + 2]) ? i + 2 : -1;
}

function isAlWord(norm: string): boolean {
  return norm.length >= 4 && norm.startsWith('ال');
}

/** A leading و/ف/ل/ب that is not part of the name: «وأحمد», «لمحمد». */
function stripNamePrefix(norm: string, mode: Mode): number {
  if (AR_GIVEN.has(norm) || WAW_NAMES.has(norm)) return 0;
  for (const p of ['و', 'ف', 'ل', 'ب', 'ول', 'وب']) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (AR_GIVEN.has(rest) || AR_COMPOUND_HEAD.has(rest) || AR_KUNYA_HEAD.has(rest)) return p.length;
    // After a name and «و» («…الخطيب وسامر حداد») an unknown name may follow; elsewhere «وزارة» is not و + زارة.
    if (mode === 'coord' && p === 'و' && rest.length >= 3 && !isArStop(rest)) return 1;
  }
  return 0;
}

function readArabic(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const { tokens, model } = ctx;
  const t0 = tokens[i];
  if (!t0 || t0.kind !== 'ar') return null;
  const prefix = stripNamePrefix(t0.norm, mode);
  const firstNorm = t0.norm.slice(prefix);
  const start = model.os[t0.fs + prefix];
  let units = 0;
  let j = i;
  let last = -1;
  let knownFirst = false;
  let kunyaOnly = false;
  let sawFamily = false;
  let ambiguousHead = false;
  while (units < MAX_NAME_UNITS && j >= 0) {
    const t = tokens[j];
    if (!t || t.kind !== 'ar') break;
    const norm = j === i ? firstNorm : t.norm;
    if (sawFamily) break;
    let unitEnd = j;
    let kind: 'given' | 'al' | 'compound' | 'kunya' | 'connector' | 'unknown';
    const k = nextWord(tokens, j);
    if (AR_COMPOUND_HEAD.has(norm) && !AR_KUNYA_HEAD.has(norm)) {
      // عبد الرحمن, عبد الله: the second word may be any non-stop word.
      if (k < 0 || tokens[k].kind !== 'ar' || (tokens[k].norm !== ALLAH && arBoundary(ctx, k, tokens[k].norm, 1))) break;
      unitEnd = k;
      kind = 'compound';
    } else if (AR_KUNYA_HEAD.has(norm)) {
      if (k < 0 || tokens[k].kind !== 'ar') break;
      const nk = tokens[k].norm;
      if (nk === ABD) {
        const k2 = nextWord(tokens, k);
        if (k2 < 0) break;
        unitEnd = k2;
      } else {
        if (arBoundary(ctx, k, nk, 1)) break;
        // «أم» is also "or" and "mother": only with a known name after it.
        if ((norm === 'ام') && !AR_GIVEN.has(nk)) break;
        // «أبو محمد», «أبو العبد»
        if (mode === 'gazetteer' && units === 0 && !AR_GIVEN.has(nk) && !isAlWord(nk)) break;
        unitEnd = k;
      }
      kind = 'kunya';
    } else if (AR_CONNECTOR.has(norm)) {
      if (units === 0 || k < 0 || tokens[k].kind !== 'ar' || arBoundary(ctx, k, tokens[k].norm, 1)) break;
      const place = matchPlace(tokens, k);
      if (place && !AR_GIVEN.has(tokens[k].norm)) break;
      unitEnd = k;
      if (tokens[k].norm === ABD || AR_KUNYA_HEAD.has(tokens[k].norm)) {
        const k2 = nextWord(tokens, k);
        if (k2 >= 0) unitEnd = k2;
      }
      kind = 'connector';
    } else if (AR_FAMILY_PREFIX.has(norm) && units >= 1) {
      // «الحاج علي», «الشيخ حسن» as a family name; «سمير خليل الحاج» alone at the end
      if (k >= 0 && tokens[k].kind === 'ar' && !arBoundary(ctx, k, tokens[k].norm, 1) && !stripNamePrefix(tokens[k].norm, 'gazetteer')) unitEnd = k;
      else if (k >= 0 && !arBoundary(ctx, k, tokens[k].norm, units + 1)) break;
      kind = 'al';
    } else {
      if (arBoundary(ctx, j, norm, units)) break;
      // «…حمادي وسميرة الخليل»: «و» and a known name start the next person.
      if (units > 0 && (norm.startsWith('و') || norm.startsWith('ف')) && stripNamePrefix(norm, 'gazetteer') > 0) break;
      kind = AR_GIVEN.has(norm) ? 'given' : isAlWord(norm) ? 'al' : 'unknown';
    }
    // «نور الدين», «خير الله»
    const suffix = nextWord(tokens, unitEnd);
    if (suffix >= 0 && AR_SUFFIX_NAME.has(tokens[suffix].norm) && kind !== 'compound') unitEnd = suffix;

    if ((kind === 'unknown' || kind === 'al') && hasPronounSuffix(ctx, j)) {
      if (units === 0) return null;
      break;
    }
    if (units === 0) {
      if (kind === 'al') return null;
      const known = kind === 'given' || kind === 'compound' || kind === 'kunya';
      // «حسن», «أنس» are also words: with no cue, only at the head of a three-word name whose second word is a known given name.
      if (mode === 'gazetteer' && !known) return null;
      if (mode === 'gazetteer' && AMBIGUOUS_AR.has(norm)) {
        const k2 = nextWord(tokens, unitEnd);
        if (prefix > 0 || k2 < 0 || tokens[k2].kind !== 'ar' || !AR_GIVEN.has(tokens[k2].norm) || AMBIGUOUS_AR.has(tokens[k2].norm)) return null;
        ambiguousHead = true;
      }
      // Before a cue a name needs a known first word: «محمد الخطيب، المعتقل منذ…»
      if (mode === 'post' && !known) return null;
      if (kind === 'unknown' && PREPOSITION_LIKE.test(norm)) return null;
      // «يروي قصته» looks like a verb; «نورا الأحمد» is a name: a family name must follow.
      if (kind === 'unknown' && VERB_LIKE.test(norm) && !strongNext(ctx, unitEnd)) return null;
      knownFirst = kind === 'given' || kind === 'compound';
      kunyaOnly = kind === 'kunya';
    } else if (kind === 'unknown') {
      const after = nextWord(tokens, unitEnd);
      const lookaheadOk =
        after < 0 ||
        tokens[after].kind !== 'ar' ||
        arBoundary(ctx, after, tokens[after].norm, units + 1) ||
        AR_GIVEN.has(tokens[after].norm) ||
        isAlWord(tokens[after].norm) ||
        AR_COMPOUND_HEAD.has(tokens[after].norm) ||
        AR_KUNYA_HEAD.has(tokens[after].norm) ||
        AR_CONNECTOR.has(tokens[after].norm) ||
        // «سامر حداد يروي…»: an unknown word that looks like a verb ends the name
        (VERB_LIKE.test(tokens[after].norm) && !AR_GIVEN.has(tokens[after].norm) && tokens[after].norm.length >= 4);
      if (!lookaheadOk && !(units === 1 && mode !== 'gazetteer' && !VERB_LIKE.test(norm))) break;
      if (VERB_LIKE.test(norm) && !strongNext(ctx, unitEnd)) break;
    }
    if (kind === 'al' && units >= 1) sawFamily = true;
    if (units > 0) kunyaOnly = false;
    units++;
    last = unitEnd;
    const nx = nextWord(tokens, unitEnd);
    if (nx < 0) break;
    j = nx;
  }
  if (last < 0) return null;
  if (units < 2 && !(units === 1 && kunyaOnly)) return null;
  if (ambiguousHead && units < 3) return null;
  return { first: i, last, start, units, kunyaOnly: units === 1, knownFirst };
}

function isLatinNameWord(ctx: Ctx, i: number, inside = false): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'lat') return false;
  const norm = t.norm;
  if (!t.cap && !LAT_ARTICLE_WORD.test(norm)) return false;
  // "Ahmad Said": a capitalised given name inside a name is a name even if it is also a cue word.
  if (LAT_GIVEN.has(norm)) return ctx.cueAt[i] === null || ctx.cueAt[i]?.def.kind === 'neutral' || inside ? !LAT_STOP.has(norm) : false;
  if (LAT_STOP.has(norm) || LAT_NON_NAMES.has(norm) || cueOf(ctx, i) !== null) return false;
  if (matchFacility(ctx.tokens, i) !== null) return false;
  const place = matchPlace(ctx.tokens, i);
  if (place && place.last > i) return false;
  const bare = norm.replace(LAT_ARTICLE_PREFIX, '');
  return !(bare !== norm && (LAT_NON_NAMES.has(bare) || PLACE_WORDS.has(bare)));
}

function isLatinConnector(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'lat') return false;
  if (LAT_ARTICLES.has(t.norm) && !t.cap) return true;
  if (LAT_CONNECTORS.has(t.norm) && !t.cap) return !LAT_EUROPEAN_CONNECTORS.has(t.norm) || ctx.lang !== 'ar';
  return (t.norm === 'bin' || t.norm === 'ibn' || t.norm === 'bint') && t.cap;
}

function possessiveAfter(ctx: Ctx, i: number): boolean {
  const { tokens, model } = ctx;
  const s = tokens[i + 2];
  return tokens[i + 1]?.kind === 'sp' && s !== undefined && s.norm === 's' && /['’`´ʼ]/.test(model.text.slice(tokens[i].e, s.s));
}

function readLatin(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const { tokens } = ctx;
  let j = i;
  let units = 0;
  let last = -1;
  let knownFirst = false;
  let kunya = false;
  while (units < MAX_NAME_UNITS) {
    const t = tokens[j];
    if (!t || t.kind !== 'lat') break;
    if (units > 0 && isLatinConnector(ctx, j)) {
      const k = nextWord(tokens, j);
      if (k >= 0 && (isLatinNameWord(ctx, k) || isLatinConnector(ctx, k))) {
        j = k;
        continue;
      }
      break;
    }
    if (!isLatinNameWord(ctx, j, units > 0) && !(LAT_HEADS.has(t.norm) && t.cap)) break;
    let unitEnd = j;
    if (LAT_HEADS.has(t.norm)) {
      // Abu Ahmad, Abdul Rahman, Abd al-Karim
      let k = nextWord(tokens, j);
      if (k >= 0 && LAT_ARTICLES.has(tokens[k].norm)) k = nextWord(tokens, k);
      if (k >= 0 && isLatinNameWord(ctx, k)) unitEnd = k;
      else if (!isLatinNameWord(ctx, j)) break;
      if (units === 0 && LAT_KUNYA_HEADS.has(t.norm) && unitEnd !== j) kunya = true;
    }
    if (units === 0) {
      if (LAT_ARTICLES.has(t.norm)) return null;
      knownFirst = LAT_GIVEN.has(t.norm) || (LAT_HEADS.has(t.norm) && unitEnd !== j);
      if (mode === 'gazetteer' && (!knownFirst || AMBIGUOUS_LAT.has(t.norm))) return null;
    }
    units++;
    last = unitEnd;
    if (possessiveAfter(ctx, unitEnd)) break;
    const nx = nextWord(tokens, unitEnd);
    if (nx < 0) break;
    j = nx;
  }
  if (last < 0 || (units < 2 && !kunya)) return null;
  return { first: i, last, start: tokens[i].s, units, kunyaOnly: units === 1, knownFirst };
}

function readName(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'ar') return readArabic(ctx, i, mode);
  if (t.kind === 'lat') return readLatin(ctx, i, mode);
  return null;
}

// ---------------------------------------------------------------------------
// Candidates

function addCand(cands: Cand[], read: NameRead | null, source: Source, figure?: Figure): Cand | null {
  if (!read) return null;
  const c: Cand = { ...read, source, figure, coordPrev: -1, coordRel: false, group: -1 };
  cands.push(c);
  return c;
}

/** Past the cue: spaces, ':' or a dash, opening quotes, and «كل من». */
function afterCue(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  let j = i;
  for (let guard = 0; guard < 6 && j < tokens.length; guard++) {
    const t = tokens[j];
    if (t.kind === 'sp' || (t.kind === 'p' && INTRODUCERS.has(t.norm))) j++;
    else if (t.norm === '<') j = tagEnd(tokens, j) + 1;
    // «د. رامي», "Dr. Rami"
    else if (t.norm === '.' && j === i && tokens[i - 1] && tokens[i - 1].norm.length <= 4) j++;
    else break;
  }
  return j;
}

const MAX_TAG_TOKENS = 16;

/** The '>' closing an HTML-looking tag that starts at '<', or the '<' itself. */
function tagEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open < MAX_TAG_TOKENS; k++) {
    if (tokens[k].norm === '>') return k;
    if (tokens[k].kind === 'nl' || tokens[k].norm === '<') break;
  }
  return open;
}

function tagStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < MAX_TAG_TOKENS; k--) {
    if (tokens[k].norm === '<') return k;
    if (tokens[k].kind === 'nl' || tokens[k].norm === '>') break;
  }
  return close;
}

function findFigures(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'ar') {
      const m = figureArIndex.match(tokens, i);
      if (m) {
        addCand(cands, { first: i, last: m.last, start: ctx.model.os[t.fs + m.prefix], units: m.last - i, kunyaOnly: false, knownFirst: true }, 'figure', m.value);
        i = m.last;
      }
    } else if (t.kind === 'lat' && t.cap) {
      const firstKey = latinKeyWords(t.norm);
      if (firstKey.length === 0 || !FIGURE_LAT_FIRST.has(firstKey[0])) continue;
      const key: string[] = [];
      let best: { last: number; fig: Figure } | null = null;
      for (let j = i, n = 0; j >= 0 && n < MAX_FIGURE_WORDS; n++) {
        key.push(...latinKeyWords(tokens[j].norm));
        const fig = figureLatKeys.get(key.join(' '));
        if (fig) best = { last: j, fig };
        j = nextWord(tokens, j);
        if (j < 0 || tokens[j].kind !== 'lat') break;
      }
      if (best) {
        addCand(cands, { first: i, last: best.last, start: t.s, units: 2, kunyaOnly: false, knownFirst: true }, 'figure', best.fig);
        i = best.last;
      }
    }
  }
}

const TRIGGER_KINDS = new Set<CueKind>(['role', 'relative', 'official', 'otherTitle', 'speech', 'neutral', 'demand', 'defector', 'headingOfficial']);
const BACKWARD_TRIGGER_KINDS = new Set<CueKind>(['role', 'speech', 'official', 'otherTitle']);
const MAX_BACK_SKIP_WORDS = 6;
const MAX_NAME_BACK_TOKENS = 10;

function findCueCandidates(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (const cue of ctx.cueList) {
    if (!TRIGGER_KINDS.has(cue.def.kind)) continue;
    if (cue.def.kind === 'neutral' && cue.first === cue.last && WEAK_NEUTRAL.has(tokens[cue.first].norm)) continue;
    const j = afterCue(ctx, cue.last + 1);
    if (j < tokens.length && ctx.cueAt[j] === null) addCand(cands, readName(ctx, j, 'cue'), 'cue');
    // "Omar Hassan released a statement": an active verb says nothing about its subject.
    const active = cue.def.transitive && tokens[cue.first].kind === 'lat' && !auxBefore(ctx, cue.first);
    if (BACKWARD_TRIGGER_KINDS.has(cue.def.kind) && !active) addCand(cands, readBackward(ctx, cue.first), 'post');
  }
}

/** The name that ends just before a cue: «محمد الخطيب، المعتقل منذ», "Ahmad Darwish, detained since", "X was released". */
function readBackward(ctx: Ctx, cueFirst: number): NameRead | null {
  const { tokens } = ctx;
  let j = cueFirst - 1;
  let skipped = 0;
  let commas = 0;
  // Walk back over what may stand between a name and its cue; every word on
  // the way may also be where the name ends («…العمر استشهد»), nearest first.
  while (j >= 0) {
    const t = tokens[j];
    if (t.kind === 'sp') {
      j--;
      continue;
    }
    if (isWordToken(t) && cueOf(ctx, j) === null) {
      const read = nameEndingAt(ctx, j);
      if (read) return read;
    }
    if (t.kind === 'p' && (t.norm === ',' || t.norm === '،' || t.norm === '-' || t.norm === '–') && commas < (skipped > 0 ? 3 : 1)) {
      commas++;
      j--;
    } else if (t.kind === 'p' && t.norm === ')') {
      // a bracketed age or town: "Ahmad Darwish (34), detained…"
      let k = j - 1;
      while (k >= 0 && j - k < 8 && tokens[k].norm !== '(' && tokens[k].kind !== 'nl') k--;
      if (k < 0 || tokens[k].norm !== '(') return null;
      j = k - 1;
    } else if (skipped >= MAX_BACK_SKIP_WORDS) {
      return null;
    } else if (t.kind === 'num') {
      skipped++;
      j--;
    } else if (isWordToken(t) && (PASSIVE_AUX.has(t.norm) || POST_SKIP.has(stripConj(t.norm)) || PLACE_WORDS.has(t.norm))) {
      skipped++;
      j--;
    } else if (isWordToken(t) && (cueOf(ctx, j)?.def.kind === 'otherTitle' || cueOf(ctx, j)?.def.kind === 'neutral')) {
      skipped++;
      j = (cueOf(ctx, j) as Cue).first - 1;
    } else return null;
  }
  return null;
}

/** The longest name that ends exactly at token `end`, read forward in 'post' mode. */
function nameEndingAt(ctx: Ctx, end: number): NameRead | null {
  const { tokens } = ctx;
  let k = end;
  const starts: number[] = [end];
  while (starts.length < MAX_NAME_BACK_TOKENS) {
    const p = tokens[k - 1]?.kind === 'sp' ? k - 2 : -1;
    if (p < 0 || tokens[p].kind !== tokens[end].kind || cueOf(ctx, p) !== null) break;
    if (tokens[p].kind === 'ar' && isArStop(tokens[p].norm)) break;
    if (tokens[p].kind === 'lat' && !isLatinNameWord(ctx, p) && !isLatinConnector(ctx, p) && !LAT_HEADS.has(tokens[p].norm)) break;
    starts.push(p);
    k = p;
  }
  for (let s = starts.length - 1; s >= 0; s--) {
    const read = readName(ctx, starts[s], 'post');
    if (read && read.last === end) return read;
  }
  return null;
}

function findItemCandidates(ctx: Ctx, cands: Cand[]): void {
  for (const it of ctx.items) {
    if (ctx.cueAt[it.content] !== null) continue;
    addCand(cands, readName(ctx, it.content, 'list'), 'list');
  }
}

function findGazetteerCandidates(ctx: Ctx, cands: Cand[], taken: Uint8Array): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i]) continue;
    if (t.kind === 'ar') {
      const prefix = stripNamePrefix(t.norm, 'gazetteer');
      const norm = t.norm.slice(prefix);
      if (!(AR_GIVEN.has(norm) || AR_COMPOUND_HEAD.has(norm) || AR_KUNYA_HEAD.has(norm))) continue;
      const read = readArabic(ctx, i, 'gazetteer');
      if (read) {
        addCand(cands, read, 'gazetteer');
        i = read.last;
      }
    } else if (t.kind === 'lat' && t.cap && (LAT_GIVEN.has(t.norm) || LAT_HEADS.has(t.norm))) {
      const read = readLatin(ctx, i, 'gazetteer');
      if (read) {
        addCand(cands, read, 'gazetteer');
        i = read.last;
      }
    }
  }
}

/** Names that follow a name, joined by و/and/commas: «أفرج عن محمد الخطيب وأحمد سعيد». */
function findCoordinated(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  const queue = [...cands];
  const seen = new Set<number>(cands.filter((c) => c.source !== 'gazetteer').map((c) => c.first));
  while (queue.length > 0) {
    const c = queue.shift() as Cand;
    if (c.source === 'figure' || c.source === 'gazetteer') continue;
    let j = c.last + 1;
    let joined = false;
    let steps = 0;
    while (j < tokens.length && steps < 6) {
      const t = tokens[j];
      if (t.kind === 'sp') j++;
      else if (t.kind === 'p' && (t.norm === ',' || t.norm === '،' || t.norm === '&' || t.norm === '/')) {
        joined = true;
        j++;
      } else if (isWordToken(t) && COORDINATORS.has(t.norm)) {
        joined = true;
        j++;
      } else if (cueOf(ctx, j)?.def.kind === 'coord') {
        joined = true;
        j = (cueOf(ctx, j) as Cue).last + 1;
      } else break;
      steps++;
    }
    const t = tokens[j];
    if (!t || !isWordToken(t) || seen.has(j)) continue;
    const prefixed = t.kind === 'ar' && t.norm.startsWith('و') && stripNamePrefix(t.norm, 'coord') > 0;
    if (!joined && !prefixed) continue;
    if (ctx.cueAt[j] !== null) continue;
    const read = readName(ctx, j, 'coord');
    if (!read) continue;
    seen.add(j);
    const n = addCand(cands, read, 'coord');
    if (n) queue.push(n);
  }
}

function mergeCandidates(ctx: Ctx, cands: Cand[]): Cand[] {
  const sorted = [...cands].sort(
    (a, b) =>
      SOURCE_STRENGTH[b.source] - SOURCE_STRENGTH[a.source] || b.last - b.first - (a.last - a.first) || a.first - b.first,
  );
  const kept: Cand[] = [];
  const taken = new Int32Array(ctx.tokens.length).fill(-1);
  for (const c of sorted) {
    let free = true;
    for (let k = c.first; k <= c.last; k++) if (taken[k] >= 0) free = false;
    if (!free) continue;
    kept.push(c);
    for (let k = c.first; k <= c.last; k++) taken[k] = 1;
  }
  kept.sort((a, b) => a.first - b.first);
  // «محمد الخطيب (أبو أحمد)»: a bracketed kunya right after a name is that person's nickname.
  const alias = (c: Cand, k: number): boolean => {
    if (!c.kunyaOnly || k === 0) return false;
    const open = prevNonSpace(ctx.tokens, c.first - 1);
    return ctx.tokens[open]?.norm === '(' && prevNonSpace(ctx.tokens, open - 1) === kept[k - 1].last;
  };
  const named = kept.filter((c, k) => !alias(c, k));
  kept.length = 0;
  kept.push(...named);
  kept.forEach((c, idx) => {
    for (let k = c.first; k <= c.last; k++) ctx.candAt[k] = idx;
  });
  return kept;
}

// ---------------------------------------------------------------------------
// Chains: the cues attached to a name

const MAX_PRE_ELEMENTS = 6;
const MAX_POST_WORDS = 10;

function preChain(ctx: Ctx, c: Cand): Cue[] {
  const { tokens } = ctx;
  const out: Cue[] = [];
  let j = c.first - 1;
  let commas = 0;
  // «لمحمد» after «الحرية»: the prefix belongs to the cue before.
  while (j >= 0 && out.length < MAX_PRE_ELEMENTS) {
    const t = tokens[j];
    if (t.kind === 'sp') {
      j--;
      continue;
    }
    if (t.kind === 'nl') break;
    if (t.kind === 'p') {
      if (INTRODUCERS.has(t.norm)) {
        j--;
        continue;
      }
      if (t.norm === '>' && tagStart(tokens, j) < j) {
        j = tagStart(tokens, j) - 1;
        continue;
      }
      if ((t.norm === ',' || t.norm === '،') && commas === 0 && out.length === 0) {
        commas++;
        j--;
        continue;
      }
      // "Col. Hassan…", "Brig. Gen. Mazen…": the dot of an abbreviated title does not end the chain.
      if (t.norm === '.' && tokens[j - 1]?.kind === 'lat' && ABBREVIATIONS.has(tokens[j - 1].norm) && cueOf(ctx, j - 1) !== null) {
        j--;
        continue;
      }
      break;
    }
    if (ctx.candAt[j] >= 0) break;
    // «القاضي السابق محمد…», "the former judge": a "former" qualifier between a title and the name.
    if (FORMER_QUALIFIERS.has(t.norm) && cueOf(ctx, j) === null) {
      j--;
      continue;
    }
    const cue = cueOf(ctx, j);
    if (!cue || cue.def.kind === 'clause' || cue.def.kind === 'coord') break;
    if (commas > 0 && out.length === 0 && cue.def.kind !== 'relative' && cue.def.kind !== 'official' && cue.def.kind !== 'otherTitle') break;
    out.push(cue);
    j = cue.first - 1;
  }
  return out;
}

function postChain(ctx: Ctx, c: Cand, self: number): Cue[] {
  const { tokens } = ctx;
  const out: Cue[] = [];
  let sawAux = false;
  let sawComma = false;
  let words = 0;
  for (let j = c.last + 1; j < tokens.length && words < MAX_POST_WORDS; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (t.kind === 'nl') break;
    if (t.kind === 'p') {
      if (isSentencePunct(t) && endsSentence(ctx, j)) break;
      if (t.norm === ',' || t.norm === '،') {
        sawComma = true;
        // An appositive without cues: ", a 34-year-old engineer from Daraya," / ", son of Omar,"
        const close = appositiveEnd(ctx, j);
        if (close > j && !out.some((e) => e.def.kind === 'role')) {
          j = close;
          continue;
        }
      }
      if (t.norm === '(') {
        let k = j + 1;
        while (k < tokens.length && k - j < 10 && tokens[k].norm !== ')' && tokens[k].kind !== 'nl') k++;
        j = k;
      }
      continue;
    }
    if (t.kind === 'num') continue;
    if (ctx.candAt[j] >= 0 && ctx.candAt[j] !== self) break;
    words++;
    const cue = cueOf(ctx, j);
    if (cue && cue.first === j) {
      if (cue.preOwner >= 0 && cue.preOwner !== self) break;
      const k = cue.def.kind;
      if (k === 'role') {
        if (cue.def.transitive && !sawAux && !sawComma) break;
        out.push(cue);
      } else if (k === 'official' || k === 'otherTitle' || k === 'neutral' || k === 'defector' || k === 'negation' || k === 'demand') {
        out.push(cue);
      } else if (k === 'speech') {
        out.push(cue);
        break;
      } else break;
      j = cue.last;
      continue;
    }
    if (PASSIVE_AUX.has(t.norm)) {
      sawAux = true;
      continue;
    }
    if (POST_SKIP.has(t.norm) || POST_SKIP.has(stripConj(t.norm))) continue;
    const place = matchPlace(tokens, j) ?? matchFacility(tokens, j);
    if (place) {
      j = place.last;
      continue;
    }
    break;
  }
  return out;
}

const MAX_APPOSITIVE_TOKENS = 16;
const APPOSITIVE_BLOCKERS = new Set<CueKind>(['role', 'official', 'otherTitle', 'speech', 'defector', 'clause']);

/** The comma closing a cue-free appositive opened by the comma at `open`, or -1. */
function appositiveEnd(ctx: Ctx, open: number): number {
  const { tokens } = ctx;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_APPOSITIVE_TOKENS; k++) {
    const t = tokens[k];
    if (t.kind === 'nl' || (isSentencePunct(t) && endsSentence(ctx, k))) return -1;
    if (t.norm === ',' || t.norm === '،') return k - open > 2 ? k : -1;
    const cue = cueOf(ctx, k);
    if (cue && APPOSITIVE_BLOCKERS.has(cue.def.kind)) return -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Roles

interface Decision {
  role: MentionRole;
  cues: Cue[];
  evidence: 'figure' | 'title' | 'attached' | 'owned' | 'heading' | 'nearby' | 'none';
}

function bestRole(list: Cue[]): DetRole | null {
  let best: DetRole | null = null;
  for (const c of list) {
    if (c.def.kind !== 'role' || !c.role) continue;
    if (best === null || ROLE_PRIORITY[c.role] > ROLE_PRIORITY[best]) best = c.role;
  }
  return best;
}

const roleCues = (list: Cue[]): Cue[] => list.filter((c) => c.def.kind === 'role' && c.role !== undefined);

const INFO_REQUEST = /معلوم|information/i;

function decideRoles(ctx: Ctx, cands: Cand[]): { decisions: Decision[]; pre: Cue[][] } {
  const { tokens } = ctx;
  // Pre-chains first: a cue right before a name belongs to it.
  const pre = cands.map((c) => preChain(ctx, c));
  pre.forEach((list, k) => {
    for (const cue of list) if (cue.preOwner < 0) cue.preOwner = k;
  });

  // Coordination groups. A comma alone joins names only in a list: after a
  // shared cue or a colon («أفرج عن: محمد، أحمد») or before an "and" ("X, Y and Z");
  // "According to his sister Lina Kabbani, Tarek Kabbani disappeared" is not one.
  for (let k = 0; k < cands.length; k++) cands[k].group = k;
  const links: (Link | null)[] = cands.map((b, k) =>
    k > 0 && ctx.sentence[cands[k - 1].first] === ctx.sentence[b.first] ? coordinationBetween(ctx, cands[k - 1], b) : null,
  );
  for (let k = 1; k < cands.length; k++) {
    const link = links[k];
    if (!link) continue;
    if (!link.word) {
      let runStart = k - 1;
      while (runStart > 0 && links[runStart]) runStart--;
      let later = k + 1;
      while (later < cands.length && links[later] && !links[later]?.word) later++;
      const wordLater = later < cands.length && links[later]?.word === true;
      const afterColon = ctx.tokens[prevNonSpace(ctx.tokens, cands[runStart].first - 1)]?.norm === ':';
      if (!wordLater && !afterColon && !pre[runStart].some((e) => e.def.kind === 'role')) continue;
    }
    cands[k].coordPrev = k - 1;
    cands[k].coordRel = link.relative;
    cands[k].group = cands[k - 1].group;
  }

  const post = cands.map((c, k) => postChain(ctx, c, k));
  for (const list of [...pre, ...post]) for (const cue of list) cue.used = true;

  // What each name is before any cue: a public figure, an official, a relative, a speaker.
  // firstRel: «أخي», "my brother": the post is usually about that person, so
  // the clause's cues decide and only a post without any leaves "relative".
  type Kind = 'figure' | 'official' | 'relative' | 'firstRel' | 'other' | 'plain';
  const kinds: Kind[] = cands.map((c, k) => {
    const ownRole = roleCues(pre[k]).length > 0 || roleCues(post[k]).length > 0;
    // A figure with a common name («علاء موسى») is someone else only when a cue stands right before it.
    if (c.figure && !(c.figure.ambiguous && roleCues(pre[k]).some((e) => !e.def.weak))) return 'figure';
    const nearest = pre[k].find((e) => e.def.kind !== 'neutral');
    const defector = pre[k].some((e) => e.def.kind === 'defector') || post[k].some((e) => e.def.kind === 'defector');
    if (nearest?.def.kind === 'official' && !defector) {
      const idx = pre[k].indexOf(nearest);
      if (!pre[k].slice(idx + 1).some((e) => e.def.kind === 'role' && isStatusNoun(ctx, e))) return 'official';
    }
    if (nearest?.def.kind === 'relative') {
      // «طلع أخوي يامن…», "released my brother Yamen": the cue governs the whole phrase.
      const idx = pre[k].indexOf(nearest);
      if (pre[k].slice(idx + 1).some((e) => e.def.kind === 'role')) return 'plain';
      return nearest.def.firstPerson ? 'firstRel' : 'relative';
    }
    // «المغيبة رزان زيتونة والناشطين وائل حمادة…»: a title inside a coordination shares the first name's fate.
    if (nearest?.def.kind === 'otherTitle' && c.coordPrev >= 0 && !c.coordRel) return 'plain';
    if (nearest?.def.kind === 'otherTitle' || nearest?.def.kind === 'speech') return ownRole ? 'plain' : 'other';
    const firstPost = post[k].find((e) => e.def.kind !== 'neutral');
    // "Survivors Ahmed Helmi and Omar al-Shogre described…": the verb of a coordination is everyone's.
    if (!ownRole && firstPost && (firstPost.def.kind === 'speech' || firstPost.def.kind === 'otherTitle') && c.coordPrev < 0) return 'other';
    if (!ownRole && firstPost && firstPost.def.kind === 'official' && !defector) return 'official';
    // "arrested Munzer Khaddour, a former warden at…", «توقيف غسان حيدر، وهو رئيس مفرزة»: the
    // appositive says who the person is; the arrest is what befell an official.
    if (firstPost && firstPost.def.kind === 'official' && !defector && isComma(ctx.tokens[nextNonSpace(ctx.tokens, c.last + 1)])) {
      const idx = post[k].indexOf(firstPost);
      if (!post[k].slice(0, idx).some((e) => e.def.kind === 'role')) return 'official';
    }
    return 'plain';
  });

  // Unattached role cues go to the nearest plain name of their clause (sentence if none).
  const owned: Cue[][] = cands.map(() => []);
  const eligible = (k: number) => kinds[k] === 'plain' || kinds[k] === 'firstRel';
  for (const cue of ctx.cueList) {
    if (cue.used || cue.def.kind !== 'role') continue;
    const s = ctx.sentence[cue.first];
    const cl = ctx.clause[cue.first];
    let best = -1;
    let bestDist = Infinity;
    const verbForward = cue.def.transitive && tokens[cue.first].kind === 'lat' && activeVerb(ctx, cue.first);
    for (const pass of ['clause', 'sentence'] as const) {
      for (let k = 0; k < cands.length; k++) {
        const c = cands[k];
        if (!eligible(k) || ctx.sentence[c.first] !== s) continue;
        if (pass === 'clause' && ctx.clause[c.first] !== cl) continue;
        if (verbForward && c.first < cue.first) continue;
        const dist = c.first > cue.last ? c.first - cue.last : cue.first - c.last + (tokens[cue.first].kind === 'ar' ? 0.5 : 0);
        if (dist < bestDist) {
          bestDist = dist;
          best = k;
        }
      }
      if (best >= 0) break;
    }
    if (best >= 0) {
      owned[best].push(cue);
      cue.used = true;
    }
  }

  const decisions: Decision[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const kind = kinds[k];
    const ownAttached = [...roleCues(pre[k]), ...roleCues(post[k])];
    // Names coordinated with this one lend it their cues when it has none of its own:
    // «أفرج عن محمد الخطيب وأحمد سعيد», "Ahmad and his brother Yasser were arrested".
    const groupAttached: Cue[] = [];
    for (let m = 0; m < cands.length; m++) {
      if (m === k || cands[m].group !== c.group || kinds[m] === 'figure' || kinds[m] === 'official' || kinds[m] === 'other') continue;
      groupAttached.push(...roleCues(pre[m]), ...ownPostRoles(ctx, cands[m], post[m], kinds[m] === 'relative'));
    }
    if (kind === 'figure') {
      decisions.push({ role: (c.figure as Figure).role, cues: [], evidence: 'figure' });
      continue;
    }
    if (kind === 'official') {
      decisions.push({ role: 'official', cues: [...pre[k], ...post[k]].filter((e) => e.def.kind === 'official'), evidence: 'title' });
      continue;
    }
    if (kind === 'relative') {
      // "his brother Yasser was arrested": the relative's own verb describes them;
      // so does a cue shared with the name it is coordinated with.
      const own = ownPostRoles(ctx, c, post[k], true);
      const shared = groupAttached;
      if (own.length > 0) decisions.push({ role: bestRole(own) as DetRole, cues: own, evidence: 'attached' });
      else if (shared.length > 0) decisions.push({ role: bestRole(shared) as DetRole, cues: shared, evidence: 'attached' });
      else decisions.push({ role: 'relative', cues: pre[k].filter((e) => e.def.kind === 'relative'), evidence: 'title' });
      continue;
    }
    if (kind === 'other') {
      decisions.push({ role: 'other', cues: [...pre[k], ...post[k]].filter((e) => e.def.kind === 'speech' || e.def.kind === 'otherTitle'), evidence: 'title' });
      continue;
    }
    const attached = ownAttached.length > 0 ? ownAttached : groupAttached;
    const ownedGroup = [...owned[k]];
    for (let m = 0; m < cands.length; m++) if (m !== k && cands[m].group === c.group) ownedGroup.push(...owned[m]);
    if (attached.length > 0) {
      // Cues elsewhere in the clause that no other name is nearer to join the attached ones:
      // «أفرج اليوم عن المعتقل محمد…» is a release; so do those of a next sentence
      // that goes on about the same people ("Their fate remains unknown.").
      const both = [...attached, ...ownedGroup, ...continuationCues(ctx, cands, c)];
      decisions.push({ role: bestRole(both) as DetRole, cues: both, evidence: 'attached' });
      continue;
    }
    if (ownedGroup.length > 0) {
      const both = [...ownedGroup, ...continuationCues(ctx, cands, c)];
      decisions.push({ role: bestRole(both) as DetRole, cues: both, evidence: 'owned' });
      continue;
    }
    const item = ctx.itemOf[c.first];
    const heading = item >= 0 ? ctx.items[item].heading : null;
    if (heading) {
      const headingCues = spanCues(ctx, heading);
      const r = bestRole(headingCues);
      if (r) {
        decisions.push({ role: r, cues: headingCues.filter((h) => h.role === r), evidence: 'heading' });
        continue;
      }
      if (headingCues.some((h) => h.def.kind === 'headingOfficial')) {
        decisions.push({ role: 'official', cues: headingCues.filter((h) => h.def.kind === 'headingOfficial'), evidence: 'heading' });
        continue;
      }
    }
    const nearby = nearbySentenceCues(ctx, cands, c, (m) => {
      const idx = cands.indexOf(m);
      return kinds[idx] !== 'plain' || roleCues(pre[idx]).length > 0 || roleCues(post[idx]).length > 0 || owned[idx].length > 0;
    });
    if (nearby.length > 0) {
      decisions.push({ role: bestRole(nearby) as DetRole, cues: nearby, evidence: 'nearby' });
      continue;
    }
    if (kind === 'firstRel') decisions.push({ role: 'relative', cues: pre[k].filter((e) => e.def.kind === 'relative'), evidence: 'title' });
    else decisions.push({ role: 'other', cues: [], evidence: 'none' });
  }

  // A list item under a heading: the heading's outcome joins the item's own cues.
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    const item = ctx.itemOf[cands[k].first];
    const heading = item >= 0 ? ctx.items[item].heading : null;
    if (!heading || d.evidence === 'heading') continue;
    if (!(DETAINEE_ROLES as readonly MentionRole[]).includes(d.role)) continue;
    const headingCues = spanCues(ctx, heading);
    const r = bestRole([...d.cues, ...headingCues]);
    if (r && r !== d.role) decisions[k] = { role: r, cues: [...headingCues.filter((h) => h.role === r), ...d.cues], evidence: d.evidence };
  }
  // A post that asks where someone is («نبحث عن», "any information", «disparu»): whoever
  // it calls held is held nobody knows where, i.e. missing.
  // A plea for "any information" alone is also made for someone known to be held.
  const missingCues = ctx.cueList.filter((e) => e.def.kind === 'role' && e.role === 'missing' && !INFO_REQUEST.test(cueText(ctx, e)));
  if (missingCues.length > 0) {
    for (let k = 0; k < cands.length; k++) {
      const d = decisions[k];
      if (d.role === 'detainee') decisions[k] = { role: 'missing', cues: [...d.cues, missingCues[0]], evidence: d.evidence };
    }
  }
  return { decisions, pre };
}

/**
 * Post cues that describe the name itself. A relative inside an appositive
 * (", son of Omar Darwish, was released") leaves the cues after the closing
 * comma to the name the appositive is about.
 */
function ownPostRoles(ctx: Ctx, c: Cand, post: Cue[], relative: boolean): Cue[] {
  const inAppositive = relative && isComma(ctx.tokens[prevNonSpace(ctx.tokens, relativeStart(ctx, c) - 1)]);
  return roleCues(post).filter((cue) => {
    if (!inAppositive) return true;
    for (let j = c.last + 1; j < cue.first; j++) if (isComma(ctx.tokens[j])) return false;
    return true;
  });
}

const isComma = (t: Token | undefined): boolean => t !== undefined && (t.norm === ',' || t.norm === '،');

/** The first token of the kinship phrase before a name ("her father, Ali Mustafa"), or the name itself. */
function relativeStart(ctx: Ctx, c: Cand): number {
  let j = prevNonSpace(ctx.tokens, c.first - 1);
  if (isComma(ctx.tokens[j])) j = prevNonSpace(ctx.tokens, j - 1);
  const cue = cueOf(ctx, j);
  return cue && cue.def.kind === 'relative' ? cue.first : c.first;
}

/** "the regime released X", "Omar Hassan released": a subject right before the participle. */
function activeVerb(ctx: Ctx, i: number): boolean {
  if (auxBefore(ctx, i)) return false;
  const j = prevNonSpace(ctx.tokens, i - 1);
  const t = ctx.tokens[j];
  return t !== undefined && (ctx.candAt[j] >= 0 || (isWordToken(t) && ACTIVE_SUBJECTS.has(t.norm)));
}

/** «المعتقل», «والأسير», "detainee": a word for what someone is, not for what was done to them. */
function isStatusNoun(ctx: Ctx, cue: Cue): boolean {
  const words = ctx.tokens.slice(cue.first, cue.last + 1).filter(isWordToken);
  if (words.length === 0) return false;
  const phrase = words.map((w) => w.norm).join(' ');
  if (STATUS_NOUNS.has(phrase)) return true;
  const first = words[0];
  return first.kind === 'ar' && words.length === 1 && ARABIC_CUE_PREFIXES.some((p) => p !== '' && first.norm.startsWith(p) && STATUS_NOUNS.has(first.norm.slice(p.length)));
}

function auxBefore(ctx: Ctx, i: number): boolean {
  const j = prevNonSpace(ctx.tokens, i - 1);
  const t = ctx.tokens[j];
  if (!t) return false;
  if (t.kind === 'p' && (t.norm === ',' || t.norm === '،')) return true;
  return isWordToken(t) && PASSIVE_AUX.has(t.norm);
}

interface Link {
  /** Through a kinship word: «وشقيقه», "and his brother". */
  relative: boolean;
  /** Through a word («و», "and", "along with"), not a comma alone. */
  word: boolean;
}

/** How name b is coordinated with the name a before it, or null. */
function coordinationBetween(ctx: Ctx, a: Cand, b: Cand): Link | null {
  const { tokens } = ctx;
  // "abducted in Douma in December 2013 along with Samira Khalil": whatever
  // came before, a name right after "along with"/«برفقة» shares the first one's lot.
  const before = cueOf(ctx, prevNonSpace(tokens, b.first - 1));
  if (before && before.def.kind === 'coord' && before.first > a.last) return { relative: false, word: true };
  let sawJoin = false;
  let sawWord = false;
  let sawRelative = false;
  const bt = tokens[b.first];
  if (bt.kind === 'ar' && b.start > bt.s) sawJoin = sawWord = true;
  for (let j = a.last + 1; j < b.first; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (t.kind === 'p' && (t.norm === ',' || t.norm === '،' || t.norm === '&' || t.norm === '/')) {
      sawJoin = true;
      continue;
    }
    if (isWordToken(t) && COORDINATORS.has(t.norm)) {
      sawJoin = sawWord = true;
      continue;
    }
    const cue = cueOf(ctx, j);
    if (cue && cue.def.kind === 'coord') {
      sawJoin = sawWord = true;
      j = cue.last;
      continue;
    }
    if (cue && cue.def.kind === 'relative') {
      if (t.kind === 'ar' && t.norm.startsWith('و')) sawJoin = sawWord = true;
      sawRelative = true;
      j = cue.last;
      continue;
    }
    if (cue && (cue.def.kind === 'neutral' || cue.def.kind === 'otherTitle')) {
      if (t.kind === 'ar' && t.norm.startsWith('و')) sawJoin = sawWord = true;
      j = cue.last;
      continue;
    }
    // What is said of the first name on the way: «من داريا عام 2012», "(34)".
    if (t.kind === 'num' || (t.kind === 'p' && (t.norm === '(' || t.norm === ')' || t.norm === '-'))) continue;
    if (isWordToken(t) && !cue) {
      const place = matchPlace(tokens, j) ?? matchFacility(tokens, j);
      if (place) {
        j = place.last;
        continue;
      }
      if (POST_SKIP.has(stripConj(t.norm)) && !PASSIVE_AUX.has(t.norm)) continue;
    }
    return null;
  }
  if (!sawJoin) return null;
  // ", son of Omar Darwish," is an appositive, not a second person in the same predicament.
  if (sawRelative && !sawWord) return null;
  return { relative: sawRelative, word: sawWord };
}

function spanCues(ctx: Ctx, l: Span): Cue[] {
  const out: Cue[] = [];
  for (let i = l.first; i <= l.last; i++) {
    const c = ctx.cueAt[i];
    if (c && (c.def.kind === 'role' || c.def.kind === 'headingOfficial')) out.push(c);
  }
  return out;
}

/** Role cues of the next (then the previous) sentence when it names nobody: "He was arrested in 2012." */
const NEARBY_SENTENCES = 4;

/**
 * For a name with no cue of its own: the role cues of the nearest sentence of
 * its paragraph that names nobody ("He was arrested in 2012."; a closing
 * «#المفرج_عنهم» under a list of names), the next one first. Sentences naming
 * other cue-less people (the other lines of a list) are passed over; one about
 * someone with a cue of their own stops the search in that direction.
 */
function nearbySentenceCues(ctx: Ctx, cands: Cand[], c: Cand, settled: (m: Cand) => boolean): Cue[] {
  const s = ctx.sentence[c.first];
  const para = paragraphOf(ctx, c.first);
  const open = { forward: true, backward: true };
  for (let d = 1; d <= NEARBY_SENTENCES; d++) {
    for (const dir of ['forward', 'backward'] as const) {
      if (!open[dir]) continue;
      const other = dir === 'forward' ? s + d : s - d;
      if (other < 0 || other >= ctx.sentenceFirst.length) {
        open[dir] = false;
        continue;
      }
      const first = ctx.sentenceFirst[other];
      const last = ctx.sentenceLast[other];
      if (first > last) continue;
      if (paragraphOf(ctx, first) !== para) {
        open[dir] = false;
        continue;
      }
      const named = cands.filter((m) => ctx.sentence[m.first] === other);
      if (named.length > 0) {
        if (named.some(settled)) open[dir] = false;
        continue;
      }
      const found: Cue[] = [];
      for (let i = first; i <= last; i++) {
        const cue = ctx.cueAt[i];
        if (cue && cue.def.kind === 'role') found.push(cue);
      }
      if (found.length > 0) return found;
    }
  }
  return [];
}

/** Role cues of the next sentence when it names nobody and opens with «وكان», "He", "Their"…. */
function continuationCues(ctx: Ctx, cands: Cand[], c: Cand): Cue[] {
  const next = ctx.sentence[c.first] + 1;
  if (next >= ctx.sentenceFirst.length) return [];
  const first = nextNonSpace(ctx.tokens, ctx.sentenceFirst[next]);
  const last = ctx.sentenceLast[next];
  const t = ctx.tokens[first];
  if (!t || !isWordToken(t) || !CONTINUATION.has(t.norm) || first > last) return [];
  if (paragraphOf(ctx, first) !== paragraphOf(ctx, c.first)) return [];
  if (cands.some((m) => ctx.sentence[m.first] === next)) return [];
  const found: Cue[] = [];
  for (let i = first; i <= last; i++) {
    const cue = ctx.cueAt[i];
    if (cue && cue.def.kind === 'role') found.push(cue);
  }
  return found;
}

function paragraphOf(ctx: Ctx, i: number): number {
  let p = 0;
  const line = ctx.lineOf[i];
  for (let l = 1; l <= line; l++) if (ctx.lines[l].blankBefore) p++;
  return p;
}

// ---------------------------------------------------------------------------
// Attributes

// A relative's or an official's attributes are the ones said right after the name.
const NON_DETAINEE_WINDOW_TOKENS = 12;

interface Window {
  first: number;
  last: number;
}

/** The text between a name's neighbours in its sentence (its list item, its clause). */
function ownWindow(ctx: Ctx, cands: Cand[], preStart: number[], k: number): Window {
  const c = cands[k];
  const s = ctx.sentence[c.first];
  const prev = k > 0 && ctx.sentence[cands[k - 1].first] === s ? cands[k - 1] : null;
  const next = k + 1 < cands.length && ctx.sentence[cands[k + 1].first] === s ? cands[k + 1] : null;
  // After another name, what stands before this one (up to its own cues) still describes the other.
  const first = prev ? Math.max(prev.last + 1, Math.min(c.first, preStart[k])) : ctx.sentenceFirst[s];
  return { first, last: next ? next.first - 1 : ctx.sentenceLast[s] };
}

const SHARED_KINDS: HitKind[] = ['prison', 'arrestYear', 'releaseDate', 'deathDate'];

function attributesFor(ctx: Ctx, cands: Cand[], decisions: Decision[], windows: Window[], hits: AttributeHit[], k: number): MentionAttributes {
  const { tokens } = ctx;
  const c = cands[k];
  const attrs = emptyAttributes();
  const name = { nameFirst: c.first, nameLast: c.last };
  const detainee = isDetaineeRole(decisions[k].role);
  const w = windows[k];
  if (!detainee) {
    // A relative's or an official's hometown and age are the ones said right after the name.
    fillAttributes(attrs, hits, { first: w.first, last: Math.min(w.last, c.last + NON_DETAINEE_WINDOW_TOKENS), ...name }, tokens, ['hometown', 'age', 'birthYear']);
    return attrs;
  }
  fillAttributes(attrs, hits, { ...w, ...name }, tokens);
  // Names coordinated with this one share what is said of them together.
  let groupFirst = w.first;
  let groupLast = w.last;
  for (let m = 0; m < cands.length; m++) {
    if (cands[m].group !== c.group) continue;
    groupFirst = Math.min(groupFirst, windows[m].first);
    groupLast = Math.max(groupLast, windows[m].last);
  }
  if (groupFirst < w.first || groupLast > w.last) fillAttributes(attrs, hits, { first: groupFirst, last: groupLast, ...name }, tokens, SHARED_KINDS);
  const item = ctx.itemOf[c.first];
  const h = item >= 0 ? ctx.items[item].heading : colonHeading(ctx, cands, k);
  if (h) {
    fillAttributes(attrs, hits, { first: h.first, last: h.last, nameFirst: -1, nameLast: -1 }, tokens, ['hometown']);
    fillAttributes(attrs, hits, { first: h.first, last: h.last, nameFirst: -1, nameLast: -1 }, tokens, SHARED_KINDS);
  }
  // The sentences that name nobody speak of everyone in a post about one person,
  // and give everyone the prison when they name only one («#صيدنايا» under a list).
  const named = new Set(cands.map((m) => ctx.sentence[m.first]));
  const unnamed = ctx.sentenceFirst.map((_, s) => s).filter((s) => !named.has(s));
  if (decisions.filter((d) => isDetaineeRole(d.role)).length === 1) {
    const here = ctx.sentence[c.first];
    unnamed.sort((a, b) => Math.abs(a - here) - Math.abs(b - here) || b - a);
    for (const s of unnamed) {
      fillAttributes(attrs, hits, { first: ctx.sentenceFirst[s], last: ctx.sentenceLast[s], nameFirst: -1, nameLast: -1 }, tokens);
    }
  } else if (attrs.prison === null) {
    const prisons = new Set(hits.filter((h) => h.kind === 'prison').map((h) => h.value));
    const loose = hits.filter((h) => h.kind === 'prison' && !named.has(ctx.sentence[h.first]));
    if (prisons.size === 1 && loose.length > 0) attrs.prison = String(loose[0].value);
  }
  return attrs;
}

/** «…من أبناء مدينة التل: علاء الدين محمد، سمير خليل…»: the words before the colon head the names after it. */
function colonHeading(ctx: Ctx, cands: Cand[], k: number): Span | null {
  const head = cands.find((m) => m.group === cands[k].group) as Cand;
  const colon = prevNonSpace(ctx.tokens, head.first - 1);
  if (colon < 0 || ctx.tokens[colon].norm !== ':' || ctx.sentence[colon] !== ctx.sentence[head.first]) return null;
  const first = ctx.sentenceFirst[ctx.sentence[colon]];
  return colon > first ? { first, last: colon - 1 } : null;
}

const isDetaineeRole = (r: MentionRole): boolean => (DETAINEE_ROLES as readonly MentionRole[]).includes(r);

// ---------------------------------------------------------------------------

const EVIDENCE_ADJUST: Record<Decision['evidence'], number> = {
  figure: 0,
  title: 0.03,
  attached: 0.05,
  owned: 0,
  heading: 0,
  nearby: -0.12,
  none: -0.1,
};

function confidence(c: Cand, d: Decision): number {
  // A gazetteer name with a cue of its own is as sure as one read after a cue.
  const base = c.source === 'gazetteer' && d.evidence === 'attached' ? SOURCE_CONFIDENCE.post : SOURCE_CONFIDENCE[c.source];
  let v = base + EVIDENCE_ADJUST[d.evidence];
  if (c.kunyaOnly) v -= 0.1;
  if (c.units >= 3) v += 0.03;
  if (c.knownFirst && c.source !== 'gazetteer') v += 0.02;
  return Math.round(Math.min(0.99, Math.max(0.05, v)) * 100) / 100;
}

function run(text: string, lang: string): ExtractedMention[] {
  const model = buildTextModel(text);
  const { tokens } = model;
  const n = tokens.length;
  const ctx: Ctx = {
    model,
    tokens,
    lang,
    cueAt: new Array<Cue | null>(n).fill(null),
    cueList: [],
    inCue: new Int32Array(n).fill(-1),
    sentence: new Int32Array(n),
    clause: new Int32Array(n),
    lineOf: new Int32Array(n),
    lines: [],
    items: [],
    itemOf: new Int32Array(n).fill(-1),
    candAt: new Int32Array(n).fill(-1),
    sentenceFirst: [],
    sentenceLast: [],
  };
  markCues(ctx);
  segment(ctx);

  const raw: Cand[] = [];
  findFigures(ctx, raw);
  findCueCandidates(ctx, raw);
  findItemCandidates(ctx, raw);
  const taken = new Uint8Array(n);
  for (const c of raw) for (let k = c.first; k <= c.last; k++) taken[k] = 1;
  findGazetteerCandidates(ctx, raw, taken);
  findCoordinated(ctx, raw);
  const cands = mergeCandidates(ctx, raw);
  if (cands.length === 0) return [];

  const { decisions, pre } = decideRoles(ctx, cands);
  const preStarts = cands.map((c, k) => Math.min(c.first, ...pre[k].map((e) => e.first)));
  const hits = findAttributeHits(model);
  const windows = cands.map((_, k) => ownWindow(ctx, cands, preStarts, k));
  const out: ExtractedMention[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const d = decisions[k];
    const start = c.start;
    const end = tokens[c.last].e;
    if (end <= start) continue;
    const cueTexts: string[] = [];
    for (const cue of [...d.cues].sort((a, b) => a.first - b.first)) {
      const t = cueText(ctx, cue);
      if (!cueTexts.includes(t)) cueTexts.push(t);
    }
    out.push({
      name: text.slice(start, end),
      start,
      end,
      role: d.role,
      attributes: attributesFor(ctx, cands, decisions, windows, hits, k),
      confidence: confidence(c, d),
      cues: cueTexts,
      refersTo: null,
      partial: false,
    });
  }
  return out;
}

/**
 * The people named in a post, with role, attributes, confidence and the cue
 * phrases behind the role. Pure and total: any input gives an array.
 */
export function extractMentions(text: string, lang?: string): ExtractedMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return shareAttributesWithinPost(run(text, typeof lang === 'string' ? lang : ''));
  } catch {
    return [];
  }
}

/**
 * A post often names a person twice (headline, then body) and states the facts only once:
 * mentions written exactly alike fill each other's missing attributes.
 */
export function shareAttributesWithinPost(mentions: ExtractedMention[]): ExtractedMention[] {
  const byName = new Map<string, ExtractedMention[]>();
  for (const m of mentions) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const key of Object.keys(same[0].attributes) as (keyof ExtractedMention['attributes'])[]) {
      const known = same.find((m) => m.attributes[key] !== null)?.attributes[key];
      if (known === undefined || known === null) continue;
      for (const m of same) if (m.attributes[key] === null) (m.attributes as unknown as Record<string, unknown>)[key] = known;
    }
  }
  return mentions;
}
