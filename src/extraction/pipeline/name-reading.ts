import { Token, foldWord, isWordToken, nextNonSpace, prevNonSpace } from './text-model';
import { LATIN_PLACE_HEADS, PLACE_WORDS, matchFacility, matchPlace } from '../attributes';
import {
  ABD,
  ALLAH,
  AMBIGUOUS_AR,
  AMBIGUOUS_LAT,
  AR_COMPOUND_HEAD,
  AR_CONNECTOR,
  AR_FAMILY_PREFIX,
  AR_GIVEN,
  AR_KUNYA_HEAD,
  AR_SOFT_STOP,
  AR_STOP,
  AR_SUFFIX_NAME,
  LAT_ARTICLES,
  LAT_ARTICLE_PREFIX,
  LAT_ARTICLE_WORD,
  LAT_CONNECTORS,
  LAT_EUROPEAN_CONNECTORS,
  LAT_GIVEN,
  isLatGiven,
  LAT_HEADS,
  LAT_KUNYA_HEADS,
  LAT_NON_NAMES,
  LAT_STOP,
  MAX_NAME_UNITS,
  PROFESSIONS,
  WAW_NAMES,
  cues,
  isArNonName,
} from './lexicon';
import { Ctx, NameRead, cueOf, isSentencePunct } from './context';
import { AR_AL, FINITE_AUX, QUOTE_CHARACTERS, isArEverydayWord, stripConj } from './lexicon';
import { isArEverydayForm } from '../everyday-words';

/** Stage 3, name reading: how far a name runs from a token, in Arabic and in Latin script. */

/** Where the reading starts: after a title or a word for a detainee ('title'), after another cue, a list marker… */
export type Mode = 'title' | 'cue' | 'list' | 'post' | 'gazetteer' | 'coord';

export function isArStop(norm: string): boolean {
  if (AR_STOP.has(norm)) return true;
  const s = stripConj(norm);
  // «فرح» (Farah) is a name, not «ف» and «رح».
  if (s !== norm && AR_STOP.has(s) && !AR_GIVEN.has(norm)) return true;
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
  if (AR_GIVEN.has(t.norm)) return false;
  // «هرّبها», «ابنهما», «جناحها», «أنهما»: her, their.
  if (original.length >= 5 && (original.endsWith('ها') || original.endsWith('هما') || original.endsWith('هم'))) return true;
  return original.length >= 4 && original.endsWith('ه');
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

export function isAla(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return ALA.test(ctx.model.text.slice(t.s, t.e).replace(ARABIC_MARKS, ''));
}

/** Does Arabic token i end a name that already has `units` words? */
function arBoundary(ctx: Ctx, i: number, norm: string, units: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'ar') return true;
  if (isArStop(norm) || isAla(ctx, i)) return true;
  if (isArNonName(norm) || isAdverbialAccusative(ctx, i)) return true;
  // «أم محمد لإيصال قصة ابنها», «لأن», «للحرية»: «ل» on a word that opens with a hamza or «ال» is a preposition.
  if (units >= 1 && lamPhrase(ctx.model.text, t.s)) return true;
  const cue = cueOf(ctx, i);
  if (PROFESSIONS.has(norm) && !AR_GIVEN.has(norm)) return true;
  if (AR_SOFT_STOP.has(norm)) return units !== 1 && units !== 2;
  if (cue) return !(AR_GIVEN.has(norm) && cue.def.kind === 'demand');
  if (matchFacility(ctx.tokens, i) && !AR_GIVEN.has(norm)) return true;
  if (units >= 1 && !AR_GIVEN.has(norm)) {
    // «… بدرعا», «… بالشمال»: a place with a preposition joined to it ends any name; a bare place
    // ends a name of two words or more.
    const place = matchPlace(ctx.tokens, i);
    if (place && (place.prefix > 0 || units >= 2)) return true;
  }
  return false;
}

/** «لإيصال», «فلأن», «للحرية» at `start`: «ل» (after «و»/«ف») on a hamza'd alif or on «ل»; read off the text, no slice. */
function lamPhrase(text: string, start: number): boolean {
  let p = start;
  const first = text.charCodeAt(p);
  if (first === WAW || first === FA) p++;
  if (text.charCodeAt(p) !== LAM_CODE) return false;
  const next = text.charCodeAt(p + 1);
  return next === LAM_CODE || next === ALIF_HAMZA_ABOVE || next === ALIF_HAMZA_BELOW || next === ALIF_MADDA;
}
const WAW = 0x0648;
const FA = 0x0641;
const LAM_CODE = 0x0644;
const ALIF_MADDA = 0x0622;
const ALIF_HAMZA_ABOVE = 0x0623;
const ALIF_HAMZA_BELOW = 0x0625;

