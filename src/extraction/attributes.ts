import words from './data/attribute-words.json';
import cues from './data/cues.json';
import facilitiesData from './data/facilities.json';
import givenNames from './data/given-names.json';
import localitiesData from './data/localities.json';
import placesData from './data/places.json';
import { AR_PRONOUN_ENDINGS, isArEverydayForm, withPronouns } from './everyday-words';
import type { MentionAttributes } from './types';
import { emptyAttributes } from './types';
import {
  ARABIC_SCRIPT,
  PhraseIndex,
  PhraseMatch,
  TextModel,
  Token,
  buildTextModel,
  foldWord,
  isComma,
  isWordToken,
  nextNonSpace,
  phraseWords,
  prefixCombos,
  prevNonSpace,
} from './pipeline/text-model';

// ---------------------------------------------------------------------------
// Data

type Langs = { ar?: string[]; en?: string[]; fr?: string[] };
const all = (l: Langs): string[] => [...(l.ar ?? []), ...(l.en ?? []), ...(l.fr ?? [])];

interface FacilityEntry {
  id: string;
  name?: string;
  aliases: string[];
}
interface PlaceEntry {
  ar: string[];
  latin: string[];
  /** The governorate's id («درعا» and every town of it: "daraa"). */
  gov: string;
}

const facilities = facilitiesData as FacilityEntry[];
const places = placesData as PlaceEntry[];

export const FACILITY_IDS = new Set(facilities.map((f) => f.id));
const FACILITY_NAMES = new Map(facilities.map((f) => [f.id, [f.name, ...f.aliases].filter((n): n is string => typeof n === 'string')]));

/** The names a facility id stands for (its English name and every alias). */
export function facilityNames(id: string): string[] {
  return FACILITY_NAMES.get(id) ?? [];
}

// Facilities and places may be written with a joined و/ف and ب/ل/ك (بصيدنايا، لداريا).
const facilityIndex = new PhraseIndex<string>(prefixCombos(['', 'ب', 'ل', 'ك', 'بال', 'لل', 'ال']));
for (const f of facilities) for (const alias of f.aliases) facilityIndex.add(alias, f.id);

const placeIndex = new PhraseIndex<true>(prefixCombos(['', 'ب', 'ل']));
/** Folded one-word place names (multi-word ones are matched in place). */
export const PLACE_WORDS = new Set<string>();
for (const p of places) {
  for (const v of [...p.ar, ...p.latin]) {
    const ws = phraseWords(v);
    if (ws.length === 0) continue;
    placeIndex.addWords(ws, true);
    if (ws.length === 1) PLACE_WORDS.add(ws[0]);
  }
}

/**
 * The towns heading Syria's districts and subdistricts that places.json lacks (localities.json, OpenSyria's
 * data): read only where a hometown may stand ("Omar Haddad (Nubl)", «- صوران», "who lives in Maskanah"), never
 * as a word that keeps a name from being read, as the places of places.json are.
 */
const localityIndex = new PhraseIndex<true>(prefixCombos(['', 'ب', 'ل']));
for (const p of (localitiesData as { places: { ar: string[]; latin: string[] }[] }).places) {
  for (const v of [...p.ar, ...p.latin]) {
    const ws = phraseWords(v);
    if (ws.length > 0) localityIndex.addWords(ws, true);
  }
}

/** Each governorate's own entry (the first of places.json with its id: «درعا», "Rif Dimashq"), by its folded names. */
const GOVERNORATE_NAMES = new Set<string>();
{
  const seen = new Set<string>();
  for (const p of places) {
    if (seen.has(p.gov)) continue;
    seen.add(p.gov);
    for (const v of [...p.ar, ...p.latin]) GOVERNORATE_NAMES.add(phraseWords(v).join(' '));
  }
}
/** "Daraa", «ريف دمشق»: a hometown as written that names a whole governorate (or its capital), the coarsest place. */
export function isGovernorateName(place: string): boolean {
  return GOVERNORATE_NAMES.has(phraseWords(place).join(' '));
}
const COUNTRY_NAMES = new Set(all(words.countries).map((p) => phraseWords(p).join(' ')));
/** How coarse a hometown as written is: 2 a country («Lebanon»), 1 a governorate («Daraa»), 0 anything finer. */
export function placeCoarseness(place: string): number {
  const key = phraseWords(place).join(' ');
  return COUNTRY_NAMES.has(key) ? 2 : GOVERNORATE_NAMES.has(key) ? 1 : 0;
}

export function matchPlace(tokens: Token[], i: number): PhraseMatch<true> | null {
  return placeIndex.match(tokens, i);
}

/** A place of places.json or a town of localities.json at token `i`: only where a place is known to stand. */
export function matchTown(tokens: Token[], i: number): PhraseMatch<true> | null {
  return placeIndex.match(tokens, i) ?? localityIndex.match(tokens, i);
}

/** A place the lists know ends at token `end` (up to three words back). */
function placeEndsAt(tokens: Token[], end: number): boolean {
  let k = end;
  for (let n = 0; n < 3 && k >= 0 && isWordToken(tokens[k]); n++, k = prevNonSpace(tokens, k - 1)) {
    if (matchPlace(tokens, k)?.last === end) return true;
  }
  return false;
}

/**
 * A date intro at `i` («اعتقل», "born", «أفرج»), but not «سجن» after a preposition: «في سجن صيدنايا» is the prison, not
 * "he was imprisoned", and the year after it is not an arrest year.
 */
function matchIntro(tokens: Token[], i: number): PhraseMatch<IntroKind> | null {
  const m = introIndex.match(tokens, i);
  if (!m || m.first !== m.last || tokens[i].kind !== 'ar') return m;
  // «خرج من السجن عام 2015»: "out of the prison" is no arrest (but «دخل السجن عام 2002», entering it, is).
  if (m.prefix > 0 && PRISON_NOUN_INTROS.has(tokens[i].norm.slice(m.prefix))) {
    const before = wordBefore(tokens, i);
    return before >= 0 && OUT_OF_AR.has(tokens[before].norm) ? null : m;
  }
  if (!PRISON_NOUN_INTROS.has(tokens[i].norm)) return m;
  const before = wordBefore(tokens, i);
  return before >= 0 && PRISON_PREPOSITIONS.has(tokens[before].norm) ? null : m;
}
const PRISON_NOUN_INTROS = new Set(['سجن'].map(foldWord));
const OUT_OF_AR = new Set(['من', 'خارج'].map(foldWord));
const PRISON_PREPOSITIONS = new Set(['في', 'من', 'إلى', 'الى', 'داخل', 'بسجن', 'وفي'].map(foldWord));

/** «مدينة», «بلدة», "the town of", «ville de»: a place type starting at token `i`. */
export function matchPlaceType(tokens: Token[], i: number): PhraseMatch<true> | null {
  return placeTypeIndex.match(tokens, i);
}

/**
 * "from Prescott", "in Homs", "the city of Al-Hara", «la ville de Deraa»: token `i` stands where a
 * place does (a lone capitalised word there is no person).
 */
export function placePosition(tokens: Token[], i: number): boolean {
  let b = wordBefore(tokens, i);
  // "from Al Qasr Al Abyad": past a capitalised article.
  if (b >= 0 && tokens[b].cap && LATIN_AL.has(tokens[b].norm)) b = wordBefore(tokens, b);
  if (b < 0) return false;
  if (PLACE_PREPOSITIONS.has(tokens[b].norm)) return true;
  return placeTypeOfAt(tokens, b);
}

/** "the village of Zeitouna al-Gharbiya", «du village de …»: token `i` comes right after a place type and its "of". */
export function afterPlaceTypeOf(tokens: Token[], i: number): boolean {
  const b = wordBefore(tokens, i);
  return b >= 0 && placeTypeOfAt(tokens, b);
}

/** "city of", "the city of", «ville de»: the "of" at `b` ends a place type or follows one. */
function placeTypeOfAt(tokens: Token[], b: number): boolean {
  if (!OF_PLACE.has(tokens[b].norm)) return false;
  const beforeOf = wordBefore(tokens, b);
  for (let k = beforeOf, n = 0; k >= 0 && n < 2; k = wordBefore(tokens, k), n++) {
    const last = placeTypeIndex.match(tokens, k)?.last;
    if (last === b || last === beforeOf) return true;
  }
  return false;
}
/**
 * A known place right after the place ending at `last`, past a dash, a comma or a slash and a place type, or past a
 * place type alone: «ريف دمشق - داريا», «درعا، مدينة طفس», «ريف دمشق مدينة داريا». Not one after a bare space
 * («درعا البلد» is read whole already).
 */
function finerPlaceAfter(tokens: Token[], last: number): { first: number; last: number } | null {
  let j = nextNonSpace(tokens, last + 1);
  const separated = tokens[j]?.kind === 'p' && PLACE_SEPARATORS.has(tokens[j].norm);
  if (separated) j = nextNonSpace(tokens, j + 1);
  const type = j < tokens.length ? placeTypeIndex.match(tokens, j) : null;
  if (type) j = nextNonSpace(tokens, type.last + 1);
  else if (!separated) return null;
  const place = j < tokens.length ? placeIndex.match(tokens, j) : null;
  return place && place.prefix === 0 ? { first: j, last: pastArticleWord(tokens, place.last) } : null;
}
const PLACE_SEPARATORS = new Set(['-', '–', '،', ',', '/']);

/** "al-Harir" written with a lower-case article and a capital after it. */
function capitalAfterArticle(model: TextModel, t: Token): boolean {
  return LAT_ARTICLE_WORD.test(t.norm) && LOWER_ARTICLE_CAPITAL.test(model.text.slice(t.s, t.e));
}
const LOWER_ARTICLE_CAPITAL = /^\p{Ll}+-\p{Lu}/u;

/** "al-Harir", "el-Bab": a Latin word that starts with an Arabic article. */
export const LAT_ARTICLE_WORD = new RegExp(`^(?:${cues.latinParticles.hyphenArticles.join('|')})-\\p{L}`, 'u');
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'near', 'à'].map(foldWord));
/** "Al", "El" before a word of a place's name ("Al Qasr Al Abyad"): not counted among its words. */
const LATIN_AL = new Set(['al', 'el']);
/** "al Karak": «al» or «el» in lower case, a space, then a capitalised word. */
function spacedArticleBeforeCapital(tokens: Token[], i: number): boolean {
  if (!LATIN_AL.has(tokens[i].norm) || tokens[i + 1]?.kind !== 'sp') return false;
  const next = tokens[i + 2];
  return next !== undefined && next.kind === 'lat' && next.cap;
}

/**
 * "from Maarat Harma", «natif de Maarat Harma», "a native of the town of Hish": where the origin phrase
 * before token `i` starts, or -1. The bare «de» and "of" say too little («la mère de Sami Khalil»).
 */
export function originIntroStart(tokens: Token[], i: number): number {
  const b = wordBefore(tokens, i);
  const intro = introBefore(tokens, i);
  if (intro && !intro.weak && (intro.first < b || PLACE_PREPOSITIONS.has(tokens[b].norm))) return intro.first;
  return placePosition(tokens, i) ? b : -1;
}
const OF_PLACE = new Set(['of', 'de', 'du', 'd'].map(foldWord));

/**
 * "the town of Umm Walad", «originaire d'Abou Hammam», "from Umm Walad in Daraa", "an Umm Walad native": a Latin kunya-shaped
 * reading `first`..`last` where the words before it (an origin phrase or a place type) or after it (in a
 * known place) say a place stands. "A message from Abu Omar" keeps its person.
 */
export function kunyaNamesPlace(tokens: Token[], first: number, last: number): boolean {
  // "an Umm Batna resident"
  if (originInApposition(tokens, first) || unknownPlaceBeforeNative(tokens, first) === last) return true;
  const start = originIntroStart(tokens, first);
  if (start < 0) return false;
  const b = wordBefore(tokens, first);
  if (start < b || OF_PLACE.has(tokens[b].norm)) return true;
  let j = nextNonSpace(tokens, last + 1);
  if (isComma(tokens[j])) j = nextNonSpace(tokens, j + 1);
  if (!tokens[j] || !IN_OR_NEAR.has(tokens[j].norm)) return false;
  const place = matchPlace(tokens, nextNonSpace(tokens, j + 1));
  return place !== null && place.prefix === 0;
}
const IN_OR_NEAR = new Set(['in', 'near', 'à', 'près'].map(foldWord));

/** «تل», «كفر», «أم», «أبو» as Latin script writes them ("Tell Shihab", "Umm Batna"): attribute-words latinPlaceHeads. */
export const LATIN_PLACE_HEADS = new Set(words.latinPlaceHeads.map(foldWord));
const FROM = new Set(['from'].map(foldWord));
const MAX_APPOSITION_WORDS = 4;
/**
 * "Omar Haddad, from Abu Kamal,", "Omar Haddad, a 34-year-old from Umm Batna,", "Omar Haddad, of Tell
 * Shihab,": "from" a few words into a comma's apposition, or "of"/«de» right after the comma, says where the
 * name before the comma comes from. Not "the son of Abu Omar" (no comma right before "of").
 */
function originInApposition(tokens: Token[], first: number): boolean {
  const b = wordBefore(tokens, first);
  if (b < 0 || !(FROM.has(tokens[b].norm) || OF_PLACE.has(tokens[b].norm))) return false;
  if (OF_PLACE.has(tokens[b].norm) && ofAfterFullName(tokens, b)) return true;
  for (let k = prevNonSpace(tokens, b - 1), n = 0; k >= 0 && n <= MAX_APPOSITION_WORDS; k = prevNonSpace(tokens, k - 1), n++) {
    if (isComma(tokens[k])) return n === 0 || FROM.has(tokens[b].norm);
    // "a 34-year-old from": the age's number and hyphen are part of the apposition.
    if (!isWordToken(tokens[k]) && tokens[k].kind !== 'num' && tokens[k].norm !== '-') return false;
  }
  return false;
}

/** "Omar Haddad of Tel Warda": the "of" at `b` comes right after two capitalised words, a full name. */
function ofAfterFullName(tokens: Token[], b: number): boolean {
  const last = wordBefore(tokens, b);
  const first = last >= 0 ? wordBefore(tokens, last) : -1;
  return first >= 0 && fullNameAt(tokens, first) && tokens[last + 1]?.kind === 'sp';
}

export function matchFacility(tokens: Token[], i: number): PhraseMatch<string> | null {
  return facilityIndex.match(tokens, i);
}

type IntroKind = 'birth' | 'arrest' | 'release' | 'death' | 'age' | 'heldSince';
const ARABIC_ARTICLE_PREFIXES = prefixCombos(['', 'ال', 'ب', 'ل', 'بال', 'لل']);
const introIndex = new PhraseIndex<IntroKind>(ARABIC_ARTICLE_PREFIXES);
/** «مخطوف» → «مخطوفة» too: a one-word Arabic intro also in its feminine form. */
function addIntro(p: string, kind: IntroKind): void {
  introIndex.add(p, kind);
  const ws = phraseWords(p);
  if (ws.length === 1 && ARABIC_SCRIPT.test(ws[0]) && !ws[0].endsWith('ه') && ws[0].length >= 4) introIndex.addWords([ws[0] + 'ه'], kind);
}
// Order matters: a phrase keeps the first kind it was added with.
const transferIndex = new PhraseIndex<true>(ARABIC_ARTICLE_PREFIXES);
for (const p of all(words.transferIntro)) transferIndex.add(p, true);
for (const p of all(words.birthIntro)) addIntro(p, 'birth');
for (const p of all(words.ageIntro)) addIntro(p, 'age');
for (const p of all(words.deathIntro)) addIntro(p, 'death');
for (const p of all(words.releaseIntro)) addIntro(p, 'release');
for (const p of all(words.arrestIntro)) addIntro(p, 'arrest');
for (const p of all(words.heldSinceIntro)) addIntro(p, 'heldSince');
const SINCE_LINKS = new Set(all(words.sinceLinks).map(foldWord));
const MAX_WORDS_BEFORE_SINCE = 2;

const hometownIntro = new PhraseIndex<true>(prefixCombos(['', 'ب', 'و', 'وب']));
for (const p of all(words.hometownIntro)) hometownIntro.add(p, true);
const WEAK_INTRO = new Set(words.weakIntro.map(foldWord));
const POSSESSIVE_INTRO = new Set(words.possessiveIntro.map(foldWord));
/** «بمدينته», «ومدينته»: a possessive intro with a joined preposition or «و» is one still. */
const isPossessiveIntro = (w: string): boolean => POSSESSIVE_INTRO.has(w) || POSSESSIVE_INTRO.has(w.replace(/^(?:وب|ب|و)(?=...)/, ''));
const placeTypeIndex = new PhraseIndex<true>(prefixCombos(['', 'ب', 'ل']));
for (const p of all(words.placeTypes)) placeTypeIndex.add(p, true);
/** «محافظة», «مدينة», "village", folded: words for a kind of place. */
export const PLACE_TYPE_WORDS = new Set(all(words.placeTypes).map(foldWord));
const HOMETOWN_BLOCKERS = new Set(all(words.hometownBlockers).map(foldWord));
const AGE_FILLERS = new Set(all(words.ageFillers).map(foldWord));
const ageUnitIndex = new PhraseIndex<true>();
for (const p of all(words.ageUnits)) ageUnitIndex.add(p, true);
const AGE_INTRO_NEEDS_UNIT = new Set(words.ageIntroNeedsUnit.map(foldWord));
const TERM_NOUNS = new Set(words.termNouns.map(foldWord));
const OBJECT_PRONOUNS = new Set(words.objectPronouns.map(foldWord));
const BARE_INTROS = new Set(words.bareIntros.map(foldWord));
const COMPOUND_PLACE_HEADS = new Set(words.compoundPlaceHeads.map(foldWord));
const PLACE_NAME_ADJECTIVES = new Set(words.placeNameAdjectives.map(foldWord));
const DATE_LINKS = new Set(all(words.dateLinks).map(foldWord));
const monthIndex = new PhraseIndex<number>(prefixCombos(['', 'ب', 'في']));
for (const [month, names] of Object.entries(words.months)) for (const n of names) monthIndex.add(n, Number(month));
const HIJRI_MARKERS = new Set(words.hijriMarkers.map(foldWord));
const DATE_NOISE = new Set(words.dateNoise.map(foldWord));
const DECADE_WORDS = new Set(words.decadeWords.map(foldWord));
const REGION_PARTS = new Set(all(words.regionParts).map(foldWord));
const REGION_PART_DIRECTIONS = new Set(all(words.regionPartDirections).map(foldWord));
const NAMED_AFTER_TOWN = new Set(all(words.namedAfterTown).map(foldWord));
const sameTownIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of all(words.sameTown)) sameTownIndex.add(p, true);
const branchIndex = new PhraseIndex<true>(prefixCombos(['', 'ب', 'ل', 'بال', 'لل']));
for (const p of all(words.branchWords)) branchIndex.add(p, true);

// ---------------------------------------------------------------------------
// Dates

