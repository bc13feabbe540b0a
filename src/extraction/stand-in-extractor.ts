import { normalizeText } from '../text/normalize';

/**
 * A deliberately simple extractor: a cue word (المعتقل, أفرج عن, released,
 * died…) next to 2–4 name-like words. It exists so the pipeline has
 * something to run until the real extractor replaces it.
 */
export const STAND_IN_EXTRACTOR_VERSION = 'stand-in-1';

export type MentionRole = 'detainee' | 'released' | 'missing' | 'dead' | 'relative' | 'official' | 'other';

export interface ExtractedMention {
  name: string;
  /** UTF-16 offsets into the original text: text.slice(start, end) === name. */
  start: number;
  end: number;
  role: MentionRole;
  normalized: string;
  confidence: number;
  /** The cue phrases as written in the text, in text order. */
  cues: string[];
}

const CONFIDENCE = 0.5;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const MAX_TITLES = 2;
const MAX_AUX_WORDS = 4;

// ---------------------------------------------------------------------------
// Word lists. Written naturally; normalised with normalizeText at load, so
// hamza, ة/ه and ى/ي spellings in the text all meet them.

type CueLists = Partial<Record<MentionRole, string[]>>;

const ARABIC_CUES: CueLists = {
  detainee: ['معتقل', 'معتقلة', 'أسير', 'أسيرة', 'محتجز', 'محتجزة', 'اعتقل', 'اعتقلت', 'اعتقال'],
  released: [
    'مفرج عنه',
    'مفرج عنها',
    'أفرج عن',
    'أفرجت عن',
    'إفراج عن',
    'أفرج',
    'إفراج',
    'محرر',
    'محررة',
    'إطلاق سراح',
    'أطلق سراح',
  ],
  missing: [
    'مفقود',
    'مفقودة',
    'مختفي',
    'مختفية',
    'مختفي قسرا',
    'مختفية قسرا',
    'مخفي قسرا',
    'مخفية قسرا',
    'مغيب',
    'مغيبة',
    'مغيب قسرا',
    'مغيبة قسرا',
  ],
  dead: [
    'شهيد',
    'شهيدة',
    'توفي',
    'توفيت',
    'وفاة',
    'استشهد',
    'استشهدت',
    'استشهاد',
    'مقتل',
    'قضى تحت التعذيب',
    'قضت تحت التعذيب',
    'مرحوم',
    'مرحومة',
  ],
};

// Cues that come before the name.
const LATIN_CUES: CueLists = {
  detainee: [
    'detainee',
    'detainees',
    'prisoner',
    'prisoners',
    'detained',
    'arrested',
    'imprisoned',
    'jailed',
    'abducted',
    'arrest of',
    'detention of',
    'abduction of',
  ],
  released: ['released', 'freed', 'release of', 'former detainee', 'former prisoner', 'ex-detainee', 'ex-prisoner'],
  missing: ['missing', 'disappeared', 'forcibly disappeared', 'disappearance of'],
  dead: ['died', 'killed', 'executed', 'martyr', 'death of', 'killing of', 'murder of', 'execution of'],
};

// Cues that come after the name ("Ahmad Darwish was released"). Transitive
// verbs need an auxiliary or a comma before them, so that "Ahmad Darwish
// released a statement" is not read as a release.
interface PostCueSpec {
  phrase: string;
  role: MentionRole;
  needsAux: boolean;
}
const LATIN_POST_CUES: PostCueSpec[] = [
  ...['detained', 'arrested', 'imprisoned', 'jailed', 'abducted'].map((phrase) => ({
    phrase,
    role: 'detainee' as const,
    needsAux: true,
  })),
  ...['released', 'freed'].map((phrase) => ({ phrase, role: 'released' as const, needsAux: true })),
  ...['missing', 'disappeared', 'forcibly disappeared'].map((phrase) => ({
    phrase,
    role: 'missing' as const,
    needsAux: false,
  })),
  ...['died', 'found dead', 'tortured to death', 'passed away'].map((phrase) => ({
    phrase,
    role: 'dead' as const,
    needsAux: false,
  })),
  ...['killed', 'executed'].map((phrase) => ({ phrase, role: 'dead' as const, needsAux: true })),
  { phrase: 'found', role: 'other', needsAux: true },
];