/** The next word is surely part of a name: a known given name, an «ال» family name, عبد/أبو. */
function strongNext(ctx: Ctx, i: number): boolean {
  const k = nextWord(ctx.tokens, i);
  if (k < 0 || ctx.tokens[k].kind !== 'ar') return false;
  const norm = ctx.tokens[k].norm;
  if (arBoundary(ctx, k, norm, 1) || hasPronounSuffix(ctx, k)) return false;
  return AR_GIVEN.has(norm) || isAlWord(norm) || AR_COMPOUND_HEAD.has(norm) || AR_KUNYA_HEAD.has(norm);
}

/** The word after a unit, on the same line, if a single space separates them. */
export function nextWord(tokens: Token[], i: number): number {
  return tokens[i + 1]?.kind === 'sp' && isWordToken(tokens[i + 2]) ? i + 2 : -1;
}

export function isAlWord(norm: string): boolean {
  return norm.length >= 4 && norm.startsWith('ال');
}

/** A leading و/ف/ل/ب that is not part of the name: «وأحمد», «لمحمد». */
const NAME_PREFIX_LETTERS = new Set(['و', 'ف', 'ل', 'ب']);

export function stripNamePrefix(norm: string, mode: Mode): number {
  if (!NAME_PREFIX_LETTERS.has(norm[0]) || AR_GIVEN.has(norm) || WAW_NAMES.has(norm)) return 0;
  for (const p of ['و', 'ف', 'ل', 'ب', 'ول', 'وب']) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (AR_GIVEN.has(rest) || AR_COMPOUND_HEAD.has(rest) || AR_KUNYA_HEAD.has(rest)) return p.length;
    // After a name and «و» («…الخطيب وسامر حداد») an unknown name may follow; elsewhere «وزارة» is not و + زارة.
    if (mode === 'coord' && p === 'و' && rest.length >= 3 && !isArStop(rest)) return 1;
  }
  return 0;
}

export const JOINED_ABD = foldWord('عبد');
export const FEMININE_PLURAL = foldWord('ات');
const ALIF = foldWord('ا');
const BI_AL = foldWord('بال');
const LIL = foldWord('لل');

/** A known given name, or a compound written as one word: «عبدالله», «عبدالرحمن». */
export function isGivenWord(norm: string): boolean {
  return AR_GIVEN.has(norm) || (norm.startsWith(JOINED_ABD) && norm.length > JOINED_ABD.length + 2 && !isArNonName(norm));
}

/** A known given name among the next two words: «طل محمد الملوحي». */
function knownLater(ctx: Ctx, i: number): boolean {
  let k = nextWord(ctx.tokens, i);
  for (let n = 0; n < 2 && k >= 0 && ctx.tokens[k].kind === 'ar'; n++, k = nextWord(ctx.tokens, k)) {
    const norm = ctx.tokens[k].norm;
    if (arBoundary(ctx, k, norm, 1)) return false;
    if (AR_GIVEN.has(norm) || AR_COMPOUND_HEAD.has(norm)) return true;
  }
  return false;
}

/**
 * «طل الملوحي», «زيزوف الحمصي»: the word at `j` is no everyday word and the next is a family name in «ال…ي» that is no
 * everyday word, nationality or adjective of the lists either (an adjective agrees: «الشاب السوري» has «ال» on both).
 */
function nisbaFamilyNext(ctx: Ctx, j: number, unitEnd: number): boolean {
  const first = ctx.tokens[j];
  if (unitEnd !== j || isArEverydayForm(stripConj(first.norm)) || hasPronounSuffix(ctx, j)) return false;
  const k = nextWord(ctx.tokens, j);
  const t = k >= 0 ? ctx.tokens[k] : undefined;
  if (!t || t.kind !== 'ar' || !isAlWord(t.norm) || !t.norm.endsWith(NISBA_END) || t.norm.length < MIN_NISBA_LENGTH) return false;
  const bare = t.norm.slice(AR_AL.length);
  if (isArEverydayForm(t.norm) || isArEverydayForm(bare) || isArNonName(t.norm) || isArNonName(bare)) return false;
  return cueOf(ctx, k) === null && matchPlace(ctx.tokens, k) === null;
}
const NISBA_END = foldWord('ي');
const LI_YA = foldWord('لي');
const LI_VERB_MAX = 5;