export interface ParsedDate {
  /** YYYY-MM-DD, or YYYY when the day is not given. */
  value: string;
  year: number;
  last: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const SENTENCE_END_CHARS = new Set(['.', '!', '?', '؟', ';', '؛', '\n']);

/** Gregorian year holding most of Hijri year `h` (tabular calendar). */
export function hijriToGregorianYear(h: number): number {
  const firstDay = 1 + (h - 1) * 354 + Math.floor((3 + 11 * h) / 30) + 1948438.5;
  const middle = firstDay + 177;
  return new Date((middle - 2440587.5) * 86_400_000).getUTCFullYear();
}

function isoOrNull(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function num(t: Token | undefined): number | null {
  return t !== undefined && t.kind === 'num' && t.norm.length <= 4 ? Number(t.norm) : null;
}

function isDateSep(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'p' && (t.norm === '/' || t.norm === '-' || t.norm === '.' || t.norm === '\\');
}

function yearFrom(tokens: Token[], j: number): { year: number; last: number } | null {
  const t = tokens[j];
  const n = num(t);
  if (n === null || t.norm.length !== 4) return null;
  let k = nextNonSpace(tokens, j + 1);
  const marker = tokens[k];
  const hijri = (marker && (marker.kind === 'ar' || marker.kind === 'lat') && HIJRI_MARKERS.has(marker.norm)) || (n >= 1300 && n <= 1500);
  if (hijri) {
    if (n < 1300 || n > 1500) return null;
    return { year: hijriToGregorianYear(n), last: marker && HIJRI_MARKERS.has(marker.norm) ? k : j };
  }
  if (n < 1900 || n > 2100) return null;
  if (n % 10 === 0 && decadeAt(tokens, j)) return null;
  k = j;
  return { year: n, last: k };
}

/** "the 1980s", "1980's", «les années 1980»: the year at `j` names a decade. */
function decadeAt(tokens: Token[], j: number): boolean {
  const after = tokens[j + 1]?.kind === 'lat' ? tokens[j + 1] : tokens[j + 2];
  if (after?.kind === 'lat' && after.norm === 's' && after.s - tokens[j].e <= 1) return true;
  const before = tokens[prevNonSpace(tokens, j - 1)];
  return before?.kind === 'lat' && DECADE_WORDS.has(before.norm);
}

/** «كانون الأول/ديسمبر»: a month name glossed after a slash by its other name; the gloss's last token, or `last`. */
function pastMonthGloss(tokens: Token[], last: number): number {
  if (tokens[last + 1]?.norm !== '/') return last;
  const gloss = monthIndex.match(tokens, last + 2);
  return gloss ? gloss.last : last;
}

/** A date starting at token i: ISO, d/m/y, "8 December 2024", "December 8, 2024", "آذار 2013", or a year. */
export function parseDateAt(tokens: Token[], i: number): ParsedDate | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') {
    if (t.norm.length === 4) {
      const y = Number(t.norm);
      // YYYY-MM-DD
      if (isDateSep(tokens[i + 1]) && num(tokens[i + 2]) !== null && isDateSep(tokens[i + 3]) && num(tokens[i + 4]) !== null) {
        const iso = y >= 1900 && y <= 2100 ? isoOrNull(y, num(tokens[i + 2]) as number, num(tokens[i + 4]) as number) : null;
        if (iso) return { value: iso, year: y, last: i + 4 };
      }
      const yr = yearFrom(tokens, i);
      return yr ? { value: String(yr.year), year: yr.year, last: yr.last } : null;
    }
    if (t.norm.length > 2) return null;
    const a = Number(t.norm);
    // d/m/yyyy (Syrian order), m/d/yyyy when the first cannot be a month's day order
    if (isDateSep(tokens[i + 1]) && num(tokens[i + 2]) !== null && tokens[i + 2].norm.length <= 2 && isDateSep(tokens[i + 3])) {
      const b = Number(tokens[i + 2].norm);
      const yr = yearFrom(tokens, i + 4);
      if (yr) {
        const iso = b > 12 && a <= 12 ? isoOrNull(yr.year, a, b) : isoOrNull(yr.year, b, a);
        if (iso) return { value: iso, year: yr.year, last: i + 4 };
      }
      return null;
    }
    // 8 December 2024, 8 من كانون الأول 2024, 8th of December 2024
    let j = i + 1;
    if (tokens[j] && tokens[j].kind === 'lat' && DATE_NOISE.has(tokens[j].norm)) j++;
    j = nextNonSpace(tokens, j);
    if (tokens[j] && DATE_NOISE.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
    const month = monthIndex.match(tokens, j);
    if (month) {
      let k = nextNonSpace(tokens, pastMonthGloss(tokens, month.last) + 1);
      if (tokens[k]?.norm === ',') k = nextNonSpace(tokens, k + 1);
      const yr = yearFrom(tokens, k);
      if (yr) {
        const iso = isoOrNull(yr.year, month.value, a);
        if (iso) return { value: iso, year: yr.year, last: yr.last };
      }
    }
    return null;
  }
  if (t.kind === 'ar' || t.kind === 'lat') {
    const month = monthIndex.match(tokens, i);
    if (!month) return null;
    let k = nextNonSpace(tokens, pastMonthGloss(tokens, month.last) + 1);
    let day: number | null = null;
    const d = num(tokens[k]);
    if (d !== null && tokens[k].norm.length <= 2) {
      day = d;
      k++;
      if (tokens[k]?.kind === 'lat' && DATE_NOISE.has(tokens[k].norm)) k++;
      k = nextNonSpace(tokens, k);
      if (tokens[k]?.norm === ',') k = nextNonSpace(tokens, k + 1);
    }
    const yr = yearFrom(tokens, k);
    if (!yr) return null;
    const iso = day !== null ? isoOrNull(yr.year, month.value, day) : null;
    return { value: iso ?? String(yr.year), year: yr.year, last: yr.last };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Hits

export type HitKind = 'hometown' | 'prison' | 'age' | 'birthYear' | 'arrestYear' | 'releaseDate' | 'deathDate';

export interface AttributeHit {
  kind: HitKind;
  value: string | number;
  /** Token range of the value. */
  first: number;
  last: number;
  /** Token where the pattern starts (the intro word, or the value itself). */
  anchor: number;
  /** Counts only right after a name: "(34)", "- Daraya", ", 25 ans". */
  adjacentOnly: boolean;
  /** A facility the person was moved to, released from or died in. */
  preferred: boolean;
  /** "arrested by Military Intelligence", «اعتقلته مخابرات الجيش»: the force that made the arrest, a prison only when no other is named. */
  agent?: boolean;
}

/** «قضت أربع سنوات في سجن عدرا», «قضى 10 أعوام»: «قضى» ("spent", also "died") before a length of time is a term served. */
function termServedAfter(tokens: Token[], last: number): boolean {
  const j = nextNonSpace(tokens, last + 1);
  const t = tokens[j];
  if (t === undefined || tokens[last].kind !== 'ar' || !SPENT_AR.has(stripConjunction(tokens[last].norm))) return false;
  return t.kind === 'num' || (t.kind === 'ar' && AR_TERM_WORDS.has(t.norm));
}
const SPENT_AR = new Set(['قضى', 'قضت', 'قضيا', 'قضوا'].map(foldWord));
// The units and counts of a term served (cues.json servedTerm), without «عام», «سنة» ("the year 2013").
const AR_TERM_WORDS = new Set([...cues.servedTerm.units.ar, ...cues.servedTerm.numbers.ar].filter((w) => w !== 'عام' && w !== 'سنة').map(foldWord));

const MAX_DATE_GAP_WORDS = 8;
const MAX_DATE_SCAN_TOKENS = 24;
const DATE_KIND: Record<'birth' | 'arrest' | 'release' | 'death', HitKind> = {
  birth: 'birthYear',
  arrest: 'arrestYear',
  release: 'releaseDate',
  death: 'deathDate',
};
const YEAR_RANGE: Record<string, [number, number]> = {
  birthYear: [1920, 2024],
  arrestYear: [1970, 2030],
  releaseDate: [1970, 2030],
  deathDate: [1970, 2030],
};

function isSentenceEnd(t: Token): boolean {
  return t.kind === 'nl' || (t.kind === 'p' && SENTENCE_END_CHARS.has(t.norm));
}

function scanDate(tokens: Token[], from: number, kind: HitKind, anchor: number): AttributeHit | null {
  let gapWords = 0;
  for (let j = from; j < tokens.length && j < from + MAX_DATE_SCAN_TOKENS; j++) {
    const t = tokens[j];
    if (t.kind === 'sp' || (t.kind === 'p' && !isSentenceEnd(t))) continue;
    if (isSentenceEnd(t)) return null;
    const date = parseDateAt(tokens, j);
    if (date) {
      const [lo, hi] = YEAR_RANGE[kind];
      if (date.year < lo || date.year > hi) return null;
      // "detained during Syria's occupation of Lebanon from 1976 to 2005": a span that words stand before is another
      // thing's, not the arrest's ("held from 2012 to 2015", right after its verb, is).
      if (kind === 'arrestYear' && gapWords > 0 && yearSpanAt(tokens, j, date.last)) return null;
      const value = kind === 'birthYear' || kind === 'arrestYear' ? date.year : date.value;
      return { kind, value, first: j, last: date.last, anchor, adjacentOnly: false, preferred: false };
    }
    if (t.kind === 'num') continue;
    const other = matchIntro(tokens, j);
    // «اعتقل محمد الحداد ابن مدينة داريا عام 2012»: «ابن» with no number after it is no age.
    const noAge = other?.value === 'age' && AGE_INTRO_NEEDS_UNIT.has(stripConjunction(t.norm)) && tokens[nextNonSpace(tokens, j + 1)]?.kind !== 'num';
    if (other && !noAge && (other.value !== 'heldSince' || (kind !== 'arrestYear' && sinceAfter(tokens, other.last + 1) >= 0))) return null;
    // «منذ», "since": what follows is how long someone has been held.
    if (kind !== 'arrestYear' && (SINCE_LINKS.has(t.norm) || SINCE_LINKS.has(stripConjunction(t.norm))) && t.norm !== 'من') return null;
    if (DATE_LINKS.has(t.norm) || DATE_LINKS.has(stripConjunction(t.norm))) continue;
    if (++gapWords > MAX_DATE_GAP_WORDS) return null;
  }
  return null;
}

/** "from 1976 to 2005", «de 1976 à 2005», «entre 1976 et 2005»: the date at `first`..`last` opens a span of years. */
function yearSpanAt(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[prevNonSpace(tokens, first - 1)];
  const link = tokens[nextNonSpace(tokens, last + 1)];
  const end = tokens[nextNonSpace(tokens, nextNonSpace(tokens, last + 1) + 1)];
  return (
    isWordToken(before) && SPAN_OPENERS.has(before.norm) && isWordToken(link) && SPAN_LINKS.has(link.norm) && end?.kind === 'num' && /^\d{4}$/.test(end.norm)
  );
}
const SPAN_OPENERS = new Set(['from', 'between', 'de', 'entre'].map(foldWord));
const SPAN_LINKS = new Set(['to', 'and', 'until', 'à', 'et', 'au', 'jusqu'].map(foldWord));

const MAX_OPENING_DATE_WORDS = 12;
const MAX_SENTENCE_BACK_TOKENS = 60;
/** "It was on …", «C'est le … que», «Depuis qu'en …»: words that may stand before a sentence's opening date. */
const OPENING_WORDS = new Set(['it', 'was', 'c', 'est', 'qu', 'que'].map(foldWord));

/**
 * «وبتاريخ 6 أيلول 2011، اعتقل…», «في 28/8/2013 اعتقلت…», "On 19 August 2017, the police raided … and
 * detained", «C'est le 14 mai 2006 que … a été interpellé»: a date that opens the sentence (from token
 * `start`) of an arrest word `i` with no date after it is the arrest's, unless the sentence also tells of a
 * birth, release or death.
 */
function openingDate(tokens: Token[], start: number, i: number, hits: AttributeHit[]): AttributeHit | null {
  if (i - start > MAX_SENTENCE_BACK_TOKENS) return null;
  let d = start;
  while (
    d < i &&
    (!isWordToken(tokens[d]) || DATE_LINKS.has(stripConjunction(tokens[d].norm)) || OPENING_WORDS.has(tokens[d].norm)) &&
    tokens[d].kind !== 'num'
  )
    d++;
  const date = d < i ? parseDateAt(tokens, d) : null;
  if (!date || date.last >= i || hits.some((h) => h.first <= date.last && h.last >= d)) return null;
  let words = 0;
  for (let j = date.last + 1; j < i; j++) if (isWordToken(tokens[j]) && ++words > MAX_OPENING_DATE_WORDS) return null;
  const [lo, hi] = YEAR_RANGE.arrestYear;
  if (date.year < lo || date.year > hi) return null;
  for (let j = date.last + 1; j < tokens.length && !isSentenceEnd(tokens[j]); j++) {
    const other = matchIntro(tokens, j);
    if (other && other.value !== 'arrest' && other.value !== 'heldSince' && other.value !== 'age') return null;
  }
  return { kind: 'arrestYear', value: date.year, first: d, last: date.last, anchor: i, adjacentOnly: false, preferred: false };
}

/** «منذ» / "since" within a couple of words after a status word («مختفٍ قسرياً منذ»), or -1. */
function sinceAfter(tokens: Token[], from: number): number {
  let words = 0;
  for (let j = from; j < tokens.length && words <= MAX_WORDS_BEFORE_SINCE; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (!isWordToken(t)) return -1;
    if (SINCE_LINKS.has(t.norm) || SINCE_LINKS.has(stripConjunction(t.norm))) return j;
    words++;
  }
  return -1;
}

/**
 * "arrested at the age of 17", «arrêté à l'âge de 17 ans», «âgé de 17 ans à l'époque où il a été arrêté», «البالغ من
 * العمر 17 عاما عند اعتقاله»: an age told at the arrest or disappearance, not at the time described (GUIDE.md: null).
 * Before the age from `first` to `last`: an age intro right after an arrest intro (a year in «en», "in" between); after
 * it, within a few words of its sentence, a word of "when" and then an arrest intro.
 */
function ageAtArrest(tokens: Token[], first: number, last: number): boolean {
  let j = prevNonSpace(tokens, first - 1);
  let ageIntro = j >= 0 ? introEndingHere(tokens, j, 'age') : -1;
  for (let n = 0; n < 3 && ageIntro < 0 && j >= 0 && AGE_FILLERS.has(tokens[j].norm); n++) {
    j = prevNonSpace(tokens, j - 1);
    ageIntro = j >= 0 ? introEndingHere(tokens, j, 'age') : -1;
  }
  if (ageIntro >= 0) {
    let k = prevNonSpace(tokens, ageIntro - 1);
    // "arrested in 2013 at the age of 17"
    if (k >= 0 && tokens[k].kind === 'num' && YEAR_IN.has(tokens[prevNonSpace(tokens, k - 1)]?.norm ?? ''))
      k = prevNonSpace(tokens, prevNonSpace(tokens, k - 1) - 1);
    if (k >= 0 && introEndingHere(tokens, k, 'arrest') >= 0) return true;
    // "arrested at a checkpoint at the age of 18", «arrêté à un poste de contrôle de l'armée à l'âge de 18 ans»: a few
    // words of place or manner between, in the same clause (no comma, no "and" that could open another verb). Only
    // after "at" or «à»: «اعتقلت رزان البالغة من العمر 31 سنة» and "arrested Omar Haddad, aged 31" give his age now.
    const atAge = tokens[ageIntro].kind === 'lat' && AT_AGE.has(tokens[ageIntro].norm);
    for (let b = k, n = 0; atAge && b >= 0 && n < AGE_ARREST_GAP_WORDS; b = prevNonSpace(tokens, b - 1)) {
      const w = tokens[b];
      if (isSentenceEnd(w) || isComma(w) || CLAUSE_JOINS.has(w.norm)) break;
      if (!isWordToken(w)) continue;
      n++;
      if (introEndingHere(tokens, b, 'arrest') >= 0) return true;
    }
  }
  let when = false;
  for (let k = nextNonSpace(tokens, last + 1), n = 0; k < tokens.length && n < AGE_ARREST_WORDS && !isSentenceEnd(tokens[k]); k = nextNonSpace(tokens, k + 1)) {
    if (!isWordToken(tokens[k])) continue;
    n++;
    if (ARREST_TIME_WORDS.has(stripConjunction(tokens[k].norm))) when = true;
    else if (when && matchIntro(tokens, k)?.value === 'arrest') return true;
  }
  return false;
}
const AGE_ARREST_WORDS = 9;
const AGE_ARREST_GAP_WORDS = 10;
const AT_AGE = new Set(['at', 'à'].map(foldWord));
const CLAUSE_JOINS = new Set(['and', 'but', 'then', 'et', 'mais', 'puis', 'ثم'].map(foldWord));
const YEAR_IN = new Set(['in', 'en', 'في'].map(foldWord));
const ARREST_TIME_WORDS = new Set(
  ['when', 'time', 'lorsque', 'quand', 'lors', 'où', 'moment', 'عند', 'حين', 'وقت', 'لدى', 'عندما', 'حينما', 'أثناء'].map(foldWord),
);
/** The first token of the longest intro of `kind` that ends at token `end` (up to five words back), or -1. */
function introEndingHere(tokens: Token[], end: number, kind: IntroKind): number {
  let first = -1;
  for (let j = end, n = 0, steps = 0; j >= 0 && n < MAX_AGE_INTRO_WORDS && steps < 2 * MAX_AGE_INTRO_WORDS; j = prevNonSpace(tokens, j - 1), steps++) {
    if (isWordToken(tokens[j])) n++;
    const m = matchIntro(tokens, j);
    if (m && m.value === kind && m.last === end) first = j;
  }
  return first;
}
const MAX_AGE_INTRO_WORDS = 5;

function scanAge(tokens: Token[], from: number, anchor: number, needsUnit: boolean): AttributeHit | null {
  let j = nextNonSpace(tokens, from);
  // A form's field: «Âge : 61 ans», "Age: 35", «العمر: 35 عاماً».
  if (tokens[j]?.norm === ':') j = nextNonSpace(tokens, j + 1);
  for (let fillers = 0; fillers < 3 && tokens[j] && AGE_FILLERS.has(tokens[j].norm); fillers++) j = nextNonSpace(tokens, j + 1);
  const t = tokens[j];
  if (!t || t.kind !== 'num' || t.norm.length > 3) return null;
  const age = Number(t.norm);
  if (age < 1 || age > 110) return null;
  const unit = ageUnitIndex.match(tokens, nextNonSpace(tokens, j + 1)) ?? ageUnitIndex.match(tokens, j + 1);
  if (needsUnit && !unit) return null;
  return { kind: 'age', value: age, first: j, last: unit ? unit.last : j, anchor, adjacentOnly: false, preferred: false };
}

/** The token before i, past spaces and a form's colon («من: داريا»). */
const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);

function wordBefore(tokens: Token[], i: number): number {
  let j = prevNonSpace(tokens, i - 1);
  // «من مدينه⏎الزرقاء»: a hard-wrapped line that breaks after an intro or a place type goes on past the break.
  if (j > 0 && softWrap(tokens, j)) {
    const k = prevNonSpace(tokens, j - 1);
    if (k >= 0 && (placeTypeIndex.endsAt(tokens, k, 2) || hometownIntro.endsAt(tokens, k, 3))) j = k;
  }
  while (j >= 0 && QUOTES.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && tokens[j].norm === ':' ? prevNonSpace(tokens, j - 1) : j;
}

/** A single line break (no blank line) at `j`. */
const softWrap = (tokens: Token[], j: number): boolean => tokens[j].kind === 'nl' && tokens[j].e - tokens[j].s === 1;

/** The next token past spaces and opening quotes: «بلدة "المزيريب"», and past a single line break («بلدة⏎داريا»). */
function nextPastQuotes(tokens: Token[], i: number): number {
  let j = nextNonSpace(tokens, i);
  if (j < tokens.length && softWrap(tokens, j)) j = nextNonSpace(tokens, j + 1);
  while (j < tokens.length && QUOTES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  return j;
}

/** «arrêté chez lui, à Daraya»: «chez lui» (his home) and a comma before the «à» at `j`; the index of «chez», or -1. */
function chezCommaBefore(tokens: Token[], j: number): number {
  if (tokens[j].norm !== 'a' || tokens[j].kind !== 'lat') return -1;
  const comma = prevNonSpace(tokens, j - 1);
  const pronoun = comma >= 0 && isComma(tokens[comma]) ? prevNonSpace(tokens, comma - 1) : -1;
  const chez = pronoun >= 0 && CHEZ_PRONOUNS.has(tokens[pronoun].norm) ? prevNonSpace(tokens, pronoun - 1) : -1;
  return chez >= 0 && tokens[chez].norm === CHEZ ? chez : -1;
}
const CHEZ = 'chez';
const CHEZ_PRONOUNS = new Set(['lui', 'elle', 'eux']);

/** Up to `n` word-token indices ending at j, nearest first. */
function wordsBack(tokens: Token[], j: number, n: number): number[] {
  const out: number[] = [];
  for (let k = j; k >= 0 && out.length < n && isWordToken(tokens[k]); k = prevNonSpace(tokens, k - 1)) out.push(k);
  return out;
}

const formLabelIndex = new PhraseIndex<true>(prefixCombos(['']));
for (const p of all(words.formLabels)) formLabelIndex.add(p, true);
/** «المدينة: داريا», "Hometown: Daraya", «Ville : Douma»: where a form's field label before token i starts, or -1. */
function formLabelBefore(tokens: Token[], i: number): number {
  const colon = prevNonSpace(tokens, i - 1);
  if (colon < 0 || tokens[colon].norm !== ':') return -1;
  // The longest label: «Lieu de résidence», not «résidence».
  let start = -1;
  for (const k of wordsBack(tokens, prevNonSpace(tokens, colon - 1), 3)) {
    const m = formLabelIndex.match(tokens, k);
    if (m && m.last === prevNonSpace(tokens, colon - 1)) start = k;
  }
  return start;
}

/**
 * "born 1988 in Daraya", «né en 1988 à Daraya», "(b. 1979, Hama)", «مواليد 1985 داريا»: a birth intro, its year,
 * then the place (in Arabic, also right after the year).
 */
function bornInYearBefore(tokens: Token[], i: number): number {
  const inWord = prevNonSpace(tokens, i - 1);
  if (inWord < 0) return -1;
  const bare = tokens[inWord].kind === 'num' && tokens[i].kind === 'ar';
  if (!(bare || BORN_IN.has(tokens[inWord].norm) || tokens[inWord].norm === ',')) return -1;
  const year = bare ? inWord : prevNonSpace(tokens, inWord - 1);
  if (year < 0 || tokens[year].kind !== 'num') return -1;
  let end = prevNonSpace(tokens, year - 1);
  // «né le 3 mars 1980 à», "born on 3 March 1980 in": the day and month before the year.
  for (let n = 0; n < 2 && end >= 0 && (tokens[end].kind === 'num' || monthIndex.match(tokens, end)?.last === end); n++) end = prevNonSpace(tokens, end - 1);
  // "b. 1979": the abbreviation's full stop; «مواليد عام 1980 في»: the word for year; «né le», "born on" (one intro
  // or two words).
  if (end >= 0 && (tokens[end].norm === '.' || YEAR_WORDS_AR.has(tokens[end].norm))) end = prevNonSpace(tokens, end - 1);
  if (end < 0) return -1;
  const ends = [end, DATE_ARTICLES.has(tokens[end].norm) ? prevNonSpace(tokens, end - 1) : -1];
  for (const k of wordsBack(tokens, end, 4)) {
    const m = introIndex.match(tokens, k);
    if (m && m.value === 'birth' && ends.includes(m.last)) return k;
  }
  return -1;
}
const BORN_IN = new Set(['in', 'à', 'في'].map(foldWord));
const DATE_ARTICLES = new Set(['le', 'on']);

/** The hometown intro ending right before token i («من», «ابن مدينة», "from the town of"), if any. */
function introBefore(tokens: Token[], i: number): { first: number; weak: boolean } | null {
  const form = formLabelBefore(tokens, i);
  if (form >= 0) return { first: form, weak: false };
  const born = bornInYearBefore(tokens, i);
  if (born >= 0) return { first: born, weak: false };
  const j = wordBefore(tokens, i);
  if (j >= 0 && isComma(tokens[j])) return commaIntroBefore(tokens, j);
  if (j < 0 || !isWordToken(tokens[j])) return null;
  // «ينحدر بلدة جاسم»: an origin verb whose «من» the writer left out, right before the place or its type.
  if (ORIGIN_VERBS_AR.has(stripConjunction(tokens[j].norm))) return { first: j, weak: false };
  if (bornSubjectBefore(tokens, j) || originSubjectBefore(tokens, j) || homeOwnerBefore(tokens, j)) return { first: j, weak: false };
  const chez = chezCommaBefore(tokens, j);
  if (chez >= 0) return { first: chez, weak: false };
  const described = appositiveIn(tokens, j);
  if (described) return { first: j, weak: described.weak };
  // "from the Damascus countryside", «de la Ghouta»; "from northern Aleppo"
  // "from the Damascus suburb of Zabadoun": a known place of one word qualifying the place type at `i`.
  const placeQualifier = tokens[j].kind === 'lat' && tokens[j].cap && placeIndex.match(tokens, j)?.last === j && placeTypeIndex.match(tokens, i) !== null;
  if (
    tokens[j].kind === 'lat' &&
    (TYPE_DETERMINERS.has(tokens[j].norm) || COMPASS_WORDS.has(tokens[j].norm) || placeQualifier) &&
    !hometownIntro.match(tokens, j)
  )
    return introBefore(tokens, j);
  let best: { first: number; weak: boolean } | null = null;
  const consider = (c: { first: number; weak: boolean }) => {
    if (!best || (best.weak && !c.weak) || (best.weak === c.weak && c.first < best.first)) best = c;
  };
  for (const k of wordsBack(tokens, j, 4)) {
    const m = hometownIntro.match(tokens, k);
    if (m && m.last === j) consider({ first: k, weak: m.first === m.last && WEAK_INTRO.has(tokens[k].norm) && !afterSubjectPronoun(tokens, k) });
    // A place type between intro and place: «من مدينة داريا», "from the town of Douma".
    const pt = placeTypeIndex.match(tokens, k);
    if (pt && pt.last === j) {
      // "from the Kurdish city of Qamishli", "from the Damascus suburb of Douma": past "the" and capitalised words.
      for (let b = k, n = 0; n <= MAX_TYPE_QUALIFIERS && b >= 0; n++) {
        const before = introBefore(tokens, b);
        if (before) {
          consider({ first: before.first, weak: false });
          break;
        }
        b = wordBefore(tokens, b);
        if (b < 0 || tokens[b].kind !== 'lat' || !(tokens[b].cap || TYPE_DETERMINERS.has(tokens[b].norm) || isPlaceQualifier(tokens[b].norm))) break;
      }
    }
  }
  return best;
}

/**
 * "Omar Haddad, a pharmacist in Daraya,", «Omar Haddad, un militant à Douma»: token j is "in" / «à» at the end of
 * a description that opens with "a" / «un». The place is where the person lives and works. After the name's comma
 * or opening the sentence before the name ("A pharmacist in Daraya, Omar Haddad…") it counts only for that name
 * (weak); after the name and "was" ("Omar Haddad was a pharmacist in Daraya") for the sentence's name. Not
 * "arrested in", «détenu à», "a man held in": a participle in the description makes it where something befell him.
 */
function appositiveIn(tokens: Token[], j: number): { weak: boolean } | null {
  if (tokens[j].kind !== 'lat' || !APPOSITIVE_IN.has(tokens[j].norm)) return null;
  let k = prevNonSpace(tokens, j - 1);
  for (let words = 0; k >= 0 && words < APPOSITIVE_IN_WORDS; k = prevNonSpace(tokens, k - 1)) {
    const t = tokens[k];
    if (t.kind === 'num' || (t.kind === 'p' && t.norm === '-')) continue;
    if (t.kind !== 'lat' || (t.cap && !(APPOSITIVE_ARTICLES.has(t.norm) && isSentenceStartWord(tokens, k)))) return null;
    if (APPOSITIVE_PARTICIPLES.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed') && t.norm !== 'based')) return null;
    words++;
    if (!APPOSITIVE_ARTICLES.has(t.norm)) continue;
    if (isComma(tokens[prevNonSpace(tokens, k - 1)]) || isSentenceStartWord(tokens, k)) return { weak: true };
    const copula = prevNonSpace(tokens, k - 1);
    const subject = tokens[prevNonSpace(tokens, copula - 1)];
    return tokens[copula]?.kind === 'lat' && COPULAS.has(tokens[copula].norm) && subject?.kind === 'lat' && subject.cap ? { weak: false } : null;
  }
  return null;
}
const COPULAS = new Set(['was', 'is', 'était', 'est'].map(foldWord));
const APPOSITIVE_IN = new Set(['in', 'à'].map(foldWord));
const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'un', 'une']);
const APPOSITIVE_IN_WORDS = 6;
/** Participles that do not end in -ed: "held in", «détenu à», «vu à». */
const APPOSITIVE_PARTICIPLES = new Set(
  [
    'held',
    'seen',
    'taken',
    'kept',
    'shot',
    'caught',
    'hidden',
    'found',
    'buried',
    'prisoner',
    'detainee',
    'inmate',
    'hostage',
    'captive',
    'détenu',
    'détenue',
    'arrêté',
    'arrêtée',
    'vu',
    'vue',
    'retenu',
    'retenue',
    'emprisonné',
    'emprisonnée',
    'incarcéré',
    'incarcérée',
    'enlevé',
    'enlevée',
    'tué',
    'tuée',
    'mort',
    'morte',
    'prisonnier',
    'prisonnière',
    'otage',
    'interpellé',
    'interpellée',
    'transféré',
    'transférée',
    'libéré',
    'libérée',
  ].map(foldWord),
);

/** "in his hometown, Daraya", «sa ville natale, Daraya»: a comma intro (attribute-words commaIntros) before the comma at `comma`. */
function commaIntroBefore(tokens: Token[], comma: number): { first: number; weak: boolean } | null {
  const end = prevNonSpace(tokens, comma - 1);
  if (end < 0 || !isWordToken(tokens[end])) return null;
  for (const k of wordsBack(tokens, end, MAX_INTRO_WORDS)) {
    const m = hometownIntro.match(tokens, k);
    if (m && m.last === end && COMMA_INTROS.has(phraseOf(tokens, m.first, m.last))) return { first: k, weak: false };
  }
  return null;
}
const COMMA_INTROS = new Set(all(words.commaIntros).map((p) => phraseWords(p).join(' ')));

/** "Daraya, his hometown", «Daraya, sa ville natale»: a comma intro right after the comma that follows the place ending at `last`. */
function commaIntroAfter(tokens: Token[], last: number): boolean {
  const comma = nextNonSpace(tokens, last + 1);
  if (!isComma(tokens[comma])) return false;
  let k = nextNonSpace(tokens, comma + 1);
  // "Daraya, Omar Haddad's hometown,": the person's name, then its 's.
  if (k < tokens.length && fullNameAt(tokens, k)) {
    k = pastLatinName(tokens, k);
    if (tokens[k]?.norm !== 's') return false;
  }
  const m = k < tokens.length ? hometownIntro.match(tokens, k) : null;
  return m !== null && COMMA_INTROS.has(phraseOf(tokens, m.first, m.last));
}

/** "(Zabadoun, 34)", "(34, Zabadoun)": the Latin word at `i` and an age fill a bracket, a comma between them. */
function latinTownBesideAge(tokens: Token[], i: number): boolean {
  const age = (k: number) => tokens[k]?.kind === 'num' && tokens[k].norm.length <= 3;
  const before = prevNonSpace(tokens, i - 1);
  const after = nextNonSpace(tokens, i + 1);
  if (tokens[before]?.norm === '(' && isComma(tokens[after] ?? tokens[i])) {
    const n = nextNonSpace(tokens, after + 1);
    return age(n) && tokens[nextNonSpace(tokens, n + 1)]?.norm === ')';
  }
  if (tokens[after]?.norm === ')' && before >= 0 && isComma(tokens[before])) {
    const n = prevNonSpace(tokens, before - 1);
    return age(n) && tokens[prevNonSpace(tokens, n - 1)]?.norm === '(';
  }
  return false;
}

/**
 * An Arabic word at `i` alone in brackets, or after a slash and before the end of its line or sentence, that is no
 * everyday word, word of state («شهيد», «مغيب»), title, given name, kunya, date or age word («مواليد»), word in «ال…»
 * (a nisba or family name) or in «…ي» (an adjective: «عسكري»).
 */
function bracketedTownAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'ar' || t.norm.length < 3) return false;
  const open = prevNonSpace(tokens, i - 1);
  const close = nextNonSpace(tokens, i + 1);
  const after = tokens[close];
  const bracketed = tokens[open]?.norm === '(' && after?.norm === ')';
  const slashed = tokens[open]?.norm === '/' && (after === undefined || after.kind === 'nl' || (after.kind === 'p' && SENTENCE_ENDS.has(after.norm)));
  if (!(bracketed || slashed) || !isWordToken(tokens[prevNonSpace(tokens, open - 1)])) return false;
  const w = t.norm;
  return !(
    isArEverydayForm(w) ||
    NOT_BRACKETED_TOWNS.has(w) ||
    w.startsWith(AR_ARTICLE) ||
    w.endsWith(NISBA_Y) ||
    KUNYA_HEADS.has(w) ||
    introIndex.match(tokens, i)
  );
}
const SENTENCE_ENDS = new Set(['.', '!', '؟', '?', '،', ',', '؛']);
const AR_ARTICLE = foldWord('ال');
const NISBA_Y = foldWord('ي');
const NOT_BRACKETED_TOWNS = new Set(
  [
    ...givenNames.map((g) => g.ar),
    ...Object.values(cues.roles).flatMap((r) => r.ar),
    ...cues.statusNouns.ar,
    ...cues.otherTitles.ar,
    ...cues.officialTitles.ar,
    ...cues.arabicNonNameWords.nouns,
    ...cues.arabicNonNameWords.adjectives,
    ...cues.arabicNonNameWords.participles,
  ]
    .filter((w) => !w.includes(' '))
    .map(foldWord),
);

/** «زبدون مسقط رأسه», «زبدون، مسقط رأسها»: "his birthplace" after the word at `i`, a comma or none between. */
function birthplaceAfter(tokens: Token[], i: number): boolean {
  let k = nextNonSpace(tokens, i + 1);
  if (isComma(tokens[k])) k = nextNonSpace(tokens, k + 1);
  // «إربد (مدينته الواقعة في شمال الأردن)»: "his town" opening a bracket after the place.
  const bracket = tokens[k]?.norm === '(';
  if (bracket) k = nextNonSpace(tokens, k + 1);
  if (bracket && tokens[k]?.kind === 'ar' && AR_OWN_TOWNS.has(tokens[k].norm)) return true;
  const m = k < tokens.length ? hometownIntro.match(tokens, k) : null;
  return m !== null && BIRTHPLACE_AR.has(phraseOf(tokens, m.first, m.last));
}
/** «مدينته», «بلدتها», «قريته»: the possessive intros that are one Arabic word, "his town". */
const AR_OWN_TOWNS = new Set(words.possessiveIntro.filter((p) => ARABIC_SCRIPT.test(p) && phraseWords(p).length === 1).map(foldWord));
const BIRTHPLACE_AR = new Set(['مسقط رأسه', 'مسقط رأسها'].map((p) => phraseWords(p).join(' ')));

const townsOwnChild = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of all(words.townsOwnChild)) townsOwnChild.add(p, true);
const MAX_WORDS_BEFORE_OWN_CHILD = 4;
const MAX_ASIDE_TOKENS = 24;
/** «قالت والدته في داريا إن ابنها…»: a place "in" which something is said is no town owning a child. */
const LOCATIVES = new Set(['في', 'in', 'à', 'at'].map(foldWord));
/** «نعت داريا ابنها …», «داريا تستقبل ابنتها …», "Daraya mourns its son …": the town's own child named next, after the place ending at `last`. */
function ownChildAfter(tokens: Token[], last: number): boolean {
  let k = nextNonSpace(tokens, last + 1);
  // «بلدة شكا (قضاء البترون بمحافظة الشمال) استقبلت ابنها»: past a bracketed aside that places the town.
  if (tokens[k]?.norm === '(') {
    let close = k + 1;
    while (close < tokens.length && close - k <= MAX_ASIDE_TOKENS && tokens[close].norm !== ')' && tokens[close].kind !== 'nl') close++;
    if (tokens[close]?.norm === ')') k = nextNonSpace(tokens, close + 1);
  }
  for (let n = 0; n <= MAX_WORDS_BEFORE_OWN_CHILD && k < tokens.length && isWordToken(tokens[k]); n++, k = nextNonSpace(tokens, k + 1)) {
    if (townsOwnChild.match(tokens, k)) return true;
  }
  return false;
}