interface PostCue extends PostCueSpec {
  words: string[];
}
const POST_CUES = new Map<string, PostCue[]>();
for (const spec of LATIN_POST_CUES) {
  const cue = { ...spec, words: spec.phrase.split(' ') };
  const bucket = [...(POST_CUES.get(cue.words[0]) ?? []), cue];
  POST_CUES.set(cue.words[0], bucket.sort((a, b) => b.words.length - a.words.length));
}
const POST_CUE_FIRST_WORDS = new Set(POST_CUES.keys());

const LATIN_AUX = words('was were is are has have had been be reportedly later also finally still allegedly');

const ARABIC_STOP_WORDS = words(
  `و من في بعد عن إلى الى منذ عام قبل تحت خلال أثناء داخل بين مع الذي التي الذين هو هي وهو وهي أن إن
   قد كان كانت لم لن لا ما ثم أو حتى عند لدى بسبب جراء إثر نتيجة بحسب حسب وفق وفقا اليوم أمس يوم سنة سنوات
   عاما بتاريخ مواليد تولد البالغ العمر عمره ابن ابنة أبناء مدينة بلدة قرية حي محافظة ريف سجن السجن فرع الفرع
   النظام قوات أجهزة الأمن المخابرات والد والدة شقيق شقيقة زوج زوجة ذلك وذلك وقد وكان وكانت هذا هذه حيث كما
   أيضا بعدما عليه عليها`,
);

const ARABIC_TITLES = words(
  `المدعو الشاب الشابة الطفل الطفلة الرجل المسن الدكتور الطبيب الطبيبة المهندس المهندسة الشيخ الناشط الناشطة
   الحاج الحاجة السيد السيدة المحامي المحامية الصحفي الصحفية الإعلامي المواطن المواطنة الأستاذ الأستاذة
   الطالب الطالبة المعلم المعلمة المجند الرقيب الملازم النقيب العقيد الضابط الفنان الشاعر الكاتب`,
);

// عبد الرحمن and أبو محمد are one name unit each.
const ARABIC_COMPOUND_HEADS = words('عبد أبو أبي');

const LATIN_STOP_WORDS = words(
  `the a an this that these those he she it they we i his her their its our in on at of for from with by and but
   or after before since when while as to yesterday today tonight tomorrow monday tuesday wednesday thursday
   friday saturday sunday january february march april june july august september october november december
   syria syrian syrians damascus regime government prison branch according`,
);

const LATIN_TITLES = words(
  `mr mrs ms dr prof sheikh imam activist journalist doctor lawyer student engineer teacher
   father mother brother sister`,
);

const LATIN_PARTICLES = words('al el bin ibn bint abu abd abdul ben');

// A lowercase Arabic article hyphenated to a capitalised word: al-Khatib, el-Masri, ad-Din.
const LATIN_ARTICLE_WORD = /^(?:al|el|ad|as|ash|at|az|ar|an|ud|ul)[-‐‑]\p{Lu}/u;

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const SENTENCE_END = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);
const NAME_INTRODUCERS = new Set([':', '-', '–', '—']);

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(normalizeText));
}

// ---------------------------------------------------------------------------
// Tokens

type TokenKind = 'arabic' | 'latin' | 'number' | 'space' | 'break' | 'punct';

interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** normalizeText of a word token, '' otherwise. */
  norm: string;
  sentence: number;
}

// Words (letters and marks, with inner apostrophes or hyphens), digit runs,
// horizontal whitespace, then any other single code point.
const TOKEN = /([\p{L}\p{M}\u200C\u200D]+(?:['’ʼ\-‐‑][\p{L}\p{M}]+)*)|(\p{N}+)|([^\S\r\n\u2028\u2029]+)|([\s\S])/gu;

function tokenizeWithOffsets(text: string): { tokens: Token[]; sentenceStarts: number[] } {
  const tokens: Token[] = [];
  const sentenceStarts = [0];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    let kind: TokenKind;
    if (m[1] !== undefined) {
      const firstLetter = /\p{L}/u.exec(raw)?.[0];
      kind = firstLetter === undefined ? 'punct' : /\p{sc=Arabic}/u.test(firstLetter) ? 'arabic' : 'latin';
    } else if (m[2] !== undefined) kind = 'number';
    else if (m[3] !== undefined) kind = 'space';
    else kind = /[\r\n\u2028\u2029]/.test(raw) ? 'break' : 'punct';

    const isWord = kind === 'arabic' || kind === 'latin';
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      kind,
      norm: isWord ? normalizeText(raw) : '',
      sentence: sentenceStarts.length - 1,
    });
    if (kind === 'break' || (kind === 'punct' && SENTENCE_END.has(raw))) sentenceStarts.push(start + raw.length);
  }
  return { tokens, sentenceStarts };
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'arabic' || t.kind === 'latin');
const isSpace = (t: Token | undefined): boolean => t !== undefined && t.kind === 'space';