/** Token `j` is an «ال…ي» word of no list and no cue, a nisba that may follow a family name («الشمري», «الحوراني»). */
function nisbaAfterFamily(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'ar' || !isAlWord(t.norm) || !t.norm.endsWith(NISBA_END) || t.norm.length < MIN_NISBA_LENGTH) return false;
  const bare = t.norm.slice(AR_AL.length);
  if (isArEverydayForm(t.norm) || isArEverydayForm(bare) || isArNonName(t.norm) || isArNonName(bare) || hasPronounSuffix(ctx, j)) return false;
  return cueOf(ctx, j) === null && matchPlace(ctx.tokens, j) === null && !arBoundary(ctx, j, t.norm, 2);
}
const MIN_NISBA_LENGTH = 5;

/** «أُشير إليها باسم "هدى"», "a man named Karim", «prénommé Karim»: the word after a naming word is a name. */
export function namedAfter(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, i - 1);
  while (j >= 0 && tokens[j].kind === 'p' && QUOTE_CHARACTERS.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && isWordToken(tokens[j]) && NAMING_WORDS.has(tokens[j].norm);
}
const NAMING_WORDS = new Set(cues.namingWords.map(foldWord));

export function readArabic(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const { tokens, model } = ctx;
  const t0 = tokens[i];
  if (!t0 || t0.kind !== 'ar') return null;
  const prefix = stripNamePrefix(t0.norm, mode);
  const firstNorm = t0.norm.slice(prefix);
  // «دون وجود مذكرة اعتقال» ("without a warrant"): a word of the language that only looks like «و» and a given name
  // («جود»), before another word of the language that is no given name nor «ال…», is no name.
  if (prefix > 0 && isArEverydayForm(t0.norm)) {
    const k = nextWord(tokens, i);
    const next = k >= 0 && tokens[k].kind === 'ar' ? tokens[k].norm : '';
    if (next !== '' && !AR_GIVEN.has(next) && !isAlWord(next) && isArEverydayForm(next)) return null;
  }
  const start = model.os[t0.fs + prefix];
  let units = 0;
  let j = i;
  let last = -1;
  let knownFirst = false;
  let kunyaOnly = false;
  let sawFamily = false;
  let ambiguousHead = false;
  const named = prefix === 0 && namedAfter(ctx, i);
  while (units < MAX_NAME_UNITS && j >= 0) {
    const t = tokens[j];
    if (!t || t.kind !== 'ar') break;
    const norm = j === i ? firstNorm : t.norm;
    // «إبراهيم الأسود الشمري»: after the family name, a tribe's or place's nisba in «ال…ي» is one more name word.
    if (sawFamily && !(units === 2 && nisbaAfterFamily(ctx, j))) break;
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
        if (norm === 'ام' && !AR_GIVEN.has(nk)) break;
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
      // «أبو عزام سراقب»: a kunya is a whole name, so a bare place after it ends the name.
      if (arBoundary(ctx, j, norm, units + (kunyaOnly ? 1 : 0))) break;
      // «…حمادي وسميرة الخليل»: «و» and a known name start the next person.
      if (units > 0 && (norm.startsWith('و') || norm.startsWith('ف')) && stripNamePrefix(norm, 'gazetteer') > 0) break;
      kind = isGivenWord(norm) ? 'given' : isAlWord(norm) ? 'al' : 'unknown';
    }
    // «نور الدين», «خير الله»
    const suffix = nextWord(tokens, unitEnd);
    if (suffix >= 0 && AR_SUFFIX_NAME.has(tokens[suffix].norm) && kind !== 'compound') unitEnd = suffix;

    if ((kind === 'unknown' || kind === 'al') && hasPronounSuffix(ctx, j)) {
      if (units === 0) return null;
      // «أحمد تايه الخليل»: between a name and a family name, a word in ـه is a name too.
      if (kind === 'al' || !strongNext(ctx, unitEnd) || !AR_GIVEN.has(tokens[i].norm.slice(prefix))) break;
    }
    if (units === 0) {
      if (kind === 'al') return null;
      // «"انقلبت حياة عائلتنا"», «تغيرت حياة»: an everyday word before a given name that is a word too ("life") is a verb
      // and its subject, no name.
      if (kind === 'unknown' && isArEverydayForm(stripConj(norm))) {
        const k2 = nextWord(tokens, unitEnd);
        if (k2 >= 0 && tokens[k2].kind === 'ar' && AMBIGUOUS_AR.has(tokens[k2].norm)) return null;
      }
      const known = kind === 'given' || kind === 'compound' || kind === 'kunya';
      // «حسن», «أنس» are also words: with no cue, only at the head of a three-word name whose second word is a known given name.
      if (mode === 'gazetteer' && !known) return null;
      if (mode === 'gazetteer' && AMBIGUOUS_AR.has(norm)) {
        const k2 = nextWord(tokens, unitEnd);
        // «عمر الحداد، من دير الزور»: set apart at the start of a sentence or line, with a family name.
        if (prefix === 0 && setApartFamilyName(ctx, i, k2)) return { first: i, last: k2, start, units: 2, kunyaOnly: false, knownFirst: true };
        // «عمر وسامي الحداد»: brothers' given names joined by «و» before the family name they share.
        if (prefix === 1 && sharedFamilyName(ctx, i, k2)) return { first: i, last: k2, start, units: 2, kunyaOnly: false, knownFirst: true };
        // «… الخطيب وعمر خالد السيد»: with «و» too, when a known given name and a third name word follow
        // and no number (an age: «وعمر خالد 40 عاما») comes after them.
        const waw = prefix === 1 && t0.norm.startsWith('و') && !numberAfterThird(ctx, k2);
        if ((prefix > 0 && !waw) || k2 < 0 || tokens[k2].kind !== 'ar' || !isGivenWord(tokens[k2].norm) || AMBIGUOUS_AR.has(tokens[k2].norm)) return null;
        ambiguousHead = true;
      }
      // Before a cue a name needs a known first word: «محمد الخطيب، المعتقل منذ…»
      if (mode === 'post' && !known) return null;
      // «شروط هدنة», «طرح قضية» after a cue: a name read there starts with, or soon has, a known name.
      // «أفرج عن طل الملوحي»: a family name in «ال…ي» (a nisba) right after a word of no list is the same sign.
      if (mode !== 'list' && mode !== 'title' && !known && !knownLater(ctx, unitEnd) && !nisbaFamilyNext(ctx, j, unitEnd)) return null;
      if (kind === 'unknown' && PREPOSITION_LIKE.test(norm)) return null;
      // «وبهذا تصل الحصيلة»: «و» and a preposition before a function word.
      const bareFirst = stripConj(norm);
      if (kind === 'unknown' && (isArStop(bareFirst) || (PREPOSITION_LIKE.test(bareFirst) && isArStop(bareFirst.slice(1))))) return null;
      // «اتهامات وانتقادات», «استغاثات»: a plural in ـات is no given name.
      if (kind === 'unknown' && norm.length >= 5 && norm.endsWith(FEMININE_PLURAL)) return null;
      // «رسام الكاريكاتير أكرم رسلان»: a profession is what the person is, not their name.
      if (kind !== 'given' && (PROFESSIONS.has(norm) || (norm.startsWith('ال') && PROFESSIONS.has(norm.slice(2))))) return null;
      // «يروي قصته» looks like a verb; «نورا الأحمد» is a name: a family name must follow.
      // «مواطن كندي يدعى تيفان يوركمان»: after a naming word, a word the lists lack is a name whatever it looks like.
      if (kind === 'unknown' && VERB_LIKE.test(norm) && !strongNext(ctx, unitEnd) && !named) return null;
      knownFirst = kind === 'given' || kind === 'compound';
      kunyaOnly = kind === 'kunya';
    } else if (kind === 'unknown') {
      // «حكم بالسجن», «نقل للمشفى»: a word with «بال»/«لل» joined is a phrase, not a name part.
      if (norm.startsWith(BI_AL) || norm.startsWith(LIL)) break;
      // «نور لموقع الحرة», «اشتهر بسوء معاملته»: «ل»/«ب»/«ك» joined to an everyday word
      // (not one in «ا»: «باشا» is a name).
      if (PREPOSITION_LIKE.test(norm) && norm[1] !== ALIF && isArEverydayWord(norm.slice(1))) break;
      // «تدخل محمد ليفك ابن أخته»: «لـ» and a verb of "he" («يفك», to free) is "to do", no family name.
      if (norm.startsWith(LI_YA) && norm.length <= LI_VERB_MAX) break;
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
        // «حسن عيد فلاح ومجد حسن موسى»: «و» and a known given name start the next person.
        (tokens[after].norm.startsWith('و') && stripNamePrefix(tokens[after].norm, 'gazetteer') > 0) ||
        // «سامر حداد يروي…»: an unknown word that looks like a verb ends the name
        (VERB_LIKE.test(tokens[after].norm) && !AR_GIVEN.has(tokens[after].norm) && tokens[after].norm.length >= 4);
      if (!lookaheadOk && !(units === 1 && mode !== 'gazetteer' && !VERB_LIKE.test(norm))) break;
      // «مجد عصام تعمري»: a third word in «ي» after a given name and a father's is a family name (a nisba), not a verb.
      // Not «يمشي», «يقضي»: a verb of "he" in «ي…ي».
      const nisbaThird = units === 2 && knownFirst && norm.endsWith(NISBA_END) && !norm.startsWith(NISBA_END) && norm.length >= 4 && lookaheadOk;
      if (VERB_LIKE.test(norm) && !strongNext(ctx, unitEnd) && !named && !nisbaThird) break;
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
  if (units === 1 && mode === 'gazetteer' && !kunyaOnly && prefix === 0) {
    // «مصطفى درويش كاجوج، من صوران…»: a known given name opening its sentence, with words the lists lack
    // up to the comma that sets the name apart.
    const apart = setApartRest(ctx, i);
    if (apart > i) return { first: i, last: apart, start, units: apart > nextWord(tokens, i) ? 3 : 2, kunyaOnly: false, knownFirst };
  }
  if (units < 2 && !(units === 1 && kunyaOnly)) return null;
  if (ambiguousHead && units < 3) return null;
  return { first: i, last, start, units, kunyaOnly: units === 1, knownFirst };
}

/** A number right after the word that follows `second` («وعمر خالد السيد 40 عاما»). */
function numberAfterThird(ctx: Ctx, second: number): boolean {
  if (second < 0) return false;
  const third = nextWord(ctx.tokens, second);
  const after = third < 0 ? -1 : nextNonSpace(ctx.tokens, third + 1);
  return after >= 0 && after < ctx.tokens.length && ctx.tokens[after].kind === 'num';
}

/** The last of one or two plain words after the given name at `head`, if the sentence opens with it and a comma follows them; else -1. */
function setApartRest(ctx: Ctx, head: number): number {
  const { tokens } = ctx;
  if (!opensSentence(ctx, head)) return -1;
  for (let j = nextWord(tokens, head), n = 0; j >= 0 && n < 2; j = nextWord(tokens, j), n++) {
    const t = tokens[j];
    if (t.kind !== 'ar' || arBoundary(ctx, j, t.norm, n + 1) || cueOf(ctx, j) !== null || hasPronounSuffix(ctx, j) || isArEverydayForm(t.norm)) break;
    const after = tokens[nextNonSpace(tokens, j + 1)];
    if (after !== undefined && after.kind === 'p' && SET_APART.has(after.norm)) return j;
  }
  return -1;
}

/**
 * A given name that is also a word («عمر», age) followed by a family name in «ال» and set apart: at the
 * start of a sentence or line, and followed by a comma, a dash or a bracket («عمر الحداد، من…»).
 */
function setApartFamilyName(ctx: Ctx, head: number, family: number): boolean {
  const { tokens } = ctx;
  if (family < 0 || tokens[family].kind !== 'ar' || !isAlWord(tokens[family].norm) || arBoundary(ctx, family, tokens[family].norm, 1)) return false;
  const after = tokens[nextNonSpace(tokens, family + 1)];
  return opensSentence(ctx, head) && after !== undefined && after.kind === 'p' && SET_APART.has(after.norm);
}

/**
 * "One prisoner, Said al-Haddad, walked out": a given name that is also a cue word ("said"), capitalised inside its
 * sentence after no capitalised word (not a headline's "Omar Haddad Said to Be Alive") and before a capitalised one.
 */
export function capitalisedInSentence(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[prevNonSpace(tokens, i - 1)];
  const after = tokens[nextNonSpace(tokens, i + 1)];
  return (
    tokens[i].cap &&
    !opensSentence(ctx, i) &&
    !(before.kind === 'lat' && before.cap) &&
    after?.kind === 'lat' &&
    (after.cap || LAT_ARTICLE_WORD.test(after.norm))
  );
}

/** The word at `i` opens its line or sentence. */
function opensSentence(ctx: Ctx, i: number): boolean {
  const before = ctx.tokens[prevNonSpace(ctx.tokens, i - 1)];
  return before === undefined || before.kind === 'nl' || (before.kind === 'p' && isSentencePunct(before));
}
function sharedFamilyName(ctx: Ctx, head: number, family: number): boolean {
  const { tokens } = ctx;
  if (family < 0 || tokens[family].kind !== 'ar' || !isAlWord(tokens[family].norm) || arBoundary(ctx, family, tokens[family].norm, 1)) return false;
  const before = prevNonSpace(tokens, head - 1);
  return before >= 0 && tokens[before].kind === 'ar' && AR_GIVEN.has(tokens[before].norm) && cueOf(ctx, before) === null;
}
const SET_APART = new Set(['،', ',', '-', '–', '(', ':']);

export function isLatinNameWord(ctx: Ctx, i: number, inside = false): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'lat') return false;
  const norm = t.norm;
  if (!t.cap && !LAT_ARTICLE_WORD.test(norm)) return false;
  // "Jerusalem-born", "Aleppo-based": a compound adjective, not a name.
  if (/-(?:born|based|bred|raised)$/.test(norm)) return false;
  // "Ahmad Said": a capitalised given name inside a name is a name even if it is also a cue word.
  if (LAT_GIVEN.has(norm))
    return ctx.cueAt[i] === null || ctx.cueAt[i]?.def.kind === 'neutral' || inside || capitalisedInSentence(ctx, i) ? !LAT_STOP.has(norm) : false;
  // «Jihad Georges EID»: a surname in capitals, as French writes them, after the name's first word is one, whatever else it is.
  if (LAT_NON_NAMES.has(norm) && inside && !LAT_STOP.has(norm) && cueOf(ctx, i) === null && allCapitals(ctx, t)) return true;
  if (LAT_STOP.has(norm) || LAT_NON_NAMES.has(norm) || cueOf(ctx, i) !== null) return false;
  if (matchFacility(ctx.tokens, i) !== null) return false;
  const place = matchPlace(ctx.tokens, i);
  if (place && place.last > i) return false;
  const bare = norm.replace(LAT_ARTICLE_PREFIX, '');
  return !(bare !== norm && (LAT_NON_NAMES.has(bare) || PLACE_WORDS.has(bare)));
}