/**
 * «نعت بلدة داريا ابنها», «داريا تودع ابنها», "Daraya mourns its son": the word of a town's own child at token `i`
 * right after a place (one of the lists, or a word after a place type), or after a place and its verb. It is no
 * kinship word: nobody named is the town's mother (roles). Not after «في» ("in"), nor past a "that": «قالت
 * والدته في داريا إن ابنها…», «أعلنت عائلة محمد من جوبر أن ابنها…».
 */
export function townsChildAt(tokens: Token[], i: number): boolean {
  if (!townsOwnChild.match(tokens, i)) return false;
  const b = wordBefore(tokens, i);
  for (const end of [b, b >= 0 && !THAT_WORDS_TOWN.has(tokens[b].norm) ? wordBefore(tokens, b) : -1]) {
    if (end < 0 || !isWordToken(tokens[end])) continue;
    for (const j of wordsBack(tokens, end, MAX_PLACE_WORDS + 1)) {
      const place = placeIndex.match(tokens, j);
      const type = placeTypeIndex.match(tokens, j);
      const placeEnds = place !== null && place.prefix === 0 && place.last === end;
      const typedEnds = !place && type !== null && type.prefix === 0 && nextPastQuotes(tokens, type.last + 1) === end;
      if (placeEnds || typedEnds) return !LOCATIVES.has(tokens[wordBefore(tokens, typeStartBefore(tokens, j))]?.norm ?? '');
    }
  }
  return false;
}
const THAT_WORDS_TOWN = new Set(['أن', 'إن', 'بأن', 'that'].map(foldWord));

const TOWN_MOURNERS = new Set(words.townMourners.ar.map(foldWord));
/** «نعت مدينة داريا الشاب …»: a mourning verb before the place `first`..`last` (and its type), a noun of a person after it. */
function mournedByTown(tokens: Token[], first: number, last: number): boolean {
  const verb = wordBefore(tokens, typeStartBefore(tokens, first));
  const after = nextNonSpace(tokens, last + 1);
  return verb >= 0 && TOWN_MOURNERS.has(tokens[verb].norm) && after < tokens.length && ORIGIN_SUBJECTS.has(tokens[after].norm);
}

const whereOrigin = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of all(words.whereOrigins)) whereOrigin.add(p, true);
/**
 * "Daraya, where he was born", «داريا حيث نشأ», "In Daraya, where Omar Haddad grew up": a where-phrase of origin
 * or home (a comma or none) after the place ending at `last`, its "he" or the person's own name.
 */
function whereOriginAfter(tokens: Token[], last: number): boolean {
  let k = nextNonSpace(tokens, last + 1);
  if (isComma(tokens[k])) k = nextNonSpace(tokens, k + 1);
  if (k >= tokens.length) return false;
  if (whereOrigin.match(tokens, k) !== null) return true;
  if (!WHERE_WORDS.has(tokens[k].norm) || !fullNameAt(tokens, nextNonSpace(tokens, k + 1))) return false;
  const j = pastLatinName(tokens, nextNonSpace(tokens, k + 1));
  return j < tokens.length && whereOriginTail.match(tokens, j) !== null;
}
const WHERE_WORDS = new Set(['where', 'où'].map(foldWord));

/** The token after the capitalised Latin words (a name, up to four) that start at `i`. */
function pastLatinName(tokens: Token[], i: number): number {
  let j = i;
  for (let n = 0; n < MAX_NAME_WORDS && tokens[j]?.kind === 'lat' && tokens[j].cap; n++) j = nextNonSpace(tokens, j + 1);
  return j;
}
const MAX_NAME_WORDS = 4;
/** "was born", «a grandi»: the where-phrases of whereOrigins past "where he", «où il». */
const whereOriginTail = new PhraseIndex<true>(['']);
for (const p of [...words.whereOrigins.en, ...words.whereOrigins.fr]) {
  const ws = phraseWords(p);
  if ((ws[0] === 'where' || ws[0] === foldWord('où')) && ws.length > 2) whereOriginTail.addWords(ws.slice(2), true);
}