// ---------------------------------------------------------------------------
// Cues

interface CueDef {
  words: string[];
  role: MentionRole;
}

function buildCueIndex(...lists: CueLists[]): Map<string, CueDef[]> {
  const index = new Map<string, CueDef[]>();
  for (const list of lists) {
    for (const [role, phrases] of Object.entries(list) as [MentionRole, string[]][]) {
      for (const phrase of phrases) {
        const def: CueDef = { words: phrase.split(' ').map(normalizeText), role };
        const bucket = index.get(def.words[0]) ?? [];
        bucket.push(def);
        index.set(def.words[0], bucket);
      }
    }
  }
  return index;
}

const PRE_CUES = buildCueIndex(ARABIC_CUES, LATIN_CUES);

const CONJUNCTIONS = ['', 'و', 'ف'];
const ARTICLES = ['', 'بال', 'كال', 'لل', 'ال', 'ب', 'ل', 'ك'];

/** The token itself and its forms without a leading و/ف and article or preposition (والمعتقل → معتقل). */
function arabicStems(norm: string): string[] {
  const stems = new Set<string>();
  for (const conjunction of CONJUNCTIONS) {
    for (const article of ARTICLES) {
      const prefix = conjunction + article;
      if (norm.startsWith(prefix) && norm.length - prefix.length >= 2) stems.add(norm.slice(prefix.length));
    }
  }
  return [...stems];
}

interface CueMatch {
  role: MentionRole;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Index of the cue's last token. */
  lastToken: number;
}

/** Words after the first must follow with only horizontal space between them. */
function matchWordsFrom(tokens: Token[], i: number, rest: string[]): number | null {
  let last = i;
  for (const word of rest) {
    const next = tokens[last + 2];
    if (!isSpace(tokens[last + 1]) || !isWord(next) || next.norm !== word) return null;
    last += 2;
  }
  return last;
}

function matchPreCueAt(tokens: Token[], text: string, i: number): CueMatch | null {
  const first = tokens[i];
  if (!isWord(first)) return null;
  const candidates = first.kind === 'arabic' ? arabicStems(first.norm) : [first.norm];
  let best: { def: CueDef; last: number } | null = null;
  for (const candidate of candidates) {
    for (const def of PRE_CUES.get(candidate) ?? []) {
      if (best && best.def.words.length >= def.words.length) continue;
      const last = matchWordsFrom(tokens, i, def.words.slice(1));
      if (last !== null) best = { def, last };
    }
  }
  if (!best) return null;
  const start = first.start;
  const end = tokens[best.last].end;
  const { role } = best.def;
  return { role, start, end, text: text.slice(start, end), sentence: first.sentence, lastToken: best.last };
}

function findPreCues(tokens: Token[], text: string): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = matchPreCueAt(tokens, text, i);
    if (cue) {
      cues.push(cue);
      i = cue.lastToken;
    }
  }
  return cues;
}

// ---------------------------------------------------------------------------
// Names

interface NameSpan {
  start: number;
  end: number;
  sentence: number;
}

/** After a cue: horizontal space, optionally ":" or a dash, more space. */
function skipIntroducer(tokens: Token[], i: number): number {
  if (isSpace(tokens[i])) i++;
  const t = tokens[i];
  if (t && t.kind === 'punct' && NAME_INTRODUCERS.has(t.text)) {
    i++;
    if (isSpace(tokens[i])) i++;
  }
  return i;
}

// Normalisation folds ى into ي, which would make the preposition على and the
// name علي one word; only the spelling with ى is taken as the preposition.
const ALA = /^[وف]?على$/;

function isArabicStopWord(t: Token): boolean {
  const norm = t.norm;
  return (
    ARABIC_STOP_WORDS.has(norm) ||
    (norm.startsWith('و') && ARABIC_STOP_WORDS.has(norm.slice(1))) ||
    ALA.test(t.text.replace(ARABIC_MARKS, ''))
  );
}

function isArabicNameWord(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.kind === 'arabic' &&
    !isArabicStopWord(t) &&
    !ARABIC_TITLES.has(t.norm) &&
    matchPreCueAt(tokens, text, i) === null
  );
}