/** "EID", "KHAWAND": two letters or more, all capitals. */
function allCapitals(ctx: Ctx, t: Token): boolean {
  const word = ctx.model.text.slice(t.s, t.e);
  return word.length >= 2 && ALL_CAPITALS.test(word);
}
const ALL_CAPITALS = /^\p{Lu}+$/u;

export function isLatinConnector(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'lat') return false;
  if (LAT_ARTICLES.has(t.norm) && !t.cap) return true;
  if (LAT_CONNECTORS.has(t.norm) && !t.cap) return !LAT_EUROPEAN_CONNECTORS.has(t.norm) || ctx.lang !== 'ar';
  // "Garance Le Caisne", "Staffan De Mistura": a capitalised particle inside a name, before a capitalised word that is no place.
  if (LAT_EUROPEAN_CONNECTORS.has(t.norm) && t.cap && ctx.lang !== 'ar') {
    const k = nextWord(ctx.tokens, i);
    return k >= 0 && ctx.tokens[k].kind === 'lat' && ctx.tokens[k].cap && matchPlace(ctx.tokens, k) === null;
  }
  return (t.norm === 'bin' || t.norm === 'ibn' || t.norm === 'bint') && t.cap;
}

/** "Haddad's": 's after the word at `i`. */
export function possessiveAfter(ctx: Ctx, i: number): boolean {
  const { tokens, model } = ctx;
  const s = tokens[i + 2];
  return tokens[i + 1]?.kind === 'sp' && s !== undefined && s.norm === 's' && /['’`´ʼ]/.test(model.text.slice(tokens[i].e, s.s));
}

/**
 * "Omar Shaar", "Abdulkader Shaar", "Fadi Al-Ashara": a one-word place the lists know («الشعار», an Aleppo quarter) right after a known
 * given name that opens the name is the family name, when no capitalised word follows it ("Omar Haddad Daraya" is a
 * name and a town).
 */
function placeSurname(ctx: Ctx, i: number, j: number): boolean {
  const t = ctx.tokens[j];
  // The given name opens the name: "Haddad Daraya" inside "Omar Haddad Daraya" is none.
  const before = ctx.tokens[prevNonSpace(ctx.tokens, i - 1)];
  if (before && before.kind === 'lat' && before.cap) return false;
  if (
    !t ||
    t.kind !== 'lat' ||
    !(t.cap || LAT_ARTICLE_WORD.test(t.norm)) ||
    LAT_STOP.has(t.norm) ||
    cueOf(ctx, j) !== null ||
    matchFacility(ctx.tokens, j) !== null
  )
    return false;
  const place = matchPlace(ctx.tokens, j);
  // "Fadi Al-Ashara": the article joined to a one-word place the lists know without it («العشارة», "Ashara").
  const bare = t.norm.replace(LAT_ARTICLE_PREFIX, '');
  if (place ? place.last !== j || place.prefix > 0 : bare === t.norm || !PLACE_WORDS.has(bare)) return false;
  const k = nextWord(ctx.tokens, j);
  return k < 0 || ctx.tokens[k].kind !== 'lat' || !ctx.tokens[k].cap;
}

/**
 * "Omar Fadi Arab was arrested": a capitalised people's name as the last word of a name of three, before a verb's
 * auxiliary or punctuation; "Omar Haddad Arab activist" is an adjective.
 */
function demonymSurname(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'lat' || !t.cap || !DEMONYM_SURNAMES.has(t.norm)) return false;
  const k = nextNonSpace(ctx.tokens, j + 1);
  const next = ctx.tokens[k];
  return next === undefined || next.kind === 'nl' || (next.kind === 'p' && next.norm !== '-') || (next.kind === 'lat' && FINITE_AUX.has(next.norm));
}
const DEMONYM_SURNAMES = new Set(['arab', 'kurdi', 'turk', 'masri', 'halabi', 'shami'].map(foldWord));