const SUBJECT_PRONOUNS = new Set(words.subjectPronouns.ar.map(foldWord));
/** «وهو ابن داريا»: the intro at k follows a pronoun standing for the sentence's subject. */
function afterSubjectPronoun(tokens: Token[], k: number): boolean {
  const j = prevNonSpace(tokens, k - 1);
  return j >= 0 && SUBJECT_PRONOUNS.has(stripConjunction(tokens[j].norm));
}

const SPLIT_BIRTH_VERBS = new Set(words.splitBirthVerbs.ar.map(foldWord));
/** «في», "in": after a split subject («ولد محمد الحداد في», «منزل محمد الحداد في»), before a search place. */
export const IN_AR = foldWord('في');
const YEAR_WORDS_AR = new Set(['عام', 'العام', 'سنة'].map(foldWord));
const MAX_BIRTH_SUBJECT_WORDS = 5;
/** «ولد محمد الحداد في حلب»: token j is «في», after a name that a birth verb opens, with no punctuation between. */
function bornSubjectBefore(tokens: Token[], j: number): boolean {
  if (tokens[j].norm !== IN_AR) return false;
  let end = prevNonSpace(tokens, j - 1);
  // «ولد محمد الحداد عام 1980 في داريا»: past the year of birth.
  if (tokens[end]?.kind === 'num' && YEAR_WORDS_AR.has(tokens[prevNonSpace(tokens, end - 1)]?.norm ?? ''))
    end = prevNonSpace(tokens, prevNonSpace(tokens, end - 1) - 1);
  return end >= 0 && headBeforeSubject(tokens, end, (w) => SPLIT_BIRTH_VERBS.has(w)) >= 0;
}

const SPLIT_ORIGIN_HEADS = new Set(words.splitOriginHeads.ar.map(foldWord));
/** «من», folded: the Arabic "from" of an origin. */
export const FROM_AR = foldWord('من');
/** «ينحدر», «يتحدر», «أصله»: the first words of the Arabic two-word intros that end in «من». */
const ORIGIN_HEADS_AR = new Set(
  words.hometownIntro.ar
    .map(phraseWords)
    .filter((w) => w.length === 2 && w[1] === FROM_AR)
    .map((w) => w[0]),
);
const ORIGIN_SUBJECTS = new Set(words.originSubjects.ar.map(foldWord));
/** «ينحدر», «تتحدر»: the origin heads that are verbs (imperfect, in «ي» or «ت»). */
const ORIGIN_VERBS_AR = new Set([...ORIGIN_HEADS_AR].filter((w) => /^[يت]/u.test(w)));
const INDEFINITE_PERSONS_AR = new Set(words.indefinitePersons.ar.map(foldWord));
const INDEFINITE_PERSONS_LAT = new Set([...words.indefinitePersons.en, ...words.indefinitePersons.fr].map(foldWord));
const INDEFINITE_ARTICLES_LAT = new Set(words.indefiniteArticles.map(foldWord));
/**
 * «استشهاد شاب من زبدون», "a man from Zabadoun", «un jeune homme de Zabadoun»: an unnamed person (a bare Arabic noun;
 * a Latin one after "a", «un», maybe past an adjective) right before the intro at `k`.
 */
function unnamedPersonBefore(tokens: Token[], k: number): boolean {
  const noun = wordBefore(tokens, k);
  if (noun < 0) return false;
  if (tokens[noun].kind === 'ar') return INDEFINITE_PERSONS_AR.has(tokens[noun].norm);
  if (!INDEFINITE_PERSONS_LAT.has(tokens[noun].norm)) return false;
  const article = wordBefore(tokens, noun);
  const past = article >= 0 ? wordBefore(tokens, article) : -1;
  return (article >= 0 && INDEFINITE_ARTICLES_LAT.has(tokens[article].norm)) || (past >= 0 && INDEFINITE_ARTICLES_LAT.has(tokens[past].norm));
}
/** «وينحدر الشاب من زبدون»: token k is «من», after a noun of the person («الشاب») that an origin verb opens. */
function originVerbSubjectBefore(tokens: Token[], k: number): boolean {
  if (tokens[k].norm !== FROM_AR) return false;
  const subject = wordBefore(tokens, k);
  const verb = subject >= 0 ? wordBefore(tokens, subject) : -1;
  return (
    verb >= 0 &&
    ORIGIN_SUBJECTS.has(tokens[subject].norm) &&
    (ORIGIN_HEADS_AR.has(tokens[verb].norm) || ORIGIN_HEADS_AR.has(stripConjunction(tokens[verb].norm)))
  );
}
const TO_AR = new Set(['إلى', 'الى'].map(foldWord));
/** «تعود أصول محمد الحداد إلى داريا»: token j is «إلى», after a name that «أصول» (origins) opens, with no punctuation between. */
function originSubjectBefore(tokens: Token[], j: number): boolean {
  const end = prevNonSpace(tokens, j - 1);
  return TO_AR.has(tokens[j].norm) && end >= 0 && headBeforeSubject(tokens, end, (w) => SPLIT_ORIGIN_HEADS.has(w)) >= 0;
}

/**
 * The word among the few before `end` (the last word of a subject before «في») that `isHead` accepts, or -1:
 * «ولد» in «ولد محمد الحداد في», «منزل» in «منزل محمد الحداد في». The word right before «في» is the subject's,
 * never the head itself («ولد في», «منزله في» are intros of their own).
 */
function headBeforeSubject(tokens: Token[], end: number, isHead: (norm: string) => boolean): number {
  const back = wordsBack(tokens, end, MAX_BIRTH_SUBJECT_WORDS + 1);
  return back.slice(1).find((k) => isHead(tokens[k].norm)) ?? -1;
}

const HOME_NOUNS_AR = new Set(words.homeNouns.ar.map(foldWord));
const HOME_NOUNS_LAT = new Set([...words.homeNouns.en, ...words.homeNouns.fr].map(foldWord));
const IN_LAT = new Set(['in', 'à'].map(foldWord));
const OF_LAT = new Set(['of', 'de', 'd']);
const POSSESSIVE_S = 's';
/**
 * «داهمت منزل محمد الحداد في مدينة داريا», "raided Omar Haddad's home in Daraya": token j is «في» / "in" after
 * a home noun and its owner, with no punctuation between. The owner's own «منزله في» is an intro of its own.
 */
function homeOwnerBefore(tokens: Token[], j: number): boolean {
  const end = prevNonSpace(tokens, j - 1);
  if (end < 0) return false;
  if (IN_LAT.has(tokens[j].norm)) {
    const s = prevNonSpace(tokens, end - 1);
    // "Omar Haddad's home", not "a friend's house", "his mother's house".
    const owner = s >= 0 ? prevNonSpace(tokens, s - 1) : -1;
    if (HOME_NOUNS_LAT.has(tokens[end].norm) && tokens[s]?.norm === POSSESSIVE_S && tokens[owner]?.kind === 'lat' && tokens[owner].cap) return true;
    // "the home of Omar Haddad in", «le domicile d'Omar Haddad à»: capitalised words back to "of" and the noun.
    let k = end;
    while (k >= 0 && tokens[k].kind === 'lat' && tokens[k].cap) k = prevNonSpace(tokens, k - 1);
    const noun = k >= 0 && k < end ? prevNonSpace(tokens, k - 1) : -1;
    return noun >= 0 && OF_LAT.has(tokens[k].norm) && HOME_NOUNS_LAT.has(tokens[noun].norm);
  }
  if (tokens[j].norm !== IN_AR) return false;
  const noun = headBeforeSubject(tokens, end, (w) => HOME_NOUNS_AR.has(stripConjunction(w)));
  if (noun < 0) return false;
  // «منزل محمد الحداد», «منزل عائلة محمد الحداد»; not «منزل صديقه» (a friend's, where he was taken).
  const owner = tokens[nextNonSpace(tokens, noun + 1)].norm;
  return HOME_FAMILY_AR.has(owner) || !(AR_PRONOUN_ENDINGS.some((e) => owner.endsWith(e)) && isArEverydayForm(owner));
}
/** «عائلة», «أسرة»: a family's home is its son's (their «ة» folds to the «ه» of a pronoun). */
const HOME_FAMILY_AR = new Set(['عائلة', 'أسرة'].map(foldWord));

const MAX_TYPE_QUALIFIERS = 3;
const PLACE_QUALIFIERS = new Set(all(words.placeQualifiers).map(foldWord));
/** "besieged", "countryside", "rebel-held", "Kurdish-majority": a word that may qualify a place type. */
function isPlaceQualifier(w: string): boolean {
  return PLACE_QUALIFIERS.has(w) || /-(?:held|controlled|majority|dominated)$/.test(w);
}
const OF_ENDINGS = new Set(['of', 'de']);
const DEFINITE_ARTICLES_LAT = new Set(['the', 'le', 'la']);
const TYPE_DETERMINERS = new Set(['the', 'la', 'le', 'l']);
/** "south", "northern": a word of direction before a place (attribute-words compassWords). */
const COMPASS_WORDS = new Set(all(words.compassWords).map(foldWord));

const stripConjunction = (w: string): string => w.replace(/^[وف](?=..)/, '');

/**
 * «المقيم», «القاطنة»: one who lives somewhere, before a place with «ب» joined to it; the first words of the
 * residence intros in «ال» that go on with «في» («المقيم في»).
 */
const RESIDENT_AR = new Set(
  words.residenceIntros.ar
    .map((p) => phraseWords(p))
    .filter((ws) => ws.length === 2 && ws[1] === IN_AR && ws[0].startsWith(foldWord('ال')))
    .map((ws) => ws[0]),
);
const BI_AR = foldWord('ب');
const LI_AR = foldWord('ل');
const THIRD_PERSON_ENDINGS = ['ه', 'ها', 'هم'].map(foldWord);
/** «منزله», «بيتها»: a home noun of attribute-words homeNouns with "his", "her" or "their" on it. */
const OWN_HOMES = new Set(words.homeNouns.ar.flatMap((n) => withPronouns(foldWord(n), THIRD_PERSON_ENDINGS)));
/** «عيادته», «مكتبها»: a workplace noun of attribute-words workNouns (its last word) with "his", "her" or "their" on it. */
const OWN_WORKPLACES = new Set(words.workNouns.ar.flatMap((n) => withPronouns(foldWord(n.split(' ').pop() as string), THIRD_PERSON_ENDINGS)));
/** «المنزل», «منزله», «بيتها», «العمل», «عيادته»: a home or a workplace (homeNouns, workNouns), with the article or "his", "her", "their". */
export function homeOrWorkplaceAr(norm: string): boolean {
  if (OWN_HOMES.has(norm) || OWN_WORKPLACES.has(norm)) return true;
  if (!norm.startsWith(AR_ARTICLE)) return false;
  const bare = norm.slice(AR_ARTICLE.length);
  return HOME_NOUNS_AR.has(bare) || WORK_HEADS_AR.has(bare);
}
const WORK_HEADS_AR = new Set(words.workNouns.ar.map((n) => foldWord(n.split(' ').pop() as string)));
const OWNERS_LAT = new Set(['his', 'her', 'their']);
const HOME = foldWord('home');
function blockedIntro(tokens: Token[], introFirst: number): boolean {
  // «خرج ابن مدينة داريا محمد الحداد»: "son of" says where someone is from, whatever verb stands before it.
  if (SON_OF.has(stripConjunction(tokens[introFirst].norm))) return false;
  // «وعاد إلى بلدته داريا»: a return "to his town" names his town; the movement verbs block a "from".
  if (TO_WORDS.has(stripConjunction(tokens[introFirst].norm))) return false;
  // «اعتقلته من منزله في داريا», "took him from his home in Daraya": his own home, whatever befell him there.
  const n = nextNonSpace(tokens, introFirst + 1);
  const next = tokens[n];
  if (next && isWordToken(next) && OWN_HOMES.has(next.norm)) return false;
  // «اختطفوه من عيادته», «اعتقل من مكتبه»: a workplace of his, where he was taken.
  if (next && isWordToken(next) && OWN_WORKPLACES.has(next.norm)) return true;
  if (next?.kind === 'lat' && OWNERS_LAT.has(next.norm) && HOME_NOUNS_LAT.has(tokens[nextNonSpace(tokens, n + 1)]?.norm ?? '')) return false;
  // «arrêté chez lui, à Daraya»: «chez lui» is his home too.
  if (tokens[introFirst].norm === CHEZ) return false;
  const j = wordBefore(tokens, introFirst);
  if (j < 0) return false;
  const t = tokens[j];
  if (!isWordToken(t)) return false;
  // «à l'est de Homs» is a direction, «il est natif de Homs» an origin.
  if (t.norm === 'est' && !BARE_DE.has(tokens[introFirst].norm)) return false;
  if (HOMETOWN_BLOCKERS.has(t.norm) || HOMETOWN_BLOCKERS.has(stripConjunction(t.norm))) return true;
  // «في القسم الغربي من محافظة إدلب», "in the western part of Idlib": a part of a region, not an origin.
  if (REGION_PARTS.has(t.norm)) return true;
  const part = REGION_PART_DIRECTIONS.has(t.norm) ? wordBefore(tokens, j) : -1;
  if (part >= 0 && isWordToken(tokens[part]) && REGION_PARTS.has(stripConjunction(tokens[part].norm))) return true;
  // "on his way back home from Idlib": a journey home; "his home in Daraya" is his home.
  if (t.norm === HOME && FROM.has(tokens[introFirst].norm)) return true;
  // «étudiant à la faculté de lettres de Damas», "a teacher at the French school of Damascus": where the school is.
  if (KIN_OF.has(tokens[introFirst].norm) && institutionShortlyBefore(tokens, introFirst)) return true;
  // «figure du Printemps de Damas», «la Déclaration de Damas»: the town a movement or a text is named after.
  if (KIN_OF.has(tokens[introFirst].norm) && latinNounShortlyBefore(tokens, introFirst, NAMED_AFTER_TOWN, 1, false)) return true;
  // «sorti d'une prison de la ville côtière de Lattaquié», "a prison in the coastal city of Latakia": where the prison is.
  if (prisonShortlyBefore(tokens, introFirst)) return true;
  // "freed detainees from the Homs Military prison": the town a prison is named after, not an origin.
  if (prisonNamedAfter(tokens, introFirst)) return true;
  // «arrêté dans le quartier de Bab Sharqi»: a place where something happened, not one a person is from (GUIDE.md);
  // «il vivait dans le quartier de …» is his stated home.
  if (KIN_OF.has(tokens[introFirst].norm) && t.kind === 'lat' && placeTypeIndex.match(tokens, j) !== null && locativeBefore(tokens, j)) return true;
  // «La sœur de Zaynoura», "the mother of Sami": a kinship word's "of" names a person, not a place.
  if (t.kind === 'lat' && LATIN_KIN_NOUNS.has(t.norm) && KIN_OF.has(tokens[introFirst].norm)) return true;
  // «أفرج عنه من», "released him from": a blocker and its object pronoun
  const k = wordBefore(tokens, j);
  if (k >= 0 && isWordToken(tokens[k]) && OBJECT_PRONOUNS.has(t.norm) && HOMETOWN_BLOCKERS.has(stripConjunction(tokens[k].norm))) return true;
  return fromToAfterMovement(tokens, introFirst);
}

/**
 * «نقل محمد الحداد من دمشق إلى معبر جابر», "was arrested while travelling from Aleppo to Damascus": a bare "from", a
 * place, then "to", with a movement word a few words before (past the name), is a journey, not an origin. Not the
 * headline «محمد الحداد من داريا إلى صيدنايا», where no movement is told.
 */
function fromToAfterMovement(tokens: Token[], from: number): boolean {
  if (!BARE_FROM.has(tokens[from].norm)) return false;
  let to = -1;
  for (let j = nextNonSpace(tokens, from + 1), n = 0; j < tokens.length && n < FROM_TO_WORDS; j = nextNonSpace(tokens, j + 1), n++) {
    if (!isWordToken(tokens[j])) break;
    if (n > 0 && TO_WORDS.has(tokens[j].norm)) {
      to = j;
      break;
    }
  }
  if (to < 0) return false;
  for (let j = wordBefore(tokens, from), n = 0; j >= 0 && n < FROM_TO_WORDS; j = wordBefore(tokens, j), n++) {
    if (!isWordToken(tokens[j])) break;
    const w = tokens[j].norm;
    if (HOMETOWN_BLOCKERS.has(w) || HOMETOWN_BLOCKERS.has(stripConjunction(w)) || JOURNEY_WORDS.has(w) || JOURNEY_WORDS.has(stripConjunction(w))) return true;
  }
  return false;
}
const BARE_FROM = new Set(['من', 'from', 'de', 'd'].map(foldWord));
const FROM_TO_WORDS = 4;
/** Words of a journey that are not already hometown blockers. */
const JOURNEY_WORDS = new Set(
  ['سفره', 'سفرها', 'سفر', 'طريقه', 'travelling', 'traveling', 'travelled', 'traveled', 'driving', 'voyage', 'voyageait', 'route'].map(foldWord),
);

/** «dans le» before the place type at `type`, not after a word of living («vivait», «habite»). */
function locativeBefore(tokens: Token[], type: number): boolean {
  let j = wordBefore(tokens, type);
  if (j >= 0 && LOCATIVE_ARTICLES.has(tokens[j].norm)) j = wordBefore(tokens, j);
  if (j < 0 || !LOCATIVE_IN.has(tokens[j].norm)) return false;
  const verb = wordBefore(tokens, j);
  return !(verb >= 0 && LIVING_VERBS.has(tokens[verb].norm));
}
const LOCATIVE_ARTICLES = new Set(['le', 'la', 'l', 'the'].map(foldWord));
const LOCATIVE_IN = new Set(['dans', 'in'].map(foldWord));
const LIVING_VERBS = new Set(
  ['vit', 'vivait', 'vivent', 'vivaient', 'habite', 'habitait', 'réside', 'résidait', 'lives', 'lived', 'living', 'resides', 'resided'].map(foldWord),
);

/** A school, a faculty or a hospital (attribute-words institutionNouns) up to three Latin words before the "of" at `of`. */
const institutionShortlyBefore = (tokens: Token[], of: number): boolean => latinNounShortlyBefore(tokens, of, INSTITUTION_NOUNS, INSTITUTION_WORDS, false);
const INSTITUTION_NOUNS = new Set(all(words.institutionNouns).map(foldWord));
const INSTITUTION_WORDS = 3;
/** "prison", «geôle»: a Latin word for a prison a few lower-case words before the intro at `intro` (the city is the prison's). */
const prisonShortlyBefore = (tokens: Token[], intro: number): boolean => latinNounShortlyBefore(tokens, intro, PRISON_NOUNS_LAT, PRISON_WORDS_BACK, true);
const PRISON_NOUNS_LAT = new Set(['prison', 'jail', 'geôle', 'pénitencier'].map(foldWord));
const PRISON_WORDS_BACK = 5;
/**
 * After the intro at `intro`: "the" perhaps, a few capitalised words, perhaps "central" or "military", then a word for
 * a prison or a branch ("from the Homs Military prison", "from Hama central jail").
 */
function prisonNamedAfter(tokens: Token[], intro: number): boolean {
  let j = nextNonSpace(tokens, intro + 1);
  if (tokens[j]?.norm === 'the') j = nextNonSpace(tokens, j + 1);
  let caps = 0;
  while (caps < MAX_FACILITY_WORDS && tokens[j]?.kind === 'lat' && tokens[j].cap && !PRISON_NAMED_NOUNS.has(tokens[j].norm)) {
    j = nextNonSpace(tokens, j + 1);
    caps++;
  }
  if (caps === 0) return false;
  if (PRISON_QUALIFIERS.has(tokens[j]?.norm ?? '')) j = nextNonSpace(tokens, j + 1);
  return PRISON_NAMED_NOUNS.has(tokens[j]?.norm ?? '');
}
const PRISON_NAMED_NOUNS = new Set(['prison', 'jail', 'branch'].map(foldWord));
const PRISON_QUALIFIERS = new Set(['central', 'military', 'civil'].map(foldWord));