function readArabicName(tokens: Token[], text: string, i: number): NameSpan | null {
  for (let skipped = 0; skipped < MAX_TITLES; skipped++) {
    const t = tokens[i];
    if (!t || t.kind !== 'arabic' || !ARABIC_TITLES.has(t.norm) || !isSpace(tokens[i + 1])) break;
    i += 2;
  }
  const first = i;
  let lastToken = -1;
  let units = 0;
  while (units < MAX_NAME_WORDS && isArabicNameWord(tokens, text, i)) {
    let unitEnd = i;
    if (ARABIC_COMPOUND_HEADS.has(tokens[i].norm) && isSpace(tokens[i + 1]) && isArabicNameWord(tokens, text, i + 2)) {
      unitEnd = i + 2;
    }
    units++;
    lastToken = unitEnd;
    if (!isSpace(tokens[unitEnd + 1])) break;
    i = unitEnd + 2;
  }
  if (units < MIN_NAME_WORDS) return null;
  return { start: tokens[first].start, end: tokens[lastToken].end, sentence: tokens[first].sentence };
}

function isLatinStopWord(tokens: Token[], text: string, i: number): boolean {
  const norm = tokens[i].norm;
  return (
    LATIN_STOP_WORDS.has(norm) ||
    LATIN_TITLES.has(norm) ||
    POST_CUE_FIRST_WORDS.has(norm) ||
    matchPreCueAt(tokens, text, i) !== null
  );
}

/** A word that counts towards the name's length; `leading` words must be capitalised. */
function isLatinNameUnit(tokens: Token[], text: string, i: number, leading: boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'latin' || isLatinStopWord(tokens, text, i)) return false;
  return /^\p{Lu}/u.test(t.text) || (!leading && LATIN_ARTICLE_WORD.test(t.text));
}

function isLatinParticle(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'latin' && LATIN_PARTICLES.has(t.norm) && /^\p{Ll}/u.test(t.text);
}

function skipLatinTitles(tokens: Token[], i: number): number {
  for (let skipped = 0; skipped < MAX_TITLES; skipped++) {
    const t = tokens[i];
    if (!t || t.kind !== 'latin' || !LATIN_TITLES.has(t.norm)) break;
    let next = i + 1;
    if (tokens[next]?.text === '.') next++;
    if (!isSpace(tokens[next])) break;
    i = next + 1;
  }
  return i;
}

const POSSESSIVE = /['’]s$/u;

function readLatinNameForward(tokens: Token[], text: string, i: number): NameSpan | null {
  i = skipLatinTitles(tokens, i);
  if (!isLatinNameUnit(tokens, text, i, true)) return null;
  const first = i;
  let end = tokens[i].end;
  let units = 0;
  while (units < MAX_NAME_WORDS) {
    const t = tokens[i];
    if (isLatinNameUnit(tokens, text, i, units === 0)) {
      units++;
      if (POSSESSIVE.test(t.text)) {
        end = t.end - 2;
        break;
      }
      end = t.end;
    } else {
      const particle = units > 0 && isLatinParticle(t) && isSpace(tokens[i + 1]);
      if (!particle || !isLatinNameUnit(tokens, text, i + 2, false)) break;
    }
    if (!isSpace(tokens[i + 1])) break;
    i += 2;
  }
  if (units < MIN_NAME_WORDS) return null;
  return { start: tokens[first].start, end, sentence: tokens[first].sentence };
}

/** Reads leftwards from the name's last token. */
function readLatinNameBackward(tokens: Token[], text: string, last: number): NameSpan | null {
  const picked: number[] = [];
  let units = 0;
  for (let i = last; i >= 0 && units < MAX_NAME_WORDS; i -= 2) {
    if (isLatinNameUnit(tokens, text, i, false)) units++;
    else if (!(units > 0 && isLatinParticle(tokens[i]))) break;
    picked.unshift(i);
    if (!isSpace(tokens[i - 1])) break;
  }
  while (picked.length > 0 && !isLatinNameUnit(tokens, text, picked[0], true)) {
    if (!isLatinParticle(tokens[picked[0]])) units--;
    picked.shift();
  }
  if (units < MIN_NAME_WORDS || picked.length === 0) return null;
  const first = tokens[picked[0]];
  return { start: first.start, end: tokens[last].end, sentence: first.sentence };
}

interface RawMention extends NameSpan {
  cues: CueMatch[];
}

function findPostCueMentions(tokens: Token[], text: string): RawMention[] {
  const mentions: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'latin') continue;
    let match: { spec: PostCue; last: number } | null = null;
    for (const spec of POST_CUES.get(t.norm) ?? []) {
      const last = matchWordsFrom(tokens, i, spec.words.slice(1));
      if (last !== null) {
        match = { spec, last };
        break;
      }
    }
    if (!match) continue;

    let j = i - 1;
    let cueStart = i;
    let auxWords = 0;
    let sawAux = false;
    while (j >= 0 && auxWords < MAX_AUX_WORDS) {
      const prev = tokens[j];
      if (prev.kind === 'space') j--;
      else if (prev.kind === 'latin' && (LATIN_AUX.has(prev.norm) || prev.norm === 'who')) {
        if (prev.norm !== 'who') {
          sawAux = true;
          cueStart = j;
        }
        auxWords++;
        j--;
      } else break;
    }
    let sawComma = false;
    if (tokens[j]?.text === ',') {
      sawComma = true;
      j--;
      if (isSpace(tokens[j])) j--;
    }
    if (match.spec.needsAux && !sawAux && !sawComma) continue;
    if (j < 0 || tokens[j].kind !== 'latin') continue;

    const name = readLatinNameBackward(tokens, text, j);
    if (!name) continue;
    const start = tokens[cueStart].start;
    const end = tokens[match.last].end;
    const { role } = match.spec;
    const cue = { role, start, end, text: text.slice(start, end), sentence: t.sentence, lastToken: match.last };
    mentions.push({ ...name, cues: [cue] });
  }
  return mentions;
}