/** «Abu al-Ras», "Abou el-Ras": after Abu, Abdul and the like, a word in «al-», «el-» (LAT_ARTICLE_WORD) is part of the name, whatever else it is. */
function wordAfterHead(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'lat' && LAT_ARTICLE_WORD.test(t.norm) && cueOf(ctx, k) === null && !LAT_STOP.has(t.norm);
}

/** The Latin heads of place names («تل», «كفر», «دير», «بيت», «عين»…) that are neither a given name nor a kunya's head ("Khan" is a family name too). */
const NAME_PLACE_HEADS = new Set(['khan', 'om'].map(foldWord));
const PLACE_ONLY_HEADS = new Set(
  [...LATIN_PLACE_HEADS].filter((h) => !isLatGiven(h) && !LAT_KUNYA_HEADS.has(h) && !LAT_HEADS.has(h) && !NAME_PLACE_HEADS.has(h)),
);

export function readLatin(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const { tokens } = ctx;
  let j = i;
  let units = 0;
  let last = -1;
  let prevUnitEnd = -1;
  let lastUnitStart = -1;
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
    // "Omar Shaar", "Omar Al Shaar": a place the lists know as the family name, right after the given name or its article.
    const surnameSlot = units === 1 || (units === 2 && LAT_ARTICLES.has(tokens[last].norm));
    if (
      !isLatinNameWord(ctx, j, units > 0) &&
      !(LAT_HEADS.has(t.norm) && t.cap) &&
      !(surnameSlot && knownFirst && placeSurname(ctx, i, j)) &&
      !(units >= 2 && knownFirst && demonymSurname(ctx, j))
    )
      break;
    let unitEnd = j;
    if (LAT_HEADS.has(t.norm)) {
      // Abu Ahmad, Abdul Rahman, Abd al-Karim
      let k = nextWord(tokens, j);
      if (k >= 0 && LAT_ARTICLES.has(tokens[k].norm)) k = nextWord(tokens, k);
      if (k >= 0 && (isLatinNameWord(ctx, k) || wordAfterHead(ctx, k))) unitEnd = k;
      else if (!isLatinNameWord(ctx, j)) break;
      if (units === 0 && LAT_KUNYA_HEADS.has(t.norm) && unitEnd !== j) kunya = true;
    }
    if (units === 0) {
      if (LAT_ARTICLES.has(t.norm)) return null;
      // "Ain al-Mreisseh", "Beit Lahm", "Deir Attiyeh": a place's head word that is no given name or kunya opens no name.
      if (PLACE_ONLY_HEADS.has(t.norm)) return null;
      knownFirst = isLatGiven(t.norm) || (LAT_HEADS.has(t.norm) && unitEnd !== j);
      if (mode === 'gazetteer' && (!knownFirst || AMBIGUOUS_LAT.has(t.norm))) return null;
    }
    units++;
    prevUnitEnd = last;
    lastUnitStart = j;
    last = unitEnd;
    if (possessiveAfter(ctx, unitEnd)) break;
    const nx = nextWord(tokens, unitEnd);
    if (nx >= 0) {
      j = nx;
      continue;
    }
    // «Mgr Yohanna (Jean) Ibrahim», "Boulos (Paul) Yazigi": a given name's other form in brackets, then the family name.
    const past = units === 1 && !kunya ? pastBracketedGivenName(ctx, unitEnd) : -1;
    if (past < 0) break;
    j = past;
  }
  // "Samir Al" before a word that is no name: the article is not the end of a name.
  if (units > 1 && last === lastUnitStart && LAT_ARTICLES.has(tokens[last].norm)) {
    units--;
    last = prevUnitEnd;
  }
  if (last < 0 || (units < 2 && !kunya)) return null;
  return { first: i, last, start: tokens[i].s, units, kunyaOnly: units === 1, knownFirst };
}