/** One of `nouns` among the `maxWords` Latin words (lower-case ones only, with `lowerOnly`) before token `at`. */
function latinNounShortlyBefore(tokens: Token[], at: number, nouns: ReadonlySet<string>, maxWords: number, lowerOnly: boolean): boolean {
  for (
    let j = wordBefore(tokens, at), n = 0;
    j >= 0 && n < maxWords && tokens[j].kind === 'lat' && !(lowerOnly && tokens[j].cap);
    j = wordBefore(tokens, j), n++
  ) {
    if (nouns.has(tokens[j].norm)) return true;
  }
  return false;
}

/** A word for a court up to three words before the facility at `first`..`last`, or right after it ("State Security Court"). */
function courtOf(tokens: Token[], first: number, last: number): boolean {
  const after = nextNonSpace(tokens, last + 1);
  if (after < tokens.length && COURT_WORDS.has(stripConjunction(tokens[after].norm))) return true;
  for (let j = wordBefore(tokens, first), n = 0; j >= 0 && n < 3 && isWordToken(tokens[j]); j = wordBefore(tokens, j), n++) {
    if (COURT_WORDS.has(stripConjunction(tokens[j].norm))) return true;
  }
  return false;
}
const COURT_WORDS = new Set(['محكمة', 'المحكمة', 'court', 'cour', 'tribunal'].map(foldWord));

/** «ابن», «ابنة», «بنت», «ابنا», «ابني», «أبناء»: "son (daughter, sons) of", an intro no movement verb turns into a departure. */
/** «ابن داريا», «أبناء البلدة»: son, daughter, sons of a place. */
export const SON_OF = new Set(['ابن', 'ابنة', 'بنت', 'ابنا', 'ابني', 'أبناء'].map(foldWord));
const BARE_DE = new Set(['de', 'd', 'du', 'des']);
const KIN_OF = new Set(['de', 'd', 'of']);
/** «sœur», "mother": kinship nouns of the cue lists (cues.json kinNouns). */
const LATIN_KIN_NOUNS = new Set([...cues.kinNouns.en, ...cues.kinNouns.fr].map(foldWord));
const SEPARATORS = new Set(['-', '–', '—', ',', '،', ':', '/', '|', '؛']);

const TO_WORDS = new Set(['إلى', 'to', 'à', 'vers'].map(foldWord));
const TO_ARTICLES = new Set([...['the', 'la', 'le', 'l'].map(foldWord), "'", '’']);
/**
 * "from Saydnaya to Adra prison", «من سجن صيدنايا إلى سجن عدرا», «de Saydnaya à la prison d'Adra»: a facility
 * right after "to" and another facility is where the person ended up, as after "transferred to".
 */
function facilityAfterFacility(tokens: Token[], i: number, hits: AttributeHit[]): boolean {
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 2 && j >= 0 && TO_ARTICLES.has(tokens[j].norm); n++) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !TO_WORDS.has(tokens[j].norm)) return false;
  const before = prevNonSpace(tokens, j - 1);
  return hits.some((h) => h.kind === 'prison' && h.last === before);
}

/**
 * "arrested by Military Intelligence", «arrêté par la sécurité militaire», «اعتقلته مخابرات الجيش», «على يد الأمن
 * العسكري»: the facility at `i` is the force that made an arrest, not yet a place where the person was held.
 */
function arrestAgentAt(tokens: Token[], i: number): boolean {
  let b = prevNonSpace(tokens, i - 1);
  // "by members of the", «par des agents de la», «عناصر»: past the articles and the men of the force.
  for (let n = 0; n < 4 && b >= 0 && (AGENT_ARTICLES.has(tokens[b].norm) || OF_AGENCY.has(tokens[b].norm) || AGENT_MEN.has(tokens[b].norm)); n++)
    b = prevNonSpace(tokens, b - 1);
  if (b < 0 || !isWordToken(tokens[b])) return false;
  // «على يد», «من قبل»: by the hand of.
  const a = prevNonSpace(tokens, b - 1);
  if (a >= 0 && AGENT_PAIRS_AR.has(`${tokens[a].norm} ${tokens[b].norm}`)) return true;
  // «اعتقلته مخابرات الجيش»: the verb right before its subject.
  if (tokens[b].kind === 'ar')
    return matchIntro(tokens, b)?.value === 'arrest' || (a >= 0 && matchIntro(tokens, a)?.value === 'arrest' && matchIntro(tokens, a)?.last === b);
  if (!AGENT_BY.has(tokens[b].norm)) return false;
  // "arrested by", "was detained on 3 May by": an arrest word a few words before "by".
  for (let j = prevNonSpace(tokens, b - 1), n = 0; j >= 0 && n < MAX_AGENT_GAP_WORDS && !isSentenceEnd(tokens[j]); j = prevNonSpace(tokens, j - 1), n++) {
    if (matchIntro(tokens, j)?.value === 'arrest') return true;
  }
  return false;
}
/** "by Branch 215 of Military Intelligence": the agency a branch belongs to is part of the same arresting force. */
function agentOfAgent(tokens: Token[], i: number, hits: AttributeHit[]): boolean {
  let b = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 2 && b >= 0 && AGENT_ARTICLES.has(tokens[b].norm); n++) b = prevNonSpace(tokens, b - 1);
  if (b < 0 || !OF_AGENCY.has(tokens[b].norm)) return false;
  const before = prevNonSpace(tokens, b - 1);
  return hits.some((h) => h.kind === 'prison' && h.agent === true && h.last === before);
}
const OF_AGENCY = new Set(['of', 'de', 'des', 'du'].map(foldWord));
const AGENT_ARTICLES = new Set([...TO_ARTICLES, foldWord('les')]);
const AGENT_MEN = new Set(
  ['members', 'agents', 'officers', 'forces', 'patrol', 'men', 'membres', 'patrouille', 'éléments', 'hommes', 'عناصر', 'دورية'].map(foldWord),
);
const AGENT_BY = new Set(['by', 'par'].map(foldWord));
const AGENT_PAIRS_AR = new Set(['على يد', 'من قبل'].map((p) => phraseWords(p).join(' ')));
const MAX_AGENT_GAP_WORDS = 6;

/**
 * A place of detention the facility list lacks, named as one: "al Kesra Prison", "Zabadoun Central Prison", «la prison
 * de Kesra», «سجن زبدون المركزي», «سجن الكسرة» after a known town. Returns the token that ends the name, or -1. The
 * prison is kept as written.
 */
function namedFacility(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.kind === 'lat') {
    // Most words are neither capitalised nor a word for a prison: no facility starts there.
    if (!t.cap && !LATIN_AL.has(t.norm) && !FACILITY_HEADS.has(t.norm)) return -1;
    // "al Kesra Prison", "Zabadoun Central Prison": capitalised words (and their "al"), then the word for a prison.
    const b = prevNonSpace(tokens, i - 1);
    if (!(t.cap || LATIN_AL.has(t.norm)) || (b >= 0 && tokens[b].kind === 'lat' && (tokens[b].cap || LATIN_AL.has(tokens[b].norm)))) {
      // «prison de Kesra», "the prison of Zabadoun": the word for a prison, "of", then capitalised words.
      // "the prisons of Syria's Assad regime": the plural names no one place.
      if (!FACILITY_HEADS.has(t.norm) || t.norm === PRISONS) return -1;
      let j = nextNonSpace(tokens, i + 1);
      if (!tokens[j] || !OF_FACILITY.has(tokens[j].norm)) return -1;
      j = nextNonSpace(tokens, j + 1);
      if (tokens[j]?.norm === "'" || tokens[j]?.norm === '’') j = nextNonSpace(tokens, j + 1);
      let last = -1;
      for (let n = 0; n < MAX_FACILITY_WORDS && tokens[j]?.kind === 'lat' && (tokens[j].cap || LATIN_AL.has(tokens[j].norm)); n++) {
        if (tokens[j].cap) last = j;
        j = nextNonSpace(tokens, j + 1);
      }
      return last >= 0 && !DEMONYMS.has(tokens[last].norm) && !facilityWithin(tokens, i, last) ? last : -1;
    }
    // "The Prison", "Syrian Prison", "Military Prison": a word for which, whose or what kind of prison names none.
    if (t.cap && (DEMONYMS.has(t.norm) || FACILITY_NOT_NAMES.has(t.norm))) return -1;
    let j = i;
    for (let n = 0; n < MAX_FACILITY_WORDS; n++) {
      const k = nextNonSpace(tokens, j + 1);
      const next = tokens[k];
      if (!next || next.kind !== 'lat' || tokens[k - 1]?.kind !== 'sp') return -1;
      if (FACILITY_HEADS.has(next.norm) && next.cap) return facilityWithin(tokens, i, k) ? -1 : k;
      const after = nextNonSpace(tokens, k + 1);
      if (next.norm === 'central' && next.cap && FACILITY_HEADS.has(tokens[after]?.norm ?? '')) return facilityWithin(tokens, i, after) ? -1 : after;
      if (!(next.cap || LATIN_AL.has(next.norm))) return -1;
      j = k;
    }
    return -1;
  }
  // «سجن زبدون المركزي»; «سجن الكسرة» when the lists know the town.
  if (t.kind !== 'ar' || !AR_PRISON.has(t.norm)) return -1;
  const k = nextNonSpace(tokens, i + 1);
  const name = tokens[k];
  if (!name || name.kind !== 'ar' || NOT_PLACES.has(name.norm)) return -1;
  const central = nextNonSpace(tokens, k + 1);
  if (tokens[central]?.kind === 'ar' && AR_CENTRAL.has(tokens[central].norm)) return isArEverydayForm(name.norm) ? -1 : central;
  const town = matchTown(tokens, k);
  return town && town.prefix === 0 ? town.last : -1;
}
/** A facility the list knows starts somewhere in tokens `first`..`last` ("the prison of Saydnaya" is Saydnaya). */
function facilityWithin(tokens: Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (isWordToken(tokens[j]) && matchFacility(tokens, j) !== null) return true;
  return false;
}
const FACILITY_HEADS = new Set(['prison', 'jail', 'prisons'].map(foldWord));
const PRISONS = foldWord('prisons');
const FACILITY_NOT_NAMES = new Set(
  [
    ...['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'la', 'le', 'les', 'l', 'cette', 'ce', 'sa', 'son', 'leur', 'une', 'un'],
    ...['military', 'central', 'civil', 'political', 'secret', 'main', 'old', 'new', 'state', 'regime', 'women', 'juvenile', 'another', 'same'],
  ].map(foldWord),
);
const OF_FACILITY = new Set(['of', 'de', 'd'].map(foldWord));
const MAX_FACILITY_WORDS = 3;
const AR_PRISON = new Set(['سجن', 'وسجن', 'فسجن'].map(foldWord));
const AR_CENTRAL = new Set(['المركزي'].map(foldWord));

/**
 * "sentenced to death in 2013", «condamné à mort en 2013», «حكم عليه بالإعدام عام 2013»: a death sentence, whose year
 * is no date of death.
 */
function deathSentenceAt(tokens: Token[], intro: PhraseMatch<IntroKind>): boolean {
  const t = tokens[intro.first];
  if (t.kind === 'ar') return intro.prefix > 0 && t.norm.startsWith(BI_AR) && t.norm.slice(intro.prefix) === EXECUTION_AR;
  const to = wordBefore(tokens, intro.first);
  const verb = to >= 0 && SENTENCED_TO.has(tokens[to].norm) ? wordBefore(tokens, to) : -1;
  return verb >= 0 && SENTENCED.has(tokens[verb].norm);
}
const SENTENCED_TO = new Set(['to', 'à'].map(foldWord));
/** «بالإعدام» ("to execution"): the sentence; «بوفاة» ("of the death of") is a death. */
const EXECUTION_AR = foldWord('إعدام');
/** cues.sentencing.passedWords: "sentenced", «condamné», «حكم». */
const SENTENCED = new Set(cues.sentencing.passedWords.map(foldWord));

/** «خرج محمد من منزله عام 2015»: "went out of his home", no release; past the subject, «من» and a word for home. */
function leftHome(tokens: Token[], last: number): boolean {
  for (
    let j = nextNonSpace(tokens, last + 1), n = 0;
    j < tokens.length && n < MAX_LEFT_HOME_WORDS && isWordToken(tokens[j]);
    j = nextNonSpace(tokens, j + 1), n++
  ) {
    if (tokens[j].norm !== FROM_AR) continue;
    const home = tokens[nextNonSpace(tokens, j + 1)];
    // «منزله», «بيتها» (OWN_HOMES), «المنزل».
    return home !== undefined && (OWN_HOMES.has(home.norm) || HOME_NOUNS_AR.has(home.norm.replace(/^ال/, '')));
  }
  return false;
}
const MAX_LEFT_HOME_WORDS = 5;

/** Every attribute pattern in the text, in token order. */
export function findAttributeHits(model: TextModel): AttributeHit[] {
  const { tokens } = model;
  const hits: AttributeHit[] = [];
  let transferUntil = -1;
  let facilityUntil = -1;
  // The first token of the sentence under way (openingDate).
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isSentenceEnd(t)) sentenceStart = i + 1;
    if (t.kind === 'sp' || t.kind === 'nl') continue;

    if (t.kind === 'num') {
      addNumberHits(tokens, i, hits);
      continue;
    }
    if (t.kind === 'p') continue;

    const transfer = transferIndex.match(tokens, i);
    if (transfer) transferUntil = transfer.last + 6;
    const intro = matchIntro(tokens, i);
    if (intro) {
      if (intro.value === 'heldSince') {
        const since = sinceAfter(tokens, intro.last + 1);
        const hit = since >= 0 ? scanDate(tokens, since + 1, 'arrestYear', i) : openingDate(tokens, sentenceStart, i, hits);
        if (hit) hits.push(hit);
      } else if (intro.value === 'arrest') {
        const hit = scanDate(tokens, intro.last + 1, 'arrestYear', i) ?? openingDate(tokens, sentenceStart, i, hits);
        if (hit) hits.push(hit);
      } else if (intro.value === 'age') {
        const needsUnit = AGE_INTRO_NEEDS_UNIT.has(stripConjunction(tokens[intro.first].norm));
        // «محكوميته البالغة 8 سنوات»: the length of a sentence, not an age.
        const before = wordBefore(tokens, i);
        const hit = before >= 0 && TERM_NOUNS.has(stripConjunction(tokens[before].norm)) ? null : scanAge(tokens, intro.last + 1, i, needsUnit);
        if (hit) hits.push(hit);
      } else if (
        !(intro.value === 'release' && leftHome(tokens, intro.last)) &&
        !(intro.value === 'death' && (deathSentenceAt(tokens, intro) || termServedAfter(tokens, intro.last)))
      ) {
        const hit = scanDate(tokens, intro.last + 1, DATE_KIND[intro.value], i);
        if (hit) hits.push(hit);
      }
    }

    const facility = facilityIndex.match(tokens, i);
    // «محكمة أمن الدولة», "the State Security Court", «la Haute cour de sûreté de l'État»: a court, not a place of detention.
    if (facility && !courtOf(tokens, i, facility.last)) {
      const preferred = i <= transferUntil || facilityAfterFacility(tokens, i, hits);
      const agent = !preferred && (arrestAgentAt(tokens, i) || agentOfAgent(tokens, i, hits));
      hits.push({ kind: 'prison', value: facility.value, first: i, last: facility.last, anchor: i, adjacentOnly: false, preferred, agent });
    }
    if (!facility) {
      const named = namedFacility(tokens, i);
      if (named >= 0) {
        const preferred = i <= transferUntil;
        hits.push({ kind: 'prison', value: model.text.slice(t.s, tokens[named].e), first: i, last: named, anchor: i, adjacentOnly: false, preferred });
      }
    }
    const branch = branchIndex.match(tokens, i);
    if (branch) {
      let j = nextNonSpace(tokens, branch.last + 1);
      if (tokens[j]?.norm === 'ال' || tokens[j]?.norm === 'no' || tokens[j]?.norm === 'n') j = nextNonSpace(tokens, j + 1);
      if (tokens[j]?.norm === '.') j = nextNonSpace(tokens, j + 1);
      const n = tokens[j];
      const id = n && n.kind === 'num' && n.norm.length === 3 ? `branch-${n.norm}` : null;
      if (id && FACILITY_IDS.has(id) && !(facility && facility.last >= j)) {
        hits.push({ kind: 'prison', value: id, first: i, last: j, anchor: i, adjacentOnly: false, preferred: i <= transferUntil });
      }
    }

    // «la prison centrale de Hama»: the town inside a facility's name is where the facility is, no one's hometown.
    if (facility) facilityUntil = Math.max(facilityUntil, facility.last);
    if (i > facilityUntil || facility !== null) addPlaceHits(model, i, hits, facility !== null);
    addTownAnaphor(model, i, hits);
    addSameTownAnaphor(tokens, i, hits);
    addTownBeforeOwnBracket(model, i, hits);
  }
  addListColumnHits(model, hits);
  addFollowingDates(tokens, hits);
  return hits.filter((h) => (h.kind !== 'age' || !ageAtArrest(tokens, h.first, h.last)) && (h.kind !== 'hometown' || !nicknameBefore(tokens, h.first)));
}

/** «plus connu sous le nom de “Milan”», "better known as Milan", «surnommé»: the place name at `i` is what a person is called. */
function nicknameBefore(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 2 && j >= 0 && !isWordToken(tokens[j]); n++) j = prevNonSpace(tokens, j - 1);
  if (j >= 0 && tokens[j].kind === 'lat' && NICKNAME_WORDS.has(tokens[j].norm)) return true;
  // "known as Milan", not "such as Douma".
  if (j > 0 && tokens[j].norm === 'as' && tokens[prevNonSpace(tokens, j - 1)]?.norm === 'known') return true;
  // «sous le nom de», "under the name of": past «de» / "of" to «nom» / "name".
  if (j < 0 || !(tokens[j].norm === 'de' || tokens[j].norm === 'd' || tokens[j].norm === 'of')) return false;
  const name = prevNonSpace(tokens, j - 1);
  return name >= 0 && (tokens[name].norm === 'nom' || tokens[name].norm === 'name' || tokens[name].norm === 'pseudonyme' || tokens[name].norm === 'pseudonym');
}
const NICKNAME_WORDS = new Set(['alias', 'surnommé', 'surnommée', 'nicknamed', 'dubbed', 'called', 'aka'].map(foldWord));

/** The last field of a list row: the words after the row's last separator ("- Zabadoun", "(Zabadoun)"). */
interface RowTail {
  sep: string;
  first: number;
  last: number;
  /** No number, kunya or everyday word: a field that may be a town no list knows. */
  plain: boolean;
}
const TAIL_SEPARATORS = new Set(['-', '–', '—', '(', '/', '،', ',']);
const KUNYA_HEADS = new Set(['أبو', 'أم'].map(foldWord));

/**
 * "1- Omar Haddad - Douma" above "2- Samir Nasser - Zabadoun": rows that end alike hold one kind of thing in their last
 * field, so once one row's is a hometown the lists know, the same field of the rows around it is a hometown too,
 * though no list knows the town. A field of one to three words of one script, after a name on its row: no number, no
 * everyday Arabic word, no kunya, and nothing another reading has taken (a date, a facility).
 */