// ---------------------------------------------------------------------------
// Roles

// Outcome cues say what happened and outrank the standing description
// "detainee": in «أفرج عن المعتقل محمد…» the person is reported released.
function roleRank(role: MentionRole): number {
  if (role === 'released' || role === 'missing' || role === 'dead') return 2;
  if (role === 'detainee') return 1;
  return 0;
}

function distance(cue: CueMatch, m: NameSpan): number {
  return cue.end <= m.start ? m.start - cue.end : cue.start - m.end;
}

function chooseRole(cues: CueMatch[], m: NameSpan): MentionRole {
  let best = cues[0];
  for (const cue of cues.slice(1)) {
    const byRank = roleRank(cue.role) - roleRank(best.role);
    if (byRank > 0 || (byRank === 0 && distance(cue, m) < distance(best, m))) best = cue;
  }
  return best.role;
}

/** Binary search over cues, which are found in text order. */
function firstCueAtOrAfter(cues: CueMatch[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeOverlapping(raw: RawMention[]): RawMention[] {
  const sorted = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMention[] = [];
  for (const m of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && m.start < prev.end) {
      if (m.end > prev.end) prev.end = m.end;
      prev.cues.push(...m.cues);
    } else merged.push({ ...m, cues: [...m.cues] });
  }
  return merged;
}

// ---------------------------------------------------------------------------

/**
 * Finds people named next to a cue. A mention's role is decided by every cue
 * before it in the same sentence (but after the previous mention) plus the
 * cue that introduced it; see roleRank for precedence, ties go to the nearest.
 */
export function extractMentions(text: string): ExtractedMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { tokens, sentenceStarts } = tokenizeWithOffsets(text);
  const preCues = findPreCues(tokens, text);

  const raw: RawMention[] = [];
  for (const cue of preCues) {
    const i = skipIntroducer(tokens, cue.lastToken + 1);
    const t = tokens[i];
    if (!t) continue;
    let name: NameSpan | null = null;
    if (t.kind === 'arabic') name = readArabicName(tokens, text, i);
    else if (t.kind === 'latin') name = readLatinNameForward(tokens, text, i);
    if (name) raw.push({ ...name, cues: [cue] });
  }
  raw.push(...findPostCueMentions(tokens, text));

  const mentions = mergeOverlapping(raw);
  return mentions.map((m, k) => {
    const prev = mentions[k - 1];
    const scopeStart = Math.max(sentenceStarts[m.sentence], prev?.sentence === m.sentence ? prev.end : 0);
    const inScope: CueMatch[] = [];
    for (let c = firstCueAtOrAfter(preCues, scopeStart); c < preCues.length && preCues[c].end <= m.start; c++) {
      if (preCues[c].sentence === m.sentence) inScope.push(preCues[c]);
    }
    const byStart = new Map([...inScope, ...m.cues].map((c) => [c.start, c]));
    const cues = [...byStart.values()].sort((a, b) => a.start - b.start);
    const name = text.slice(m.start, m.end);
    return {
      name,
      start: m.start,
      end: m.end,
      role: chooseRole(cues, m),
      normalized: normalizeText(name),
      confidence: CONFIDENCE,
      cues: cues.map((c) => c.text),
    };
  });
}