/** After a given name at `i`: " (Jean) " and a capitalised name word; that word, or -1. */
function pastBracketedGivenName(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (tokens[i + 1]?.kind !== 'sp' || tokens[i + 2]?.norm !== '(') return -1;
  const inner = i + 3;
  if (!(tokens[inner]?.kind === 'lat' && tokens[inner].cap && isLatGiven(tokens[inner].norm)) || tokens[inner + 1]?.norm !== ')') return -1;
  const after = nextWord(tokens, inner + 1);
  return after >= 0 && tokens[after].cap && isLatinNameWord(ctx, after, true) ? after : -1;
}

export function readName(ctx: Ctx, i: number, mode: Mode): NameRead | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'ar') return readArabic(ctx, i, mode);
  if (t.kind === 'lat') return readLatin(ctx, i, mode);
  return null;
}

/** "Imad, 25,", «حامد (27 عاماً)», «سمر، وعمرها 25 عاماً»: an age right after the word. */
export function ageAfter(tokens: Token[], i: number): boolean {
  let j = nextNonSpace(tokens, i + 1);
  const p = tokens[j];
  if (!p || (p.norm !== ',' && p.norm !== '،' && p.norm !== '(')) return false;
  j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && AGE_WORDS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  return tokens[j]?.kind === 'num' && tokens[j].norm.length <= 2;
}
/** "Omar was 18 when he was arrested", «Omar avait 18 ans»: a verb of being that gives word `i` an age right after it. */
export function agePredicateAfter(tokens: Token[], i: number): boolean {
  const verb = tokens[nextNonSpace(tokens, i + 1)];
  if (!verb || !AGE_VERBS.has(verb.norm)) return false;
  let j = nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1);
  if (tokens[j] && AGE_ADVERBS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.kind !== 'num' || tokens[j].norm.length > 2) return false;
  const french = FRENCH_AGE_VERBS.has(verb.norm);
  const unit = tokens[nextNonSpace(tokens, j + 1)];
  // «avait 18 ans», not «a 3 enfants»; "was 18" ends there or goes on with "years" or "when".
  return french ? unit?.norm === 'ans' : unit === undefined || !isWordToken(unit) || AGE_FOLLOWERS.has(unit.norm);
}
const FRENCH_AGE_VERBS = new Set(['avait', 'a', 'aura'].map(foldWord));
const AGE_VERBS = new Set(['was', 'is', ...FRENCH_AGE_VERBS].map(foldWord));
const AGE_ADVERBS = new Set(['only', 'just', 'barely', 'alors', 'seulement', 'à', 'peine'].map(foldWord));
const AGE_FOLLOWERS = new Set(['years', 'year', 'when', 'at', 'and'].map(foldWord));

/** "Bedawi, 41, was freed", «Bedawi, 41 ans, a été libéré», "Bedawi (41) was freed": an age set apart right after word `i`. */
export function ageBetweenCommas(tokens: Token[], i: number): boolean {
  if (!ageAfter(tokens, i)) return false;
  let j = nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1);
  if (tokens[j] && AGE_WORDS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && AGE_UNITS_AFTER.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  return tokens[j] !== undefined && (tokens[j].norm === ',' || tokens[j].norm === ')');
}
const AGE_UNITS_AFTER = new Set(['ans', 'years', 'year'].map(foldWord));
const AGE_WORDS = new Set(['عمره', 'عمرها', 'وعمره', 'وعمرها', 'aged', 'age', 'âgé', 'âgée', 'agé', 'agée'].map(foldWord));