function addListColumnHits(model: TextModel, hits: AttributeHit[]): void {
  const { tokens } = model;
  const rows: (RowTail | null)[] = [];
  for (let start = 0; start <= tokens.length;) {
    let end = start;
    while (end < tokens.length && tokens[end].kind !== 'nl') end++;
    rows.push(rowTail(tokens, start, end));
    start = end + 1;
  }
  const taken = (r: RowTail) => hits.some((h) => h.first <= r.last && h.last >= r.first);
  const known = (r: RowTail) => hits.some((h) => h.kind === 'hometown' && h.first === r.first && h.last === r.last);
  for (let a = 0; a < rows.length;) {
    const sep = rows[a]?.sep;
    let b = a;
    while (b < rows.length && rows[b] !== null && rows[b]?.sep === sep) b++;
    const block = rows.slice(a, b) as RowTail[];
    if (block.length >= 2 && block.some(known)) {
      for (const r of block) {
        if (!r.plain || taken(r)) continue;
        const value = model.text.slice(tokens[r.first].s, tokens[r.last].e);
        hits.push({ kind: 'hometown', value, first: r.first, last: r.last, anchor: r.first, adjacentOnly: true, preferred: false });
      }
    }
    a = Math.max(b, a + 1);
  }
}

function rowTail(tokens: Token[], start: number, end: number): RowTail | null {
  let k = end - 1;
  while (k >= start && (tokens[k].kind === 'sp' || tokens[k].norm === '.')) k--;
  const closed = k >= start && tokens[k].norm === ')';
  if (closed) k--;
  while (k >= start && tokens[k].kind === 'sp') k--;
  const last = k;
  let words = 0;
  let first = -1;
  while (k >= start && (tokens[k].kind === 'sp' || tokens[k].kind === 'ar' || tokens[k].kind === 'lat')) {
    if (tokens[k].kind !== 'sp') {
      words++;
      first = k;
    }
    k--;
  }
  if (words === 0 || words > MAX_PLACE_WORDS || k < start || tokens[k].kind !== 'p' || !TAIL_SEPARATORS.has(tokens[k].norm)) return null;
  const sep = tokens[k].norm;
  if (closed !== (sep === '(')) return null;
  // A name before the separator on the row.
  let named = false;
  for (let j = start; j < k; j++) if (tokens[j].kind === 'ar' || tokens[j].kind === 'lat') named = true;
  if (!named) return null;
  const fieldWords = tokens.slice(first, last + 1).filter((t) => t.kind !== 'sp');
  const script = fieldWords[0].kind;
  const plain =
    fieldWords.every((t) => t.kind === script) &&
    (script === 'ar' ? !KUNYA_HEADS.has(fieldWords[0].norm) && !(fieldWords.length === 1 && isArEverydayForm(fieldWords[0].norm)) : fieldWords[0].cap);
  return { sep, first, last, plain };
}

/**
 * «في مدينة داريا، أفرج عن ابن المدينة محمد الحداد»: "the town's son" is of the place the text named last,
 * a few sentences back at most.
 */
function addTownAnaphor(model: TextModel, i: number, hits: AttributeHit[]): void {
  const { tokens } = model;
  if (tokens[i].kind !== 'ar') return;
  const k = nextNonSpace(tokens, i + 1);
  if (k >= tokens.length || !TOWN_ANAPHORS.has(tokens[k].norm)) return;
  // «من أهالي القرية», «من سكان البلدة»: "the people of the village" say the same as "its sons", of a town named with
  // the same type word.
  const peopleOf = !SON_OF.has(stripConjunction(tokens[i].norm));
  if (peopleOf && !(PEOPLE_OF.has(tokens[i].norm) && stripConjunction(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? '') === FROM_AR)) return;
  // «من أبناء بلدة زاكية بريف دمشق … أحد أبناء البلدة»: the town named with the same type word, known to the lists
  // or not; else the nearest known place that is no governorate's countryside («بريف دمشق»).
  const type = TOWN_ANAPHORS.get(tokens[k].norm);
  let value: string | null = null;
  for (let j = prevNonSpace(tokens, i - 1); j >= 0 && i - j <= MAX_TOWN_ANAPHOR_TOKENS; j = prevNonSpace(tokens, j - 1)) {
    if (!isWordToken(tokens[j])) continue;
    // «على المدخل الغربي لمنطقة اللجاة»: the type word may carry «ل» or «ب».
    const w = stripConjunction(tokens[j].norm);
    if (w === type || ((w.startsWith(LI_AR) || w.startsWith(BI_AR)) && w.slice(1) === type)) {
      const n = nextNonSpace(tokens, j + 1);
      const named = n < i ? placeIndex.match(tokens, n) : null;
      if (named && named.prefix === 0) value = model.text.slice(tokens[n].s, tokens[named.last].e);
      // «بلدة الحصان» (the town of al-Hisan, "the horse"): after the type word, which has no article, a word with the
      // article is the town's name, everyday word or not.
      else if (n < i && tokens[n].kind === 'ar' && (!isArEverydayForm(tokens[n].norm) || tokens[n].norm.startsWith(AR_ARTICLE)))
        value = model.text.slice(tokens[n].s, tokens[n].e);
      if (value !== null) break;
    }
    // Only the town named with the type word: «أهالي» is said of the people of a body's region too («تجمع أحرار حوران»).
    const place = value === null && !peopleOf ? placeIndex.match(tokens, j) : null;
    if (!place || place.last >= i || inFacilityName(tokens, j) || COUNTRYSIDE.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '')) continue;
    if (place.prefix > 0 && COUNTRYSIDE.has(tokens[j].norm.slice(0, place.prefix))) continue;
    value ??= model.text.slice(model.os[tokens[j].fs + place.prefix], tokens[place.last].e);
  }
  if (value !== null) hits.push({ kind: 'hometown', value, first: i, last: k, anchor: i, adjacentOnly: false, preferred: false });
}
/** «كلمة إربد (مدينته الواقعة في شمال الأردن)»: an Arabic word right before a bracket that opens on "his town" is that town, known to the lists or not. */
function addTownBeforeOwnBracket(model: TextModel, i: number, hits: AttributeHit[]): void {
  const { tokens } = model;
  const t = tokens[i];
  if (t.kind !== 'ar') return;
  const open = nextNonSpace(tokens, i + 1);
  if (tokens[open]?.norm !== '(') return;
  const own = tokens[nextNonSpace(tokens, open + 1)];
  if (own?.kind !== 'ar' || !AR_OWN_TOWNS.has(own.norm) || isArEverydayForm(t.norm) || placeIndex.match(tokens, i)) return;
  hits.push({ kind: 'hometown', value: model.text.slice(t.s, t.e), first: i, last: i, anchor: i, adjacentOnly: false, preferred: false });
}

/** "Samir Nasser from the same city", «من المدينة نفسها», «du même village»: the town of the hometown said last before it. */
function addSameTownAnaphor(tokens: Token[], i: number, hits: AttributeHit[]): void {
  const same = sameTownIndex.match(tokens, i);
  if (!same) return;
  for (let h = hits.length - 1; h >= 0; h--) {
    const before = hits[h];
    // Not a weak read that may yet be a name («de Mgr Yohanna Ibrahim»): only a place read as one for sure.
    if (before.kind !== 'hometown' || before.last >= i || before.adjacentOnly) continue;
    if (i - before.last <= MAX_SAME_TOWN_TOKENS) hits.push({ ...before, first: i, last: same.last, anchor: i, adjacentOnly: false, preferred: false });
    return;
  }
}
const MAX_SAME_TOWN_TOKENS = 120;
/** «سجن صيدنايا»: the town in a prison's name is no town named. */
function inFacilityName(tokens: Token[], j: number): boolean {
  for (let k = j, n = 0; k >= 0 && n < MAX_TYPE_WORDS; k = prevNonSpace(tokens, k - 1), n++) {
    const facility = facilityIndex.match(tokens, k);
    if (facility && facility.last >= j) return true;
  }
  return false;
}
/** "The town" and the type word it stands for. */
const TOWN_ANAPHORS = new Map(
  [
    ['المدينة', 'مدينة'],
    ['البلدة', 'بلدة'],
    ['القرية', 'قرية'],
    ['الحي', 'حي'],
    ['المخيم', 'مخيم'],
    ['المنطقة', 'منطقة'],
  ].map(([a, t]) => [foldWord(a), foldWord(t)]),
);
const MAX_TOWN_ANAPHOR_TOKENS = 120;
const PEOPLE_OF = new Set(['أهالي', 'أهل', 'سكان'].map(foldWord));
const COUNTRYSIDE = new Set(['ريف', 'بريف', 'محافظة'].map(foldWord));

const DATE_HIT_KINDS = new Set<HitKind>(['birthYear', 'arrestYear', 'releaseDate', 'deathDate']);

/**
 * «اعتقل محمد من داريا عام 2012 وأحمد من دوما عام 2013»: a later date of the same
 * sentence, introduced only by «عام»/"in", is of the same kind as the date before it.
 */
function addFollowingDates(tokens: Token[], hits: AttributeHit[]): void {
  const used = new Set<number>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) used.add(k);
  const dateHits = hits.filter((h) => DATE_HIT_KINDS.has(h.kind)).sort((a, b) => a.first - b.first);
  let d = 0;
  let last: AttributeHit | null = null;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    while (d < dateHits.length && dateHits[d].first <= j) last = dateHits[d++];
    if (isSentenceEnd(t)) last = null;
    if (!last || t.kind !== 'num' || used.has(j)) continue;
    const link = tokens[prevNonSpace(tokens, j - 1)];
    if (!link || !isWordToken(link) || !DATE_LINKS.has(stripConjunction(link.norm))) continue;
    const date = parseDateAt(tokens, j);
    if (!date) continue;
    const [lo, hi] = YEAR_RANGE[last.kind];
    if (date.year < lo || date.year > hi) continue;
    const value = last.kind === 'birthYear' || last.kind === 'arrestYear' ? date.year : date.value;
    hits.push({ kind: last.kind, value, first: j, last: date.last, anchor: prevNonSpace(tokens, j - 1), adjacentOnly: false, preferred: false });
    for (let k = j; k <= date.last; k++) used.add(k);
  }
  hits.sort((a, b) => a.first - b.first);
}

const BORN_SUFFIX = '-born';
const NATIVE_WORDS = new Set(['native', 'natives', 'resident', 'residents', 'man', 'woman', 'boy', 'girl', 'activist']);

/** "lawyer", "activist", "student": single Latin words for what someone is, from the title cues. */
const PERSON_NOUNS = new Set(
  [...cues.otherTitles.en, ...cues.neutralTitles.en, 'resident', 'mother', 'man', 'woman', 'father', 'family']
    .filter((w) => !w.includes(' ') && w.length > 3)
    .map(foldWord),
);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/**
 * "an East Jerusalem-born journalist", "a Homs native": a place written before "-born" or
 * "native" is the hometown of the person the phrase describes.
 */
function placeBeforeNative(model: TextModel, i: number, hits: AttributeHit[]): boolean {
  const { tokens } = model;
  const t = tokens[i];
  if (t.kind !== 'lat' || !t.cap) return false;
  let end = -1;
  let last = i;
  if (t.norm.endsWith(BORN_SUFFIX) && t.norm.length > BORN_SUFFIX.length + 2) end = t.e - BORN_SUFFIX.length;
  else {
    const place = placeIndex.match(tokens, i);
    const next = place && place.prefix === 0 ? tokens[nextNonSpace(tokens, place.last + 1)] : undefined;
    // "a Homs native", "a Damascus lawyer": the place before a word for what someone is.
    const personAfter =
      next !== undefined &&
      next.kind === 'lat' &&
      !next.cap &&
      PERSON_NOUNS.has(next.norm) &&
      INDEFINITE_ARTICLES.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? '');
    if (place && next && next.kind === 'lat' && (NATIVE_WORDS.has(next.norm) || personAfter)) {
      end = tokens[place.last].e;
      last = place.last;
    } else if (!place) {
      last = unknownPlaceBeforeNative(tokens, i);
      if (last >= 0) end = tokens[last].e;
    }
  }
  if (end < 0) return false;
  // "East Jerusalem-born": one capitalised word before it belongs to the place.
  let first = i;
  const before = prevNonSpace(tokens, i - 1);
  if (
    end !== tokens[last].e &&
    before >= 0 &&
    tokens[before].kind === 'lat' &&
    tokens[before].cap &&
    tokens[before - 1]?.kind === 'sp' &&
    !isSentenceStartWord(tokens, before)
  )
    first = before;
  hits.push({ kind: 'hometown', value: model.text.slice(tokens[first].s, end), first, last, anchor: first, adjacentOnly: false, preferred: false });
  return true;
}

/**
 * "a Kafr Tun native", "an Umm Batna resident": after "a", capitalised words no list knows as a nationality, then
 * "native" or "resident", are a place (the last of them is returned, or -1). Before "man" or "activist" they may
 * be a people ("a Kurdish activist"), so only those two words count.
 */
function unknownPlaceBeforeNative(tokens: Token[], i: number): number {
  const article = INDEFINITE_ARTICLES.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? '');
  for (let j = i, n = 0; n < MAX_PLACE_WORDS && tokens[j]?.kind === 'lat' && tokens[j].cap; n++) {
    if (DEMONYMS.has(tokens[j].norm)) return -1;
    const k = nextNonSpace(tokens, j + 1);
    const next = tokens[k];
    // "Zabadoun resident Omar Haddad": without "a", a full name right after says it too.
    if (next?.kind === 'lat' && PLACE_NATIVE_WORDS.has(next.norm) && (article || fullNameAt(tokens, nextNonSpace(tokens, k + 1)))) return j;
    if (tokens[j + 1]?.kind !== 'sp') return -1;
    j = nextNonSpace(tokens, j + 1);
  }
  return -1;
}
const PLACE_NATIVE_WORDS = new Set(['native', 'resident']);

/** Two capitalised Latin words from `i`, a space between them. */
function fullNameAt(tokens: Token[], i: number): boolean {
  const second = nextNonSpace(tokens, i + 1);
  return [i, second].every((k) => tokens[k]?.kind === 'lat' && tokens[k].cap) && tokens[i + 1]?.kind === 'sp';
}

/** "Daraya's Omar Haddad": 's after the word at `last`, then a full name. */
function possessiveBeforeName(model: TextModel, last: number): boolean {
  const { tokens } = model;
  const s = tokens[last + 2];
  if (tokens[last].kind !== 'lat' || tokens[last + 1]?.kind !== 'sp' || s?.norm !== 's' || !/['’]/.test(model.text.slice(tokens[last].e, s.s))) return false;
  // A full name follows, two capitalised words: not "Damascus's Yarmouk camp".
  return fullNameAt(tokens, nextNonSpace(tokens, last + 3));
}

function isSentenceStartWord(tokens: Token[], j: number): boolean {
  const p = tokens[prevNonSpace(tokens, j - 1)];
  return !p || p.kind === 'nl' || (p.kind === 'p' && (p.norm === '.' || p.norm === '!' || p.norm === '?'));
}

/** "Busra al-Harir", "Daraa al-Balad": a known Latin place goes on over an al- word. */
function pastArticleWord(tokens: Token[], last: number): number {
  const k = nextNonSpace(tokens, last + 1);
  const t = tokens[k];
  return tokens[last].kind === 'lat' && k === last + 2 && t?.kind === 'lat' && LAT_ARTICLE_WORD.test(t.norm) ? k : last;
}

/** «- مدينة داريا», "(the town of Daraya)": where the place type right before token `i` starts, or `i` when none does. */
function typeStartBefore(tokens: Token[], i: number): number {
  const b = prevNonSpace(tokens, i - 1);
  for (let k = b, n = 0; k >= 0 && n < MAX_TYPE_WORDS && isWordToken(tokens[k]); k = prevNonSpace(tokens, k - 1), n++) {
    const type = placeTypeIndex.match(tokens, k);
    if (type && type.prefix === 0 && type.last === b) return k;
  }
  return i;
}
const MAX_TYPE_WORDS = 3;

function addPlaceHits(model: TextModel, i: number, hits: AttributeHit[], isFacilityToo: boolean): void {
  const { tokens } = model;
  if (placeBeforeNative(model, i, hits)) return;
  const place = matchTown(tokens, i);
  // "In Zabadoun, where Omar Haddad grew up", "Zabadoun, his hometown,": a capitalised word the lists lack after "in" and
  // before a where-phrase of origin, or before a comma and "his hometown".
  const t = tokens[i];
  if (
    !place &&
    t.kind === 'lat' &&
    t.cap &&
    ((LOCATIVES.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? '') && whereOriginAfter(tokens, i)) || commaIntroAfter(tokens, i))
  ) {
    hits.push({ kind: 'hometown', value: model.text.slice(t.s, t.e), first: i, last: i, anchor: i, adjacentOnly: false, preferred: false });
    return;
  }
  // "Omar Haddad (Zabadoun, 34)", "(34, Zabadoun)": a capitalised word the lists lack beside an age in brackets.
  if (!place && t.kind === 'lat' && t.cap && latinTownBesideAge(tokens, i)) {
    hits.push({ kind: 'hometown', value: model.text.slice(t.s, t.e), first: i, last: i, anchor: i, adjacentOnly: true, preferred: false });
    return;
  }
  if (!place && t.kind === 'ar') {
    // «وعاد إلى زبدون مسقط رأسه»: a word the lists lack, not an everyday one, right before "his birthplace".
    const toOrIn = tokens[wordBefore(tokens, i)]?.norm ?? '';
    if ((TO_WORDS.has(toOrIn) || LOCATIVES.has(toOrIn)) && birthplaceAfter(tokens, i) && !isArEverydayForm(t.norm)) {
      hits.push({ kind: 'hometown', value: model.text.slice(t.s, t.e), first: i, last: i, anchor: i, adjacentOnly: false, preferred: false });
      return;
    }
    // «محمد الحداد (زبدون)», «محمد الحداد/ زبدون»: one Arabic word the lists lack, alone in brackets or after a slash
    // that ends its line or sentence, is the town of the name right before it.
    if (bracketedTownAt(tokens, i)) {
      hits.push({ kind: 'hometown', value: model.text.slice(t.s, t.e), first: i, last: i, anchor: i, adjacentOnly: true, preferred: false });
      return;
    }
  }
  if (place && place.prefix === 0) {
    const typeStart = typeStartBefore(tokens, i);
    const before = tokens[prevNonSpace(tokens, typeStart - 1)];
    const last = pastArticleWord(tokens, place.last);
    // "a figure of the Damascus Spring", "the Damascus Declaration": the town a movement or a text is named after.
    const named = tokens[nextNonSpace(tokens, last + 1)];
    if (t.kind === 'lat' && named?.cap && NAMED_AFTER_TOWN.has(named.norm)) return;
    const value = placeText(model, i, last);
    // "the Damascus suburb of Douma": the finer place after the type is the hometown.
    const typeAfter = placeTypeIndex.match(tokens, nextNonSpace(tokens, last + 1));
    if (typeAfter && OF_ENDINGS.has(tokens[typeAfter.last].norm)) return;
    const intro = introBefore(tokens, i);
    // "on the streets of Douma, his hometown": what the comma says after it outweighs a weak "of" before it.
    // «إلى مدينة القريتين مسقط رأسه»: "his birthplace" right after a known town says it too, comma or none.
    const sayHometownAfter = !isFacilityToo && (commaIntroAfter(tokens, last) || (t.kind === 'ar' && birthplaceAfter(tokens, last)));
    if (intro && !blockedIntro(tokens, intro.first) && !(intro.weak && sayHometownAfter)) {
      // «من صيدنايا» is the prison; «ابن صيدنايا» the town.
      const bare = BARE_INTROS.has(tokens[intro.first].norm) && wordBefore(tokens, i) === intro.first;
      if (!(isFacilityToo && bare)) {
        // «من ريف دمشق - داريا», «من محافظة درعا، مدينة طفس»: the finer place after a governorate (GUIDE.md).
        const finer = isGovernorateName(value) ? finerPlaceAfter(tokens, last) : null;
        const [first, end] = finer ? [finer.first, finer.last] : [i, last];
        hits.push({ kind: 'hometown', value: placeText(model, first, end), first, last: end, anchor: intro.first, adjacentOnly: intro.weak, preferred: false });
        return;
      }
    }
    if (isFacilityToo) return;
    // "in Daraya, his hometown", «à Daraya, sa ville natale».
    if (sayHometownAfter) {
      hits.push({ kind: 'hometown', value, first: i, last, anchor: i, adjacentOnly: false, preferred: false });
      return;
    }
    // "returned to Daraya, where he was born", «في داريا حيث كان يعيش».
    if (whereOriginAfter(tokens, last)) {
      hits.push({ kind: 'hometown', value, first: i, last, anchor: i, adjacentOnly: false, preferred: false });
      return;
    }
    // "Daraya's Omar Haddad": a town's own; «نعت داريا ابنها محمد», "Daraya mourns its son Omar".
    if (
      possessiveBeforeName(model, last) ||
      (!LOCATIVES.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? '') && ownChildAfter(tokens, last)) ||
      mournedByTown(tokens, i, last)
    ) {
      hits.push({ kind: 'hometown', value, first: i, last, anchor: i, adjacentOnly: false, preferred: false });
      return;
    }
    if (before && before.kind === 'p' && before.norm === '(') {
      hits.push({ kind: 'hometown', value, first: i, last, anchor: i, adjacentOnly: false, preferred: false });
      return;
    }
    const town = townBeforeAreaInBracket(model, typeStart, last);
    if (town) {
      hits.push({ kind: 'hometown', value: placeText(model, town.first, town.last), ...town, anchor: town.first, adjacentOnly: false, preferred: false });
      return;
    }
    // "Omar Haddad, Daraya": a known place set apart right after a name. Not one of a list of places ("in Homs,
    // Aleppo and Damascus"), where the place before the comma names where something happened.
    if (before && before.kind === 'p' && SEPARATORS.has(before.norm) && !placeEndsAt(tokens, prevNonSpace(tokens, prevNonSpace(tokens, typeStart - 1) - 1))) {
      hits.push({ kind: 'hometown', value, first: i, last, anchor: typeStart, adjacentOnly: true, preferred: false });
    }
    return;
  }
  // «اعتقل في مدينته بخان شيخون», «في بلدته بداريا»: a known place with «ب» or «في» joined to it,
  // right after a possessive intro, is the hometown of whoever the intro goes with.
  if (place && place.prefix > 0) {
    const k = wordBefore(tokens, i);
    // «المقيم بداريا», «القاطن بدوما»: where one lives, with «ب» joined to the place.
    if (k >= 0 && RESIDENT_AR.has(tokens[k].norm) && tokens[i].norm.startsWith(BI_AR)) {
      const value = model.text.slice(model.os[tokens[i].fs + place.prefix], tokens[place.last].e);
      hits.push({ kind: 'hometown', value, first: i, last: place.last, anchor: k, adjacentOnly: true, preferred: false });
      return;
    }
    // «اعتقل في منزله بداريا»: his own home, with «ب» joined to the place, is his stated home (as «منزله في» is).
    if (k >= 0 && OWN_HOMES.has(stripConjunction(tokens[k].norm)) && tokens[i].norm.startsWith(BI_AR)) {
      const value = model.text.slice(model.os[tokens[i].fs + place.prefix], tokens[place.last].e);
      hits.push({ kind: 'hometown', value, first: i, last: place.last, anchor: k, adjacentOnly: false, preferred: false });
      return;
    }
    const intro = k >= 0 ? hometownIntro.match(tokens, k) : null;
    if (intro && intro.last === k && isPossessiveIntro(phraseOf(tokens, intro.first, intro.last))) {
      const value = model.text.slice(model.os[tokens[i].fs + place.prefix], tokens[place.last].e);
      hits.push({ kind: 'hometown', value, first: i, last: place.last, anchor: intro.first, adjacentOnly: false, preferred: false });
    }
    return;
  }
  if (latinPlaceBeforeType(model, i, hits)) return;
  if (unknownPlaceAfterIntro(model, i, hits)) return;
  // An unknown place after a place type: «من بلدة كفرنبودة», "from the village of Kafr Nabl".
  const type = placeTypeIndex.match(tokens, i);
  if (!type || type.prefix > 0) return;
  // «من» before the type, or an intro that holds it («من قرية»)
  const k = wordBefore(tokens, i);
  const direct = k >= 0 ? hometownIntro.match(tokens, k) : null;
  // «من منزلها في مدينة الشيخ مسكين»: an intro of several words ending before the type.
  const intro = direct && (direct.last === k || direct.last === type.last) ? { first: k, weak: false } : introBefore(tokens, i);
  // «نعت بلدة زبدون ابنها محمد الحداد», «نعت مدينة زبدون الشاب …»: one word the lists lack after the type, whose own
  // child the town mourns or welcomes next.
  if (!intro) {
    const town = nextPastQuotes(tokens, type.last + 1);
    const word = tokens[town];
    if (word?.kind !== 'ar' || isArEverydayForm(word.norm) || placeIndex.match(tokens, town) || LOCATIVES.has(tokens[k]?.norm ?? '')) return;
    if (ownChildAfter(tokens, town) || mournedByTown(tokens, town, town))
      hits.push({ kind: 'hometown', value: placeText(model, town, town), first: town, last: town, anchor: town, adjacentOnly: false, preferred: false });
    return;
  }
  if (blockedIntro(tokens, intro.first)) return;
  let j = nextPastQuotes(tokens, type.last + 1);
  const first = j;
  let last = -1;
  if (!isWordToken(tokens[first])) return;
  // «من مخيم سكان مخيم اليرموك»: an everyday word after the type is no town (towns with «ال» or «أبو», «كفر» may be),
  // unless a word of no list follows it («من قرية ميدان إكبس»).
  const head = tokens[first];
  // «إلى» folds to a word in «ال» too short to be a town («من مدينة إلى أخرى»).
  const alWord = head.norm.startsWith(ARABIC_ARTICLE) && head.norm.length > ARABIC_ARTICLE.length + 1;
  const everyday = head.kind === 'ar' && !alWord && !COMPOUND_PLACE_HEADS.has(head.norm) && isArEverydayForm(head.norm);
  if (everyday && !namesPlaceAfterType(tokens, first) && !nameAfterFeminineType(tokens, type.last, first)) return;
  const latin = tokens[first].kind === 'lat';
  // Latin: the capitalised words ("Kafr Zeta"); Arabic: one word, two after كفر/دير/تل….
  for (let n = 0; n < (latin ? 3 : 2) && tokens[j] && tokens[j].kind === tokens[first].kind; n++) {
    const w = tokens[j];
    // "Zeitouna al-Gharbiya": a word in "al-" goes on a town's name.
    if (latin && !w.cap && !(n > 0 && LAT_ARTICLE_WORD.test(w.norm))) break;
    // «من بلدة أم ولد»: the word after a compound head («أم», «تل») is the town's, whatever else it may be.
    const afterHead = !latin && n === 1 && COMPOUND_PLACE_HEADS.has(tokens[first].norm);
    if (!afterHead && (introIndex.match(tokens, j) || hometownIntro.match(tokens, j) || matchFacility(tokens, j))) break;
    last = j;
    // "Al Qasr Al Abyad": an article is no word of its own.
    if (latin && LATIN_AL.has(w.norm)) n--;
    if (tokens[j + 1]?.kind !== 'sp') break;
    j = nextNonSpace(tokens, j + 1);
    // «قرية الحجر الأبيض»: an «ال» town and an adjective of its name.
    const adjective = alWord && PLACE_NAME_ADJECTIVES.has(tokens[j]?.norm ?? '');
    const compoundHead = n === 0 && (latin ? LATIN_PLACE_HEADS : COMPOUND_PLACE_HEADS).has(tokens[first].norm);
    if (!latin && !(isWordToken(tokens[j]) && (compoundHead || (n === 0 && (adjective || (everyday && tokens[j].kind === 'ar')))))) break;
    // «من قرية كفر سلمى», "the village of Kafr Salma": the word after «كفر» is the town's even where it names another place.
    if (!compoundHead && placeIndex.match(tokens, j) !== null) break;
  }
  if (last < 0 || placeIndex.match(tokens, first)) return;
  hits.push({ kind: 'hometown', value: placeText(model, first, last), first, last, anchor: intro.first, adjacentOnly: intro.weak, preferred: false });
}

/**
 * An everyday Arabic word right after a place type is the first word of a town's name when a word of no list
 * follows it («من قرية ميدان إكبس»). Alone it is most often an adjective («من قرية صغيرة», «من مدينة أخرى»).
 */
/**
 * «محمد الحداد (زبدون - ريف دمشق)», "Omar Haddad (Zabadoun, rural Damascus)": a bracket that names a town the lists
 * lack, then the known area it lies in, closing after it. The town is the finer place (GUIDE.md); not a kunya, an
 * everyday word or a word in lower case.
 */
function townBeforeAreaInBracket(model: TextModel, typeStart: number, last: number): { first: number; last: number } | null {
  const { tokens } = model;
  const sep = prevNonSpace(tokens, typeStart - 1);
  if (sep < 0 || !AREA_SEPARATORS.has(tokens[sep].norm) || tokens[nextNonSpace(tokens, last + 1)]?.norm !== ')') return null;
  const end = prevNonSpace(tokens, sep - 1);
  for (let j = end, n = 0; j >= 0 && n < MAX_PLACE_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    const t = tokens[j];
    if (
      !isWordToken(t) ||
      placeIndex.match(tokens, j) ||
      matchFacility(tokens, j) ||
      KUNYA_HEADS.has(t.norm) ||
      (t.kind === 'ar' ? isArEverydayForm(t.norm) && !(j < end && COMPOUND_PLACE_HEADS.has(t.norm)) : !t.cap || LAT_KUNYA_WORDS.has(t.norm))
    )
      return null;
    if (tokens[prevNonSpace(tokens, j - 1)]?.norm === '(') return { first: j, last: end };
  }
  return null;
}
const AREA_SEPARATORS = new Set(['-', '–', ',', '،']);
const LAT_KUNYA_WORDS = new Set(cues.latinParticles.kunyaHeads.map(foldWord));

function namesPlaceAfterType(tokens: Token[], first: number): boolean {
  const k = nextNonSpace(tokens, first + 1);
  const t = tokens[k];
  return (
    t !== undefined &&
    t.kind === 'ar' &&
    k === first + 2 &&
    !isArEverydayForm(t.norm) &&
    !placeTypeIndex.match(tokens, k) &&
    !introIndex.match(tokens, k) &&
    !hometownIntro.match(tokens, k) &&
    !matchFacility(tokens, k) &&
    !placeIndex.match(tokens, k)
  );
}

/**
 * «فينحدر من ناحية راجو،»: an everyday word alone after a feminine place type («مدينة», «قرية», «ناحية»…), with
 * punctuation or the line's end after it, is the town's name when it cannot be an adjective or a noun with a
 * pronoun on it, which end in «ة», «ى», «ي», «ا», «اء», «ه», «هم», «نا», «كم» («من قرية صغيرة», «من مدينة أخرى»,
 * «من منطقة سيطرتهم»).
 */
function nameAfterFeminineType(tokens: Token[], typeLast: number, first: number): boolean {
  const t = tokens[first];
  if (t.kind !== 'ar' || !tokens[typeLast].norm.endsWith(AR_TA_MARBUTA_FOLDED) || t.norm.length < 3) return false;
  if (NOT_NAME_ENDINGS.some((e) => t.norm.endsWith(e))) return false;
  const next = tokens[nextNonSpace(tokens, first + 1)];
  return next === undefined || next.kind === 'nl' || (next.kind === 'p' && next.norm !== '-' && next.norm !== '/');
}
const AR_TA_MARBUTA_FOLDED = foldWord('ة');
const NOT_NAME_ENDINGS = ['ة', 'ى', 'ي', 'ا', 'ء', 'ه', 'هم', 'نا', 'كم'].map(foldWord);

const MAX_PLACE_WORDS = 3;
const ARABIC_ARTICLE = foldWord('ال');
const NOT_PLACES = new Set(all(words.notPlaces).map(foldWord));
const PEOPLE_PLURAL = /^ال\p{L}{3,}ين$/u;
const ELATIVE = /^[اأ]\p{L}{3}$/u;

/**
 * «محمد الخطيب من كفرنبل», "Omar Haddad, from Kafr Nabl": a word the place list lacks, right
 * after an intro. It counts only right after a name (adjacentOnly), where little else can follow.
 */
function unknownPlaceAfterIntro(model: TextModel, i: number, hits: AttributeHit[]): boolean {
  const { tokens } = model;
  const t = tokens[i];
  if (
    !isWordToken(t) ||
    NOT_PLACES.has(t.norm) ||
    // «أبناء بلدته يبرود»: "his town" is the intro of the place after it, not a place.
    POSSESSIVE_INTRO.has(t.norm) ||
    introIndex.match(tokens, i) ||
    monthIndex.match(tokens, i) ||
    matchFacility(tokens, i) ||
    placeTypeIndex.match(tokens, i)
  )
    return false;
  // "un ami de M. Haddad": an initial or a one-letter courtesy title is no place. "du village d'al-Jaza": an article
  // in lower case before a capital is a capitalised word.
  // "from al Karak al Sharqi village": so is a lower-case «al» set apart before a capital.
  if (t.kind === 'lat' && (!(t.cap || capitalAfterArticle(model, t) || spacedArticleBeforeCapital(tokens, i)) || t.norm.length < 2)) return false;
  // «من منزلهما», «من مجزرة»: an everyday word after «من» is no unknown town; «من تل قرح» (a hill, then a word of
  // no list) is.
  // «إلى بلدته أم الفحم»: after "his town" a compound head and the word after it are the town, whatever they mean.
  const headAfterOwnTown = t.kind === 'ar' && COMPOUND_PLACE_HEADS.has(t.norm) && possessiveIntroBefore(tokens, i);
  if (t.kind === 'ar' && isArEverydayForm(t.norm) && !(COMPOUND_PLACE_HEADS.has(t.norm) && (headAfterOwnTown || namesPlaceAfterType(tokens, i)))) return false;
  // «وهو من المتواصلين مع»: a plural of people in «ال…ين» ("one of those in contact") is no town the lists lack.
  // «وهو من أبرز», «من أشهر»: an elative ("the most …") neither.
  if (t.kind === 'ar' && (PEOPLE_PLURAL.test(stripConjunction(t.norm)) || ELATIVE.test(t.norm))) return false;
  // «مواليد 2011 وينحدر من الصنمين»: an origin verb after a bare birth year opens the clause of the place.
  if (t.kind === 'ar' && ORIGIN_VERBS_AR.has(stripConjunction(t.norm))) return false;
  // "from south London": the intro before the word of direction.
  const before = wordBefore(tokens, i);
  const k = t.kind === 'lat' && before >= 0 && COMPASS_WORDS.has(tokens[before].norm) ? wordBefore(tokens, before) : before;
  const form = formLabelBefore(tokens, i);
  const chez = k >= 0 ? chezCommaBefore(tokens, k) : -1;
  // «vit à Zabadoun, Damas», "lives in Zabadoun, Homs": a town the lists lack, placed by a known one after its comma, is
  // in the country, no city of exile.
  // "born in 1980 in Zabadoun", «من مواليد 1980 في زبدون»: a birth intro, its year, then the place.
  const born = k >= 0 ? bornInYearBefore(tokens, i) : -1;
  // «son village natal, Zabadoun», "his hometown, Zabadoun": a comma intro, its comma, then the place.
  const byComma = k >= 0 && isComma(tokens[k]) ? commaIntroBefore(tokens, k) : null;
  const intro =
    form >= 0
      ? { first: form, last: k }
      : chez >= 0
        ? { first: chez, last: k }
        : born >= 0
          ? { first: born, last: k }
          : byComma
            ? { first: byComma.first, last: k }
            : k >= 0
              ? introEndingAt(tokens, k, i)
              : null;
  if (!intro || intro.last !== k || blockedIntro(tokens, intro.first)) return false;
  let last = i;
  if (t.kind === 'lat') {
    for (
      let n = LATIN_AL.has(t.norm) ? 0 : 1, j = nextNonSpace(tokens, i + 1);
      n < MAX_PLACE_WORDS &&
      tokens[j]?.kind === 'lat' &&
      (tokens[j].cap || capitalAfterArticle(model, tokens[j]) || spacedArticleBeforeCapital(tokens, j)) &&
      tokens[j - 1]?.kind === 'sp';
      n += LATIN_AL.has(tokens[j].norm) ? 0 : 1, j = nextNonSpace(tokens, j + 1)
    )
      last = j;
    if (organisationName(tokens, i, last)) return false;
  } else if (COMPOUND_PLACE_HEADS.has(t.norm) && tokens[i + 1]?.kind === 'sp' && tokens[i + 2]?.kind === 'ar') last = i + 2;
  // «إلى بلدته»: an intro that ends on a possessive one says whose place it is as well; so does an origin phrase of
  // several words («وهو من أبناء زبدون», «الذي ينحدر من زبدون», «وينحدر الشاب من زبدون»), after which little but a
  // place can stand.
  const phrase = phraseOf(tokens, intro.first, intro.last);
  // A birth intro says whose place it is as well, as it does before a known place.
  const adjacentOnly =
    born < 0 &&
    !byComma &&
    !isPossessiveIntro(phrase) &&
    !isPossessiveIntro(tokens[intro.last].norm) &&
    !(t.kind === 'ar' && (phrase.includes(' ') || originVerbSubjectBefore(tokens, intro.last))) &&
    // "A prisoner from Cell 4": no town has a number after it.
    !(unnamedPersonBefore(tokens, intro.first) && tokens[nextNonSpace(tokens, last + 1)]?.kind !== 'num');
  // «Omar Haddad du camp de Neirab», "Omar Haddad of the Neirab camp": the weak intro is the place type's «de»; the one
  // right after the name is the «du» before the type.
  const anchor = t.kind === 'lat' ? (typedIntroBefore(tokens, intro.first) ?? intro.first) : intro.first;
  hits.push({ kind: 'hometown', value: model.text.slice(t.s, tokens[last].e), first: i, last, anchor, adjacentOnly, preferred: false });
  return true;
}

/** «du camp de», "from the village of": the «du», "from" before a place type whose own «de», "of" starts at `introFirst`. */
function typedIntroBefore(tokens: Token[], introFirst: number): number | null {
  const typeEnd = wordBefore(tokens, introFirst);
  if (typeEnd < 0 || tokens[typeEnd].kind !== 'lat') return null;
  for (const j of wordsBack(tokens, typeEnd, 2)) {
    const type = placeTypeIndex.match(tokens, j);
    if (!type || type.last !== typeEnd) continue;
    let b = wordBefore(tokens, j);
    if (b >= 0 && LOCATIVE_ARTICLES.has(tokens[b].norm)) b = wordBefore(tokens, b);
    return b >= 0 && BARE_TYPE_INTROS.has(tokens[b].norm) ? b : null;
  }
  return null;
}
const BARE_TYPE_INTROS = new Set([...BARE_DE, ...KIN_OF, 'from']);

/** «بلدته», "his hometown of": a possessive intro ends right before token `i`. */
function possessiveIntroBefore(tokens: Token[], i: number): boolean {
  const k = wordBefore(tokens, i);
  if (k < 0) return false;
  if (isPossessiveIntro(tokens[k].norm)) return true;
  const intro = introEndingAt(tokens, k);
  return intro !== null && isPossessiveIntro(phraseOf(tokens, intro.first, intro.last));
}

const ORGANISATION_WORDS = new Set([...words.organisationWords.en, ...words.organisationWords.fr].map(foldWord));
const ORGANISATION_LINKS = new Set(words.organisationWords.links.map(foldWord));
/** "Families for Freedom", "Human Rights Watch", «Familles pour la liberté»: capitalised words `first`..`last` name an organisation. */
function organisationName(tokens: Token[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ORGANISATION_WORDS.has(tokens[j].norm)) return true;
  const link = nextNonSpace(tokens, last + 1);
  const after = tokens[nextNonSpace(tokens, link + 1)];
  return tokens[link] !== undefined && ORGANISATION_LINKS.has(tokens[link].norm) && after?.kind === 'lat';
}

/**
 * The hometown intro that ends at word `k`: the word itself («من», "of"), or else the longest of origin
 * ending there («originaire du», «Libanais originaire de»). Of the intros of where someone lives now, before a place
 * the lists lack only a Latin one that says living ("lives in Reyhanli", «vit à Reyhanli»: a stated home, GUIDE.md, be
 * it a city of exile), or any when a known Syrian place follows the comma after the town at `place`; not "returned
 * to", «عاد إلى» (where one went back to) nor an Arabic one (before a word no list knows, too often no place).
 */
function introEndingAt(tokens: Token[], k: number, place = -1): { first: number; last: number } | null {
  // «habite Gaziantep»: a one-word residence intro is no origin before an unknown place either.
  const origin = (m: PhraseMatch<true> | null) =>
    m !== null &&
    m.last === k &&
    (!RESIDENCE_INTROS.has(phraseOf(tokens, m.first, m.last)) ||
      LIVES_IN_LATIN.has(phraseOf(tokens, m.first, m.last)) ||
      (place >= 0 && knownPlaceAfterComma(tokens, place)));
  // The longest: «من أهالي زيزون» is "from the people of", not «أهالي» alone.
  let found: { first: number; last: number } | null = null;
  for (let j = prevNonSpace(tokens, k - 1), n = 1; j >= 0 && n < MAX_INTRO_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    if (!isWordToken(tokens[j])) break;
    const m = hometownIntro.match(tokens, j);
    if (origin(m)) found = m;
  }
  if (found) return found;
  const own = hometownIntro.match(tokens, k);
  return origin(own) ? own : null;
}
/** «sa ville natale de», "his native region of": the longest intros have four words. */
const MAX_INTRO_WORDS = 4;
/** "Zabadoun, Damascus", «زبدون، دمشق»: up to three words from `i`, a comma, then a place the lists know. */
const MAX_TOWN_WORDS = 3;
function knownPlaceAfterComma(tokens: Token[], i: number): boolean {
  let j = i;
  for (let n = 1; n < MAX_TOWN_WORDS; n++) {
    const k = nextNonSpace(tokens, j + 1);
    if (!isWordToken(tokens[k]) || tokens[k].kind !== tokens[i].kind || (tokens[k].kind === 'lat' && !tokens[k].cap)) break;
    j = k;
  }
  const comma = nextNonSpace(tokens, j + 1);
  return comma < tokens.length && isComma(tokens[comma]) && placeIndex.match(tokens, nextNonSpace(tokens, comma + 1)) !== null;
}

/** "lives in", «vit à», «يقيم في»: where someone lives now (attribute-words residenceIntros). */
const RESIDENCE_INTROS = new Set(all(words.residenceIntros).map((p) => phraseWords(p).join(' ')));
const LIVES_IN_LATIN = new Set(all(words.livingIntros).map((p) => phraseWords(p).join(' ')));

/** The folded words of tokens `first`..`last`, joined by spaces. */
const phraseOf = (tokens: Token[], first: number, last: number): string =>
  tokens
    .slice(first, last + 1)
    .filter(isWordToken)
    .map((w) => w.norm)
    .join(' ');

/** "from al-Mzayreeb town", "de Kafr Nabl village": unknown capitalised words between an intro and a place type. */
function latinPlaceBeforeType(model: TextModel, i: number, hits: AttributeHit[]): boolean {
  const { tokens } = model;
  const t = tokens[i];
  // "al-Mzayreeb", "al Mseifra": an article before a capitalised word.
  const article = (t.norm === 'al' || t.norm === 'el') && tokens[i + 1]?.kind === 'sp' && tokens[i + 2]?.kind === 'lat' && tokens[i + 2].cap;
  if (t.kind !== 'lat' || !(t.cap || article || LAT_ARTICLE_WORD.test(t.norm))) return false;
  let k = wordBefore(tokens, i);
  // "from the Khalidiya neighbourhood of Homs": past "the" before the finer place; not "the Kurdish(-majority)
  // city of Qamishli", where the word qualifies the place after it.
  if (k >= 0 && DEFINITE_ARTICLES_LAT.has(tokens[k].norm)) {
    if (DEMONYMS.has(t.norm) || t.norm.includes('-')) return false;
    k = wordBefore(tokens, k);
  }
  const intro = k >= 0 ? hometownIntro.match(tokens, k) : null;
  if (!intro || intro.last !== k || WEAK_INTRO.has(tokens[k].norm) || blockedIntro(tokens, intro.first)) return false;
  let last = i;
  for (let n = 1, j = nextNonSpace(tokens, i + 1); n <= MAX_PLACE_WORDS && tokens[j]; n++, j = nextNonSpace(tokens, j + 1)) {
    const type = placeTypeIndex.match(tokens, j);
    if (type && type.first === j && !tokens[j].cap) {
      hits.push({
        kind: 'hometown',
        value: model.text.slice(tokens[i].s, tokens[last].e),
        first: i,
        last,
        anchor: intro.first,
        adjacentOnly: false,
        preferred: false,
      });
      return true;
    }
    if (tokens[j].kind !== 'lat' || !tokens[j].cap) return false;
    last = j;
  }
  return false;
}

/** The place as written, without a leading place type («حي التضامن» → «التضامن»). */
function placeText(model: TextModel, first: number, last: number): string {
  const type = placeTypeIndex.match(model.tokens, first);
  const start = type && type.prefix === 0 && type.last < last ? nextNonSpace(model.tokens, type.last + 1) : first;
  return model.text.slice(model.tokens[start].s, model.tokens[last].e);
}

function addNumberHits(tokens: Token[], i: number, hits: AttributeHit[]): void {
  const t = tokens[i];
  if (t.norm.length > 3) return;
  const n = Number(t.norm);
  if (n < 1 || n > 110) return;
  const prev = tokens[prevNonSpace(tokens, i - 1)];
  const afterIdx = nextNonSpace(tokens, i + 1);
  // 25-year-old
  if (tokens[i + 1]?.norm === '-' && ageUnitIndex.match(tokens, i + 2)) {
    const u = ageUnitIndex.match(tokens, i + 2) as PhraseMatch<true>;
    hits.push({ kind: 'age', value: n, first: i, last: u.last, anchor: i, adjacentOnly: false, preferred: false });
    return;
  }
  const unit = ageUnitIndex.match(tokens, afterIdx);
  const closeIdx = unit ? nextNonSpace(tokens, unit.last + 1) : afterIdx;
  // "(34)", "(34, Douma)", and "(Douma, 34)": the number opens the bracket, or follows one word or two and a comma in it.
  const afterPlaceInParens = (): boolean => {
    if (!prev || !isComma(prev)) return false;
    let k = prevNonSpace(tokens, prevNonSpace(tokens, i - 1) - 1);
    for (let n = 0; n < 2 && k >= 0 && isWordToken(tokens[k]); n++) k = prevNonSpace(tokens, k - 1);
    return k >= 0 && k < i - 2 && tokens[k].norm === '(';
  };
  const inParens = (prev?.norm === '(' || afterPlaceInParens()) && tokens[closeIdx]?.norm === ')';
  if (inParens) {
    // «بعد اعتقال دام (27 عاماً)»: a length in brackets after a verb of lasting is no age.
    if (prev?.norm === '(' && durationBefore(tokens, prevNonSpace(tokens, i - 1))) return;
    hits.push({ kind: 'age', value: n, first: i, last: closeIdx, anchor: i, adjacentOnly: !unit, preferred: false });
    return;
  }
  if (unit) {
    // «12 عاما في السجن», "12 years in prison", «12 ans de prison»: a term served, not an age.
    if (termPlaceAfter(tokens, unit.last)) return;
    const unitWords = tokens
      .slice(unit.first, unit.last + 1)
      .filter(isWordToken)
      .map((w) => w.norm);
    const explicit = unitWords.includes('old') || unitWords.includes('yo');
    // "missing for more than 40 years", «disparu depuis 40 ans», «منذ 12 عاما»: a length of time, not an age.
    if (!explicit && durationBefore(tokens, i)) return;
    hits.push({ kind: 'age', value: n, first: i, last: unit.last, anchor: i, adjacentOnly: !explicit, preferred: false });
    return;
  }
  // ", 34," right after a name
  if (prev && (prev.norm === ',' || prev.norm === '،') && tokens[afterIdx] && (tokens[afterIdx].norm === ',' || tokens[afterIdx].norm === '،')) {
    hits.push({ kind: 'age', value: n, first: i, last: i, anchor: i, adjacentOnly: true, preferred: false });
  }
}

/** "for", «depuis», «منذ» before the number at `i`, past "more than", «plus de», «أكثر من» and the like. */
function durationBefore(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 3 && j >= 0 && APPROXIMATORS.has(tokens[j].norm); n++) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && DURATION_WORDS.has(stripConjunction(tokens[j].norm));
}
const APPROXIMATORS = new Set(
  [
    ...['more', 'than', 'nearly', 'almost', 'about', 'around', 'over', 'plus', 'de', 'près', 'presque', 'environ'],
    ...['أكثر', 'من', 'نحو', 'قرابة', 'حوالي', 'زهاء', 'يقارب', 'ما', 'يزيد', 'على'],
  ].map(foldWord),
);
const DURATION_WORDS = new Set(
  [
    ...['for', 'since', 'over', 'after', 'during', 'lasted', 'depuis', 'pendant', 'durant', 'après', 'duré'],
    ...['منذ', 'لمدة', 'مدة', 'طيلة', 'طوال', 'خلال', 'بعد', 'دام', 'دامت', 'استمر', 'استمرت', 'امتد', 'امتدت'],
  ].map(foldWord),
);

/** «في السجن», "in prison", «de prison», «خلف القضبان»: right after token `last`, where a term was served. */
function termPlaceAfter(tokens: Token[], last: number): boolean {
  const k = nextNonSpace(tokens, last + 1);
  if (!tokens[k] || !TERM_PREPOSITIONS.has(tokens[k].norm)) return false;
  let j = nextNonSpace(tokens, k + 1);
  // «33 ans d'emprisonnement»: past the apostrophe of «d'».
  if (tokens[j] && APOSTROPHE_CHARS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && TERM_ARTICLES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  return tokens[j] !== undefined && (TERM_PLACES.has(tokens[j].norm) || matchFacility(tokens, j) !== null);
}
const TERM_PREPOSITIONS = new Set(['في', 'خلف', 'داخل', 'من', 'in', 'behind', 'of', 'de', 'd', 'en', 'derrière'].map(foldWord));
const TERM_ARTICLES = new Set(['the', 'a', 'les', 'la'].map(foldWord));
const APOSTROPHE_CHARS = new Set(["'", '’', 'ʼ']);
const TERM_PLACES = new Set(
  [
    ...['السجن', 'السجون', 'المعتقل', 'المعتقلات', 'القضبان', 'الزنزانة', 'الاعتقال', 'الاحتجاز', 'prison', 'prisons', 'jail', 'detention', 'bars'],
    ...['imprisonment', 'captivity', 'custody', 'détention', 'emprisonnement', 'captivité', 'incarcération', 'geôles'],
  ].map(foldWord),
);

// ---------------------------------------------------------------------------
// Selection

export interface AttributeWindow {
  /** Token range the attributes may come from. */
  first: number;
  last: number;
  /** The name's token range, or -1/-1 when there is none. */
  nameFirst: number;
  nameLast: number;
}

const ADJACENT_GAP_TOKENS = 10;

/**
 * Only separators, spaces, an age and a bracketed group between the name and the hit; in an apposition, up to
 * this many lower-case words ("a Lebanese man missing for 39 years and originally from Tacheh").
 */
const APPOSITIVE_WORDS = 8;
/** "a Lebanese man from", «Libanais originaire de»: capitalised nationality words an apposition may hold. */
export const DEMONYMS = new Set(all(words.demonyms).map(foldWord));
/** «شبان», "men", «réfugiés», folded: plural nouns of unnamed people (attribute-words.json groupPersons). */
export const GROUP_PERSONS = new Set(all(words.groupPersons).map(foldWord));

function isAdjacent(tokens: Token[], nameLast: number, hitFirst: number): boolean {
  if (nameLast < 0 || hitFirst <= nameLast) return false;
  // "Alan Henning, a 47-year-old cab driver from Eccles": a short appositive of lower-case words
  // between the name's comma and the intro still says the place of the name.
  const comma = tokens[nextNonSpace(tokens, nameLast + 1)];
  const appositive = comma !== undefined && comma.kind === 'p' && (comma.norm === ',' || comma.norm === '،');
  // «محمد الحداد ابن الـ 25 عاما من زبدون», «البالغ من العمر 25 عاما»: an age right after the name counts as the name.
  const from = Math.max(nameLast, ageFieldEnd(tokens, nextNonSpace(tokens, nameLast + 1)));
  if (hitFirst - from > (appositive ? ADJACENT_GAP_TOKENS + 2 * APPOSITIVE_WORDS : ADJACENT_GAP_TOKENS)) return false;
  let depth = 0;
  let words = 0;
  let commas = 0;
  for (let j = from + 1; j < hitFirst; j++) {
    const t = tokens[j];
    if (t.kind === 'sp' || t.kind === 'num') continue;
    // "Omar Haddad, 34, a baker from": a comma after an age alone closes nothing.
    if (isComma(t) && (commas === 0 || words > 0)) commas++;
    // «Omar Haddad, un homme de 34 ans, a disparu à Damas»: after the comma that closes it, the words are the sentence's verb.
    const inApposition = appositive && commas < 2 && depth === 0 && words < APPOSITIVE_WORDS;
    // «محمد الحداد، وهو طبيب من زبدون»: Arabic words of what he is, no verb of arrest or release among them.
    const arabicWord = inApposition && t.kind === 'ar' && !HOMETOWN_BLOCKERS.has(stripConjunction(t.norm)) && !introIndex.match(tokens, j);
    if (inApposition && ((t.kind === 'lat' && (!t.cap || DEMONYMS.has(t.norm))) || arabicWord)) {
      words++;
      continue;
    }
    if (appositive && depth === 0 && t.kind === 'p' && t.norm === '-') continue;
    const unit = ageUnitIndex.match(tokens, j);
    if (unit && tokens[prevNonSpace(tokens, j - 1)]?.kind === 'num') {
      j = unit.last;
      continue;
    }
    // «محمد الخطيب / مواليد 1985 / دوما», "Omar Haddad, born 1985, Douma": a birth or age field with its number.
    const field = introIndex.match(tokens, j);
    if (field && (field.value === 'birth' || field.value === 'age') && tokens[nextNonSpace(tokens, field.last + 1)]?.kind === 'num') {
      j = nextNonSpace(tokens, field.last + 1);
      continue;
    }
    if (t.kind === 'p' && t.norm === '(') depth++;
    else if (t.kind === 'p' && t.norm === ')') depth = Math.max(0, depth - 1);
    else if (t.kind === 'p' && (SEPARATORS.has(t.norm) || t.norm === '"')) continue;
    else if (depth > 0) continue;
    else return false;
  }
  return true;
}

/** «ابن الـ 25 عاما», «البالغ من العمر 25 عاماً» starting at `j`: the last token of the age and its unit, or -1. */
function ageFieldEnd(tokens: Token[], j: number): number {
  const field = j < tokens.length && tokens[j].kind === 'ar' ? introIndex.match(tokens, j) : null;
  if (!field || field.value !== 'age') return -1;
  let k = nextNonSpace(tokens, field.last + 1);
  if (tokens[k]?.norm === AR_ARTICLE) k = nextNonSpace(tokens, k + 1);
  if (tokens[k]?.kind !== 'num') return -1;
  return ageUnitIndex.match(tokens, nextNonSpace(tokens, k + 1))?.last ?? k;
}

/**
 * "Natif de la bourgade d'Al-Jizeh, Hamzeh al-Khatib…", "From Kafr Nabl, Omar Haddad…": a place that ends with
 * the comma before the name. «قضى ابن داريا محمد الحداد», «ابن داريا الشاب محمد»: an Arabic one right before
 * it, past at most one word in «ال» (the young man, the detainee), when it is a place the lists know.
 */
function introducesName(tokens: Token[], hitLast: number, nameFirst: number, hitFirst = -1): boolean {
  if (nameFirst < 0 || hitLast >= nameFirst) return false;
  let commas = 0;
  let words = 0;
  for (let j = hitLast + 1; j < nameFirst; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (t.kind === 'p' && (t.norm === ',' || t.norm === '،') && commas === 0) {
      commas++;
      continue;
    }
    if (t.kind === 'ar' && tokens[hitLast].kind === 'ar' && commas === 0 && words === 0 && t.norm.startsWith(ARABIC_ARTICLE)) {
      words++;
      continue;
    }
    return false;
  }
  return commas === 1 || (commas === 0 && tokens[hitLast].kind === 'ar' && hitFirst >= 0 && matchTown(tokens, hitFirst) !== null);
}

function pick(hits: AttributeHit[], kind: HitKind, w: AttributeWindow, tokens: Token[]): AttributeHit | null {
  const inWindow = hits.filter(
    (h) =>
      h.kind === kind &&
      h.anchor >= w.first &&
      h.last <= w.last &&
      (h.last < w.nameFirst || h.first > w.nameLast) &&
      (!h.adjacentOnly ||
        isAdjacent(tokens, w.nameLast, h.anchor === h.first ? h.first : h.anchor) ||
        (kind === 'hometown' && introducesName(tokens, h.last, w.nameFirst, h.first))),
  );
  if (inWindow.length === 0) return null;
  if (kind === 'prison') {
    // Where the person was held outweighs the force that arrested them.
    const held = inWindow.filter((h) => !h.agent);
    return inWindow.find((h) => h.preferred) ?? held.find((h) => h.first > w.nameLast) ?? held[0] ?? inWindow.find((h) => h.first > w.nameLast) ?? inWindow[0];
  }
  // "arrested 25-year-old Omar Haddad and his 20-year-old brother": an age right before the name is its own.
  if (kind === 'age' && w.nameFirst >= 0) {
    const right = inWindow.find((h) => h.last < w.nameFirst && nextNonSpace(tokens, h.last + 1) === w.nameFirst);
    if (right) return right;
  }
  const after = inWindow.filter((h) => h.anchor > w.nameLast || w.nameLast < 0);
  if (after.length > 0) return after[0];
  return inWindow[inWindow.length - 1];
}

const KIND_TO_FIELD: Record<HitKind, keyof MentionAttributes> = {
  hometown: 'hometown',
  prison: 'prison',
  age: 'age',
  birthYear: 'birthYear',
  arrestYear: 'arrestYear',
  releaseDate: 'releaseDate',
  deathDate: 'deathDate',
};

/** Fills the still-empty fields of `into` from the hits inside the window. */
export function fillAttributes(into: MentionAttributes, hits: AttributeHit[], w: AttributeWindow, tokens: Token[], only?: HitKind[]): void {
  for (const kind of only ?? (Object.keys(KIND_TO_FIELD) as HitKind[])) {
    const field = KIND_TO_FIELD[kind];
    if (into[field] !== null) continue;
    const hit = pick(hits, kind, w, tokens);
    if (!hit) continue;
    (into as unknown as Record<string, unknown>)[field] = kind === 'releaseDate' || kind === 'deathDate' ? String(hit.value) : hit.value;
  }
}

/** Attributes stated anywhere in a short text about one person (a list item, a sentence). */
export function extractAttributes(text: string): MentionAttributes {
  const attributes = emptyAttributes();
  try {
    if (typeof text !== 'string' || text.length === 0) return attributes;
    const model = buildTextModel(text);
    const hits = findAttributeHits(model);
    fillAttributes(attributes, hits, { first: 0, last: model.tokens.length - 1, nameFirst: -1, nameLast: -1 }, model.tokens);
  } catch {
    return emptyAttributes();
  }
  return attributes;
}
