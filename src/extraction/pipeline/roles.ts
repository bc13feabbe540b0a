import type { MentionAttributes, MentionRole } from '../types';
import { DETAINEE_ROLES } from '../types';
import { PhraseMatch, Token, foldWord, isComma, isWordToken, mapPacked, nextNonSpace, prevNonSpace } from './text-model';
import { FROM_AR, homeOrWorkplaceAr, matchFacility, matchPlace } from '../attributes';
import {
  LIST_DASHES,
  THIRD_PERSON_POSSESSIVES,
  FIRST_PERSON_POSSESSIVES,
  LOST_VERBS,
  COMPLEMENT_LINKS,
  OF_WORDS,
  SIEGE_WORDS,
  siegeHungerIndex,
  SPLIT_SEARCH_VERBS,
  SOUGHT_AR_PRONOUNS,
  FAMILY_AFTER,
  LATIN_ARTICLES,
  LIST_COPULAS,
  HOPE_VERBS,
  ALIVE_WORDS,
  TITLE_PLACE_WORDS,
  SOURCE_BACK_REFERENCES,
  NISBA_AR,
  familyBeforeIndex,
  organisationIndex,
  AR_KUNYA_HEAD,
  LAT_KUNYA_HEADS,
  ABBREVIATIONS,
  KIN_ADJECTIVES,
  ACTIVE_SUBJECTS,
  AR_SPEAKERS_AFTER_VERB,
  YEAR_OF_AGE_UNITS,
  RELEASED_THINGS,
  ADDRESSED,
  YEAR,
  ARABIC_CUE_PREFIXES,
  CONTINUATION,
  COORDINATORS,
  CueKind,
  DetRole,
  FORMER_QUALIFIERS,
  Figure,
  INTRODUCERS,
  KIN_ARTICLES,
  KIN_LINKS,
  crowdIndex,
  KIN_WHOSE,
  KIN_COPULAS,
  KIN_OWN_STATE,
  AR_KIN_OF_HIM,
  kinNounIndex,
  companionNounIndex,
  reappearanceIndex,
  outsideDeathIndex,
  PASSIVE_AUX,
  PERFECT_AUX,
  FINITE_AUX,
  isCountWord,
  SERVED_PLACES,
  POST_SKIP,
  SERVED_NUMBERS,
  SERVED_UNITS,
  ROLE_PRIORITY,
  SPEECH_SOURCES,
  STATUS_NOUNS,
  INSIDE_PRISON,
  AR_AL,
  AR_GIVEN,
  boundedVerbIndex,
  disappearanceTopicIndex,
  whoseKinAt,
  amongIndex,
  stillNowIndex,
  livesNowIndex,
  pastVerbIndex,
  pastMarkerIndex,
  AGO_BEFORE,
  ONCE_BEFORE,
  RANGE_LINKS,
  durationIntroIndex,
  durationCountIndex,
  DURATION_UNITS,
  DURATION_DUALS,
  stillHeldIndex,
  againIndex,
  isServedUnit,
  sentencingIndex,
  amongThemIndex,
  itIsIndex,
  REGIME_WORDS,
  THEY_ARE_AR,
  approximatelyIndex,
  lastedIndex,
  INDEFINITE_ARTICLES,
  RELATIVES_WORDS,
  NEGATION_WORDS,
} from './lexicon';
import {
  AL_PREFIX,
  Cand,
  Ctx,
  Cue,
  Span,
  abbreviationNotElision,
  auxBefore,
  constructKin,
  cueOf,
  holdsSoughtPronoun,
  cueText,
  endsSentence,
  familyOfEnd,
  isSentencePunct,
  newCue,
  opensQuote,
  pastKinAdjective,
  tagStart,
  wordySentence,
} from './context';
import { THAT_WORDS, fellowsObject, freedSource, ofOthers, pastDate, pastOneOf, unnamedKinAt, unnamedWhoClause } from './others';
import { possessiveAfter } from './name-reading';
import {
  AR_MALE_GIVEN,
  HONORIFICS,
  ING_VERBS,
  LATIN_AMONG,
  LAT_GIVEN_SEX,
  cueDef,
  isOrganisationWord,
  isPluralStatusNoun,
  stripConj,
  type CueDef,
} from './lexicon';

/** Stage 5, roles: the cues attached to each name, then its role. */

const MAX_PRE_ELEMENTS = 6;
const MAX_POST_WORDS = 10;
const CHAIN_AMONG = new Set([...LATIN_AMONG, foldWord('بين')]);
const ONE_WORDS = new Set(['one', 'un', 'une'].map(foldWord));

/** "One of the freed detainees", «L'un des détenus»: "one of", an article and other role words before the cue. */
function oneOfBefore(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < MAX_ONE_OF_CUE_WORDS && j >= 0 && (ONE_OF_ARTICLES.has(tokens[j].norm) || cueOf(ctx, j)?.def.kind === 'role'); n++)
    j = prevNonSpace(tokens, (cueOf(ctx, j)?.first ?? j) - 1);
  if (j < 0 || !OF_ONE.has(tokens[j].norm)) return false;
  const one = prevNonSpace(tokens, j - 1);
  return one >= 0 && ONE_WORDS.has(tokens[one].norm);
}
const ONE_OF_ARTICLES = new Set(['the', 'les'].map(foldWord));
const MAX_ONE_OF_CUE_WORDS = 3;
const OF_ONE = new Set(['of', 'des', 'd'].map(foldWord));

const YEAR_OLD = new Set(['year-old', 'years-old']);
const YEAR_OLD_PARTS = new Set(['year', 'years']);
const AGE_ARTICLES = new Set(['the', 'a', 'an']);

/** "25-year-old", "the 30 year old" ending at token `j`: its first token, or -1. */
function ageRightBefore(tokens: Token[], j: number): number {
  let k = j;
  if (tokens[k]?.kind !== 'lat') return -1;
  if (tokens[k].norm === 'old') {
    k = prevNonSpace(tokens, k - 1);
    if (tokens[k]?.norm === '-') k = prevNonSpace(tokens, k - 1);
    if (!YEAR_OLD_PARTS.has(tokens[k]?.norm ?? '')) return -1;
  } else if (!YEAR_OLD.has(tokens[k].norm)) return -1;
  k = prevNonSpace(tokens, k - 1);
  if (tokens[k]?.norm === '-') k = prevNonSpace(tokens, k - 1);
  if (tokens[k]?.kind !== 'num') return -1;
  const article = prevNonSpace(tokens, k - 1);
  return article >= 0 && AGE_ARTICLES.has(tokens[article].norm) ? article : k;
}

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
      // '"They killed my brother," Fatima Ali said': a quote that closes what was said is no opening before a name.
      if (QUOTE_MARKS.has(t.norm) && closesSpeech(tokens, j)) break;
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
      // «sauf M. Darwich», "except Mr. Haddad": a courtesy title and its dot stand between a cue and the name.
      if (t.norm === '.' && out.length === 0 && tokens[j - 1]?.kind === 'lat' && tokens[j - 1].cap && HONORIFICS.has(tokens[j - 1].norm)) {
        j -= 2;
        continue;
      }
      break;
    }
    if (ctx.candAt[j] >= 0) break;
    // «indique Me Fatima Ali», "said Dr Fatima Ali": a courtesy title right before the name, without its dot.
    if (out.length === 0 && t.kind === 'lat' && t.cap && HONORIFICS.has(t.norm) && j === prevNonSpace(tokens, c.first - 1) && cueOf(ctx, j) === null) {
      j--;
      continue;
    }
    // «a déclaré à l'AFP Yara Badr», "said to AFP Fatima Ali": the one told between a speech verb and its subject.
    if (out.length === 0 && toldObjectWord(t)) {
      let k = j;
      for (let n = 0; n < MAX_TOLD_WORDS && k >= 0 && ctx.candAt[k] < 0 && toldObjectWord(tokens[k]); n++) k = prevNonSpace(tokens, k - 1);
      if (k >= 0 && cueOf(ctx, k)?.def.kind === 'speech' && TOLD_PREPOSITIONS.has(tokens[nextNonSpace(tokens, k + 1)]?.norm ?? '')) {
        j = k;
        continue;
      }
    }
    // "the death of Sami", «la mort de Sami»: "of" between a Latin role noun and the name.
    if (out.length === 0 && t.kind === 'lat' && OF_WORDS.has(t.norm) && cueOf(ctx, prevNonSpace(tokens, j - 1))?.def.kind === 'role') {
      j--;
      continue;
    }
    // «القاضي السابق محمد…», "the former judge": a "former" qualifier between a title and the name.
    // «توفي تحت التعذيب اللاجئان الفلسطينيان "محمد يوسف"»: adjectives of origin between a cue and the name.
    // Only before a role word: «روى المواطن الأردني …» is a title, which the adjective keeps apart.
    if (t.kind === 'ar' && NISBA.test(t.norm) && cueOf(ctx, j) === null && ctx.candAt[j] < 0) {
      let k = prevNonSpace(tokens, j - 1);
      while (k >= 0 && tokens[k].kind === 'ar' && NISBA.test(tokens[k].norm) && cueOf(ctx, k) === null) k = prevNonSpace(tokens, k - 1);
      if (cueOf(ctx, k)?.def.kind !== 'role') break;
      j = k;
      continue;
    }
    if (FORMER_QUALIFIERS.has(t.norm) && cueOf(ctx, j) === null) {
      j--;
      continue;
    }
    // "said 25-year-old Omar Haddad", "released the 30-year-old Fadi Khalil": an age between a cue and the name.
    const age = out.length === 0 ? ageRightBefore(tokens, j) : -1;
    if (age >= 0) {
      j = age - 1;
      continue;
    }
    const cue = cueOf(ctx, j);
    if (!cue || cue.def.kind === 'clause' || cue.def.kind === 'coord') break;
    // "According to freed hostages, Omar Haddad is alive": the freed are the source, not the name.
    if (cue.def.kind === 'role' && (freedSource(ctx, cue) || freedSourceBefore(ctx, cue))) break;
    // "A security official said Sam Goodwin, 30, was last seen…", "Ahmad said Omar had been detained":
    // a speech verb with its own subject before it is that speaker's, not the name's. So is one whose subject
    // closes an apposition ("Fadi Khalil, a lawyer, said Omar Haddad was arrested"): the name opens what is said.
    if (cue.def.kind === 'speech' && (reportedSubject(ctx, cue) || (out.length === 0 && opensReportedClause(ctx, c)))) break;
    // "One of the freed detainees, Omar Haddad, recalls…", «L'un des détenus, Omar Haddad,»: the apposition says who he is.
    if (
      commas > 0 &&
      out.length === 0 &&
      cue.def.kind !== 'relative' &&
      cue.def.kind !== 'official' &&
      cue.def.kind !== 'otherTitle' &&
      !(cue.def.kind === 'role' && oneOfBefore(ctx, cue))
    )
      break;
    out.push(cue);
    j = cue.first - 1;
  }
  // «معتقل سابق في صيدنايا، يروي محمد الحداد»: an Arabic speech verb may stand between the comma and the name.
  if (out.every((e) => e.def.kind === 'speech')) {
    const fronted = frontedRoleCue(ctx, out.length > 0 ? out[out.length - 1].first : c.first);
    if (fronted) out.push(fronted);
  }
  return out;
}

/** "freed hostages", «otages libérés»: the release word right before or after a held noun's cue is a source's (freedSource). */
function freedSourceBefore(ctx: Ctx, cue: Cue): boolean {
  const b = prevNonSpace(ctx.tokens, cue.first - 1);
  const a = nextNonSpace(ctx.tokens, cue.last + 1);
  const before = b >= 0 ? cueOf(ctx, b) : null;
  const after = a < ctx.tokens.length ? cueOf(ctx, a) : null;
  return (before !== null && before.last === b && freedSource(ctx, before)) || (after !== null && after.first === a && freedSource(ctx, after));
}

/** The quote at `j` ends quoted words: right after a comma or a sentence's end ('…,"'), or right before a comma ('…",'). */
function closesSpeech(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[nextNonSpace(tokens, j + 1)];
  return (before?.kind === 'p' && CLOSING_PUNCT.has(before.norm)) || (after !== undefined && isComma(after));
}
const CLOSING_PUNCT = new Set([',', '،', '.', '!', '?', '؟']);

/**
 * «Ancien détenu de Saydnaya, Omar Haddad raconte», "A former detainee, Omar Haddad told…", «معتقل سابق في صيدنايا،
 * يروي محمد الحداد»: a sentence that opens on a role word (past an article or "former"), with only a place or a date
 * after it, and a comma right before the name describes the name.
 */
function frontedRoleCue(ctx: Ctx, nameStart: number): Cue | null {
  const { tokens } = ctx;
  const comma = prevNonSpace(tokens, nameStart - 1);
  if (comma < 0 || !isComma(tokens[comma])) return null;
  let j = nextNonSpace(tokens, ctx.sentenceFirst[ctx.sentence[nameStart]]);
  let cue: Cue | null = null;
  for (let n = 0; n <= MAX_FRONT_OPENERS && j < comma && isWordToken(tokens[j]); n++, j = nextNonSpace(tokens, j + 1)) {
    const at = cueOf(ctx, j);
    if (at && at.first === j && at.def.kind !== 'neutral') {
      cue = at;
      break;
    }
    if (!FRONT_OPENERS.has(tokens[j].norm)) return null;
    if (at) j = at.last;
  }
  if (!cue || cue.def.kind !== 'role' || cue.def.search || cue.def.exception || cue.last >= comma || ofOthers(ctx, cue)) return null;
  // «المعتقلون، قال محمد الحداد، …», "The detainees, Omar Haddad said, …": a definite role word is the many spoken of.
  if (tokens[cue.first].kind === 'ar' && AL_PREFIX.test(tokens[cue.first].norm)) return null;
  let words = 0;
  for (let k = cue.last + 1; k < comma; k++) {
    if (tokens[k].kind === 'nl' || ctx.candAt[k] >= 0 || (cueOf(ctx, k) !== null && cueOf(ctx, k)?.def.kind !== 'neutral')) return null;
    if (isWordToken(tokens[k]) && ++words > MAX_FRONT_TAIL_WORDS) return null;
  }
  return cue;
}
const MAX_FRONT_OPENERS = 2;
const MAX_FRONT_TAIL_WORDS = 4;
const FRONT_OPENERS = new Set(['a', 'an', 'un', 'une', 'former', 'ancien', 'ancienne', 'ex'].map(foldWord));

const OBJECT_RELATIVES = new Set(['whom', 'que', 'qu'].map(foldWord));
const SUBJECT_PRONOUNS_LAT = new Set(['he', 'she', 'they', 'we', 'i', 'il', 'elle', 'ils', 'elles', 'nous', 'on', 'je', 'j'].map(foldWord));

/**
 * `speaker`: an Arabic name right after its own speech verb («وقال الناشط فادي خليل إن الاعتقال تم…»): what follows
 * «إن» / «أن» is the clause it says, not a cue of its own.
 */
function postChain(ctx: Ctx, c: Cand, self: number, source = false, speaker = false): Cue[] {
  const { tokens } = ctx;
  const out: Cue[] = [];
  let sawAux = false;
  let sawComma = false;
  // "his brother Omar, whom he has not heard from", «son frère Omar, qu'il n'a pas revu»: the name is what the verb is about.
  let whom = false;
  let words = 0;
  for (let j = c.last + 1; j < tokens.length && words < MAX_POST_WORDS; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (t.kind === 'nl') break;
    if (t.kind === 'p') {
      if (isSentencePunct(t) && endsSentence(ctx, j)) break;
      if (t.norm === ',' || t.norm === '،') {
        if (source) break;
        // "Fatima Haddad, the wife of detainee Omar Haddad, spoke to reporters": the name closes an
        // apposition to the name before it; the verb after the comma is that one's.
        if (!sawComma && appositionToName(ctx, c) && speechNext(ctx, j)) break;
        sawComma = true;
        // An appositive without cues: ", a 34-year-old engineer from Daraya," / ", son of Omar,"
        const close = appositiveEnd(ctx, j);
        // "the brother of Omar Haddad, Ahmad Suleiman, was freed": the name after the comma is the brother, and the verb his.
        if (close > j && ctx.candAt[nextNonSpace(tokens, j + 1)] >= 0 && kinPhraseOwner(ctx, c)) break;
        if (close > j && !out.some((e) => e.def.kind === 'role')) {
          j = close;
          continue;
        }
      }
      if (t.norm === '(') j = bracketEnd(tokens, j);
      // "Fatima Ali (the mother of detainee Omar) said": a name deep in another's bracketed apposition ends with
      // it; the verb is hers. Not «محمد الحداد (أبو أحمد) أفرج عنه», a second name for the same man.
      if (t.norm === ')' && insideApposedBrackets(ctx, c)) break;
      continue;
    }
    if (t.kind === 'num') continue;
    if (ctx.candAt[j] >= 0 && ctx.candAt[j] !== self) break;
    if (speaker && THAT_WORDS.has(stripConj(t.norm))) break;
    words++;
    const cue = cueOf(ctx, j);
    if (cue && cue.first === j) {
      if (cue.preOwner >= 0 && cue.preOwner !== self) break;
      const k = cue.def.kind;
      if (k === 'role') {
        if ((cue.def.search && !whom) || ofOthers(ctx, cue)) break;
        // "Fatima says she last saw him", «ولم تسمع زوجته فاطمة عنه شيئاً»: the cue is said of the one the pronoun stands for.
        if (!whom && endsOnObjectPronoun(ctx, cue)) break;
        if (cue.def.transitive && !sawAux && !sawComma && !frenchParticipleAfter(ctx, c, cue)) break;
        // "Fatima Ali still does not know his fate": "his" is not hers.
        if (possessiveDisagrees(ctx, c, cue)) break;
        out.push(cue);
      } else if (k === 'official' || k === 'otherTitle' || k === 'neutral' || k === 'defector' || k === 'negation' || k === 'demand') {
        out.push(cue);
      } else if (k === 'speech') {
        // "was later confirmed by relatives as having been killed": a passive speech verb is said of the name.
        if (passiveSpeech(ctx, cue)) {
          j = roleAfterPassiveSpeech(ctx, cue);
          continue;
        }
        // «صوراً لـ "محمد الحداد" قالوا إن قوات النظام اعتقلته»: others say of the name what befell "him".
        const told = pluralArabicVerb(ctx, cue) ? objectPronounCueAfter(ctx, cue) : null;
        // "Omar Haddad was detained in Syria, said his brother Fadi": the verb's subject comes after it.
        if (told) out.push(told);
        else if (!invertedSpeech(ctx, cue)) out.push(cue);
        break;
      } else break;
      j = cue.last;
      continue;
    }
    if (PASSIVE_AUX.has(t.norm)) {
      sawAux = true;
      continue;
    }
    if (words === 1 && OBJECT_RELATIVES.has(t.norm)) {
      whom = true;
      continue;
    }
    if (whom && words <= 3 && (SUBJECT_PRONOUNS_LAT.has(t.norm) || t.norm === 'n' || t.norm === 'ne')) continue;
    // "Omar Haddad, who was 15 when he disappeared": an age, then "when" and the pronoun of the one named.
    if (
      AGE_WHEN.has(t.norm) &&
      tokens[prevNonSpace(tokens, j - 1)]?.kind === 'num' &&
      SUBJECT_PRONOUNS_LAT.has(tokens[nextNonSpace(tokens, j + 1)]?.norm ?? '')
    ) {
      j = nextNonSpace(tokens, j + 1);
      continue;
    }
    // "Omar Haddad, Syria's interior minister,": a capitalised word and its possessive "'s" in an apposition.
    if (sawComma && t.kind === 'lat' && t.cap && tokens[nextNonSpace(tokens, j + 1)]?.norm === 's') {
      j = nextNonSpace(tokens, j + 1);
      continue;
    }
    if (POST_SKIP.has(t.norm) || POST_SKIP.has(stripConj(t.norm))) continue;
    // "Fadi Khalil, his lawyer, said…", «Fadi Khalil, son avocat»: a possessive before a title.
    if (t.kind === 'lat' && POSSESSIVES.has(t.norm) && titleCueAt(ctx, nextNonSpace(tokens, j + 1))) continue;
    // "his brother Omar among the Caesar photos", «شقيقه محمد بين صور قيصر»: where the name was found.
    if (CHAIN_AMONG.has(t.norm)) continue;
    // «X figure parmi ces disparus», «compte parmi les détenus», «fait partie des disparus»: a verb of belonging, then "among".
    if (
      MEMBERSHIP_VERBS.has(t.norm) &&
      (CHAIN_AMONG.has(tokens[nextNonSpace(tokens, j + 1)]?.norm ?? '') || tokens[nextNonSpace(tokens, j + 1)]?.norm === PARTIE)
    )
      continue;
    if (t.norm === PARTIE && MEMBERSHIP_VERBS.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '')) continue;
    if (PLURAL_DEMONSTRATIVES.has(t.norm) && CHAIN_AMONG.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '')) continue;
    // "X, one of the freed men", «X, l'un des détenus libérés»: one of them.
    if (ONE_WORDS.has(t.norm) && OF_ONE.has(tokens[nextNonSpace(tokens, j + 1)]?.norm ?? '')) {
      j = nextNonSpace(tokens, j + 1);
      continue;
    }
    const place = matchPlace(tokens, j) ?? matchFacility(tokens, j);
    if (place) {
      j = place.last;
      continue;
    }
    break;
  }
  return out;
}

/**
 * «l'évêque Omar Haddad enlevé en 2013 a été vu…»: a French participle right after the name describes it; French says
 * what the name did with an auxiliary («Omar Haddad a libéré…»), which English leaves out ("Omar Haddad released…").
 */
function frenchParticipleAfter(ctx: Ctx, c: Cand, cue: Cue): boolean {
  return ctx.lang === 'fr' && FRENCH_PARTICIPLES.has(ctx.tokens[cue.first].norm) && prevNonSpace(ctx.tokens, cue.first - 1) === c.last;
}
const FRENCH_PARTICIPLES = new Set(
  [
    'libéré',
    'libérée',
    'arrêté',
    'arrêtée',
    'enlevé',
    'enlevée',
    'tué',
    'tuée',
    'exécuté',
    'exécutée',
    'assassiné',
    'relâché',
    'emprisonné',
    'incarcéré',
    'capturé',
    'capturée',
  ].map(foldWord),
);

const MEMBERSHIP_VERBS = new Set(
  [
    'figure',
    'figurent',
    'figurait',
    'figuraient',
    'compte',
    'comptent',
    'comptait',
    'comptaient',
    'fait',
    'font',
    'faisait',
    'faisaient',
    'counts',
    'ranks',
  ].map(foldWord),
);
const PARTIE = foldWord('partie');
const PLURAL_DEMONSTRATIVES = new Set(['ces', 'these', 'those'].map(foldWord));
const AGE_WHEN = new Set(['when', 'lorsque', 'quand'].map(foldWord));

/**
 * «كيف اعتقلت قوات النظام جيرانه»: an active Arabic verb whose object, a few words on, is a noun with "his"/"her"/"their"
 * on it (not a preposition's «عليه»): the verb befell them, not the one telling.
 */
function arabicObjectAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  for (
    let k = nextNonSpace(tokens, cue.last + 1), n = 0;
    k < tokens.length && n < ARABIC_OBJECT_WORDS && tokens[k].kind === 'ar';
    k = nextNonSpace(tokens, k + 1), n++
  ) {
    const w = stripConj(tokens[k].norm);
    if (PREPOSITION_PRONOUNS_AR.has(w)) return false;
    if (w.length > 3 && !w.startsWith(AR_AL) && AR_HIS_HER_KIN.test(w) && cueOf(ctx, k) === null) return true;
  }
  return false;
}
const ARABIC_OBJECT_WORDS = 4;
const PREPOSITION_PRONOUNS_AR = new Set(
  ['عليه', 'عليها', 'عليهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'منه', 'منها', 'عنه', 'عنها', 'معه', 'معها'].map(foldWord),
);

/** "was (later) confirmed", "has been reported", "confirmed by": an English speech verb in the passive, no one speaking. */
function passiveSpeech(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  // "Fatima Ali was told her fiance had been tortured to death": she is the one told, not the one it is said of.
  if (tokens[cue.first].kind !== 'lat' || ADDRESSED.has(cueWords(ctx, cue))) return false;
  const after = tokens[nextNonSpace(tokens, cue.last + 1)];
  if (after !== undefined && after.norm === 'by') return true;
  let b = prevNonSpace(tokens, cue.first - 1);
  if (b >= 0 && LATER_ADVERBS.has(tokens[b].norm)) b = prevNonSpace(tokens, b - 1);
  return b >= 0 && isWordToken(tokens[b]) && ENGLISH_PASSIVE.has(tokens[b].norm);
}
/** Past "by the family as having been", up to the role word it introduces (the token before it), or the speech verb's end. */
function roleAfterPassiveSpeech(ctx: Ctx, cue: Cue): number {
  const { tokens } = ctx;
  for (let j = nextNonSpace(tokens, cue.last + 1), n = 0; j < tokens.length && n < MAX_PASSIVE_SPEECH_WORDS; j = nextNonSpace(tokens, j + 1), n++) {
    if (!isWordToken(tokens[j]) || ctx.candAt[j] >= 0) break;
    const next = cueOf(ctx, j);
    // "by the family": the one who confirms, on the way.
    if (next && next.first === j && (next.def.kind === 'relative' || next.def.kind === 'neutral')) j = next.last;
    else if (next && next.first === j) return next.def.kind === 'role' ? j - 1 : cue.last;
  }
  return cue.last;
}
const MAX_PASSIVE_SPEECH_WORDS = 8;
const LATER_ADVERBS = new Set(['later', 'since', 'also', 'officially', 'finally', 'then', 'subsequently']);
const ENGLISH_PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be']);

/** The name stands inside brackets opened right after another name, with words before it: «X (أم المعتقل محمد)». */
function insideApposedBrackets(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let words = 0;
  for (let j = prevNonSpace(tokens, c.first - 1); j >= 0; j = prevNonSpace(tokens, j - 1)) {
    const t = tokens[j];
    if (t.norm === '(') return words > 0 && ctx.candAt[prevNonSpace(tokens, j - 1)] >= 0;
    if (t.kind === 'nl' || t.norm === ')' || (isSentencePunct(t) && endsSentence(ctx, j)) || ctx.candAt[j] >= 0) return false;
    if (isWordToken(t)) words++;
  }
  return false;
}

const titleCueAt = (ctx: Ctx, i: number): boolean => {
  const cue = i < ctx.tokens.length ? cueOf(ctx, i) : null;
  return cue !== null && cue.first === i && (cue.def.kind === 'otherTitle' || cue.def.kind === 'official');
};

const MAX_APPOSITIVE_TOKENS = 16;
const APPOSITIVE_BLOCKERS = new Set<CueKind>(['role', 'official', 'otherTitle', 'speech', 'defector', 'clause']);

/** A cue of no news or of a search within a few words after token `from`, in its clause: "is still searching", «est sans nouvelles». */
function noNewsAfter(ctx: Ctx, from: number): boolean {
  const { tokens } = ctx;
  for (let j = nextNonSpace(tokens, from + 1), words = 0; j < tokens.length && words < NO_NEWS_WORDS; j = nextNonSpace(tokens, j + 1)) {
    if (!isWordToken(tokens[j]) || ctx.candAt[j] >= 0) return false;
    words++;
    const cue = cueOf(ctx, j);
    // "whose son has been missing": the son's own fate, not news the family lacks of X.
    if (cue && cue.first === j) return cue.def.kind === 'role' && cue.role === 'missing' && !saysOwnState(ctx, cue);
  }
  return false;
}

const saysOwnState = (ctx: Ctx, cue: Cue): boolean => {
  for (let j = cue.first; j <= cue.last; j++) if (isWordToken(ctx.tokens[j]) && KIN_OWN_STATE.has(stripConj(ctx.tokens[j].norm))) return true;
  return false;
};
const NO_NEWS_WORDS = 5;

/** The role cues the clause gave to plain names of the coordination group of name k (roles.ts "owned"). */
function groupOwned(cands: Cand[], k: number, kinds: readonly string[], owned: Cue[][]): Cue[] {
  const out: Cue[] = [];
  for (let m = 0; m < cands.length; m++) if (m !== k && cands[m].group === cands[k].group && kinds[m] === 'plain') out.push(...roleCues(owned[m]));
  return out;
}

/**
 * "said Omar Haddad was among the missing", "says Omar Haddad died in 2015": an English name after a speech
 * verb and right before its own verb (an auxiliary or a role word) is the subject of what is said. "said Omar
 * Haddad, who…" and "said Omar Haddad." name the speaker.
 */
export function opensReportedClause(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const n = nextNonSpace(tokens, c.last + 1);
  const t = tokens[n];
  if (t === undefined || t.kind !== 'lat' || t.cap || ctx.lang === 'fr') return false;
  if (PASSIVE_AUX.has(t.norm) || PERFECT_AUX.has(t.norm) || CLAUSE_MODALS.has(t.norm)) return true;
  const cue = cueOf(ctx, n);
  return cue !== null && cue.first === n && cue.def.kind === 'role';
}
const CLAUSE_MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'should', 'must', 'did']);

/**
 * A role cue whose words end on a third person's object pronoun ("last saw him"), or an Arabic cue of no
 * news or a verbal noun that holds «عنه» («لم تسمع عنه شيئاً», «بالإفراج عنه»: his release). After the passive
 * verb, «أفرج عنه», it is the verb's own «عن» and the one released is the name before.
 */
function endsOnObjectPronoun(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.last].kind === 'lat') return LAT_OBJECT_PRONOUNS.has(tokens[cue.last].norm);
  if (cue.role !== 'missing' && !AR_VERBAL_NOUN.test(stripConj(tokens[cue.first].norm))) return false;
  return holdsSoughtPronoun(ctx, cue);
}
const AR_VERBAL_NOUN = new RegExp(`^(?:${['ال', 'بال', 'لل'].map(foldWord).join('|')})`);
const LAT_OBJECT_PRONOUNS = new Set(['him', 'them']);

/** ", said his brother Fadi Khalil", ", said the lawyer", «، قال شقيقه»: a speech verb right after a comma, its subject after it. */
export function invertedSpeech(ctx: Ctx, cue: Cue): boolean {
  return isComma(ctx.tokens[prevNonSpace(ctx.tokens, cue.first - 1)]) && subjectAfterSpeech(ctx, cue);
}

/** An inverted speech verb ("…," said; «…», dit) between tokens `from` and `to`. */
/** "I was released", «J'ai été libéré», «ma détention»: a first-person subject or possessive right before the cue, past auxiliaries. */
function firstPersonInQuote(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (
    let n = 0;
    n < MAX_FIRST_PERSON_AUX &&
    j >= 0 &&
    (PASSIVE_AUX.has(tokens[j].norm) || PERFECT_AUX.has(tokens[j].norm) || tokens[j].norm === "'" || tokens[j].norm === '’');
    n++
  )
    j = prevNonSpace(tokens, j - 1);
  return (
    j >= 0 &&
    isWordToken(tokens[j]) &&
    !abbreviationNotElision(ctx, tokens[j]) &&
    (FIRST_PERSON_SUBJECTS.has(tokens[j].norm) || FIRST_PERSON_POSSESSIVES.has(tokens[j].norm))
  );
}
const MAX_FIRST_PERSON_AUX = 4;
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', 'me', 'je', 'j', 'nous', 'm'].map(foldWord));

function invertedSpeechBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const cue = ctx.cueAt[j];
    if (cue && cue.first === j && cue.def.kind === 'speech' && invertedSpeech(ctx, cue)) return true;
  }
  return false;
}

/**
 * A speech verb whose subject follows it: a name, or a kinship or title phrase, after an article or possessive
 * in Latin script ("said his brother", "says the lawyer", «raconte Fatima», «قال شقيقه»), past the one told after
 * «à» or "to" («, a déclaré à l'AFP Yara Badr»). Not "told the BBC" or «a confié à la BBC qu'il…», where no name
 * follows.
 */
function subjectAfterSpeech(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let n = nextNonSpace(tokens, cue.last + 1);
  if (TOLD_PREPOSITIONS.has(tokens[n]?.norm ?? ''))
    for (let k = 0; k < MAX_TOLD_WORDS && n < tokens.length && ctx.candAt[n] < 0 && toldObjectWord(tokens[n]); k++) n = nextNonSpace(tokens, n + 1);
  if (ctx.candAt[n] >= 0 || speechSubjectCueAt(ctx, n)) return true;
  const t = tokens[n];
  if (t === undefined || t.kind !== 'lat') return false;
  // «, a indiqué ce responsable», ", said this official": "this" and a noun are someone other than the name.
  if (DEMONSTRATIVES.has(t.norm)) return isWordToken(tokens[nextNonSpace(tokens, n + 1)]);
  if (!(SPEECH_SUBJECT_DETERMINERS.has(t.norm) || THIRD_PERSON_POSSESSIVES.has(t.norm))) return false;
  n = nextNonSpace(tokens, n + 1);
  return ctx.candAt[n] >= 0 || speechSubjectCueAt(ctx, n);
}
const speechSubjectCueAt = (ctx: Ctx, n: number): boolean => {
  const cue = n < ctx.tokens.length ? cueOf(ctx, n) : null;
  return cue !== null && cue.first === n && SPEECH_SUBJECT_CUES.has(cue.def.kind);
};
const SPEECH_SUBJECT_CUES = new Set<CueKind>(['relative', 'official', 'otherTitle']);
const SPEECH_SUBJECT_DETERMINERS = new Set(['the', 'le', 'la', 'l']);
/** «à l'AFP», "to AFP": the one told, after a speech verb. */
const TOLD_PREPOSITIONS = new Set(['to', 'à', 'au', 'aux'].map(foldWord));

/** The name stands at the end of ", the wife of detainee …", a kinship or title phrase right after another name and its comma. */
function appositionToName(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let words = 0;
  let titled = false;
  for (let j = prevNonSpace(tokens, c.first - 1); j >= 0 && words <= MAX_APPOSITION_WORDS; j = prevNonSpace(tokens, j - 1)) {
    const t = tokens[j];
    if (isComma(t)) {
      const b = prevNonSpace(tokens, j - 1);
      return titled && b >= 0 && ctx.candAt[b] >= 0 && ctx.candAt[b] !== ctx.candAt[c.first];
    }
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t)) || ctx.candAt[j] >= 0) return false;
    if (isWordToken(t)) words++;
    const kind = cueOf(ctx, j)?.def.kind;
    if (kind === 'relative' || kind === 'official' || kind === 'otherTitle' || kinNounIndex.match(tokens, j) !== null) titled = true;
  }
  return false;
}
const MAX_APPOSITION_WORDS = 6;

/** The first word after the comma at `comma` is a speech verb ("…, said", «…، قالت»). */
function speechNext(ctx: Ctx, comma: number): boolean {
  const k = nextNonSpace(ctx.tokens, comma + 1);
  const cue = k < ctx.tokens.length ? cueOf(ctx, k) : null;
  return cue !== null && cue.first === k && cue.def.kind === 'speech';
}

/** The comma closing a cue-free appositive opened by the comma at `open`, or -1. */
function appositiveEnd(ctx: Ctx, open: number): number {
  const { tokens } = ctx;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_APPOSITIVE_TOKENS; k++) {
    const t = tokens[k];
    if (t.kind === 'nl' || (isSentencePunct(t) && endsSentence(ctx, k))) return -1;
    if (t.norm === ',' || t.norm === '،') return k - open > 2 ? placeGoesOn(ctx, k) : -1;
    const cue = cueOf(ctx, k);
    if (cue && APPOSITIVE_BLOCKERS.has(cue.def.kind)) return -1;
  }
  return -1;
}

/**
 * ", a teacher from Tripoli, Libya, was detained", "from Prescott, Ariz., was": an appositive ending on a
 * capitalised place goes on over its country or state, one or two capitalised words of no name and a comma.
 * The comma that closes it, or `comma` itself.
 */
function placeGoesOn(ctx: Ctx, comma: number): number {
  const { tokens } = ctx;
  const before = tokens[prevNonSpace(tokens, comma - 1)];
  if (before?.kind !== 'lat' || !before.cap) return comma;
  let j = nextNonSpace(tokens, comma + 1);
  for (let n = 0; n < 2 && tokens[j]?.kind === 'lat' && tokens[j].cap && ctx.candAt[j] < 0 && cueOf(ctx, j) === null; n++) {
    const next = nextNonSpace(tokens, j + 1);
    const end = tokens[next]?.norm === '.' ? nextNonSpace(tokens, next + 1) : next;
    if (isComma(tokens[end])) return end;
    j = next;
  }
  return comma;
}

// ---------------------------------------------------------------------------
// Roles

export interface Decision {
  role: MentionRole;
  cues: Cue[];
  evidence: 'figure' | 'title' | 'attached' | 'owned' | 'heading' | 'nearby' | 'post' | 'none';
  /** "Omar Haddad, the son of Fatima Ali, …": for Fatima, Omar's index; what follows the apposition is his. */
  apposedTo?: number;
  /** «اعتقل شقيق محمد، أحمد، عام 2013»: the verb before the name whose clause tells of it, where its attributes may start. */
  clauseFrom?: number;
}

/** A Latin fear ("fears", «craint») and then a modal ("will", «pourrait») before the cue in its sentence, no name between. */
function fearedFuture(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  const s = ctx.sentence[cue.first];
  let modal = false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && ctx.sentence[j] === s && n < MAX_FEAR_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    if (ctx.candAt[j] >= 0) return false;
    if (FUTURE_MODALS.has(tokens[j].norm)) modal = true;
    else if (modal && FEAR_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}
const MAX_FEAR_WORDS = 16;
const FUTURE_MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'pourrait', 'pourraient', 'risque', 'risquent'].map(foldWord));
const FEAR_WORDS = new Set(['fear', 'fears', 'feared', 'fearing', 'worried', 'worries', 'craint', 'craignent', 'redoute', 'redoutent'].map(foldWord));

/** "will be", «sera», "they will release him": a future auxiliary right before token `first`. */
function futureBefore(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx;
  const a = prevNonSpace(tokens, first - 1);
  if (a < 0 || tokens[a].kind !== 'lat') return false;
  if (FUTURE_AUX_FR.has(tokens[a].norm) || (FUTURE_AUX_EN.has(tokens[a].norm) && tokens[first].kind === 'lat')) return true;
  const b = prevNonSpace(tokens, a - 1);
  return tokens[a].norm === 'be' && b >= 0 && (tokens[b].norm === 'will' || tokens[b].norm === 'shall');
}
const FUTURE_AUX_FR = new Set(['sera', 'seront', 'seraient'].map(foldWord));
const FUTURE_AUX_EN = new Set(['will', 'shall', 'would'].map(foldWord));

/** A re-arrest cue comes after every release cue of the list, in the text's order. */
function rearrestedLast(list: Cue[]): boolean {
  const again = list.filter((c) => c.def.kind === 'role' && (c.def.again || c.still)).map((c) => c.first);
  if (again.length === 0) return false;
  const lastAgain = Math.max(...again);
  return list.every((c) => c.def.kind !== 'role' || c.role !== 'released' || c.first < lastAgain || c.background === true);
}

/** A "still held" cue comes after every disappearance cue of the list. */
function stillHeldLast(list: Cue[]): boolean {
  const still = list.filter((c) => c.still);
  return still.length > 0 && list.every((c) => c.def.kind !== 'role' || c.role !== 'missing' || c.first < (still.at(-1) as Cue).first);
}

/**
 * Taken before this year, and not said to be held now: one of the disappeared. Those taken before 2000 and never
 * released — Syrians of the 1980s, the Lebanese taken to Syria — are the missing of every later text.
 */
const LONG_AGO = 2000;
/**
 * "Omar Haddad was arrested in 1985 at a Syrian checkpoint": one only said to have been taken (arrest words, no "held",
 * «détenu», «معتقل»), that long ago, is missing. Not "has been held in Syria since 1990", nor a post that says
 * someone is "still held" («où il est encore détenu aujourd'hui»). A stage after the attributes: it needs the arrest year.
 */
export function arrestsLongAgo(ctx: Ctx, cands: Cand[], decisions: Decision[], attributes: readonly MentionAttributes[]): void {
  let heldStill: boolean | undefined;
  decisions.forEach((d, k) => {
    const year = attributes[k].arrestYear;
    if (d.role !== 'detainee' || year === null || year >= LONG_AGO || !d.cues.every((e) => e.def.kind !== 'role' || e.def.arrestOnly)) return;
    heldStill ??= heldStillNamingNobody(ctx, cands).length > 0;
    if (!heldStill) decisions[k] = { ...d, role: 'missing' };
  });
}

/** A word other than a coordinator stands between name `a` and the name `b` joined to it. */
function ownWordsAfterCoordination(ctx: Ctx, a: Cand, b: Cand): boolean {
  for (let j = a.last + 1; j < b.first; j++) {
    const t = ctx.tokens[j];
    if (isWordToken(t) && !COORDINATORS.has(t.norm)) return true;
  }
  return false;
}

/** "families", «proches» in the three words before the cue or between it and token `to`. */
function familyWordNear(ctx: Ctx, cue: Cue, to: number): boolean {
  const { tokens } = ctx;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < 3; j = prevNonSpace(tokens, j - 1), n++)
    if (isWordToken(tokens[j]) && FAMILY_CROWD.has(tokens[j].norm)) return true;
  for (let j = cue.last + 1; j < to; j++) if (isWordToken(tokens[j]) && FAMILY_CROWD.has(tokens[j].norm)) return true;
  return false;
}
const FAMILY_CROWD = new Set([...RELATIVES_WORDS, ...['family', 'famille', 'mothers', 'mères', 'أهالي', 'ذوي', 'عائلات'].map(foldWord)]);

/** "among", "including", «parmi», «من بينهم» between tokens `from` and `to`. */
function amongBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (isWordToken(ctx.tokens[j]) && (amongIndex.match(ctx.tokens, j) || amongThemIndex.match(ctx.tokens, j))) return true;
  return false;
}

/** "Still held" cues («encore détenu», «لا يزال معتقلاً») in sentences that name nobody. */
function heldStillNamingNobody(ctx: Ctx, cands: Cand[]): Cue[] {
  const named = new Set(cands.map((m) => ctx.sentence[m.first]));
  return ctx.cueList.filter((e) => e.still && !named.has(ctx.sentence[e.first]));
}

function bestRole(list: Cue[]): DetRole | null {
  // "Arrested in 2012 and held since. He had previously been detained in 2011 and freed": what the text tells as an
  // earlier episode gives way to what it tells as now.
  const now = list.filter((c) => !(c.def.kind === 'role' && c.earlier));
  if (now.length < list.length && now.some((c) => c.def.kind === 'role' && c.role)) return bestRole(now);
  let best: DetRole | null = null;
  // An abduction says missing only when no other cue says held, out or dead: "abducted … and held in Adra".
  // "Abducted and taken away", «enlevé … et emmené en Syrie»: being taken says no more than the abduction.
  // Nor does a call for the release of someone only said to be abducted: "negotiate the release of two priests abducted
  // in February". One also said to be arrested («اعتقلته … من أجل إطلاق سراح ابنهم الذي خطفته») is held.
  const arrested = list.some((c) => c.def.kind === 'role' && c.def.arrestOnly);
  const plain = list.some((c) => c.def.kind === 'role' && c.role && !c.def.abduction && !c.def.arrestOnly && !(c.appeal && !arrested));
  for (const c of list) {
    if (c.def.kind !== 'role' || !c.role) continue;
    if (plain && c.def.abduction) continue;
    if (best === null || ROLE_PRIORITY[c.role] > ROLE_PRIORITY[best]) best = c.role;
  }
  // "declared dead in 2018 but found alive in 2024": a death on paper gives way to a release.
  if (best === 'dead' && list.every((c) => c.role !== 'dead' || c.def.claim) && list.some((c) => c.def.kind === 'role' && c.role === 'released'))
    return 'released';
  // "fled a regime prison where prisoners wait their turn to be killed", «خرج من صيدنايا حيث قضى الآلاف»: one who
  // left detention alive did not die in it; the death words after his exit tell of the place (or of a later death
  // outside). Not when he was taken again.
  if (best === 'dead') {
    const exit = list.find((c) => c.def.exit);
    if (exit && !list.some((c) => c.def.again) && list.every((c) => c.role !== 'dead' || c.first > exit.last)) return 'released';
  }
  // "released in 2015, re-arrested last week": the new detention outweighs an earlier release, not a later one.
  if (best === 'released' && rearrestedLast(list)) return 'detainee';
  // "Omar Haddad, a former political prisoner, was arrested on Monday", «اعتقلت … المعتقل السابق محمد الحداد»: a
  // "former" that only describes him gives way to the arrest the text tells; not to one he tells himself.
  // "Fatima Ali, a former detainee who spent four years in Adra, was abducted in 2013": the term a "former" describes
  // is part of the description, and an abduction the text tells is what befell her since.
  if (best === 'released' && onlyFormerRelease(list)) {
    if (list.some((c) => c.def.kind === 'role' && c.role === 'detainee' && !c.told && !c.bounded && !c.earlier)) return 'detainee';
    if (list.some((c) => c.def.kind === 'role' && c.def.abduction && !c.earlier)) return 'missing';
  }
  // «sa famille n'a eu aucune nouvelle de lui… où il est encore détenu aujourd'hui»: the news found after years
  // of silence, that he is still held, outweighs the silence told before it.
  if (best === 'missing' && stillHeldLast(list)) return 'detainee';
  // "was held for two months": a detention that ended, unless a re-arrest came after it.
  const bounded = list.find((c) => c.bounded);
  if (best === 'detainee' && bounded && !list.some((c) => c.def.kind === 'role' && c.def.again && c.first > bounded.first)) return 'released';
  return best;
}

/**
 * Every release among the cues is a "former" that describes the person ("a former political prisoner"), or a term
 * the "former" goes with ("a former detainee who spent four years in Adra").
 */
export function onlyFormerRelease(cues: readonly Cue[]): boolean {
  const described = (c: Cue) => c.former || (c.def.exit === true && cues.some((f) => f.former));
  return cues.every((c) => c.def.kind !== 'role' || c.role !== 'released' || described(c));
}

/**
 * "Omar Haddad was held for two months at the Mezze air base", «احتجزته المخابرات الجوية شهرين»,
 * «détenu pendant deux ans»: a detention verb whose length follows, in a sentence that passes no
 * sentence and says nothing of "has been" or "since".
 */
function boundedDetention(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'role' || cue.role !== 'detainee') return false;
  if (lastedAfter(ctx, cue)) return true;
  const verb = boundedVerbIndex.match(tokens, cue.first) !== null;
  const past = pastVerbIndex.match(tokens, cue.first) !== null || pastVerbIndex.match(tokens, prevNonSpace(tokens, cue.first - 1))?.last === cue.first;
  if (!verb && !past) return false;
  const s = ctx.sentence[cue.first];
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < STILL_HELD_WORDS && isWordToken(tokens[j]); j = prevNonSpace(tokens, j - 1), n++)
    if (stillHeldIndex.match(tokens, j)) return false;
  for (let j = ctx.sentenceFirst[s]; j <= ctx.sentenceLast[s]; j++) if (isWordToken(tokens[j]) && sentencingIndex.match(tokens, j)) return false;
  // «لا يزال محمد الحداد معتقلاً بعد اعتقال دام سبع سنوات»: still held, seven years on.
  for (let j = ctx.sentenceFirst[s]; j < cue.first; j++) if (isWordToken(tokens[j]) && stillNowIndex.match(tokens, j)) return false;
  if (past && toldAsPast(ctx, cue)) return true;
  if (verb && yearSpanAfter(ctx, cue)) return true;
  if (!verb) return false;
  for (const j of sentenceWordsAfter(ctx, cue)) {
    const t = tokens[j];
    if (stillHeldIndex.match(tokens, j)) return false;
    // «اعتقلت قبل يومين»: two days ago, not a detention of two days.
    const ago = AGO_WORDS.has(stripConj(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? ''));
    if (isWordToken(t) && DURATION_DUALS.has(stripConj(t.norm)) && !ago) return true;
    const intro = durationIntroIndex.match(tokens, j);
    let k = intro ? nextNonSpace(tokens, intro.last + 1) : j;
    // "for nearly two years", «لمدة نحو عامين»
    const approx = tokens[k] ? approximatelyIndex.match(tokens, k) : null;
    if (approx) k = nextNonSpace(tokens, approx.last + 1);
    if (tokens[k] && DURATION_DUALS.has(tokens[k].norm) && (intro || approx)) return true;
    // «اعتقل قبل ست سنوات», «منذ ست سنوات»: six years ago, or since then; no length of a detention that ended.
    const before = prevNonSpace(tokens, k - 1);
    if (!intro && before >= 0 && isWordToken(tokens[before]) && AGO_WORDS.has(stripConj(tokens[before].norm))) continue;
    const { unit, counted } = pastCount(tokens, k);
    if (!tokens[unit] || !isWordToken(tokens[unit])) continue;
    // «اعتقلت الهيئة محمد الحداد 29 سنة»: years counted right after a name are his age («120 يوما» is a length).
    if (!intro && before >= 0 && ctx.candAt[before] >= 0 && YEAR_OF_AGE_UNITS.has(tokens[unit].norm)) continue;
    // "detained less than 48 hours after reaching Syria": a time after something, not the detention's length.
    if (TIME_AFTER.has(stripConj(tokens[nextNonSpace(tokens, unit + 1)]?.norm ?? ''))) continue;
    // Latin needs "for"/«pendant»; Arabic may give the count and unit alone («120 يوما»).
    if (DURATION_UNITS.has(tokens[unit].norm) && (intro !== null || (counted && t.kind !== 'lat'))) return true;
  }
  return false;
}
const STILL_HELD_WORDS = 3;

/**
 * "Her detention lasted seven months", «sa détention, qui aura duré sept mois»: a Latin detention word, then a verb of
 * lasting in a past that ended («a duré», not "has lasted"), then a count and a unit of time.
 */
function lastedAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  let j = nextNonSpace(tokens, cue.last + 1);
  if (isComma(tokens[j])) j = nextNonSpace(tokens, j + 1);
  if (tokens[j] !== undefined && LASTED_RELATIVES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  const lasted = tokens[j] !== undefined ? lastedIndex.match(tokens, j) : null;
  if (!lasted) return false;
  let k = nextNonSpace(tokens, lasted.last + 1);
  const approx = tokens[k] ? approximatelyIndex.match(tokens, k) : null;
  if (approx) k = nextNonSpace(tokens, approx.last + 1);
  const { unit, counted } = pastCount(tokens, k);
  return counted && tokens[unit] !== undefined && DURATION_UNITS.has(tokens[unit].norm);
}
const LASTED_RELATIVES = new Set(['which', 'that', 'qui'].map(foldWord));
const TIME_AFTER = new Set(['after', 'later', 'après', 'بعد'].map(foldWord));
const AGO_WORDS = new Set(['قبل', 'منذ'].map(foldWord));

/** "was not among", «لم يكن بينهم», «n'était pas parmi»: a cue of missing that holds a word of "among". */
function notAmongCue(ctx: Ctx, cue: Cue): boolean {
  if (cue.def.kind !== 'role' || cue.role !== 'missing') return false;
  for (let j = cue.first; j <= cue.last; j++) {
    const t = ctx.tokens[j];
    if (isWordToken(t) && (AMONG_THEM_AR.has(stripConj(t.norm)) || amongIndex.match(ctx.tokens, j) !== null)) return true;
  }
  return false;
}
const AMONG_THEM_AR = new Set(['بينهم', 'بينهن', 'ضمنهم', 'ضمنهن'].map(foldWord));

/** «لا يزال محمد الحداد معتقلاً», "is still held", «toujours détenu»: a word of "still" within a few words before a detention cue, names passed over. */
function heldStill(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'role' || cue.role !== 'detainee') return false;
  // "still held", «toujours détenus»: the cue's own first word.
  const own = stillNowIndex.match(tokens, cue.first);
  if (own && own.last < cue.last) return true;
  // «détient toujours», "holds still": right after the verb.
  const after = nextNonSpace(tokens, cue.last + 1);
  if (after < tokens.length && tokens[after].kind === 'lat' && stillNowIndex.match(tokens, after) !== null) return true;
  const s = ctx.sentence[cue.first];
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < STILL_NOW_WORDS && ctx.sentence[j] === s; j = prevNonSpace(tokens, j - 1)) {
    if (!isWordToken(tokens[j])) return false;
    if (ctx.candAt[j] >= 0) continue;
    n++;
    if (stillNowIndex.match(tokens, j)) return true;
    // «placées à nouveau en détention»: held again.
    if (againIndex.endsAt(tokens, j, 2)) return true;
  }
  return false;
}
const STILL_NOW_WORDS = 3;

/** The words and numbers after a cue in its sentence, at most MAX_DURATION_WORDS. */
function sentenceWordsAfter(ctx: Ctx, cue: Cue): number[] {
  const { tokens } = ctx;
  const s = ctx.sentence[cue.first];
  const out: number[] = [];
  for (
    let j = nextNonSpace(tokens, cue.last + 1);
    j < tokens.length && out.length < MAX_DURATION_WORDS && ctx.sentence[j] === s;
    j = nextNonSpace(tokens, j + 1)
  )
    if (tokens[j].kind === 'num' || isWordToken(tokens[j])) out.push(j);
  return out;
}

/** Past a count at k ("two", «عشر», 120), if any: where the unit should be, and whether there was a count. */
function pastCount(tokens: Token[], k: number): { unit: number; counted: boolean } {
  const count = tokens[k] ? durationCountIndex.match(tokens, k) : null;
  if (count) return { unit: nextNonSpace(tokens, count.last + 1), counted: true };
  if (tokens[k]?.kind === 'num') return { unit: nextNonSpace(tokens, k + 1), counted: true };
  return { unit: k, counted: false };
}

/** "was once held", "held … years ago", «كان محتجزاً قبل سنوات», «détenu il y a dix ans», «كان معتقلاً سابقاً». */
function toldAsPast(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const before = prevNonSpace(tokens, cue.first - 1);
  if (before >= 0 && ONCE_BEFORE.has(tokens[before].norm)) return true;
  for (const j of sentenceWordsAfter(ctx, cue)) {
    if (pastMarkerIndex.match(tokens, j)) return true;
    // «قبل (عشر) سنوات»
    if (!isWordToken(tokens[j]) || !AGO_BEFORE.has(stripConj(tokens[j].norm))) continue;
    const unit = tokens[pastCount(tokens, nextNonSpace(tokens, j + 1)).unit];
    if (unit && (DURATION_UNITS.has(unit.norm) || DURATION_DUALS.has(unit.norm))) return true;
  }
  return false;
}

/** "held from 2012 to 2016", «من 2012 حتى 2016», «de 2012 à 2016», "2012-2016": two years of a span after the verb. */
function yearSpanAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  for (const j of sentenceWordsAfter(ctx, cue)) {
    const t = tokens[j];
    if (t.kind !== 'num' || !YEAR.test(t.norm)) continue;
    const link = nextNonSpace(tokens, j + 1);
    const l = tokens[link];
    if (!l || !(RANGE_LINKS.has(l.norm) || (l.kind === 'p' && (l.norm === '-' || l.norm === '–')))) continue;
    const end = tokens[nextNonSpace(tokens, link + 1)];
    if (end?.kind === 'num' && YEAR.test(end.norm) && Number(end.norm) > Number(t.norm)) return true;
  }
  return false;
}
const MAX_DURATION_WORDS = 8;

const isDet = (r: MentionRole): boolean => DETAINEE_ROLES.includes(r);

function mostCommon(roles: DetRole[]): DetRole | null {
  const n = new Map<DetRole, number>();
  for (const r of roles) n.set(r, (n.get(r) ?? 0) + 1);
  let best: DetRole | null = null;
  for (const [r, c] of n) if (best === null || c > (n.get(best) as number) || (c === n.get(best) && ROLE_PRIORITY[r] > ROLE_PRIORITY[best])) best = r;
  return best;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);
const TITLE_LOOKBACK_WORDS = 8;
/** More sentences than a list, an appeal or a short report holds (decideRoles, the post's role). */
const LONG_ARTICLE_SENTENCES = 4;

/** A Latin speech verb with a word before it ("the official said X"): X is what is said, not who says it. */
function reportedSubject(ctx: Ctx, cue: Cue): boolean {
  const t = ctx.tokens[cue.first];
  if (t.kind !== 'lat' || SPEECH_SOURCES.has(cueWords(ctx, cue))) return false;
  const before = ctx.tokens[prevNonSpace(ctx.tokens, cue.first - 1)];
  return before !== undefined && isWordToken(before);
}

function titleShortlyBefore(ctx: Ctx, first: number): boolean {
  let words = 0;
  for (let j = first - 1; j >= 0 && words < TITLE_LOOKBACK_WORDS; j--) {
    const t = ctx.tokens[j];
    if (t.kind === 'nl' || (isSentencePunct(t) && endsSentence(ctx, j))) return false;
    if (!isWordToken(t)) continue;
    words++;
    const cue = cueOf(ctx, j);
    if (cue && (cue.def.kind === 'otherTitle' || cue.def.kind === 'official')) return true;
  }
  return false;
}

const cueWords = (ctx: Ctx, cue: Cue): string =>
  ctx.tokens
    .slice(cue.first, cue.last + 1)
    .filter(isWordToken)
    .map((t) => t.norm)
    .join(' ');

const roleCues = (list: Cue[]): Cue[] => list.filter((c) => c.def.kind === 'role' && c.role !== undefined);

/** The role verb ending on «ـه»/«ـها» ("him", "her") in the clause a speech verb opens, naming no one: «إن قوات النظام اعتقلته». */
function objectPronounCueAfter(ctx: Ctx, speech: Cue): Cue | null {
  const { tokens } = ctx;
  const s = ctx.sentence[speech.first];
  for (
    let j = nextNonSpace(tokens, speech.last + 1), n = 0;
    j < tokens.length && n < MAX_TOLD_CLAUSE_WORDS && ctx.sentence[j] === s;
    j = nextNonSpace(tokens, j + 1)
  ) {
    if (!isWordToken(tokens[j])) continue;
    if (ctx.candAt[j] >= 0) return null;
    n++;
    const cue = cueOf(ctx, j);
    if (!cue || cue.def.kind !== 'role' || cue.def.search) continue;
    const last = tokens[cue.last];
    return last.kind === 'ar' && last.norm.length > 3 && (last.norm.endsWith(AR_HIM) || last.norm.endsWith(AR_HER)) ? cue : null;
  }
  return null;
}
const MAX_TOLD_CLAUSE_WORDS = 8;
const AR_HIM = foldWord('ه');
const AR_HER = foldWord('ها');

/** «قالوا», «وأكدوا»: an Arabic verb that ends on the plural «وا». */
export const pluralArabicVerb = (ctx: Ctx, cue: Cue): boolean =>
  ctx.tokens[cue.first].kind === 'ar' && stripConj(ctx.tokens[cue.first].norm).endsWith(AR_PLURAL_ENDING);
const AR_PLURAL_ENDING = foldWord('وا');
/** Name k is joined to another by a coordination. */
export const inCoordination = (cands: Cand[], k: number): boolean => cands[k].coordPrev >= 0 || cands.some((m) => m.coordPrev === k);

const INFO_REQUEST = /معلوم|information/i;

/**
 * "any information about", «أي معلومات عن»: a plea for news, made for people known to be held too. Not when a
 * negation is in the cue or a few words before it: «aucune information», «n'ont pas reçu d'informations», "received
 * no information", «لم تتلق عائلته أي معلومات» say that no news came, as «sans nouvelles» does.
 */
function infoRequest(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (!INFO_REQUEST.test(cueText(ctx, cue))) return false;
  const negation = (t: Token) => NEGATION_WORDS.has(t.norm) || NEGATION_WORDS.has(stripConj(t.norm));
  for (let j = cue.first; j <= cue.last; j++) if (negation(tokens[j])) return false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < NEGATED_INFO_WORDS && isWordToken(tokens[j]); j = prevNonSpace(tokens, j - 1), n++)
    if (negation(tokens[j])) return false;
  return true;
}
const NEGATED_INFO_WORDS = 3;

/**
 * "His name was found among the prisoners", «son nom a été retrouvé parmi les détenus»: a name on a list was found, not
 * the person alive; "found among" says nothing then.
 */
function recordFound(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'role' || !FOUND_WORDS.has(tokens[cue.first].norm)) return false;
  let b = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < 3 && b >= 0 && isWordToken(tokens[b]) && FOUND_AUX.has(tokens[b].norm); n++) b = prevNonSpace(tokens, b - 1);
  return b >= 0 && isWordToken(tokens[b]) && RECORD_NOUNS.has(tokens[b].norm);
}
const FOUND_WORDS = new Set(['found', 'retrouvé', 'retrouvée', 'retrouvés'].map(foldWord));
const FOUND_AUX = new Set(['was', 'were', 'been', 'has', 'have', 'a', 'été', 'ont', 'later', 'also'].map(foldWord));
const RECORD_NOUNS = new Set(['name', 'names', 'nom', 'noms', 'photo', 'photos', 'picture', 'pictures', 'file', 'files', 'dossier'].map(foldWord));

/** "the release of a video", «la libération d'un rapport»: a Latin release word, "of" perhaps, an article, a thing. */
function releasedThing(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.last].kind !== 'lat') return false;
  let j = nextNonSpace(tokens, cue.last + 1);
  if (tokens[j] && THING_LINKS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && THING_ARTICLES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  return tokens[j] !== undefined && RELEASED_THINGS.has(tokens[j].norm);
}
const THING_LINKS = new Set(['of', 'de', 'd', 'du', 'des'].map(foldWord));
const THING_ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'un', 'une', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur'].map(foldWord));

/** «إلى عائلته», «بين أهله» (a release cue of its own) with no verb of coming back a few words before it. */
function toFamilyWithoutReturn(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const head = tokens[cue.first];
  if (head.kind !== 'ar' || !TO_FAMILY_HEADS.has(head.norm) || !FAMILY_AR.has(tokens[cue.last].norm)) return false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < RETURN_VERB_WORDS && isWordToken(tokens[j]); j = prevNonSpace(tokens, j - 1), n++) {
    const w = stripConj(tokens[j].norm);
    if (RETURN_VERBS.has(w)) return false;
    const e = cueOf(ctx, j);
    if (e && e !== cue && e.def.kind === 'role' && e.def.role === 'released') return false;
  }
  return true;
}
const TO_FAMILY_HEADS = new Set(['إلى', 'الى', 'بين'].map(foldWord));
const FAMILY_AR = new Set(['أهله', 'أهلها', 'ذويه', 'ذويها', 'عائلته', 'عائلتها', 'أسرته', 'أسرتها'].map(foldWord));
const RETURN_VERBS = new Set(
  [
    'عاد',
    'عادت',
    'عادوا',
    'يعود',
    'تعود',
    'عودته',
    'عودتها',
    'رجع',
    'رجعت',
    'وصل',
    'وصلت',
    'وصلوا',
    'أعيد',
    'أعيدت',
    'سلم',
    'سلمت',
    'تسليمه',
    'تسليمها',
    'أعاد',
    'أعادت',
    'ليعود',
    'لتعود',
  ].map(foldWord),
);
const RETURN_VERB_WORDS = 5;

/** «بعد خروجه من المنزل», «… من عمله»: a word of leaving, then «من» and a home or a workplace. */
function leftHome(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.last].kind !== 'ar') return false;
  let j = nextNonSpace(tokens, cue.last + 1);
  if (tokens[j]?.norm !== FROM_AR) return false;
  j = nextNonSpace(tokens, j + 1);
  return j < tokens.length && homeOrWorkplaceAr(tokens[j].norm);
}

/** «خرجت الرقة عن سيطرة …», «خرجت المدينة من سيطرة النظام»: an Arabic release word, then within a few words "out of control". */
function outOfControl(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'ar') return false;
  for (
    let j = nextNonSpace(tokens, cue.last + 1), n = 0;
    j < tokens.length && n < CONTROL_WORDS_AFTER && isWordToken(tokens[j]);
    j = nextNonSpace(tokens, j + 1), n++
  )
    if (OUT_OF.has(tokens[j].norm) && CONTROL.has(tokens[nextNonSpace(tokens, j + 1)]?.norm ?? '')) return true;
  return false;
}
const OUT_OF = new Set(['عن', 'من'].map(foldWord));
const CONTROL = new Set(['سيطرة', 'السيطرة'].map(foldWord));
const CONTROL_WORDS_AFTER = 4;
/** «على ذكر»: a preposition before an Arabic speech word makes it a noun. */
const AR_PREPOSITIONS = new Set(['على', 'عن', 'في', 'من', 'إلى', 'الى'].map(foldWord));

export function decideRoles(ctx: Ctx, cands: Cand[]): { decisions: Decision[]; pre: Cue[][]; post: Cue[][] } {
  const { tokens } = ctx;
  for (const cue of ctx.cueList) {
    if ((cue.def.plural && !severalNamedBefore(ctx, cands, cue)) || recordFound(ctx, cue)) {
      cue.def = NO_ROLE;
      cue.role = undefined;
    }
    // «وتحفظت المصادر على ذكر أسماء النساء»: a speech word after a preposition is a noun ("mentioning"); nobody speaks.
    if (cue.def.kind === 'speech' && tokens[cue.first].kind === 'ar' && AR_PREPOSITIONS.has(tokens[prevNonSpace(tokens, cue.first - 1)]?.norm ?? '')) {
      cue.def = NO_ROLE;
      cue.role = undefined;
    }
    // Release words that free nobody: "the release of a video in which one of the kidnapped women … appeared" (a thing
    // released); «أثناء توجهها من مدينة الرقة إلى عائلتها» ("to her family" is a return home only after a verb of coming
    // back); «… بعد خروجه من المنزل» (leaving home); «خرجت الرقة عن سيطرة تنظيم داعش» (a town out of someone's control).
    if (
      cue.def.kind === 'role' &&
      cue.role === 'released' &&
      (releasedThing(ctx, cue) || toFamilyWithoutReturn(ctx, cue) || leftHome(ctx, cue) || outOfControl(ctx, cue))
    ) {
      cue.def = NO_ROLE;
      cue.role = undefined;
    }
    // "SNHR fears that he will be … classified as forcibly disappeared": a feared future befell no one yet.
    if (cue.def.kind === 'role' && fearedFuture(ctx, cue)) {
      cue.def = NO_ROLE;
      cue.role = undefined;
    }
    // "will be released tomorrow", «sera libéré demain»: still held.
    if (cue.role === 'released' && futureBefore(ctx, cue.first)) cue.role = 'detainee';
    if (boundedDetention(ctx, cue)) cue.bounded = true;
    else if (heldStill(ctx, cue)) cue.still = true;
  }
  // Pre-chains first: a cue right before a name belongs to it.
  const pre = mapPacked(cands, (c) => preChain(ctx, c));
  pre.forEach((list, k) => {
    for (const cue of list) if (cue.preOwner < 0) cue.preOwner = k;
  });

  // Coordination groups. A comma alone joins names only in a list: after a
  // shared cue or a colon («أفرج عن: محمد، أحمد») or before an "and" ("X, Y and Z");
  // "According to his sister Lina Kabbani, Tarek Kabbani disappeared" is not one.
  for (let k = 0; k < cands.length; k++) cands[k].group = k;
  const links: (Link | null)[] = mapPacked(cands, (b, k) =>
    k > 0 && ctx.sentence[cands[k - 1].first] === ctx.sentence[b.first] ? coordinationBetween(ctx, cands[k - 1], b) : null,
  );
  for (let k = 1; k < cands.length; k++) {
    const link = links[k];
    if (!link) continue;
    if (!link.word && !link.bracket) {
      let runStart = k - 1;
      while (runStart > 0 && links[runStart]) runStart--;
      let later = k + 1;
      while (later < cands.length && links[later] && !links[later]?.word) later++;
      const wordLater = later < cands.length && links[later]?.word === true;
      // "… members sentenced on 29 October were A (a doctor), B (a journalist), C": "were" opens a list as a colon does.
      // «namely: “Omar Haddad,” “Samir Nasser,”»: past the quote that opens the first name.
      let o = prevNonSpace(ctx.tokens, cands[runStart].first - 1);
      if (o >= 0 && QUOTE_MARKS.has(ctx.tokens[o].norm)) o = prevNonSpace(ctx.tokens, o - 1);
      const opener = ctx.tokens[o]?.norm;
      const afterColon = opener === ':' || (opener !== undefined && LIST_COPULAS.has(opener) && runStart + 1 < cands.length && links[runStart + 1] !== null);
      if (!wordLater && !afterColon && !pre[runStart].some((e) => e.def.kind === 'role')) continue;
    }
    cands[k].coordPrev = k - 1;
    cands[k].coordRel = link.relative;
    cands[k].group = cands[k - 1].group;
  }

  // "According to lawyer X, the detainee died": the clause after a source's comma is not about the source.
  const isSource = (e: Cue): boolean => e.def.kind === 'speech' && (SPEECH_SOURCES.has(cueWords(ctx, e)) || SPEECH_SOURCES.has(stripConj(cueWords(ctx, e))));
  const post = mapPacked(cands, (c, k) => postChain(ctx, c, k, pre[k].some(isSource), tokens[c.first].kind === 'ar' && pre[k].some((e) => saidBy(ctx, e))));
  // "Omar Haddad said he was arrested in 2012", «قال عمر إنه اعتقل»: the speaker's own story.
  post.forEach((chain, k) => {
    const own = ownStoryCue(ctx, chain, cands[k], pre[k]) ?? ownDetentionTold(ctx, chain, cands[k], pre[k]);
    if (own) {
      // Told of the speaker's own detention: not "what they say is of someone else" (testimony.ts).
      own.told = true;
      chain.push(own);
    }
  });
  // «الندّاف، الذي اختُطف هو وزوجته فاطمة شعبان»: "he and his wife were abducted"; the verb is his too.
  for (let k = 1; k < cands.length; k++) {
    const shared = heAndKinCues(ctx, pre[k]);
    if (shared.length > 0 && ctx.sentence[cands[k - 1].first] === ctx.sentence[cands[k].first] && shared[0].first > cands[k - 1].last)
      post[k - 1].push(...shared);
  }
  cands.forEach((c, k) => {
    const state = kinStateBefore(ctx, c);
    if (state && !pre[k].includes(state)) pre[k].unshift(state);
  });
  for (const list of [...pre, ...post]) for (const cue of list) cue.used = true;

  // What each name is before any cue: a public figure, an official, a relative, a speaker.
  // firstRel: «أخي», "my brother": the post is usually about that person, so
  // the clause's cues decide and only a post without any leaves "relative".
  type Kind = 'figure' | 'official' | 'relative' | 'firstRel' | 'other' | 'plain';
  // "Omar Haddad's mother, Fatima": the name each one is in apposition to a kinship phrase of, or -1.
  const kinOwner = mapPacked(cands, (_, k) => appositiveToKin(ctx, cands, k));
  // "Yasser Khalil, the brother of Omar", «فاطمة الحداد زوجة المعتقل عمر»: a kinship apposition after the name.
  const appositiveKin = mapPacked(cands, (c) => kinAppositive(ctx, c));
  const familyChild = mapPacked(cands, (c) => (familyOfName(ctx, c) && familyKinAfter(ctx, c)) || parentTellsOfChild(ctx, c));
  const kinds: Kind[] = mapPacked(cands, (c, k) => {
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
      // Not "arrested the son of Omar Haddad": the son is the one arrested; Omar is his kin.
      const idx = pre[k].indexOf(nearest);
      if (pre[k].slice(idx + 1).some((e) => e.def.kind === 'role')) return latinKinOf(ctx, c) >= 0 ? 'relative' : 'plain';
      return nearest.def.firstPerson ? 'firstRel' : 'relative';
    }
    // «المغيبة رزان زيتونة والناشطين وائل حمادة…»: a title inside a coordination shares the first name's fate.
    if (nearest?.def.kind === 'otherTitle' && c.coordPrev >= 0 && !c.coordRel && roleInSentence(ctx, c)) return 'plain';
    // «les membres Wadad Halawani, Carmen Abou Jaoudé et Adib Nehmé.»: a title before a list with no role word in its
    // sentence describes every name of it.
    if (!ownRole && !nearest && c.coordPrev >= 0 && !c.coordRel && !roleInSentence(ctx, c)) {
      // The nearest name back along the list with a title of its own.
      const titleOf = (m: number) => pre[m].find((e) => e.def.kind !== 'neutral');
      let h = k;
      while (cands[h].coordPrev >= 0 && !titleOf(h)) h = cands[h].coordPrev;
      if (titleOf(h)?.def.kind === 'otherTitle') return 'other';
    }
    // «ناشدت عائلة محمد الحداد بالكشف عن مصير ابنها», "the family of Omar Haddad appealed for news of their son": he is that son.
    if (familyChild[k]) return 'plain';
    // "For Fatima Ali, and the other relatives of the Syrians who are still missing": she is one of the relatives.
    if (roleCues(pre[k]).length === 0 && otherRelativesAfter(ctx, c)) return 'relative';
    // «ont arrêté douze jeunes, dont Yara Nasser, …, fille de Michel Nasser»: counted among those the verb befell, she
    // is one of them, whose family she also is (GUIDE.md: the detainee-type role wins).
    const counted = ctx.cueList.some(
      (e) =>
        e.def.kind === 'role' &&
        e.last < c.first &&
        ctx.sentence[e.first] === ctx.sentence[c.first] &&
        amongBetween(ctx, e.last, c.first) &&
        !ctx.cueList.some((r) => r.def.kind === 'role' && r.first > e.last && r.last < c.first) &&
        // «a reçu les familles de disparus, dont Oum Youssef, mère de …»: counted among the families.
        !familyWordNear(ctx, e, c.first),
    );
    if (counted) return 'plain';
    // «ont arrêté le fils d'Omar Haddad», "arrested two sons of Omar Haddad": the son is the one arrested.
    if (!ownRole && roleVerbBeforeKinOf(ctx, c)) return 'relative';
    if (
      appositiveKin[k] ||
      (!ownRole && possessiveKinApposed(ctx, c)) ||
      searchesForKin(ctx, c) ||
      searchesLaterForKin(ctx, c) ||
      (!ownRole && possessorOfNext(ctx, cands, k)) ||
      kinOwner[k] >= 0 ||
      parentOfUnnamed(ctx, c) ||
      (!ownRole && ownKinHeld(ctx, c))
    )
      return 'relative';
    // "The son of Fatima Haddad has been missing", «ابن فاطمة الحداد مفقود», "Fatima Haddad's son has been missing".
    if (roleCues(pre[k]).length === 0 && kinSubjectOwner(ctx, c, post[k])) return 'relative';
    // «أم طل» beside «طل الملوحي», "Oum Rayan" beside "Rayan Salam": the mother or father of someone named, whatever
    // she or he says («ام طل الملوحي اكدت النبأ»).
    if (!ownRole && parentKunya(ctx, cands, k)) return 'relative';
    if (nearest?.def.kind === 'speech' && !ownRole && speaksOfOwnRelative(ctx, c)) return 'relative';
    // "said Omar Haddad was among the missing": the name opens the clause said, it does not say it.
    if (nearest?.def.kind === 'speech' && opensReportedClause(ctx, c)) return 'plain';
    // "Lawyer Omar Haddad, doctor Samir Nasser and student Fadi Khalil were arrested": so does the first of such a list,
    // and "Professor Omar Haddad and his brother Fadi were arrested".
    // Not "the delegation included the members Omar Haddad and Samir Nasser.": a list with no role word in its sentence.
    if (nearest?.def.kind === 'otherTitle' && k + 1 < cands.length && cands[k + 1].coordPrev === k && roleInSentence(ctx, c)) return 'plain';
    if (nearest?.def.kind === 'otherTitle' || nearest?.def.kind === 'speech') return ownRole ? 'plain' : 'other';
    // "Samir Nasser of the Arab Organization for Human Rights said": a civil body's staff (GUIDE.md: NGO staff are other).
    if (!ownRole && civilBodyAfterName(ctx, c)) return 'other';
    // «صوراً لـ "محمد الحداد" قالوا إن…»: a plural Arabic speech verb after one name is others' speech.
    // «…، بحسب المصدر», ", according to the source": a source named after the name is not its speech.
    const firstPost = post[k].find(
      (e) =>
        e.def.kind !== 'neutral' &&
        !(e.def.kind === 'speech' && ((pluralArabicVerb(ctx, e) && !inCoordination(cands, k)) || (!saidBy(ctx, e) && !sourceIsName(ctx, e)))),
    );
    // "Survivors Ahmed Helmi and Omar al-Shogre described…": the verb of a coordination is everyone's.
    if (!ownRole && firstPost?.def.kind === 'speech' && speaksOfOwnRelative(ctx, c)) return 'relative';
    if (
      !ownRole &&
      firstPost &&
      (firstPost.def.kind === 'speech' || firstPost.def.kind === 'otherTitle') &&
      c.coordPrev < 0 &&
      // "Omar Haddad, bishop of Aleppo, and Samir Nasser, … were abducted": the first of a coordination shares its verb.
      !(firstPost.def.kind === 'otherTitle' && k + 1 < cands.length && cands[k + 1].coordPrev === k) &&
      !(firstPost.def.kind === 'speech' && familySpeaks(ctx, c))
    )
      return 'other';
    // "X, Director of the Syrian Centre for Media, …": a civil organisation's title is what an NGO's staff hold.
    if (!ownRole && firstPost && firstPost.def.kind === 'official' && !defector) return civilBody(ctx, firstPost) ? 'other' : 'official';
    // "arrested Munzer Khaddour, a former warden at…", «توقيف غسان حيدر، وهو رئيس مفرزة»: the
    // appositive says who the person is; the arrest is what befell an official.
    // "Mazen Darwish, Director of the Syrian Centre for Media, left Branch 285 a free man": a title of a
    // civil organisation is no office of the state.
    if (
      firstPost &&
      firstPost.def.kind === 'official' &&
      !defector &&
      isComma(ctx.tokens[nextNonSpace(ctx.tokens, c.last + 1)]) &&
      !civilBody(ctx, firstPost)
    ) {
      const idx = post[k].indexOf(firstPost);
      if (!post[k].slice(0, idx).some((e) => e.def.kind === 'role')) return 'official';
    }
    // "the director of Saydnaya prison, Samer Khalil", «القيادي في تحرير الشام "أبو العبد"»: a title whose
    // complement (a facility, a group, a unit) stands between it and the name.
    if (pre[k].length === 0 && !defector && titleBeforeComplement(ctx, c)) return 'official';
    // «الباحثة في منظمة هيومن رايتس ووتش سارة الكيالي», "a researcher at Human Rights Watch, Sara Kayyali": the same for other titles.
    if (pre[k].length === 0 && (!ownRole || reportedOnly(ctx, c, post[k])) && titleBeforeComplement(ctx, c, 'otherTitle')) return 'other';
    return 'plain';
  });

  // "his parents, Thomas and Ann Goodwin": a name joined by "and" to a relative, with no cue of its own, is one too.
  for (let k = 1; k < cands.length; k++) {
    const head = cands[k].coordPrev;
    if (head < 0 || kinds[k] !== 'plain' || kinds[head] !== 'relative' || cands[k].coordRel) continue;
    if (roleCues(pre[k]).length > 0 || roleCues(post[k]).length > 0 || pre[k].length > 0) continue;
    // "…with their uncle, Yosef Haddad, and their friend, Karim Saleh": a word of its own between the "and" and the name.
    if (ownWordsAfterCoordination(ctx, cands[head], cands[k])) continue;
    kinds[k] = 'relative';
  }

  // Unattached role cues go to the nearest plain name of their clause (sentence if none).
  const owned: Cue[][] = mapPacked(cands, () => []);
  // A journalist or an activist can be the one arrested: a title does not keep a name from its clause's cues.
  const titled = (k: number) => kinds[k] === 'other' && !pre[k].concat(post[k]).some((e) => e.def.kind === 'speech');
  // A relative sought or whose death is told ("looks for her son Youssef") is spoken of as one held.
  const sought = (k: number) => kinds[k] === 'relative' && (searchBeforeKin(ctx, pre[k]) !== null || roleNounBeforeKin(ctx, pre[k]) !== null);
  // "Prisoners walked out of Saydnaya, but Omar Haddad was not among them": what the others did is not his.
  const setApart = (k: number) => [...pre[k], ...post[k]].some((e) => notAmongCue(ctx, e));
  const eligibleAt = mapPacked(cands, (_, k) => (kinds[k] === 'plain' || kinds[k] === 'firstRel' || titled(k) || sought(k)) && !setApart(k));
  const eligible = (k: number) => eligibleAt[k];
  for (const cue of ctx.cueList) {
    if (cue.used || cue.def.kind !== 'role' || cue.def.exception) continue;
    // «خبر من معتقل خرج من السجن», "a detainee released last week told us": the cue is the unnamed one's.
    // "According to freed hostages, …", «Selon des otages libérés, …»: so is a release of the sources.
    if (ofUnnamed(ctx, cue) || freedSource(ctx, cue) || freedSourceBefore(ctx, cue)) {
      cue.used = true;
      continue;
    }
    const s = ctx.sentence[cue.first];
    const cl = ctx.clause[cue.first];
    let best = -1;
    let bestDist = Infinity;
    const others = ofOthers(ctx, cue);
    const verbForward =
      cue.def.search === true ||
      others ||
      (cue.def.transitive && tokens[cue.first].kind === 'lat' && activeVerb(ctx, cue.first) && !objectPronounBack(ctx, cue));
    const forHim = demandForHim(ctx, cue);
    // Worked out once a cue: the first speech verb with its subject after it, past the cue in its sentence, and the
    // last name before the cue in its sentence.
    const inverted = tokens[cue.first].kind === 'lat' && !firstPersonInQuote(ctx, cue) ? invertedSpeechAfter(ctx, cue.last, ctx.sentenceLast[s]) : -1;
    const lastNameBefore = lastNameTokenBefore(ctx, cue.first, ctx.sentenceFirst[s]);
    for (const pass of ['clause', 'sentence'] as const) {
      for (let k = 0; k < cands.length; k++) {
        const c = cands[k];
        if (!eligible(k) || ctx.sentence[c.first] !== s) continue;
        if (pass === 'clause' && ctx.clause[c.first] !== cl) continue;
        if (verbForward && c.first < cue.first) continue;
        // "Prisoners have been freed, as the reporter Fatima Ali found out": what befell others is a titled name's
        // only when it is counted among them ("…, including the journalist Omar Haddad").
        if ((others || (cue.first === cue.last && isPluralStatusNoun(tokens[cue.first]))) && titled(k) && !amongBetween(ctx, cue.last, c.first)) continue;
        // «اعتقلت قوات النظام والدة محمد الحداد»: the one the verb befell is the mother, in construct with the name.
        if (c.first > cue.last && ctx.constructKin.has(prevNonSpace(tokens, c.first - 1))) continue;
        // «ont arrêté le fils d'Omar Haddad», "arrested two sons of Omar Haddad": so is the son.
        if (c.first > cue.last && latinKinOf(ctx, c) > cue.last) continue;
        // «« Je cherche mon fils », dit Fatima Ali»: the one who speaks of a search is the one searching.
        if (cue.def.search && c.first > cue.last && invertedSpeechBetween(ctx, cue.last, c.first)) continue;
        // «« Nous sommes soulagés qu'il ait été libéré … durant sa détention », a déclaré le directeur … X»: inside the
        // words said, a release or a detention not told in the first person is someone else's, not the speaker's.
        if (c.first > cue.last && inverted >= 0 && inverted < c.first) continue;
        if (c.last < cue.first && reportedClauseSubject(ctx, c.last, cue.first)) continue;
        // "Activist Mustafa Hashem said Abboud's son, Yousef, had been held … after being detained": after the name's
        // speech verb, another name is what is said of.
        // Latin only: an Arabic speech verb comes before its subject («وقال أحمد العلي إنها اعتقلت» is of the woman before).
        if (
          c.last < cue.first &&
          tokens[cue.first].kind === 'lat' &&
          tokens[c.last].kind === 'lat' &&
          lastNameBefore > c.last &&
          ctx.candAt[lastNameBefore] !== k &&
          speechBetween(ctx, c.last, lastNameBefore)
        )
          continue;
        // "Omar Haddad, whose brother disappeared in 2013, …": the brother's.
        if (c.last < cue.first && whoseKinOutcome(ctx, cue)) continue;
        // "For Fatima Haddad …: her son disappeared": the son's, unless the name is that son ("Omar's mother said her son…").
        if (c.last < cue.first && kinRightBefore(ctx, cue) && !familySpeaks(ctx, c) && !kinPhraseOwner(ctx, c) && !possessiveKinAfter(ctx, c)) continue;
        // "After his brother was detained in 2013, Omar Haddad began posting his photos", «Après l'arrestation de son fils,
        // Fatima Ali…»: the kin's, said before the name.
        if (c.first > cue.last && (kinRightBefore(ctx, cue) || unnamedKinAfter(ctx, cands, cue))) continue;
        // "For Fatima Ali, March brought bad news: her friend had been arrested": the friend's, who is not named there.
        if (c.last < cue.first && companionRightBefore(ctx, cue)) continue;
        // "Naima hoped her son would be found alive, but there was no trace of him": the pronoun is the son's.
        if (c.last < cue.first && pronounOfUnnamedKin(ctx, c.last, cue)) continue;
        // "Fatima Ali still does not know his fate": "his" is someone else ("a photograph of her husband Omar": his wife's).
        if (c.last < cue.first && possessiveDisagrees(ctx, c, cue)) continue;
        // "Fadi Khalil denied their release", «« … qu'ils ont été libérés », a indiqué Fadi Khalil»: "their", "they" are
        // others than one name alone.
        if (!inCoordination(cands, k) && pluralRightBefore(ctx, cue)) continue;
        // "Fatima Ali demanded his release", «طالبت فاطمة العلي بالإفراج عنه»: the one asked for is "him".
        // Not the one whose family or wife asks («طالبت زوجة محمد الحداد …»: he is the one asked for).
        if (c.last < cue.first && forHim && !familySpeaks(ctx, c) && !familyShortlyBefore(ctx, c) && !ctx.constructKin.has(prevNonSpace(tokens, c.first - 1)))
          continue;
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
      // "Fatima Ali and her son Omar Haddad, who vanished in 2015" (or "… He vanished"): a relative clause of the later
      // name, or a later sentence, is that name's alone.
      const shared =
        m > k
          ? ownPostRoles(ctx, cands[m], post[m], kinds[m] === 'relative').filter((e) => !saidOfLaterOnly(ctx, cands[m], e))
          : ownPostRoles(ctx, cands[m], post[m], kinds[m] === 'relative');
      groupAttached.push(...roleCues(pre[m]), ...shared);
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
      // "Lina's husband, Omar Haddad, disappeared": the verb after the apposition is the husband's, so his.
      // What follows "the son of X" is said of the son.
      const own = kinSubjectOwner(ctx, c, post[k]) ? [] : kinOwner[k] >= 0 ? roleCues(post[k]) : ownPostRoles(ctx, c, post[k], true);
      // "Security forces arrested Yasser Khalil, whose brother Omar was released": the verb before the name is his.
      if (appositiveKin[k]) own.push(...roleCues(pre[k]));
      // "Fatima still looks for her son Omar, arrested in 2013": the one sought is missing.
      const sought = searchBeforeKin(ctx, pre[k]) ?? hopedAliveCue(ctx, cands, pre, k);
      if (sought) own.push(sought);
      // "the death of his brother Sami", «la mort de son frère Sami»: the role noun is his.
      const ofKin = roleNounBeforeKin(ctx, pre[k]);
      if (ofKin) own.push(ofKin);
      // «Cette avocate a été enlevée en compagnie de son mari, Omar Haddad»: taken along with one the clause does not name.
      const along = own.length === 0 ? takenAlongCue(ctx, c) : null;
      if (along) own.push(along);
      // "Among the dead were Omar Haddad and his cousin Fadi": what the clause gave the name he is joined to.
      // "Samir Nasser et son frère, Fadi Nasser. Ils ont tous disparu": so is the next sentence that goes on about them.
      // «Il s'agit d'Omar Haddad et de sa fille Fatima»: what the sentence before told of both.
      const shared = c.coordRel
        ? [
            ...groupAttached,
            ...groupOwned(cands, k, kinds, owned),
            ...continuationCues(ctx, cands, c),
            ...(c.coordPrev >= 0 ? itIsCues(ctx, cands, cands[c.coordPrev]) : []),
          ]
        : groupAttached;
      // «Son mari, Bassel, en fait partie. Il y a trois ans, il est arrêté»: a relative named last in the sentence whom the
      // next sentence, naming no one, goes on about as "he" or "she" (of the kinship word's sex) is the one it befell.
      const told = own.length === 0 && lastInSentence(ctx, cands, k) ? kinPronounCues(ctx, cands, c, pre[k]) : [];
      if (own.length > 0) decisions.push({ role: bestRole(own) as DetRole, cues: own, evidence: 'attached' });
      else if (roleCues(told).length > 0) decisions.push({ role: bestRole(told) as DetRole, cues: told, evidence: 'nearby' });
      else if (shared.length > 0) decisions.push({ role: bestRole(shared) as DetRole, cues: shared, evidence: 'attached' });
      else decisions.push({ role: 'relative', cues: pre[k].filter((e) => e.def.kind === 'relative'), evidence: 'title' });
      continue;
    }
    if (kind === 'other' && roleCues(owned[k]).length > 0) {
      decisions.push({ role: bestRole(owned[k]) as DetRole, cues: owned[k], evidence: 'owned' });
      continue;
    }
    // "Omar Haddad is a human rights activist. He was arrested in 2012.": the one a title describes, last named in
    // his sentence, is the "he" of the next sentence, naming no one, that tells what befell him.
    const told = kind === 'other' && lastInSentence(ctx, cands, k) ? subjectPronounCues(ctx, cands, c) : [];
    if (roleCues(told).length > 0) {
      decisions.push({ role: bestRole(told) as DetRole, cues: told, evidence: 'nearby' });
      continue;
    }
    // «Les personnes suivantes ont été arrêtées : … • Dr. Samir Nasser, militant des droits de l'homme»: the heading
    // says what befell every item of its list, whatever their trade.
    const titledItem = kind === 'other' && roleCues(owned[k]).length === 0 ? headingDecision(ctx, c) : null;
    if (titledItem) {
      decisions.push(titledItem);
      continue;
    }
    // «… a été libéré il y a trois mois. Il s'agit de Yaacoub Chamoun, un ex-combattant…»: his trade aside, he is the one
    // the sentence before told of.
    const titledItIs = kind === 'other' ? itIsCues(ctx, cands, c) : [];
    if (roleCues(titledItIs).length > 0) {
      decisions.push({ role: bestRole(titledItIs) as DetRole, cues: titledItIs, evidence: 'attached' });
      continue;
    }
    if (kind === 'other') {
      decisions.push({ role: 'other', cues: [...pre[k], ...post[k]].filter((e) => e.def.kind === 'speech' || e.def.kind === 'otherTitle'), evidence: 'title' });
      continue;
    }
    // «sauf Omar Haddad et Fadi Khalil, détenus à Adra»: an exception before the list sets every name of it apart.
    const groupExceptions = groupAttached.filter((e) => e.def.exception && e.last < c.first && !ownAttached.includes(e));
    // "negotiate the release of Omar Haddad and Samir Nasser, abducted on 9 February": a call for release says only
    // that someone is not free; what the list's other names were told of (the abduction) is this one's too.
    const appealOnly = ownAttached.length > 0 && ownAttached.every((e) => e.appeal);
    const attached = ownAttached.length > 0 ? [...ownAttached, ...(appealOnly ? groupAttached : groupExceptions)] : groupAttached;
    const ownedGroup = [...owned[k]];
    for (let m = 0; m < cands.length; m++)
      if (m !== k && cands[m].group === c.group) ownedGroup.push(...owned[m].filter((e) => !inOwnBrackets(ctx, cands[m], e)));
    if (attached.length > 0) {
      // Cues elsewhere in the clause that no other name is nearer to join the attached ones:
      // «أفرج اليوم عن المعتقل محمد…» is a release; so do those of a next sentence
      // that goes on about the same people ("Their fate remains unknown.").
      const both = [...attached, ...ownedGroup, ...continuationCues(ctx, cands, c), ...amongThemCues(ctx, c), ...theyAreCues(ctx, c)];
      decisions.push({ role: bestRole(both) as DetRole, cues: both, evidence: 'attached' });
      continue;
    }
    if (ownedGroup.length > 0) {
      const both = [...ownedGroup, ...continuationCues(ctx, cands, c), ...amongThemCues(ctx, c), ...theyAreCues(ctx, c)];
      decisions.push({ role: bestRole(both) as DetRole, cues: both, evidence: 'owned' });
      continue;
    }
    const fromHeading = headingDecision(ctx, c);
    if (fromHeading) {
      decisions.push(fromHeading);
      continue;
    }
    // "Rebels freed thousands of detainees. Among them, Omar Haddad.": a name with no cue of its own in a sentence that
    // opens on "among them" shares what the sentence before said of the many.
    const among = kind === 'plain' ? amongThemCues(ctx, c) : [];
    if (roleCues(among).length > 0) {
      decisions.push({ role: bestRole(among) as DetRole, cues: among, evidence: 'attached' });
      continue;
    }
    const itIs = kind === 'plain' ? itIsCues(ctx, cands, c) : [];
    if (roleCues(itIs).length > 0) {
      decisions.push({ role: bestRole(itIs) as DetRole, cues: itIs, evidence: 'attached' });
      continue;
    }
    // "Fatima Ali demanded his release", «وطالبت فاطمة العلي بالإفراج عنه»: one who asks for someone else's
    // release, with no cue of her own, is no one the post is about.
    const next = cueOf(ctx, nextNonSpace(ctx.tokens, c.last + 1));
    const isDemand = (e: Cue | null) => e?.def.kind === 'demand';
    const asks = pre[k].find(isDemand) ?? post[k].find(isDemand) ?? (isDemand(next) ? next : undefined);
    if (asks && kind === 'plain' && !familySpeaks(ctx, c) && !familyShortlyBefore(ctx, c)) {
      decisions.push({ role: 'other', cues: [asks], evidence: 'title' });
      continue;
    }
    const kinOutcome = { seen: false };
    const nearby = nearbySentenceCues(
      ctx,
      cands,
      c,
      (m) => {
        const idx = cands.indexOf(m);
        return kinds[idx] !== 'plain' || roleCues(pre[idx]).length > 0 || roleCues(post[idx]).length > 0 || owned[idx].length > 0;
      },
      kinOutcome,
    );
    if (nearby.length > 0) {
      decisions.push({ role: bestRole(nearby) as DetRole, cues: nearby, evidence: 'nearby' });
      continue;
    }
    // …and the one of whom only that is said is the brother's family.
    if (kinOutcome.seen) decisions.push({ role: 'relative', cues: [], evidence: 'title' });
    else if (kind === 'firstRel') decisions.push({ role: 'relative', cues: pre[k].filter((e) => e.def.kind === 'relative'), evidence: 'title' });
    else decisions.push({ role: 'other', cues: [], evidence: 'none' });
  }

  // "Lina Haddad's husband, Omar Haddad, disappeared": the one whose husband is held or gone is family.
  for (let k = 0; k < cands.length; k++) {
    const owner = kinOwner[k];
    if (owner < 0 || !isDet(decisions[k].role)) continue;
    const o = decisions[owner];
    if (o.role === 'other' && roleCues(pre[owner]).length === 0) decisions[owner] = { role: 'relative', cues: [], evidence: 'title' };
  }
  // "Omar Haddad, the son of Fatima Ali, was arrested": she is the family of one held, gone or dead, unless
  // the apposition itself says something of her («…, ابن المعتقل أحمد العلي،»).
  // «… avec Samira Nasser, l'épouse de Karim Saleh.»: so does one whose apposition ends the sentence.
  for (let k = 0; k < cands.length; k++) {
    const apposed = kinApposedTo(ctx, cands, k);
    const owner = apposed >= 0 ? apposed : kinApposedTo(ctx, cands, k, true);
    if (owner < 0 || !isDet(decisions[owner].role)) continue;
    // «اعتقل محمد الحداد، نجل أحمد العلي،»: a role word before the one she is apposed to is his, and so is the
    // role a list of the two would give her later; nothing said of her at all leaves her his family too.
    const own = roleCues(pre[k]).filter((e) => e.first > cands[owner].last);
    const d = decisions[k];
    if (d.role === 'relative') decisions[k] = { ...d, apposedTo: owner };
    else if ((isDet(d.role) || (d.role === 'other' && d.evidence === 'none')) && own.length === 0)
      decisions[k] = { role: 'relative', cues: [], evidence: 'title', apposedTo: owner };
  }
  // "Omar Haddad, a friend of Samir Nasser, was arrested": the friend is named only to say whose friend he is.
  for (let k = 0; k < cands.length; k++) {
    const owner = companionApposedTo(ctx, cands, k);
    if (owner < 0 || !isDet(decisions[owner].role) || !isDet(decisions[k].role)) continue;
    if (roleCues(pre[k]).some((e) => e.first > cands[owner].last)) continue;
    decisions[k] = { role: 'other', cues: [], evidence: 'title', apposedTo: owner };
  }
  // "Omar Haddad, pictured in a photo shared by Fadi Khalil, has been missing": a participle's apposition naming
  // someone else; the verb after it is Omar's, and Fadi is named only in passing.
  for (let k = 0; k < cands.length; k++) {
    const owner = participleApposedTo(ctx, cands, k);
    if (owner < 0 || !isDet(decisions[k].role)) continue;
    if (roleCues(pre[k]).some((e) => e.first > cands[owner].last)) continue;
    const moved = roleCues(post[k]);
    if (roleCues(pre[owner]).length === 0 && roleCues(post[owner]).length === 0 && moved.length > 0)
      decisions[owner] = { role: bestRole(moved) as DetRole, cues: moved, evidence: 'attached' };
    decisions[k] = { role: 'other', cues: [], evidence: 'title', apposedTo: owner };
  }
  // "Fadi Khalil, le frère de Samir Khalil. Il a été capturé en 2012.": a sentence that ends on the apposition
  // leaves the one it is about as its subject, and "he" in the next sentence, naming no one, is him, not his
  // brother; the brother is then his family.
  for (let k = 0; k < cands.length; k++) {
    const owner = kinApposedTo(ctx, cands, k, true);
    const cues = owner < 0 ? [] : subjectPronounCues(ctx, cands, cands[k]);
    if (cues.length === 0) continue;
    if (!isDet(decisions[owner].role)) decisions[owner] = { role: bestRole(cues) as DetRole, cues, evidence: 'nearby' };
    if (decisions[k].evidence === 'nearby' || decisions[k].evidence === 'none')
      decisions[k] = { role: 'relative', cues: [], evidence: 'title', apposedTo: owner };
  }
  // "Mariam Haddad milite pour les familles de disparus. Son père, Omar Haddad, a été arrêté en 2013.": a
  // sentence that opens on "his"/"her" kinship word and a name held, gone or dead is about the family of the
  // one the sentence before named alone, when nothing but speech is said of that one.
  for (let k = 0; k + 1 < cands.length; k++) {
    const d = decisions[k];
    const plain = d.evidence === 'none' || d.evidence === 'nearby' || (d.role === 'other' && d.cues.every((e) => e.def.kind === 'speech'));
    if (!plain || roleCues(pre[k]).length > 0 || roleCues(post[k]).length > 0) continue;
    if (isDet(decisions[k + 1].role) && kinOpensNextSentence(ctx, cands, k)) decisions[k] = { role: 'relative', cues: [], evidence: 'title' };
  }
  // "Omar Haddad's relatives are still searching for him", «Les proches d'Omar le cherchent»: his family
  // searches, he is the one sought.
  for (let k = 0; k < cands.length; k++) {
    if (isDet(decisions[k].role)) continue;
    const search = familySearch(ctx, cands[k]) ?? kinOfSearch(ctx, cands[k]);
    if (search && !seeksOtherKin(ctx, cands[k], search)) decisions[k] = { role: 'missing', cues: [search], evidence: 'attached' };
  }
  // «ناشدت عائلة محمد الحداد بالكشف عن مصير ابنها المعتقل»: what the rest of the sentence says of the family's son is his.
  for (let k = 0; k < cands.length; k++) {
    if (!familyChild[k] || isDet(decisions[k].role)) continue;
    const c = cands[k];
    const said = ctx.cueList.filter(
      (e) =>
        e.def.kind === 'role' &&
        e.role !== undefined &&
        e.first > c.last &&
        ctx.sentence[e.first] === ctx.sentence[c.first] &&
        !cands.some((m) => m.first > c.last && m.first < e.first),
    );
    const r = bestRole(said);
    if (r) decisions[k] = { role: r, cues: said, evidence: 'attached' };
  }
  // "The families of Omar Haddad, Samir Nasser and Fadi Khalil are still looking for them": the family phrase
  // before the first name of a list, the search after the last, and every name of it is sought.
  for (let k = 0; k < cands.length; k++) {
    if (cands[k].group !== k || !familySpeaks(ctx, cands[k])) continue;
    let last = k;
    while (last + 1 < cands.length && cands[last + 1].group === k) last++;
    const search = last > k ? searchAfter(ctx, cands[last], true) : null;
    if (!search || search.def.kind !== 'role' || !search.def.search) continue;
    for (let m = k; m <= last; m++) if (!isDet(decisions[m].role)) decisions[m] = { role: 'missing', cues: [search], evidence: 'attached' };
  }
  // "Rebels opened the cells, freeing Omar Haddad and hundreds of others": an English -ing verb right before a
  // name, or before the first of a list, tells what befell it when nothing else does.
  for (let k = 0; k < cands.length; k++) {
    if (isDet(decisions[k].role) || kinds[k] === 'figure' || kinds[k] === 'official' || kinds[k] === 'relative') continue;
    const v = prevNonSpace(tokens, cands[cands[k].group].first - 1);
    const role = v >= 0 && tokens[v].kind === 'lat' ? ING_VERBS.get(tokens[v].norm) : undefined;
    if (role) decisions[k] = { role, cues: [newCue(ING_DEFS[role], v, v)], evidence: 'attached' };
  }
  // «والدة محمد الحداد، فاطمة العلي، تبحث عنه»: the relative in apposition searches for "him", the one she is family of.
  for (let k = 0; k < cands.length; k++) {
    const owner = kinOwner[k];
    if (owner < 0 || decisions[k].role !== 'relative' || isDet(decisions[owner].role)) continue;
    const sought = searchForHim(ctx, cands[k]);
    if (sought) decisions[owner] = { role: 'missing', cues: [sought], evidence: 'attached' };
  }
  // "Since the arrest of her son Omar Haddad, Fatima Ali has toured the prisons": one nothing is said of,
  // in a sentence about her son, is his family, not a second detainee.
  // «Fatima Ali et Omar Haddad n'ont plus de nouvelles de leur frère»: so is each of a list of such names.
  // "Omar Haddad fled Daraa after his brother was killed. He died in detention.": a next sentence that opens on "he"
  // or "she" of the name's sex goes on about the name, not about the relative.
  const saidOfNothing = (k: number) => {
    const d = decisions[k];
    const speaks = kinds[k] === 'other' && d.role === 'other' && d.cues.length > 0 && d.cues.every((e) => e.def.kind === 'speech');
    const goesOn = d.evidence === 'nearby' && d.cues.length > 0 && d.cues.every((e) => nextSentenceOnHim(ctx, cands[k], e));
    return (kinds[k] === 'plain' && (d.evidence === 'none' || (d.evidence === 'nearby' && !goesOn))) || speaks;
  };
  const family: number[] = [];
  for (let k = 0; k < cands.length; k++) {
    if (!saidOfNothing(k)) continue;
    if (cands.some((m, i) => i !== k && m.group === cands[k].group && !saidOfNothing(i))) continue;
    if (kinOfSomeoneInSentence(ctx, cands[k], [...pre[k], ...post[k]])) family.push(k);
  }
  for (const k of family) decisions[k] = { role: 'relative', cues: [], evidence: 'title' };
  // A name nothing is said of, in a post that speaks of detention: it is one of the people the post
  // is about, and shares the outcome of the post's other detainees.
  const known = decisions.filter((d) => isDet(d.role)).map((d) => d.role as DetRole);
  const postRole = mostCommon(known);
  if (postRole) {
    for (let k = 0; k < cands.length; k++) {
      if (decisions[k].evidence !== 'none' || kinds[k] !== 'plain') continue;
      // A given name or kunya alone is someone the post is about only when a cue of its own says so.
      if (cands[k].partial && !cands[k].ref) continue;
      // "Omar Haddad has spent the week on his phone. Haddad looks for his brother…": another mention says what he is.
      if (cands.some((m, i) => m.ref === cands[k] && decisions[i].evidence !== 'none')) continue;
      // …unless a title stands a few words before it: "the lawyer for the civil parties, Rania Said".
      if (titleShortlyBefore(ctx, cands[k].first)) continue;
      // …and, in an English or French article of more than a few sentences, only when a cue says so: there a
      // name nothing is said of is a source, an expert or a bystander ("the philosophy of Jawdat Said", tune
      // dev-en-028). Arabic articles join clauses with «و» past where the cues reach, and keep the rule.
      if (ctx.tokens[cands[k].first].kind === 'lat' && ctx.sentenceFirst.length > LONG_ARTICLE_SENTENCES) continue;
      // "Omar Haddad returned to Douma, where his wife Fatima Ali was abducted": the one whose wife it is is her family.
      if (possessiveKinOfHeldAfter(ctx, cands, decisions, k)) {
        decisions[k] = { role: 'relative', cues: [], evidence: 'title' };
        continue;
      }
      decisions[k] = { role: postRole, cues: [], evidence: 'post' };
    }
  }
  // "Among those waiting for news is Omar Haddad", «Parmi ceux qui attendent des nouvelles, il y a Omar Haddad»: he
  // is one of those who search, not one sought.
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    if (d.role === 'missing' && d.cues.length > 0 && d.cues.every((e) => (e.def.search === true || NEWS_WAIT.test(cueText(ctx, e))) && amongSearchers(ctx, e)))
      decisions[k] = { role: 'relative', cues: [], evidence: 'title' };
  }
  // "Her brother was taken to Saydnaya in 2013. … her brother Omar is alive": the kin the post's unnamed cues were about.
  for (let k = 0; k < cands.length; k++) {
    if (decisions[k].role !== 'relative') continue;
    const cue = cueOfSameKin(ctx, cands[k], pre[k]);
    if (cue && cue.role) decisions[k] = { role: cue.role, cues: [cue], evidence: 'owned' };
  }
  // A list item under a heading: the heading's outcome joins the item's own cues.
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    const item = ctx.itemOf[cands[k].first];
    const heading = item >= 0 ? ctx.items[item].heading : null;
    if (!heading || d.evidence === 'heading') continue;
    if (!DETAINEE_ROLES.includes(d.role)) continue;
    const headingCues = spanCues(ctx, heading);
    const r = bestRole([...d.cues, ...headingCues]);
    if (r && r !== d.role) decisions[k] = { role: r, cues: [...headingCues.filter((h) => h.role === r), ...d.cues], evidence: d.evidence };
  }
  // A post that asks where someone is («نبحث عن», "any information", «disparu»): whoever
  // it calls held is held nobody knows where, i.e. missing.
  // A plea for "any information" alone is also made for someone known to be held.
  // «يبدي السجناء خشيتهم على مصير آخرين»: a disappearance of others says nothing of those named.
  const disappearance = ctx.cueList.filter((e) => e.def.kind === 'role' && e.role === 'missing' && !e.def.abduction && !infoRequest(ctx, e));
  // "Omar Haddad, whose brother disappeared, …": the brother's, like «son frère a disparu» (others.ts unnamedKinSubject).
  // "the Lebanese who went missing during the war": a "who" clause of a people is theirs.
  const missingCues = disappearance.filter((e) => !ofOthers(ctx, e) && !unnamedWhoClause(ctx, e) && !whoseKinOutcome(ctx, e));
  // "Omar Haddad was detained on Monday. Samir Nasser has been missing since Wednesday.": a disappearance another name
  // owns, in another sentence, is that name's, not the post's.
  const owner = new Map<Cue, number>();
  cands.forEach((_, m) => [...pre[m], ...post[m]].forEach((e) => owner.set(e, m)));
  // «Le groupe a documenté la disparition du jeune Samir Nasser»: a cue the nearest name of its clause took is that name's too.
  cands.forEach((_, m) => owned[m].forEach((e) => owner.has(e) || owner.set(e, m)));
  const samePerson = (a: number, b: number) => a === b || (cands[a].ref ?? cands[a]) === (cands[b].ref ?? cands[b]);
  const othersElsewhere = (e: Cue, k: number) => {
    const m = owner.get(e);
    return m !== undefined && !samePerson(m, k) && ctx.sentence[e.first] !== ctx.sentence[cands[k].first];
  };
  // «Réapparition de 8 Kurdes … qui avaient disparu depuis 2008»: a post that tells of the missing found again.
  const reappeared = (): boolean => ctx.tokens.some((t, i) => isWordToken(t) && reappearanceIndex.match(ctx.tokens, i) !== null);
  if (missingCues.length > 0 && !reappeared()) {
    // «…où il est encore détenu aujourd'hui»: "still held" in a sentence that names nobody.
    const heldStillUnnamed = heldStillNamingNobody(ctx, cands);
    for (let k = 0; k < cands.length; k++) {
      const d = decisions[k];
      const postMissing = missingCues.filter((e) => !othersElsewhere(e, k));
      // "Haddad said he was moved from one prison to another": one telling of his own detention is out, not missing.
      if (postMissing.length > 0 && d.role === 'detainee' && !d.cues.some((e) => e.told) && !stillHeldLast([...d.cues, ...postMissing, ...heldStillUnnamed]))
        decisions[k] = { role: 'missing', cues: [...d.cues, postMissing[0]], evidence: d.evidence };
    }
  }
  // «L'association documente les disparitions forcées. Omar Haddad a été arrêté en 1982»: in a post about the
  // disappeared, one said only to have been taken, with no word of where he is held, is one of them.
  // "A report on enforced disappearances", «les disparitions forcées»: the plural noun of the phenomenon is such a post's
  // topic. There a name called one of the "detainees", with no place of detention in its sentence, is one of them too.
  // (The post is scanned for such a noun only when someone is held and no disappearance is his.)
  const someoneHeld = missingCues.length === 0 && decisions.some((d) => d.role === 'detainee');
  const topicMissing = someoneHeld ? (disappearance.find((e) => !e.def.search && ofOthers(ctx, e)) ?? disappearanceTopic(ctx)) : undefined;
  if (topicMissing) {
    for (let k = 0; k < cands.length; k++) {
      const d = decisions[k];
      const taken = (e: Cue) => e.def.kind !== 'role' || e.def.arrestOnly;
      const held = (e: Cue) => e.role === 'detainee' && isStatusNoun(ctx, e) && !facilityInSentence(ctx, cands[k]);
      if (d.role === 'detainee' && d.cues.every((e) => taken(e) || held(e)))
        decisions[k] = { role: 'missing', cues: [...d.cues, topicMissing], evidence: d.evidence };
    }
  }
  // Someone held who tells their story is out: "Yusuf Haldan, held there in the past, told…",
  // «قال المعتقل السابق…». So is everyone held in a post that speaks of a release no name took.
  // Arabic release words speak of people only; "released" is said of videos and statements too. A release of
  // others is none: «sa famille scrute les visages des détenus libérés», «عرضت صورته على المعتقلين المفرج عنهم».
  const releaseCues = ctx.cueList.filter(
    (e) =>
      e.def.kind === 'role' &&
      e.role === 'released' &&
      (ctx.tokens[e.first].kind === 'ar' || ctx.lang === 'fr') &&
      !e.earlier &&
      !ofUnnamed(ctx, e) &&
      !indefiniteStatus(ctx, e) &&
      !fellowsObject(ctx, e) &&
      // «Selon des otages libérés, …»: the freed are a source.
      !freedSource(ctx, e) &&
      // "a former political prisoner" describes someone; it is no release the post tells.
      !e.former &&
      // «Son frère a été libéré, mais …»: a kinsman's, who is not named.
      !kinRightBefore(ctx, e) &&
      // «اعتقل محمد الحداد. وأفرج عنه بعد عامين.»: "him", one person's, not everyone's (anaphoricOutcomes).
      !arabicAnaphor(ctx, cands, e) &&
      // «بهدف إدراج أسماء المعتقلات في قوائم المفرج عنهم»: the lists of the released name no one of the post.
      !LISTS_OF.has(stripConj(ctx.tokens[prevNonSpace(ctx.tokens, e.first - 1)]?.norm ?? '')),
  );
  const releasedSomeone = decisions.some((d) => d.role === 'released');
  // Someone only said to have been abducted was taken, like someone held.
  // So was someone held for a while ("held for two months"), released only by that length.
  const taken = (d: Decision) =>
    d.role === 'detainee' ||
    (d.role === 'missing' && d.cues.length > 0 && d.cues.every((e) => e.def.kind !== 'role' || e.def.abduction)) ||
    (d.role === 'released' && d.cues.some((e) => e.bounded) && !d.cues.some((e) => e.role === 'released'));
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    if (!taken(d)) continue;
    // "The family of Omar Haddad says…": the family speaks, not he. So does the one who "says her son Omar Haddad…".
    const kinAfter = (e: Cue) => pre[k].some((r) => r.def.kind === 'relative' && r.first > e.last);
    const speaks = familySpeaks(ctx, cands[k])
      ? undefined
      : [...pre[k], ...post[k]].find(
          (e) =>
            e.def.kind === 'speech' &&
            !SPEECH_SOURCES.has(cueWords(ctx, e)) &&
            !saidOfWhom(ctx, e) &&
            !(e.first > cands[k].last && speakerAfterVerb(ctx, e)) &&
            // "SNHR documented the arrest of Dr. Omar Haddad": what is told before the name is of him.
            !(e.last < cands[k].first && roleNounBetween(ctx, e.last, cands[k].first)) &&
            // «وأضاف: "اعتقل محمد الحداد"»: the name is inside what is said.
            !(e.last < cands[k].first && (kinAfter(e) || opensQuote(ctx, e))),
        );
    // «وذكر المعتقل "أبو صهيب" من داخل السجن»: one who speaks from inside is still held.
    if (speaks && insidePrisonSentence(ctx, cands[k])) continue;
    // "libéré en 2015, a de nouveau été arrêté": held again, whatever else the post says of releases.
    if (rearrestedLast(d.cues)) continue;
    // «Le groupe a relâché les soldats … L'on pense qu'il détient toujours X»: one still held is not among the freed.
    if (!speaks && d.cues.some((e) => e.still)) continue;
    if (speaks) decisions[k] = { role: 'released', cues: [...d.cues, speaks], evidence: d.evidence };
    // «Les rebelles ont relâché 150 prisonniers. Des dizaines d'autres n'ont jamais réapparu»: a
    // release no name took, in a post that also tells of people still gone, is not that of the abducted named.
    else if (releaseCues.length > 0 && !releasedSomeone && !(d.role === 'missing' && disappearance.length > 0))
      decisions[k] = { role: 'released', cues: [...d.cues, releaseCues[0]], evidence: d.evidence };
  }
  // «خرج المعتقلون من صيدنايا، ولم يكن محمد الحداد بينهم»: "and X was not among them", the name inside the phrase.
  for (let k = 0; k < cands.length; k++) {
    const among = notAmongAround(ctx, cands[k]);
    if (among) decisions[k] = { role: 'missing', cues: [among], evidence: 'attached' };
  }
  return { decisions, pre, post };
}

/** «لم يكن محمد الحداد بينهم», «ليس X من بينهم» after a release: "was not" right before the name and "among them" right after it, as a cue. */
function notAmongAround(ctx: Ctx, c: Cand): Cue | null {
  const { tokens } = ctx;
  const b = prevNonSpace(tokens, c.first - 1);
  const a = prevNonSpace(tokens, b - 1);
  const was = b >= 0 && tokens[b].kind === 'ar' && AR_JUSSIVE_WAS.has(tokens[b].norm) && a >= 0 && AR_NOT.has(stripConj(tokens[a].norm));
  const isnt = b >= 0 && tokens[b].kind === 'ar' && AR_ISNT.has(stripConj(tokens[b].norm));
  if (!was && !isnt) return null;
  let j = nextNonSpace(tokens, c.last + 1);
  if (tokens[j]?.norm === AR_MIN_AMONG) j = nextNonSpace(tokens, j + 1);
  if (j >= tokens.length || !AMONG_THEM_AR.has(tokens[j].norm)) return null;
  // Among those freed, told before: «لم يكن بينهم عندما اعتقلوا» says only that he was not taken.
  if (!ctx.cueList.some((e) => e.def.kind === 'role' && e.role === 'released' && e.last < c.first)) return null;
  return newCue(NOT_AMONG, j, j);
}
const AR_JUSSIVE_WAS = new Set(['يكن', 'تكن'].map(foldWord));
const AR_NOT = new Set(['لم'].map(foldWord));
const AR_MIN_AMONG = foldWord('من');
const AR_ISNT = new Set(['ليس', 'ليست'].map(foldWord));
const NOT_AMONG = cueDef({ kind: 'role', role: 'missing' });

/**
 * "Omar Haddad and Samir Nasser were held in 2013. The authorities never acknowledged their detention": a cue said of
 * several speaks of names before it, two or more in its sentence or the one before. «المطالبة بالكشف عن مصيرهم» before
 * one man's name speaks of others.
 */
function severalNamedBefore(ctx: Ctx, cands: Cand[], cue: Cue): boolean {
  const s = ctx.sentence[cue.first];
  const before = wordySentence(ctx, s, -1);
  const from = before >= 0 ? ctx.sentenceFirst[before] : ctx.sentenceFirst[s];
  return cands.filter((c) => c.first >= from && c.last < cue.first).length >= 2;
}
/** What a cue said of several becomes when no two names stand before it: no role word. */
const NO_ROLE = cueDef({ kind: 'neutral' });

/** The first plural noun of disappearance in the post ("enforced disappearances", «disparitions»), as a cue of no name. */
function disappearanceTopic(ctx: Ctx): Cue | undefined {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const m = ctx.tokens[i].kind === 'lat' ? disappearanceTopicIndex.match(ctx.tokens, i) : null;
    if (m) return newCue(TOPIC_MISSING, i, m.last);
  }
  return undefined;
}
const TOPIC_MISSING = cueDef({ kind: 'role', role: 'missing' });

/** A role cue in the sentence of `c`. */
function roleInSentence(ctx: Ctx, c: Cand): boolean {
  const s = ctx.sentence[c.first];
  return ctx.cueList.some((e) => e.def.kind === 'role' && ctx.sentence[e.first] === s);
}

/** A place of detention named in the sentence of `c`. */
function facilityInSentence(ctx: Ctx, c: Cand): boolean {
  const s = ctx.sentence[c.first];
  for (let j = ctx.sentenceFirst[s]; j <= ctx.sentenceLast[s]; j++) if (isWordToken(ctx.tokens[j]) && matchFacility(ctx.tokens, j)) return true;
  return false;
}

/** An official's title followed within a few words by a civil organisation ("Director of the Syrian Centre for Media"). */
function civilBody(ctx: Ctx, title: Cue): boolean {
  const { tokens } = ctx;
  for (
    let j = nextNonSpace(tokens, title.last + 1), n = 0;
    j < tokens.length && n < CIVIL_BODY_WORDS && isWordToken(tokens[j]);
    j = nextNonSpace(tokens, j + 1), n++
  )
    if (CIVIL_BODIES.has(tokens[j].norm)) return true;
  return false;
}
const CIVIL_BODY_WORDS = 5;

/** "Samir Nasser of the Arab Organization for Human Rights", "X from Human Rights Watch": "of"/"from", then a civil body's name. */
function civilBodyAfterName(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let j = nextNonSpace(tokens, c.last + 1);
  if (tokens[j]?.kind !== 'lat' || !BODY_LINKS.has(tokens[j].norm)) return false;
  j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.norm === 'the') j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.kind !== 'lat' || !tokens[j].cap) return false;
  if (organisationIndex.match(tokens, j)) return true;
  for (
    let n = 0;
    j < tokens.length && n < CIVIL_BODY_WORDS && tokens[j].kind === 'lat' && (tokens[j].cap || BODY_NAME_LINKS.has(tokens[j].norm));
    j = nextNonSpace(tokens, j + 1), n++
  )
    if (CIVIL_BODIES.has(tokens[j].norm)) return true;
  return false;
}
const BODY_LINKS = new Set(['of', 'from', 'at'].map(foldWord));
const BODY_NAME_LINKS = new Set(['for', 'of', 'and'].map(foldWord));
const CIVIL_BODIES = new Set(
  [
    'centre',
    'center',
    'network',
    'association',
    'organisation',
    'organization',
    'league',
    'foundation',
    'institute',
    'syndicate',
    'ngo',
    'charity',
    // "president of Hostage Aid Worldwide", "Human Rights Watch" ("International" names courts too).
    'worldwide',
    'watch',
    'réseau',
    'ligue',
    'fondation',
    'مركز',
    'شبكة',
    'رابطة',
    'جمعية',
    'منظمة',
    'مؤسسة',
  ].map(foldWord),
);

/** The role cues of a pre-chain told before «هو» + a kinship word with «و» («اختطف هو وزوجته»): said of the one before too. */
function heAndKinCues(ctx: Ctx, pre: Cue[]): Cue[] {
  const kin = pre.find((e) => e.def.kind === 'relative' && ctx.tokens[e.first].kind === 'ar' && ctx.tokens[e.first].norm.startsWith('و'));
  if (!kin) return [];
  const he = prevNonSpace(ctx.tokens, kin.first - 1);
  if (he < 0 || !SUBJECT_PRONOUNS.has(ctx.tokens[he].norm)) return [];
  return pre.filter((e) => e.def.kind === 'role' && e.last < he);
}

/** The name's sentence says it is spoken from inside a prison («من داخل السجن», "from inside the prison"). */
export function insidePrisonSentence(ctx: Ctx, c: Cand): boolean {
  const s = ctx.sentence[c.first];
  return ctx.cueList.some((e) => ctx.sentence[e.first] === s && INSIDE_PRISON.has(cueWords(ctx, e)));
}

/** «أسرة علي الشيخ أكدت…», "the family of Omar Haddad said", "Omar Haddad's family said": the family speaks. */
export function familySpeaks(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  // «عائلة الشاب محمد الحداد»: past titles too.
  if (familyPhraseBefore(ctx, c, true) || familyOfName(ctx, c)) return true;
  // "Haddad’s family": the possessive is folded into the name's last word or stands alone.
  let j = nextNonSpace(tokens, c.last + 1);
  if (tokens[j] && !isWordToken(tokens[j]) && (tokens[j].norm === "'" || tokens[j].norm === '’')) j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.norm === 's') j = nextNonSpace(tokens, j + 1);
  // "Omar Haddad's mother said…": she speaks.
  return (tokens[j] !== undefined && FAMILY_AFTER.has(tokens[j].norm)) || possessiveKinAfter(ctx, c);
}

const MAX_COMPLEMENT_WORDS = 8;
/** "4th Division", «la 4e division»: the letters of an ordinal after its number. */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'e', 'eme', 'er', 're']);
const MAX_PHRASE_BACK = 6;

/**
 * An official title right before a name but for its complement: "the head of the Palestine
 * Branch, X", "le chef de la branche 215, X", «القيادي في تحرير الشام "X"». Between them only
 * connectors, numbers, capitalised words, and facilities, groups or places may stand.
 */
function titleBeforeComplement(ctx: Ctx, c: Cand, kind: 'official' | 'otherTitle' = 'official'): boolean {
  const { tokens } = ctx;
  let j = c.first - 1;
  let words = 0;
  let commas = 0;
  while (j >= 0 && words < MAX_COMPLEMENT_WORDS) {
    const t = tokens[j];
    if (t.kind === 'sp' || t.kind === 'num') {
      j--;
      continue;
    }
    if (t.kind === 'nl' || (isSentencePunct(t) && endsSentence(ctx, j))) return false;
    if (t.kind === 'p') {
      if (isComma(t)) {
        if (++commas > 1) return false;
      } else if (!QUOTE_MARKS.has(t.norm) && t.norm !== '(' && t.norm !== ')' && t.norm !== '-') return false;
      j--;
      continue;
    }
    if (ctx.candAt[j] >= 0) return false;
    // «مدير سجن صيدنايا السابق محمد الحداد»: "former" after the complement.
    if (FORMER_QUALIFIERS.has(t.norm) && cueOf(ctx, j) === null) {
      j--;
      continue;
    }
    const cue = cueOf(ctx, j);
    if (cue && cue.def.kind === kind) return words > 0;
    if (cue && cue.def.kind !== 'neutral') return false;
    words++;
    if (cue) {
      j = cue.first - 1;
      continue;
    }
    // A facility, group or place that ends here: jump over it.
    let start = -1;
    for (let k = Math.max(0, j - MAX_PHRASE_BACK); k <= j && start < 0; k++) {
      const m = matchFacility(tokens, k) ?? organisationIndex.match(tokens, k) ?? matchPlace(tokens, k);
      if (m && m.last === j) start = k;
    }
    if (start >= 0) {
      j = start - 1;
      continue;
    }
    const ordinal = t.kind === 'lat' && ORDINAL_SUFFIXES.has(t.norm) && tokens[j - 1]?.kind === 'num';
    if (ordinal || COMPLEMENT_LINKS.has(t.norm) || isOrganisationWord(t) || (t.kind === 'lat' && t.cap)) {
      j--;
      continue;
    }
    return false;
  }
  return false;
}

/** "X said that detainees were tortured", «X إن المعتقلين…»: every role cue after the name follows a "that". */
function reportedOnly(ctx: Ctx, c: Cand, post: Cue[]): boolean {
  const roles = roleCues(post);
  if (roles.length === 0) return false;
  let that = -1;
  for (let j = c.last + 1; j < roles[0].first; j++) if (isWordToken(ctx.tokens[j]) && THAT_WORDS.has(ctx.tokens[j].norm)) that = j;
  return that >= 0;
}
/** «الفلسطيني», «السوريين», «الفلسطينيان»: an adjective of origin. */
const NISBA = new RegExp(`^${AR_AL}.{2,}(?:${['ي', 'يه', 'يان', 'يين', 'يون'].map(foldWord).join('|')})$`);

/** "Fatima Ali, Omar Haddad's mother, …": a comma, another name, "'s" and a kinship noun after the name. */
function possessiveKinAppositive(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const comma = nextNonSpace(tokens, c.last + 1);
  if (!isComma(tokens[comma])) return false;
  let j = nextNonSpace(tokens, comma + 1);
  const other = ctx.candAt[j];
  if (other < 0) return false;
  while (j + 1 < tokens.length && ctx.candAt[j + 1] === other) j++;
  const s = nextNonSpace(tokens, j + 1);
  return tokens[s]?.norm === 's' && kinNounIndex.match(tokens, nextNonSpace(tokens, s + 1)) !== null;
}

/**
 * "Since the arrest of her son Omar Haddad, Fatima Ali has toured the prisons", «Fatima Ali veut savoir la
 * vérité sur son fils»: a third person's kinship word elsewhere in the name's sentence, none of the name's own cues.
 */
function kinOfSomeoneInSentence(ctx: Ctx, c: Cand, own: Cue[]): boolean {
  const s = ctx.sentence[c.first];
  if (kinOfSomeoneIn(ctx, s, own)) return true;
  // «C'est le cas de Fatima Ali. Elle recherche son mari, Omar Haddad»: or in the next sentence, when it opens on "she"
  // or "he" of the name's sex.
  const { tokens } = ctx;
  // "But she admits…": past a conjunction.
  if (agreeingPronounOpening(ctx, c, s + 1, true) < 0) return false;
  // «Mohammed. Il a disparu en 1985, raconte sa sœur»: not when that sentence tells what befell "he" or "she" — a word
  // said of the kin ("her missing son") is the kin's.
  const kinAfter = (j: number) => kinNounIndex.match(tokens, nextNonSpace(tokens, j + 1)) !== null;
  if (ctx.cueList.some((e) => ctx.sentence[e.first] === s + 1 && e.def.kind === 'role' && !e.def.search && !kinAfter(e.last) && !kinRightBefore(ctx, e)))
    return false;
  // There the kinship word may be inside a search cue («recherche son mari»), or after a word of its own ("her missing son").
  for (let j = ctx.sentenceFirst[s + 1]; j <= ctx.sentenceLast[s + 1]; j++) {
    if (!THIRD_PERSON_POSSESSIVES.has(tokens[j].norm)) continue;
    const k = nextNonSpace(tokens, j + 1);
    if (
      kinAfter(j) ||
      (k < tokens.length && isWordToken(tokens[k]) && (KIN_ADJECTIVES.has(tokens[k].norm) || cueOf(ctx, k)?.def.kind === 'role') && kinAfter(k))
    )
      return true;
  }
  return false;
}
function kinOfSomeoneIn(ctx: Ctx, s: number, own: Cue[]): boolean {
  const { tokens } = ctx;
  for (let j = ctx.sentenceFirst[s]; j <= ctx.sentenceLast[s]; j++) {
    const cue = ctx.cueAt[j];
    if (!cue || cue.first !== j || cue.def.kind !== 'relative' || cue.def.firstPerson || own.includes(cue)) continue;
    // "Samir Nasser, a student, and his father Omar were arrested": the two are one subject.
    if (coordinatorBefore(ctx, j)) continue;
    if (tokens[j].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[j].norm)) return true;
  }
  return false;
}

/**
 * "…, where his wife Fatima Ali was abducted", «…, où son épouse, Fatima Ali, a été enlevée»: later in the sentence of
 * name k, a Latin possessive kinship phrase ("his", «son», «sa»…) and right after it (or its comma) a name held, gone
 * or dead.
 */
function possessiveKinOfHeldAfter(ctx: Ctx, cands: Cand[], decisions: Decision[], k: number): boolean {
  const { tokens } = ctx;
  const c = cands[k];
  const s = ctx.sentence[c.first];
  // "his wife Fatima Ali": the held name after a possessive kinship word at j, or undefined when none starts there.
  const kinOfHeld = (j: number): boolean | undefined => {
    const cue = ctx.cueAt[j];
    if (!cue || cue.first !== j || cue.def.kind !== 'relative' || cue.def.firstPerson) return undefined;
    if (tokens[j].kind !== 'lat' || !THIRD_PERSON_POSSESSIVES.has(tokens[j].norm)) return undefined;
    // "Samir Nasser, a student, and his father Omar were arrested": the two are one subject; not when all that is said
    // of the kinsman is his own ("Fatima Ali and her son Omar Haddad, who vanished in 2015").
    const coordinated = coordinatorBefore(ctx, j);
    let n = nextNonSpace(tokens, cue.last + 1);
    if (isComma(tokens[n])) n = nextNonSpace(tokens, n + 1);
    // «son épouse, la militante des droits de l'homme Fatima Ali»: past a title before the name.
    for (let w = 0; n < tokens.length && ctx.candAt[n] < 0 && w < MAX_TITLE_WORDS && isWordToken(tokens[n]); w++) n = nextNonSpace(tokens, n + 1);
    const m = n < tokens.length ? ctx.candAt[n] : -1;
    if (coordinated && !(m > k && decisions[m].cues.length > 0 && decisions[m].cues.every((e) => saidOfLaterOnly(ctx, cands[m], e)))) return false;
    return m > k && isDet(decisions[m].role);
  };
  for (let j = c.last + 1; j <= ctx.sentenceLast[s]; j++) {
    const found = kinOfHeld(j);
    if (found !== undefined) return found;
  }
  // "Fadi Khalil hopes to know the truth one day. Since 2014 he has sought what became of his brother Omar": the
  // next sentence, naming no one before the kinship word, whose "he" («il», «cet homme») may stand for the name.
  if (cands.some((m) => m !== c && m.first > c.last && ctx.sentence[m.first] === s)) return false;
  const next = s + 1;
  if (next >= ctx.sentenceFirst.length) return false;
  let he = false;
  for (let j = ctx.sentenceFirst[next]; j <= ctx.sentenceLast[next] && ctx.candAt[j] < 0; j++) {
    if (tokens[j].kind === 'lat' && PRONOUN_SEX.has(tokens[j].norm)) he ||= pronounAgrees(ctx, c, tokens[j].norm);
    // «cet homme», "this father": a demonstrative description of him.
    if (tokens[j].kind === 'lat' && DEMONSTRATIVES.has(tokens[j].norm)) he = true;
    const found = he ? kinOfHeld(j) : undefined;
    if (found !== undefined) return found;
  }
  return false;
}
export const DEMONSTRATIVES = new Set(['this', 'ce', 'cet', 'cette']);

const MAX_TITLE_WORDS = 8;

/** "and", «و», «ou» right before token j; not «où» ("where"), which folds to «ou»: «X vit à Douma, où son fils…». */
function coordinatorBefore(ctx: Ctx, j: number): boolean {
  return isCoordinator(ctx, ctx.tokens[prevNonSpace(ctx.tokens, j - 1)]);
}

/** Token t is "and", «و», «ou»; not «où» ("where"), which folds to «ou». */
function isCoordinator(ctx: Ctx, t: Token | undefined): boolean {
  return t !== undefined && isWordToken(t) && COORDINATORS.has(t.norm) && ctx.model.text.slice(t.s, t.e).toLowerCase() !== 'où';
}

/** "Fatima Ali, his mother, …", «فاطمة العلي، والدته، …»: a possessive kinship word set off by commas right after the name. */
function possessiveKinApposed(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const comma = nextNonSpace(tokens, c.last + 1);
  if (!isComma(tokens[comma])) return false;
  const kin = cueOf(ctx, nextNonSpace(tokens, comma + 1));
  return kin !== null && kin.def.kind === 'relative' && !kin.def.firstPerson && isComma(tokens[nextNonSpace(tokens, kin.last + 1)]);
}

/** The role cue of "said (that) he was arrested", «قال إنه اعتقل», «a dit qu'il a été arrêté» after a name's speech verb. */
function ownStoryCue(ctx: Ctx, chain: Cue[], c: Cand, pre: Cue[]): Cue | null {
  const { tokens } = ctx;
  // A relative («وقالت والدته فاطمة إنه اعتقل») tells of the one she is family of.
  if (pre.some((e) => e.def.kind === 'relative')) return null;
  const arabic = tokens[c.first].kind === 'ar';
  const from = speakerStoryStart(ctx, chain, c, pre);
  if (from < 0) return null;
  let j = nextNonSpace(tokens, from + 1);
  // «يقول محمد الحداد (35 عاماً)، وهو من داريا، إنه…»: past an age in brackets and an appositive set off by commas.
  if (arabic) j = pastAsides(ctx, j);
  // «قال محمد الحداد لوكالة فرانس برس إنه…», «روى محمد الحداد لعنب بلدي كيف اعتقل»: the one told, in «ل».
  if (arabic && tokens[j]?.kind === 'ar' && tokens[j].norm.startsWith(LAM) && cueOf(ctx, j) === null) {
    for (let k = j, n = 0; n < MAX_TOLD_WORDS && isWordToken(tokens[k]) && ctx.candAt[k] < 0; k = nextNonSpace(tokens, k + 1), n++) {
      if (OWN_STORY_THAT_AR.has(stripConj(tokens[k].norm)) || tokens[k].norm === AR_HOW) {
        j = k;
        break;
      }
    }
  }
  // «روى محمد الحداد كيف اعتقل»: "how", and the verb that holds its own subject.
  if (arabic && tokens[j]?.norm === AR_HOW) {
    const cue = cueOf(ctx, nextNonSpace(tokens, j + 1));
    return cue && cue.def.kind === 'role' && !cue.def.search && !endsOnObjectPronoun(ctx, cue) && !kinAppositive(ctx, c) && !arabicObjectAfter(ctx, cue)
      ? cue
      : null;
  }
  // «إنه», «أنها»: "that he/she" in one word.
  const arThatPronoun = tokens[j]?.kind === 'ar' && OWN_STORY_THAT_AR.has(stripConj(tokens[j].norm));
  // «وقال أحمد إنها اعتقلت»: a man who says "that she" tells of someone else, and so does a woman who says "that he".
  if (arThatPronoun && arabic && !speakerAgrees(ctx, pre.filter((e) => saidBy(ctx, e)).at(-1), tokens[j].norm)) return null;
  if (!arThatPronoun) {
    // "told Al Jazeera that he…", "told reporters he…", «a confié à l'AFP qu'il…»: the one told, not a name of the post.
    for (let n = 0; n < MAX_TOLD_WORDS && ctx.candAt[j] < 0 && toldObjectWord(tokens[j]); n++) j = nextNonSpace(tokens, j + 1);
    if (tokens[j] && isWordToken(tokens[j]) && THAT_WORDS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
    // «dit avoir été torturé», «a expliqué avoir passé neuf ans à Saydnaya»: the speaker's own past.
    else if (tokens[j]?.norm === AVOIR) {
      j = nextNonSpace(tokens, j + 1);
      for (let n = 0; n < MAX_OWN_STORY_AUX && tokens[j] && PASSIVE_AUX.has(tokens[j].norm); n++) j = nextNonSpace(tokens, j + 1);
      const cue = tokens[j] ? cueOf(ctx, j) : null;
      return cue && cue.first === j && cue.def.kind === 'role' && !cue.def.search && !kinAppositive(ctx, c) && !possessiveKinAppositive(ctx, c) ? cue : null;
    }
    // "recalled the day he was arrested", «raconte le jour où il a été arrêté», "described how he was tortured"
    for (let n = 0; n < MAX_STORY_OPENERS && tokens[j] && isWordToken(tokens[j]) && STORY_OPENERS.has(tokens[j].norm); n++) j = nextNonSpace(tokens, j + 1);
    if (!tokens[j] || !isWordToken(tokens[j]) || !SUBJECT_PRONOUNS.has(tokens[j].norm)) return null;
    // "Fatima Ali said he had been arrested": a woman who says "he", or a man who says "she", tells of someone else.
    if (!pronounAgrees(ctx, c, tokens[j].norm)) return null;
  }
  j = nextNonSpace(tokens, j + 1);
  const roleAt = (k: number): Cue | null => {
    const cue = tokens[k] ? cueOf(ctx, k) : null;
    return cue && cue.first === k && cue.def.kind === 'role' && !cue.def.search && !endsOnObjectPronoun(ctx, cue) ? cue : null;
  };
  // "he was arrested"; "he was picked up", whose cue holds its "was".
  for (
    let n = 0;
    n < MAX_OWN_STORY_AUX &&
    !roleAt(j) &&
    tokens[j] &&
    isWordToken(tokens[j]) &&
    (PASSIVE_AUX.has(tokens[j].norm) || PERFECT_AUX.has(tokens[j].norm) || cueOf(ctx, j)?.def.kind === 'neutral');
    n++
  )
    j = nextNonSpace(tokens, j + 1);
  const cue = roleAt(j);
  // So does one in apposition to a kinship phrase ("Fatima Ali, the mother of Omar Haddad, says he…").
  return cue && !kinAppositive(ctx, c) && !possessiveKinAppositive(ctx, c) ? cue : null;
}
const MAX_OWN_STORY_AUX = 3;
const STORY_OPENERS = new Set(['how', 'when', 'the', 'day', 'moment', 'night', 'comment', 'quand', 'le', 'du', 'jour', 'où'].map(foldWord));
const MAX_STORY_OPENERS = 3;
const TOLD_OBJECTS = new Set(
  ['the', 'to', 'reporters', 'journalists', 'us', 'me', 'him', 'her', 'them', 'à', 'au', 'aux', 'l', 'la', 'le', 'les'].map(foldWord),
);
const MAX_TOLD_WORDS = 5;
/** A word of the one told ("the BBC", «à l'AFP»): capitalised, one of TOLD_OBJECTS, or an apostrophe. */
const toldObjectWord = (t: Token | undefined): boolean =>
  t !== undefined && ((t.kind === 'lat' && (t.cap || TOLD_OBJECTS.has(t.norm))) || t.norm === "'" || t.norm === '’');
const AVOIR = foldWord('avoir');
const AR_HOW = foldWord('كيف');

/**
 * Where what a name says starts, or -1 when it says nothing. Latin script: "X said (that) he …", after the
 * name's own speech verb. Arabic: «قال عمر الحداد إنه اعتقل», the verb before the name and the story right after
 * it; after the name and its verb («ميشيل كيلو … أكد أنه محتجز») «أنه» is often someone else.
 */
function speakerStoryStart(ctx: Ctx, chain: Cue[], c: Cand, pre: Cue[]): number {
  const speech = chain[chain.length - 1];
  if (ctx.tokens[c.first].kind !== 'ar') return saidBy(ctx, speech) ? saidAfterAside(ctx, speech).last : -1;
  if (chain.length === 0 && pre.some((e) => saidBy(ctx, e))) return c.last;
  // «الشابة نعمة العلواني، تتحدث عن تجربة اعتقالها»: a speech verb in the present right after the name and its comma.
  const first = chain[0];
  if (first === undefined || !saidBy(ctx, first) || !AR_PRESENT.test(ctx.tokens[first.first].norm)) return -1;
  let j = nextNonSpace(ctx.tokens, c.last + 1);
  if (isComma(ctx.tokens[j])) j = nextNonSpace(ctx.tokens, j + 1);
  return j === first.first ? first.last : -1;
}
const AR_PRESENT = new RegExp(`^[${foldWord('يت')}]`);
/**
 * "Omar Haddad, speaking from Gaziantep, said he…", "speaking to AFP by phone, said he…": past a speech participle
 * set off by commas to the verb after it, in the same sentence and naming no one between; else `speech`.
 */
function saidAfterAside(ctx: Ctx, speech: Cue): Cue {
  const { tokens } = ctx;
  if (!SPEECH_PARTICIPLES.has(tokens[speech.first].norm)) return speech;
  for (let j = nextNonSpace(tokens, speech.last + 1), n = 0; j < tokens.length && n < MAX_ASIDE_WORDS; j = nextNonSpace(tokens, j + 1), n++) {
    if (ctx.candAt[j] >= 0 || ctx.sentence[j] !== ctx.sentence[speech.first]) return speech;
    if (!isComma(tokens[j])) continue;
    const verb = cueOf(ctx, nextNonSpace(tokens, j + 1));
    return verb && saidBy(ctx, verb) ? verb : speech;
  }
  return speech;
}
const SPEECH_PARTICIPLES = new Set(['speaking', 'talking', 'writing']);

/** A role cue between tokens `a` and `b` ("documented the arrest of …"), not a word for one held («وذكر المعتقل X»: he speaks). */
export function roleNounBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    const e = cueOf(ctx, j);
    if (e && e.def.kind === 'role' && !isStatusNoun(ctx, e) && !e.former) return true;
  }
  return false;
}

/** «…ومصطفى جمعة حسن، فقد أكد الأهالي أن…»: an Arabic speech verb whose speaker («الأهالي», «المصدر») stands right after it. */
export function speakerAfterVerb(ctx: Ctx, e: Cue): boolean {
  const t = ctx.tokens[nextNonSpace(ctx.tokens, e.last + 1)];
  return t !== undefined && t.kind === 'ar' && AR_SPEAKERS_AFTER_VERB.has(stripConj(t.norm));
}

/** «"… ونايف أيوب شعبان" الذين قال إنهم اعتقلوا»: a singular Arabic speech verb after "whom" (plural) has another subject. */
export function saidOfWhom(ctx: Ctx, e: Cue): boolean {
  const { tokens } = ctx;
  return tokens[e.first].kind === 'ar' && !pluralArabicVerb(ctx, e) && PLURAL_RELATIVES.has(tokens[prevNonSpace(tokens, e.first - 1)]?.norm ?? '');
}
const PLURAL_RELATIVES = new Set(['الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'].map(foldWord));
const MAX_ASIDE_WORDS = 8;
/** A speech verb that is the speaker's own, not a source ("according to"). */
const saidBy = (ctx: Ctx, e: Cue | undefined): boolean => e !== undefined && e.def.kind === 'speech' && !SPEECH_SOURCES.has(cueWords(ctx, e));
/** «Adnane Addoum, selon qui …», "…, according to whom", «…، بحسب قوله»: a source word whose source is the name before it. */
function sourceIsName(ctx: Ctx, e: Cue): boolean {
  const next = ctx.tokens[nextNonSpace(ctx.tokens, e.last + 1)];
  return next !== undefined && isWordToken(next) && SOURCE_BACK_REFERENCES.has(next.norm);
}

/**
 * "Omar Haddad spoke about his years of detention", «تحدث محمد الحداد عن سنوات اعتقاله», «Omar Haddad raconte les
 * tortures subies pendant sa détention»: a speaker who tells of a detention with his own possessive on it («ـه»,
 * "his", «sa») tells his own story (GUIDE.md: a former prisoner telling his story is released). Not past another
 * name or a kinship word ("spoke about her son's detention"), nor when the speaker is family or in apposition to it.
 * A term served right after the verb needs no possessive: «raconte les mois passés en prison».
 */
function ownDetentionTold(ctx: Ctx, chain: Cue[], c: Cand, pre: Cue[]): Cue | null {
  const { tokens } = ctx;
  if (pre.some((e) => e.def.kind === 'relative' || e.def.kind === 'otherTitle' || e.def.kind === 'official')) return null;
  if (chain.some((e) => e.def.kind === 'otherTitle' || e.def.kind === 'official')) return null;
  const from = speakerStoryStart(ctx, chain, c, pre);
  if (from < 0) return null;
  // "Omar Haddad was arrested. His lawyer Fadi Khalil said his detention…": "his" may be anyone named before.
  const s = ctx.sentence[c.first];
  for (let i = ctx.sentenceFirst[Math.max(0, s - ANAPHOR_SENTENCES)]; i < c.first; i++) if (ctx.candAt[i] >= 0) return null;
  const arabic = tokens[c.first].kind === 'ar';
  for (let j = nextNonSpace(tokens, from + 1), n = 0; j < tokens.length && n < OWN_DETENTION_WORDS && ctx.sentence[j] === s; j = nextNonSpace(tokens, j + 1)) {
    const t = tokens[j];
    if (!isWordToken(t)) continue;
    n++;
    // «décrit son séjour en détention»: French «son» is "his", not the English kinship noun.
    const kin = kinNounIndex.match(tokens, j) !== null && !(ctx.lang === 'fr' && THIRD_PERSON_POSSESSIVES.has(t.norm));
    // «a reconnu l'homme filmé après sa libération»: "his" is the man's.
    if (ctx.candAt[j] >= 0 || kin || CLIENT_WORDS.has(t.norm) || PERSON_NOUNS.has(t.norm)) return null;
    const cue = cueOf(ctx, j);
    if (!cue || cue.first !== j) continue;
    if (cue.def.kind === 'relative') return null;
    if (cue.def.kind !== 'role' || (cue.role !== 'detainee' && cue.role !== 'released')) continue;
    // "told the story of her detained son": the adjective of a kinship noun is the kin's.
    const after = nextNonSpace(tokens, cue.last + 1);
    if (after < tokens.length && kinNounIndex.match(tokens, after) !== null) return null;
    // "said intelligence officers held him", «raconte qu'ils l'ont détenu»: "him" / «l'» is the speaker too.
    // «raconte les mois passés en prison», "recounts the years spent in Saydnaya": a term served, right after the verb.
    const own =
      (n <= TOLD_TERM_WORDS && cue.role === 'released' && isServedUnit(tokens[cue.first])) ||
      (arabic
        ? AR_OWN_NOUN.test(tokens[cue.last].norm) && !tokens[cue.first].norm.startsWith(AR_AL)
        : possessiveShortlyBefore(ctx, cue.first) || possessiveShortlyBefore(ctx, cue.last) || objectPronounBack(ctx, cue));
    if (!own || kinAppositive(ctx, c) || possessiveKinAppositive(ctx, c)) return null;
    cue.told = true;
    return cue;
  }
  return null;
}
const OWN_DETENTION_WORDS = 12;

/** Past a bracket («(35 عاماً)») and then a cue-free appositive between commas that start at token `j`, if any. */
function pastAsides(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.norm === '(') {
    const k = bracketEnd(tokens, j);
    if (tokens[k]?.norm === ')') j = nextNonSpace(tokens, k + 1);
  }
  if (isComma(tokens[j])) {
    const close = appositiveEnd(ctx, j);
    if (close > j) j = nextNonSpace(tokens, close + 1);
  }
  return j;
}
/** The ")" that closes the bracket opened at `open`, or where the search stopped (a line's end, ten tokens on). */
function bracketEnd(tokens: Token[], open: number): number {
  let k = open + 1;
  while (k < tokens.length && k - open < MAX_BRACKET_TOKENS && tokens[k].norm !== ')' && tokens[k].kind !== 'nl') k++;
  return k;
}
const MAX_BRACKET_TOKENS = 10;
/** Words between a speech verb and a term served it tells of as the speaker's own. */
const TOLD_TERM_WORDS = 3;
/** "his client's detention", «اعتقال موكله»: the speaker's client, not the speaker. */
const CLIENT_WORDS = new Set(['client', 'clients', 'موكله', 'موكلها', 'موكلي', 'موكلنا'].map(foldWord));
/** «اعتقاله», «احتجازها»: a verbal noun with "his" or "her" on it. */
const AR_OWN_NOUN = new RegExp(`(?:${['ه', 'ها'].map(foldWord).join('|')})$`);
/** "his detention", "his years of detention", «sa détention»: a possessive at token i or within three words before it. */
function possessiveShortlyBefore(ctx: Ctx, i: number): boolean {
  for (let j = i, n = 0; j >= 0 && n < 4 && isWordToken(ctx.tokens[j]); j = prevNonSpace(ctx.tokens, j - 1), n++)
    if (POSSESSIVES.has(ctx.tokens[j].norm)) return true;
  return false;
}
const OWN_STORY_THAT_AR = new Set(['إنه', 'أنه', 'بأنه', 'إنها', 'أنها', 'بأنها'].map(foldWord));
const AR_TA = foldWord('ت');
const AR_HA = foldWord('ها');

/** The speech verb and «إنه»/«إنها» agree: «قالت … إنها», «قال … إنه» (a verb in «ت» is a woman's). */
function speakerAgrees(ctx: Ctx, verb: Cue | undefined, pronoun: string): boolean {
  if (!verb || ctx.tokens[verb.first].kind !== 'ar') return true;
  return stripConj(ctx.tokens[verb.first].norm).endsWith(AR_TA) === pronoun.endsWith(AR_HA);
}

/**
 * «قال X إن الأمن اعتقل شابين», "X told us that security forces arrested dozens": between the name
 * and a later cue, "that" opens a clause whose subject is something else; the cue is not the name's.
 * "that he was arrested" (a pronoun, or «أنه») may be the speaker's own story and is left alone.
 */
function reportedClauseSubject(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (!isWordToken(t) || !THAT_WORDS.has(stripConj(t.norm))) continue;
    const k = nextNonSpace(tokens, j + 1);
    if (k >= to) return false;
    const subject = tokens[k];
    if (!isWordToken(subject) || ctx.candAt[k] >= 0 || SUBJECT_PRONOUNS.has(subject.norm)) return false;
    const cue = cueOf(ctx, k);
    return cue === null || cue.def.kind === 'neutral' || cue.def.kind === 'official';
  }
  return false;
}
/** A speech verb starts between tokens `from` and `to`. */
function speechBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const cue = ctx.cueAt[j];
    if (cue && cue.first === j && cue.def.kind === 'speech') return true;
  }
  return false;
}

/** The first token of the last name that starts before token `to` and at or after `from`, or -1. */
function lastNameTokenBefore(ctx: Ctx, to: number, from: number): number {
  for (let j = to - 1; j >= from; j--) if (ctx.candAt[j] >= 0 && (j === 0 || ctx.candAt[j - 1] !== ctx.candAt[j])) return j;
  return -1;
}

/** The first speech verb with its subject after it (invertedSpeech) that starts after token `from`, up to `to`, or -1. */
function invertedSpeechAfter(ctx: Ctx, from: number, to: number): number {
  for (let j = from + 1; j <= to; j++) {
    const cue = ctx.cueAt[j];
    if (cue && cue.first === j && cue.def.kind === 'speech' && invertedSpeech(ctx, cue)) return j;
  }
  return -1;
}

// «que celui-ci était mort»: "the latter", the one last named.
const SUBJECT_PRONOUNS = new Set(
  ['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', 'هو', 'هي', 'هم'].map(foldWord),
);

/** The cue lies in the sentence right after the name's, which opens on a Latin subject pronoun of the name's sex. */
function nextSentenceOnHim(ctx: Ctx, c: Cand, cue: Cue): boolean {
  const s = ctx.sentence[cue.first];
  return s === ctx.sentence[c.first] + 1 && agreeingPronounOpening(ctx, c, s) >= 0;
}

/**
 * The Latin subject pronoun of `c`'s sex ("she", «il») that sentence `s` opens on — past "But", «Mais» when `pastConjunction`
 * — or -1.
 */
function agreeingPronounOpening(ctx: Ctx, c: Cand, s: number, pastConjunction = false): number {
  const { tokens } = ctx;
  if (ctx.sentenceFirst[s] === undefined) return -1;
  let o = nextNonSpace(tokens, ctx.sentenceFirst[s]);
  if (pastConjunction && o < tokens.length && OPENING_CONJUNCTIONS.has(tokens[o].norm)) o = nextNonSpace(tokens, o + 1);
  const t = tokens[o];
  return t !== undefined && t.kind === 'lat' && PRONOUN_SEX.has(t.norm) && pronounAgrees(ctx, c, t.norm) ? o : -1;
}
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'mais', 'et'].map(foldWord));

/** A Latin subject pronoun ("he", «elle») that may stand for `c`: of the sex of its given name, where the gazetteer knows it. */
function pronounAgrees(ctx: Ctx, c: Cand, pronoun: string): boolean {
  return sexAgrees(ctx, c, PRONOUN_SEX.get(pronoun));
}
/** The name's given name is of `sex`, or either is unknown. */
function sexAgrees(ctx: Ctx, c: Cand, sex: 'm' | 'f' | undefined): boolean {
  const given = ctx.tokens.slice(c.first, c.last + 1).find(isWordToken);
  const named = given ? LAT_GIVEN_SEX.get(given.norm) : undefined;
  return sex === undefined || named === undefined || sex === named;
}
/** "his fate" after "Fatima Ali": an English possessive inside the cue of the other sex than the name's. */
function possessiveDisagrees(ctx: Ctx, c: Cand, cue: Cue): boolean {
  for (let i = cue.first; i <= cue.last; i++) {
    const t = ctx.tokens[i];
    const sex = t.kind === 'lat' ? POSSESSIVE_SEX.get(t.norm) : undefined;
    if (sex !== undefined) return !sexAgrees(ctx, c, sex);
  }
  return false;
}
/** "their release", «leur libération», «qu'ils ont été libérés»: a plural possessive or subject pronoun right before the cue, past auxiliaries. */
function pluralRightBefore(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < MAX_PLURAL_AUX && j >= 0 && isWordToken(tokens[j]) && (PASSIVE_AUX.has(tokens[j].norm) || PERFECT_AUX.has(tokens[j].norm)); n++)
    j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !isWordToken(tokens[j])) return false;
  if (PLURAL_OTHERS.has(tokens[j].norm)) return true;
  // «pour les faire libérer», "to get them freed": the causative's plural object.
  const causative = CAUSATIVES.has(tokens[j].norm) ? prevNonSpace(tokens, j - 1) : -1;
  if (causative >= 0 && isWordToken(tokens[causative]) && PLURAL_OBJECTS.has(tokens[causative].norm)) return true;
  return CAUSATIVES.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '') && tokens[j].norm === THEM;
}
const MAX_PLURAL_AUX = 2;
const PLURAL_SUBJECTS = new Set(['they', 'ils', 'elles'].map(foldWord));
const THIRD_PERSON_PLURAL_POSSESSIVES = new Set(['their', 'leur', 'leurs'].map(foldWord));
const PLURAL_OTHERS = new Set([...PLURAL_SUBJECTS, ...THIRD_PERSON_PLURAL_POSSESSIVES]);
const CAUSATIVES = new Set(['faire', 'fait', 'get', 'have'].map(foldWord));
const PLURAL_OBJECTS = new Set(['les'].map(foldWord));

const POSSESSIVE_SEX = new Map<string, 'm' | 'f'>([
  ['his', 'm'],
  ['her', 'f'],
]);

/** The first Latin subject pronoun between tokens `from` and `to` is there and stands for `c`. */
function subjectPronounAgrees(ctx: Ctx, c: Cand, from: number, to: number): boolean {
  const i = firstSubjectPronoun(ctx, from, to);
  return i >= 0 && pronounAgrees(ctx, c, ctx.tokens[i].norm);
}

/** The first Latin subject pronoun between tokens `from` and `to` (a sentence's start and a cue), if any, may stand for `c`. */
function subjectAgrees(ctx: Ctx, c: Cand, from: number, to: number): boolean {
  const i = firstSubjectPronoun(ctx, from, to);
  return i < 0 || pronounAgrees(ctx, c, ctx.tokens[i].norm);
}
/** «C'est … qu'il …», «Et c'est …»: a French cleft sentence opening at token `first`, whose subject comes after what it stresses. */
function opensCleft(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx;
  let j = nextNonSpace(tokens, first);
  if (j < tokens.length && tokens[j].kind === 'lat' && COORDINATORS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  const est = nextNonSpace(tokens, j + 1);
  return j < tokens.length && tokens[j].norm === 'c' && est < tokens.length && tokens[est].norm === 'est';
}
/** The first Latin subject pronoun of one sex ("he", «elle») between tokens `from` and `to`, or -1. */
function firstSubjectPronoun(ctx: Ctx, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.tokens[i].kind === 'lat' && PRONOUN_SEX.has(ctx.tokens[i].norm)) return i;
  return -1;
}
/** The sentence from `from` opens, before token `to`, on "they", «ils», «elles». */
function pluralSubjectOpens(ctx: Ctx, from: number, cue: Cue): boolean {
  const { tokens } = ctx;
  const j = nextNonSpace(tokens, from);
  if (!(j < cue.first && tokens[j].kind === 'lat' && PLURAL_SUBJECTS.has(tokens[j].norm))) return false;
  // "They arrested him", «Ils l'ont arrêté»: they are who did it, to one they name by a pronoun.
  const last = nextNonSpace(tokens, cue.last + 1);
  for (let k = nextNonSpace(tokens, j + 1); k <= last && k < tokens.length; k = nextNonSpace(tokens, k + 1))
    if (isWordToken(tokens[k]) && OBJECT_PRONOUNS_LAT.has(tokens[k].norm)) return false;
  return true;
}
const OBJECT_PRONOUNS_LAT = new Set(['him', 'her', 'l', 'le', 'la', 'lui'].map(foldWord));

/** "he", «il», "she", «elle»: the Latin subject pronouns of one sex (kinPronounCues' too). */
const PRONOUN_SEX = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['il', 'm'],
  ['she', 'f'],
  ['elle', 'f'],
]);

/** A kunya («أم X», «أبو X», "Oum X", "Abu X") whose X is the given name of another person named in the post. */
function parentKunya(ctx: Ctx, cands: Cand[], k: number): boolean {
  const c = cands[k];
  const words = ctx.tokens.slice(c.first, c.last + 1).filter(isWordToken);
  if (words.length < 2) return false;
  const head = stripConj(words[0].norm);
  if (!(AR_KUNYA_HEAD.has(head) || LAT_KUNYA_HEADS.has(words[0].norm))) return false;
  const child = words[1].norm;
  return cands.some((m, j) => {
    if (j === k || m.kunyaOnly) return false;
    const first = ctx.tokens.slice(m.first, m.last + 1).find(isWordToken);
    return first !== undefined && stripConj(first.norm) === child && (m.first > c.last || m.last < c.first);
  });
}

/**
 * Post cues that describe the name itself. A relative inside an appositive to a name
 * ("Samir Haddad, son of Omar Darwish, was released") leaves the cues after the closing
 * comma to the name the appositive is about; after an opening phrase ("Arrested in 1986,
 * her son, Samir, remained among the disappeared") they are the relative's own.
 */
function ownPostRoles(ctx: Ctx, c: Cand, post: Cue[], relative: boolean): Cue[] {
  const comma = prevNonSpace(ctx.tokens, relativeStart(ctx, c) - 1);
  const inAppositive = relative && isComma(ctx.tokens[comma]) && ctx.candAt[prevNonSpace(ctx.tokens, comma - 1)] >= 0;
  return roleCues(post).filter((cue) => {
    if (!inAppositive) return true;
    for (let j = c.last + 1; j < cue.first; j++) if (isComma(ctx.tokens[j])) return false;
    return true;
  });
}

/**
 * "Fatima Haddad, the mother of Omar Haddad", "Lina, sœur du détenu", «لينا الحداد، شقيقة المعتقل عمر»,
 * "Wafa Mustafa, whose father…": the appositive says the name is someone's relative. A possessive one
 * says nothing: "Mohammad, her son, missing since 2013" is the one missing.
 * The noun must be followed by a name or a word for a detainee («ابن داريا» is a hometown, "son of the
 * minister" no detainee's family).
 */
function kinAppositive(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let j = nextNonSpace(tokens, c.last + 1);
  // «الشيخ "أحمد العلي" والد محمد»: past the quote that closes the name.
  if (tokens[j] && QUOTE_MARKS.has(tokens[j].norm) && tokens[j + 1]?.kind === 'sp') j = nextNonSpace(tokens, j + 1);
  // «فاطمة الحداد أم لثلاثة معتقلين»: "mother of" with «ل» right after the name, and a word for people held
  // («أم لطفلين» is only a mother of two).
  if (tokens[j] && PARENT_NOUNS.has(tokens[j].norm)) {
    const of = nextNonSpace(tokens, j + 1);
    if (tokens[of]?.kind === 'ar' && tokens[of].norm.startsWith(LAM)) {
      for (const k of [of, nextNonSpace(tokens, of + 1)]) {
        const held = k < tokens.length ? cueOf(ctx, k) : null;
        if (held && held.def.kind === 'role' && isStatusNoun(ctx, held)) return true;
      }
    }
  }
  // «فاطمة الحداد زوجة المعتقل عمر»: an Arabic kinship noun in construct right after the name needs no comma.
  // «محمد الحداد شقيق معتقل»: a masculine one too, before an indefinite status noun.
  const statusAfter = (kin: number): boolean => {
    const held = cueOf(ctx, nextNonSpace(tokens, kin + 1));
    return held !== null && opensWithArabicStatus(ctx, held) && !stripConj(tokens[held.first].norm).startsWith(AR_AL);
  };
  // "Samir Nasser is the brother of Omar Haddad", «سمير ناصر هو شقيق محمد الحداد»: kinship said with "is", no comma.
  const copula = tokens[j] !== undefined && KIN_COPULAS.has(tokens[j].norm);
  if (copula) j = nextNonSpace(tokens, j + 1);
  else if (!(j < tokens.length && tokens[j].kind === 'ar' && kinNounIndex.match(tokens, j)?.last === j && (constructKin(ctx, j, j) || statusAfter(j)))) {
    // «أحلام سعود (أم المعتقل عبد الله)», "Fatima Ali (the mother of detainee Omar)": brackets set it off too.
    if (!isComma(tokens[j]) && tokens[j]?.norm !== '(') return false;
    j = nextNonSpace(tokens, j + 1);
    // "Fatima Haddad, 52, whose two sons…": past an age between commas.
    const after = nextNonSpace(tokens, j + 1);
    if (tokens[j]?.kind === 'num' && isComma(tokens[after])) j = nextNonSpace(tokens, after + 1);
  }
  // «محمد الحداد، الذي اعتقل شقيقه», «فاطمة العلي، التي قتل ابنها تحت التعذيب»: "who … his brother", the
  // Arabic "whose brother was arrested".
  if (tokens[j] && AR_WHO.has(tokens[j].norm)) {
    const verb = cueOf(ctx, nextNonSpace(tokens, j + 1));
    const kinWord = verb && verb.def.kind === 'role' ? tokens[nextNonSpace(tokens, verb.last + 1)] : undefined;
    if (kinWord && AR_KIN_OF_HIM.has(kinWord.norm)) return true;
  }
  let whose = false;
  if (tokens[j] && KIN_WHOSE.has(tokens[j].norm)) {
    whose = true;
    j = nextNonSpace(tokens, j + 1);
  }
  if (tokens[j] && KIN_ARTICLES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.norm === "'" || tokens[j]?.norm === '’') j = nextNonSpace(tokens, j + 1);
  // «، وهي أم لمعتقل مغيب», «، أم معتقل»: «أم» (also "or") is a mother before a word for someone held.
  if (tokens[j] && tokens[j].kind === 'ar' && SUBJECT_PRONOUNS.has(stripConj(tokens[j].norm))) j = nextNonSpace(tokens, j + 1);
  if (tokens[j]?.norm === AR_UMM) {
    const next = cueOf(ctx, nextNonSpace(tokens, j + 1));
    if (next !== null && next.def.kind === 'role' && isStatusNoun(ctx, next)) return true;
  }
  // "whose two brothers", «dont les trois frères»
  if (whose && tokens[j] && (tokens[j].kind === 'num' || SERVED_NUMBERS.has(tokens[j].norm))) j = nextNonSpace(tokens, j + 1);
  // "Samir Haddad, the journalist's brother": a title's possessive, then the kinship noun; not when a role word follows
  // the apposition ("…, the journalist's brother, was arrested").
  const title = tokens[j]?.kind === 'lat' ? cueOf(ctx, j) : null;
  if (title && title.first === j && (title.def.kind === 'otherTitle' || (title.def.kind === 'role' && isStatusNoun(ctx, title)))) {
    const s = nextNonSpace(tokens, title.last + 1);
    const kinAfter = tokens[s]?.norm === 's' ? kinNounIndex.match(tokens, nextNonSpace(tokens, s + 1)) : null;
    if (kinAfter) return !roleAfterApposition(ctx, kinAfter.last);
  }
  const kin = tokens[j] ? kinNounIndex.match(tokens, j) : null;
  if (!kin) return false;
  // «X, dont la famille est sans nouvelles», "X, whose mother is still searching": it is X nobody has news of.
  // "Omar Haddad, whose brother disappeared in 2013, was arrested in 2015": the verb after the clause is his own,
  // and a detainee's role outweighs a relative's.
  if (whose) return !noNewsAfter(ctx, kin.last) && !roleAfterApposition(ctx, kin.last);
  let k = nextNonSpace(tokens, kin.last + 1);
  if (tokens[j].kind === 'lat') {
    if (!tokens[k] || !KIN_LINKS.has(tokens[k].norm)) return false;
    k = nextNonSpace(tokens, k + 1);
    if (tokens[k]?.norm === "'" || tokens[k]?.norm === '’') k = nextNonSpace(tokens, k + 1);
    if (tokens[k] && KIN_ARTICLES.has(tokens[k].norm)) k = nextNonSpace(tokens, k + 1);
    if (tokens[k]?.norm === "'" || tokens[k]?.norm === '’') k = nextNonSpace(tokens, k + 1);
  }
  // «mère de trois détenus», "mother of two detainees"
  if (tokens[k] && (tokens[k].kind === 'num' || SERVED_NUMBERS.has(tokens[k].norm))) k = nextNonSpace(tokens, k + 1);
  // "the brother of one of the detainees", «frère d'un des détenus», «شقيق أحد المعتقلين»
  for (let n = 0; n < MAX_ONE_OF_WORDS && tokens[k] && isWordToken(tokens[k]) && ONE_OF_THE.has(tokens[k].norm); n++) k = nextNonSpace(tokens, k + 1);
  if (k < 0 || k >= tokens.length) return false;
  if (ctx.candAt[k] >= 0) return true;
  // «والد محمد المفرج عنه»: a given name alone, and what it is said to be right after it.
  if (tokens[k].kind === 'ar' && AR_GIVEN.has(tokens[k].norm)) {
    const said = cueOf(ctx, nextNonSpace(tokens, k + 1));
    if (said !== null && said.def.kind === 'role' && tokens[said.first].norm.startsWith(AR_AL)) return true;
  }
  const next = cueOf(ctx, k);
  // "Samir Haddad, the brother of the journalist, said", «le frère du correspondant»: the kin of someone a title names;
  // not "…, the brother of the journalist, was arrested", where the verb after the apposition is his.
  if (next !== null && next.first === k && next.def.kind === 'otherTitle' && tokens[k].kind === 'lat') return !roleAfterApposition(ctx, next.last);
  // «، زوجة المعارض محمد الحداد»: an Arabic title in construct, then the name it goes with.
  if (next !== null && next.first === k && next.def.kind === 'otherTitle' && tokens[k].kind === 'ar' && ctx.candAt[nextNonSpace(tokens, next.last + 1)] >= 0)
    return true;
  // «شقيق معتقل مغيب»: a cue that opens with the status noun.
  return next !== null && next.first === k && next.def.kind === 'role' && (isStatusNoun(ctx, next) || opensWithArabicStatus(ctx, next));
}

/** The first cue after the comma that closes an apposition going on past token `from` is a role word ("…, was arrested"). */
function roleAfterApposition(ctx: Ctx, from: number): boolean {
  const { tokens } = ctx;
  for (let j = nextNonSpace(tokens, from + 1), n = 0; j < tokens.length && n < MAX_APPOSITION_TAIL_TOKENS; j = nextNonSpace(tokens, j + 1), n++) {
    if (isSentencePunct(tokens[j])) return false;
    if (!isComma(tokens[j])) continue;
    for (
      let k = nextNonSpace(tokens, j + 1), m = 0;
      k < tokens.length && m < MAX_APPOSITION_TAIL_TOKENS && isWordToken(tokens[k]);
      k = nextNonSpace(tokens, k + 1), m++
    ) {
      const cue = cueOf(ctx, k);
      // "…, is looking for him": a search is the searcher's only as family; "…, has campaigned for the missing": of others.
      if (cue && cue.first === k && cue.def.kind !== 'neutral') return cue.def.kind === 'role' && !cue.def.search && !ofOthers(ctx, cue);
    }
    return false;
  }
  return false;
}
const MAX_APPOSITION_TAIL_TOKENS = 6;

/** «معتقل منذ», «معتقل مغيب»: an Arabic role cue of several words whose first is a status noun. */
function opensWithArabicStatus(ctx: Ctx, cue: Cue): boolean {
  const t = ctx.tokens[cue.first];
  return t.kind === 'ar' && cue.def.kind === 'role' && (isStatusNoun(ctx, cue) || STATUS_NOUNS.has(stripConj(t.norm)));
}

const ONE_OF_THE = new Set(['one', 'of', 'the', 'un', 'une', 'des', 'أحد', 'إحدى'].map(foldWord));
const MAX_ONE_OF_WORDS = 3;

/**
 * "Fatima Ali told the story of her detained son", "Omar Haddad visited his missing brother's grave": later in the
 * name's sentence, a role word between "her"/"his" and a kinship noun says what befell the name's family.
 */
function ownKinHeld(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (tokens[c.first].kind !== 'lat') return false;
  return wordAfterName(ctx, c, (j) => {
    if (!THIRD_PERSON_POSSESSIVES.has(tokens[j].norm) || !pronounAgrees(ctx, c, tokens[j].norm)) return null;
    const cue = cueOf(ctx, nextNonSpace(tokens, j + 1));
    if (!cue || cue.first !== nextNonSpace(tokens, j + 1) || cue.def.kind !== 'role') return null;
    const kin = nextNonSpace(tokens, cue.last + 1);
    return kin < tokens.length && kinNounIndex.match(tokens, kin) !== null ? true : null;
  });
}

/**
 * The first answer `test` gives (not null) for a word after the name in its sentence, up to MAX_PARENT_WORDS words
 * and no further than another name; false when there is none.
 */
function wordAfterName(ctx: Ctx, c: Cand, test: (j: number) => boolean | null): boolean {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  for (let j = nextNonSpace(tokens, c.last + 1), n = 0; j < tokens.length && n < MAX_PARENT_WORDS && ctx.sentence[j] === s; j = nextNonSpace(tokens, j + 1)) {
    if (!isWordToken(tokens[j])) continue;
    if (ctx.candAt[j] >= 0) return false;
    n++;
    const answer = test(j);
    if (answer !== null) return answer;
  }
  return false;
}

/**
 * «عبدالحنّان محمد، من سكان قرية شيران، هو أب لشابين خطفهما التنظيم»: "he is the father of two young
 * men" whom the next word says were taken, later in the name's sentence; what befell them is theirs.
 */
function parentOfUnnamed(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (tokens[c.first].kind !== 'ar') return false;
  return wordAfterName(ctx, c, (j) => {
    if (!SUBJECT_PRONOUNS.has(stripConj(tokens[j].norm))) return null;
    const kin = nextNonSpace(tokens, j + 1);
    const of = kin < tokens.length ? nextNonSpace(tokens, kin + 1) : -1;
    if (!(
      of > 0 &&
      of < tokens.length &&
      PARENT_NOUNS.has(tokens[kin].norm) &&
      tokens[of].kind === 'ar' &&
      tokens[of].norm.startsWith(LAM) &&
      ctx.candAt[of] < 0
    ))
      return false;
    // …whose fate the next word tells («أب لشابين خطفهما التنظيم»); not "a father of two girls" said of a victim.
    const fate = cueOf(ctx, nextNonSpace(tokens, of + 1));
    return fate !== null && fate.def.kind === 'role';
  });
}
const MAX_PARENT_WORDS = 12;
const PARENT_NOUNS = new Set(['أب', 'أم', 'والد', 'والدة'].map(foldWord));
const LAM = foldWord('ل');

/**
 * "Fatima Haddad has been looking for her son", "Haya cherche son fils Omar": the one searching for a
 * relative or for someone named is family. Auxiliaries may stand between the name and the verb.
 */
function searchesForKin(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  // "Omar Haddad's relatives are still searching for him", «Les proches d'Omar le cherchent»: they search, for him.
  if (familySpeaks(ctx, c)) return false;
  let j = nextNonSpace(tokens, c.last + 1);
  // «تبحث السيدة فاطمة الزين عن زوجها»: the searcher between an Arabic search verb and «عن» and a relative.
  if (tokens[j]?.norm === AN && splitSearchVerbBefore(ctx, c.first)) {
    const kin = cueOf(ctx, nextNonSpace(tokens, j + 1));
    if (kin && kin.def.kind === 'relative') return true;
  }
  // "Omar's mother, Fatima, has been searching for him"; "Fatima Ali, from Daraya, is searching for her son": past
  // an appositive that says nothing of a role.
  if (isComma(tokens[j])) j = nextNonSpace(tokens, Math.max(j, appositiveEnd(ctx, j)) + 1);
  let clitic = false;
  for (let n = 0; n < MAX_SEARCH_AUX && tokens[j] && isWordToken(tokens[j]) && SEARCH_AUX_CUES.has(cueOf(ctx, j)?.def.kind); n++) {
    // «Fatima le cherche depuis 2013»: the one sought stands before the verb.
    if (OBJECT_CLITICS.has(tokens[j].norm)) clitic = true;
    else if (!PASSIVE_AUX.has(tokens[j].norm) && !SEARCH_AUX.has(tokens[j].norm)) return false;
    j = nextNonSpace(tokens, j + 1);
  }
  const cue = tokens[j] ? cueOf(ctx, j) : null;
  if (!cue || cue.first !== j || !cue.def.search) return false;
  // «وبحثت عنه والدته»: «عنه», him, is the one before; the relative after it searches.
  if (SOUGHT_AR_PRONOUNS.has(tokens[cue.last].norm)) return false;
  // «le cherche», "hopes he is alive": the one sought is a pronoun inside the cue.
  if (clitic || ctx.tokens.slice(cue.first, cue.last + 1).some((t) => isWordToken(t) && t.kind === 'lat' && PRONOUNS_SOUGHT.has(t.norm))) return true;
  let k = nextNonSpace(tokens, cue.last + 1);
  // «attend toujours des nouvelles de son mari»: a second search phrase («des nouvelles de son») before the noun.
  const second = k < tokens.length ? cueOf(ctx, k) : null;
  if (second && second.first === k && second.def.search) k = nextNonSpace(tokens, second.last + 1);
  // "looking for her eldest son", "his 55-year-old cousin"
  if (k >= 0 && k < tokens.length && THIRD_PERSON_POSSESSIVES.has(tokens[cue.last].norm)) k = pastKinAdjective(tokens, k);
  if (k < 0 || k >= tokens.length) return false;
  // «a cherché en vain ses deux frères», "searched for his two brothers": a possessive and a count before the noun.
  if (possessedKinAfter(ctx, cue)) return true;
  const after = cueOf(ctx, k);
  // "looking for her son": the cue took "her"; the kinship noun follows. "searching for him": someone else.
  return (
    ctx.candAt[k] >= 0 ||
    (after !== null && after.first === k && after.def.kind === 'relative') ||
    kinNounIndex.match(tokens, k) !== null ||
    OBJECT_PRONOUNS.has(tokens[k].norm)
  );
}
/**
 * "Mariam Haddad est venue de Homs pour retrouver son fils", "came to Saydnaya hoping to find her son": a few
 * words of the searcher's own, then a search («retrouver son», a missing cue) and a kinship word. Another role
 * cue or another name on the way stops it.
 */
function searchesLaterForKin(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  if (searchForKinFrom(ctx, c, nextNonSpace(tokens, c.last + 1), s)) return true;
  // "Fatima Ali travelled to Saydnaya. She hoped to find her son": the next sentence, opening on "she" of the name's
  // sex, when the name is the last of its own.
  const o = agreeingPronounOpening(ctx, c, s + 1);
  if (o < 0 || ctx.candAt.slice(c.last + 1, ctx.sentenceFirst[s + 1]).some((x) => x >= 0)) return false;
  // There the search opens the sentence ("She hoped to find her son"), not "He came to help a friend looking for her father".
  return searchForKinFrom(ctx, c, nextNonSpace(tokens, o + 1), s + 1, MAX_PRONOUN_SEARCH_WORDS);
}
const MAX_PRONOUN_SEARCH_WORDS = 2;

function searchForKinFrom(ctx: Ctx, c: Cand, from: number, s: number, maxWords = MAX_SEARCHER_WORDS): boolean {
  const { tokens } = ctx;
  for (let j = from, n = 0; j < tokens.length && ctx.sentence[j] === s && n < maxWords; j = nextNonSpace(tokens, j + 1)) {
    const t = tokens[j];
    if (t.kind === 'nl') return false;
    if (!isWordToken(t)) continue;
    if (ctx.candAt[j] >= 0) return false;
    n++;
    const cue = cueOf(ctx, j);
    if (!cue) continue;
    // «espère des nouvelles de son frère»: a hope or an appeal on the way.
    if (cue.def.kind === 'neutral' || cue.def.kind === 'demand') {
      j = cue.last;
      continue;
    }
    // "Fatima Ali says she has had no news of her son": what she says of herself, "she" agreeing with the name.
    if (cue.def.kind === 'speech') {
      let k = nextNonSpace(tokens, cue.last + 1);
      if (k < tokens.length && isWordToken(tokens[k]) && THAT_WORDS.has(tokens[k].norm)) k = nextNonSpace(tokens, k + 1);
      const pronoun = tokens[k];
      if (pronoun?.kind !== 'lat' || !THIRD_PERSON_SUBJECTS.has(pronoun.norm) || !pronounAgrees(ctx, c, pronoun.norm)) return false;
      j = k;
      continue;
    }
    if (cue.def.kind !== 'role' || cue.role !== 'missing' || SOUGHT_AR_PRONOUNS.has(tokens[cue.last].norm)) return false;
    let k = nextNonSpace(tokens, cue.last + 1);
    // «sans nouvelles depuis son arrestation»: French «son» is "his", not the English kinship noun; "no news of her son".
    if (tokens[k]?.kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[k].norm)) k = nextNonSpace(tokens, k + 1);
    if (k >= tokens.length) return false;
    const after = cueOf(ctx, k);
    return (after !== null && after.first === k && after.def.kind === 'relative') || kinNounIndex.match(tokens, k) !== null;
  }
  return false;
}
const MAX_SEARCHER_WORDS = 12;

/** A release asked for (flipped to held by a demand) of "his", «sa», «عنه»: someone other than the name before. */
function demandForHim(ctx: Ctx, cue: Cue): boolean {
  if (cue.def.role !== 'released' || cue.role !== 'detainee' || !demandBefore(ctx, cue.first)) return false;
  const { tokens } = ctx;
  const before = tokens[prevNonSpace(tokens, cue.first - 1)];
  if (before && THIRD_PERSON_POSSESSIVES.has(before.norm)) return true;
  return holdsSoughtPronoun(ctx, cue);
}

/** «عائلة الشاب أيهم غزول»: a family phrase ends a few words before the name (a title between). */
const familyShortlyBefore = (ctx: Ctx, c: Cand): boolean => familyPhraseBefore(ctx, c, false);

/**
 * A family phrase («عائلة», "the family of") starting within three words before the name, ending right before
 * it when `adjacent` ("The family of Omar Haddad said"), anywhere before it otherwise («عائلة الشاب أيهم»).
 */
function familyPhraseBefore(ctx: Ctx, c: Cand, adjacent: boolean): boolean {
  const { tokens } = ctx;
  for (let j = prevNonSpace(tokens, c.first - 1), n = 0; j >= 0 && n < 3; j = prevNonSpace(tokens, j - 1), n++) {
    if (!isWordToken(tokens[j])) {
      if (adjacent) continue;
      return false;
    }
    const end = familyOfEnd(ctx, j);
    if (end >= 0 && (!adjacent || nextNonSpace(tokens, end + 1) === c.first)) return true;
  }
  return false;
}

/** «عائلة محمد الحداد», «أسرة الشاب محمد», "the family of Omar Haddad": a word for the family right before the name, or before its titles. */
function familyOfName(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  for (let j = prevNonSpace(tokens, c.first - 1), n = 0; j >= 0 && n < 4; j = prevNonSpace(tokens, j - 1), n++) {
    if (!isWordToken(tokens[j])) return false;
    // «عائلة», «ذوي», "the family of", «la famille de» (cues.familyOf.before): not a wife's or a brother's «زوجة محمد».
    const family = familyBeforeIndex.match(tokens, j);
    if (family) return nextNonSpace(tokens, family.last + 1) === c.first || onlyDescriptorsBetween(ctx, family.last, c.first);
  }
  return false;
}

/** ", and the other relatives of", «, et les autres proches de»: the name is one of the family words after it. */
function otherRelativesAfter(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let j = nextNonSpace(tokens, c.last + 1);
  if (isComma(tokens[j])) j = nextNonSpace(tokens, j + 1);
  if (!tokens[j] || !COORDINATORS.has(tokens[j].norm)) return false;
  j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && LATIN_ARTICLES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (!tokens[j] || !OTHER_WORDS.has(tokens[j].norm)) return false;
  const k = nextNonSpace(tokens, j + 1);
  return k < tokens.length && (kinNounIndex.match(tokens, k) !== null || RELATIVES_WORDS.has(tokens[k].norm));
}
const OTHER_WORDS = new Set(['other', 'autres', 'fellow'].map(foldWord));

/** A son or daughter of the family's own («ابنها», «نجلهم», "their son") later in the name's sentence. */
function familyKinAfter(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  for (let j = nextNonSpace(tokens, c.last + 1); j < tokens.length && ctx.sentence[j] === s; j = nextNonSpace(tokens, j + 1)) {
    if (ctx.candAt[j] >= 0) return false;
    const t = tokens[j];
    if (!isWordToken(t)) continue;
    if (t.kind === 'ar' && FAMILY_CHILD_AR.has(stripConj(t.norm))) return true;
    if (t.kind === 'lat' && t.norm === 'their' && LATIN_CHILD.has(tokens[nextNonSpace(tokens, j + 1)]?.norm ?? '')) return true;
  }
  return false;
}
const FAMILY_CHILD_AR = new Set(['ابنها', 'نجلها', 'ابنتها', 'ابنهم', 'نجلهم', 'ابنتهم'].map(foldWord));
const LATIN_CHILD = new Set(['son', 'daughter', 'child']);

/**
 * «وأفاد والد الشاب صدام …، بأن نجله وزوجته انقطعت أخبارهما»: a parent noun in construct before the name (past «الشاب»
 * and the like), and later in the sentence "his son", «نجله»: the name is that son, of whom the parent speaks.
 */
function parentTellsOfChild(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, c.first - 1);
  const parent = (k: number) => PARENT_NOUNS_AR.has(tokens[k].norm) || PARENT_NOUNS_AR.has(stripConj(tokens[k].norm));
  for (let n = 0; n < 2 && j >= 0 && tokens[j].kind === 'ar' && !parent(j); n++) {
    if (!onlyDescriptorsBetween(ctx, prevNonSpace(tokens, j - 1), c.first)) return false;
    j = prevNonSpace(tokens, j - 1);
  }
  if (j < 0 || tokens[j].kind !== 'ar' || !parent(j)) return false;
  const s = ctx.sentence[c.first];
  for (let k = nextNonSpace(tokens, c.last + 1); k < tokens.length && ctx.sentence[k] === s; k = nextNonSpace(tokens, k + 1)) {
    if (ctx.candAt[k] >= 0) return false;
    if (tokens[k].kind === 'ar' && PARENTS_CHILD_AR.has(stripConj(tokens[k].norm))) return true;
  }
  return false;
}
const PARENT_NOUNS_AR = new Set(['والد', 'والدة', 'أب', 'أم'].map(foldWord));
const PARENTS_CHILD_AR = new Set(['نجله', 'ابنه', 'ابنته', 'نجلها', 'ابنها', 'ابنتها'].map(foldWord));

/** «عائلة اللاجئ الفلسطيني محمد الحداد», «عائلة الشاب محمد»: only titles that describe a person and «ال…ي» adjectives of origin between. */
function onlyDescriptorsBetween(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx;
  let words = 0;
  for (let j = nextNonSpace(tokens, from + 1); j < to; j = nextNonSpace(tokens, j + 1)) {
    if (!isWordToken(tokens[j])) return false;
    words++;
    const cue = cueOf(ctx, j);
    if (cue?.def.kind === 'neutral') {
      j = cue.last;
      continue;
    }
    if (!(tokens[j].kind === 'ar' && NISBA_AR.test(tokens[j].norm))) return false;
  }
  return words > 0;
}

/** A demand cue ("demanded", «طالبت») a few words before token `i` in its sentence (not a wait: "still waiting for his release"). */
function demandBefore(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  for (let j = prevNonSpace(tokens, i - 1), n = 0; j >= 0 && n < MAX_DEMAND_WORDS && ctx.sentence[j] === ctx.sentence[i]; j = prevNonSpace(tokens, j - 1)) {
    if (!isWordToken(tokens[j])) continue;
    n++;
    if (cueOf(ctx, j)?.def.kind === 'demand') return true;
  }
  return false;
}
const MAX_DEMAND_WORDS = 6;

/** The search cue of the family named with `c` ("X's relatives are searching", «la famille de X le cherche»), if any. */
function familySearch(ctx: Ctx, c: Cand): Cue | null {
  if (!familySpeaks(ctx, c)) return null;
  const cue = searchAfter(ctx, c, true);
  return cue && cue.def.kind === 'role' && cue.def.search ? cue : null;
}
const MAX_FAMILY_SEARCH_WORDS = 6;

/**
 * "The mother of Omar Haddad still does not know where he is", «La mère d'Omar Haddad le cherche», «والدة محمد
 * الحداد تبحث عنه»: a kinship noun of the name, then a search after the name; he is the one sought. (Not a
 * search before the kinship noun: «تبحث عن والدة محمد» seeks the mother.)
 */
function kinOfSearch(ctx: Ctx, c: Cand): Cue | null {
  const { tokens } = ctx;
  const l = prevNonSpace(tokens, c.first - 1);
  const arabic = tokens[c.first].kind === 'ar';
  if (arabic) {
    if (l < 0 || !ctx.constructKin.has(l)) return null;
  } else if (latinKinOf(ctx, c) < 0) return null;
  const cue = searchAfter(ctx, c, false);
  if (cue && cue.def.kind === 'role' && cue.def.search) return cue;
  // «والدة محمد الحداد لا تعرف مكانه»: a word of no news with "his" on it is of him.
  if (arabic && cue && cue.def.kind === 'role' && cue.role === 'missing' && AR_OWN_NOUN.test(tokens[cue.last].norm)) return cue;
  // «تبحث والدة محمد الحداد عنه»: a search verb before the kinship noun, "for him" after the name.
  const v = prevNonSpace(tokens, l - 1);
  const about = nextNonSpace(tokens, c.last + 1);
  if (arabic && v >= 0 && SPLIT_SEARCH_VERBS.has(tokens[v].norm) && about < tokens.length && SOUGHT_AR_PRONOUNS.has(tokens[about].norm))
    return newCue(SPLIT_SEARCH_DEF, v, about);
  return null;
}

/** "the mother of Omar Haddad", «la mère d'Omar Haddad»: the first token of the Latin kinship noun before "of" and the name, or -1. */
export function latinKinOf(ctx: Ctx, c: Cand): number {
  const { tokens } = ctx;
  let l = prevNonSpace(tokens, c.first - 1);
  // «deux fils de l'opposant Omar Haddad», "the son of activist Omar Haddad": past a title of the name's own.
  const title = l >= 0 ? cueOf(ctx, l) : null;
  if (title && title.last === l && title.def.kind === 'otherTitle' && tokens[l].kind === 'lat') {
    l = prevNonSpace(tokens, title.first - 1);
    if (l >= 0 && LATIN_ARTICLES.has(tokens[l].norm)) l = prevNonSpace(tokens, l - 1);
  }
  if (tokens[l]?.norm === "'" || tokens[l]?.norm === '’') l = prevNonSpace(tokens, l - 1);
  return l >= 0 && KIN_LINKS.has(tokens[l].norm) ? kinNounEndingAt(tokens, prevNonSpace(tokens, l - 1)) : -1;
}

/**
 * "arrested the son of Omar Haddad", «ont arrêté jeudi deux fils de l'opposant Omar Haddad»: a role verb a few
 * lower-case words before the kinship phrase the name closes (latinKinOf).
 */
function roleVerbBeforeKinOf(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const kin = latinKinOf(ctx, c);
  if (kin < 0) return false;
  let j = prevNonSpace(tokens, kin - 1);
  const passable = (t: Token, cue: Cue | null) => (!cue || cue.def.kind === 'neutral') && (t.kind === 'num' || (t.kind === 'lat' && !t.cap));
  for (let n = 0; j >= 0 && n < MAX_WORDS_BEFORE_KIN && passable(tokens[j], cueOf(ctx, j)); n++) j = prevNonSpace(tokens, j - 1);
  const cue = j >= 0 ? cueOf(ctx, j) : null;
  return cue !== null && cue.last === j && cue.def.kind === 'role' && ctx.sentence[j] === ctx.sentence[c.first];
}
const MAX_WORDS_BEFORE_KIN = 3;

/**
 * "Omar Haddad's wife has been searching for her father", «La femme d'Omar Haddad cherche son père»: the relative of
 * the name searches for a kin of her own who cannot be he (a wife's father; not a mother's son, a wife's husband).
 */
function seeksOtherKin(ctx: Ctx, c: Cand, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[c.first].kind !== 'lat') return false;
  // Whose kin the name is: "Omar Haddad's wife", "the wife of Omar Haddad", «la femme d'Omar Haddad».
  let searcher: PhraseMatch<true> | null = possessiveKinAfter(ctx, c) ? kinNounIndex.match(tokens, possessedStart(ctx, c)) : null;
  if (!searcher) {
    const first = latinKinOf(ctx, c);
    searcher = first >= 0 ? kinNounIndex.match(tokens, first) : null;
  }
  // Whom she seeks: the possessive the cue ends on ("searching for her") or one after it, and its kinship noun.
  let k = THIRD_PERSON_POSSESSIVES.has(tokens[cue.last].norm) ? cue.last : nextNonSpace(tokens, cue.last + 1);
  if (k < tokens.length && !THIRD_PERSON_POSSESSIVES.has(tokens[k].norm) && SEARCH_OBJECT_LINKS.has(tokens[k].norm)) k = nextNonSpace(tokens, k + 1);
  if (!searcher || k >= tokens.length || !THIRD_PERSON_POSSESSIVES.has(tokens[k].norm)) return false;
  const sought = kinNounIndex.match(tokens, nextNonSpace(tokens, k + 1));
  if (!sought) return false;
  const kindOf = (m: PhraseMatch<true>) => KIN_KINDS.get(tokens[m.first].norm);
  const [a, b] = [kindOf(searcher), kindOf(sought)];
  // A parent seeks a child, a spouse a spouse, a sibling a sibling, a child a parent; anything else is someone else.
  return a !== undefined && b !== undefined && KIN_COUNTERPART[a] !== b;
}
const SEARCH_OBJECT_LINKS = new Set(['for', 'of'].map(foldWord));
type KinKind = 'parent' | 'child' | 'spouse' | 'sibling';
const KIN_COUNTERPART: Record<KinKind, KinKind> = { parent: 'child', child: 'parent', spouse: 'spouse', sibling: 'sibling' };
const KIN_KINDS = new Map<string, KinKind>(
  (
    [
      ['parent', ['mother', 'father', 'mère', 'père']],
      ['child', ['son', 'daughter', 'fils', 'fille']],
      ['spouse', ['wife', 'husband', 'femme', 'épouse', 'mari', 'époux']],
      ['sibling', ['brother', 'sister', 'frère', 'sœur', 'soeur']],
    ] as [KinKind, string[]][]
  ).flatMap(([kind, nouns]) => nouns.map((w) => [foldWord(w), kind] as [string, KinKind])),
);

/**
 * The search a name goes on to, in its sentence, when "him" / «عنه» / «le» in it stands for someone else:
 * "Fatima Ali, has been searching for him", «فاطمة العلي، تبحث عنه», «Fatima Ali, le cherche».
 */
function searchForHim(ctx: Ctx, c: Cand): Cue | null {
  const { tokens } = ctx;
  const cue = searchAfter(ctx, c, false);
  if (!cue || cue.def.kind !== 'role' || !cue.def.search) return null;
  const words = tokens.slice(cue.first, nextNonSpace(tokens, cue.last + 1) + 1).filter(isWordToken);
  return words.some((t) => SOUGHT_AR_PRONOUNS.has(t.norm) || PRONOUNS_SOUGHT.has(t.norm)) ? cue : null;
}

/**
 * The first cue other than a neutral one within a few words after `c` in its sentence (past a first-word
 * kinship cue when `pastKin`: "X's relatives are searching"), or null when another name comes first.
 */
function searchAfter(ctx: Ctx, c: Cand, pastKin: boolean): Cue | null {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  for (
    let j = nextNonSpace(tokens, c.last + 1), n = 0;
    j < tokens.length && ctx.sentence[j] === s && n < MAX_FAMILY_SEARCH_WORDS;
    j = nextNonSpace(tokens, j + 1)
  ) {
    if (!isWordToken(tokens[j])) continue;
    if (ctx.candAt[j] >= 0) return null;
    n++;
    const cue = cueOf(ctx, j);
    if (!cue || cue.def.kind === 'neutral' || (pastKin && cue.def.kind === 'relative' && n === 1)) continue;
    return cue;
  }
  return null;
}
/** A split search verb before token `i`, past a title («تبحث السيدة …»). */
function splitSearchVerbBefore(ctx: Ctx, i: number): boolean {
  let v = prevNonSpace(ctx.tokens, i - 1);
  if (v >= 0 && cueOf(ctx, v)?.def.kind === 'neutral') v = prevNonSpace(ctx.tokens, (cueOf(ctx, v) as Cue).first - 1);
  return v >= 0 && SPLIT_SEARCH_VERBS.has(ctx.tokens[v].norm);
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them'].map(foldWord));
const THEM = foldWord('them');
const OBJECT_CLITICS = new Set(['le', 'la', 'les', 'l'].map(foldWord));
const PRONOUNS_SOUGHT = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'le', 'la', 'les', 'l', 'lui'].map(foldWord));
/**
 * "Wafa Mustafa campaigns for the release of her father, Ali Mustafa", «تطالب سلمى بالإفراج عن زوجها
 * أحمد»: the next name of the sentence comes after a possessive kinship word, so the name before is
 * the one whose father or husband that is.
 */
function possessorOfNext(ctx: Ctx, cands: Cand[], k: number): boolean {
  const c = cands[k];
  const next = cands[k + 1];
  if (!next || next.coordPrev === k || ctx.sentence[next.first] !== ctx.sentence[c.first]) return false;
  let j = prevNonSpace(ctx.tokens, next.first - 1);
  if (isComma(ctx.tokens[j])) j = prevNonSpace(ctx.tokens, j - 1);
  const cue = j > c.last ? cueOf(ctx, j) : null;
  if (!cue || cue.last !== j || cue.def.kind !== 'relative' || cue.def.firstPerson || cue.first <= c.last) return false;
  // "Samir Nasser, a student, and his father Omar were arrested": the two are one subject.
  const before = ctx.tokens[prevNonSpace(ctx.tokens, cue.first - 1)];
  if (before && isWordToken(before) && COORDINATORS.has(before.norm)) return false;
  // «الذي اختطف هو وزوجته فاطمة»: «و» joined to the kinship word makes the two one subject too.
  const head = ctx.tokens[cue.first];
  if (head.kind === 'ar' && head.norm.startsWith('و') && SUBJECT_PRONOUNS.has(before?.norm ?? '')) return false;
  let words = 0;
  for (let i = c.last + 1; i < cue.first; i++) if (isWordToken(ctx.tokens[i]) && ++words > MAX_POSSESSOR_WORDS) return false;
  return words > 0;
}
const MAX_POSSESSOR_WORDS = 12;

/** The name after `k` opens the next sentence behind a third-person kinship word («Son père, X», "Her son X"), and `k` is its sentence's only name. */
function kinOpensNextSentence(ctx: Ctx, cands: Cand[], k: number): boolean {
  const { tokens } = ctx;
  const c = cands[k];
  const next = cands[k + 1];
  const s = ctx.sentence[c.first];
  if (ctx.sentence[next.first] !== s + 1 || (k > 0 && ctx.sentence[cands[k - 1].last] === s) || next.coordPrev === k) return false;
  let j = prevNonSpace(tokens, next.first - 1);
  if (isComma(tokens[j])) j = prevNonSpace(tokens, j - 1);
  const cue = j >= 0 ? cueOf(ctx, j) : null;
  if (!cue || cue.last !== j || cue.def.kind !== 'relative' || cue.def.firstPerson) return false;
  const before = prevNonSpace(tokens, cue.first - 1);
  if (before >= 0 && ctx.sentence[before] === s + 1) return false;
  return THIRD_PERSON_POSSESSIVES.has(tokens[cue.first].norm) || tokens[cue.first].kind === 'ar';
}

/**
 * "Omar Haddad's mother, Fatima, …", «La mère d'Omar Haddad, Fatima, …»: a name in apposition to a
 * kinship phrase about another name is that person's relative (its own cues still decide, as for
 * any relative: "Lina's husband, Omar Haddad, disappeared"). Returns the other name's index, or -1.
 */
function appositiveToKin(ctx: Ctx, cands: Cand[], k: number): number {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cands[k].first - 1);
  if (!isComma(tokens[j])) return -1;
  j = prevNonSpace(tokens, j - 1);
  // "X's mother": the kinship noun right before the comma, "'s" and a name before it.
  const kinFirst = kinNounEndingAt(tokens, j);
  if (kinFirst >= 0) {
    let s = prevNonSpace(tokens, kinFirst - 1);
    // "X's two sons": past a number.
    if (s >= 0 && isCountWord(tokens[s])) s = prevNonSpace(tokens, s - 1);
    const owner = s >= 0 && tokens[s].norm === 's' ? ctx.candAt[prevNonSpace(tokens, s - 1)] : -1;
    if (owner >= 0 && owner !== k && tokens[kinFirst].kind === 'lat') return owner;
  }
  // «la mère d'Omar Haddad», "the mother of Omar Haddad": kinship noun, link, name, comma.
  const owner = ctx.candAt[j];
  if (owner < 0 || owner === k) return -1;
  // «زوجة محمد الحداد، فاطمة العلي،»: an Arabic kinship noun in construct with the name before the comma.
  const kin = prevNonSpace(tokens, cands[owner].first - 1);
  if (tokens[kin]?.kind === 'ar' && ctx.constructKin.has(kinNounStartEndingAt(tokens, kin))) return owner;
  return kinPhraseOwner(ctx, cands[owner]) ? owner : -1;
}
/** The first token of a kinship noun ending at `end`, or `end` itself. */
const kinNounStartEndingAt = (tokens: Token[], end: number): number => {
  const first = kinNounEndingAt(tokens, end);
  return first >= 0 ? first : end;
};

/** «la mère d'Omar Haddad», "the brother of Omar Haddad": the name is the owner of a kinship noun before it. */
function kinPhraseOwner(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  // «والدة المعتقل محمد الحداد»: an Arabic kinship noun in construct with a word for the one held. Without
  // that word («والدة محمد الحداد، فاطمة») either of the two may be the one the post is about.
  if (tokens[c.first].kind === 'ar') {
    const b = prevNonSpace(tokens, c.first - 1);
    const status = b >= 0 ? cueOf(ctx, b) : null;
    if (status && status.last === b && status.def.kind === 'role' && isStatusNoun(ctx, status)) {
      const kin = prevNonSpace(tokens, status.first - 1);
      if (kin >= 0 && ctx.constructKin.has(kin)) return true;
    }
  }
  let l = prevNonSpace(tokens, c.first - 1);
  if (tokens[l]?.norm === "'" || tokens[l]?.norm === '’') l = prevNonSpace(tokens, l - 1);
  if (l < 0 || !KIN_LINKS.has(tokens[l].norm)) return false;
  return kinNounEndingAt(tokens, prevNonSpace(tokens, l - 1)) >= 0;
}

/** The first token of a kinship noun of up to three words («ابن عم», "brother-in-law") that ends at token `end`, or -1. */
/**
 * The name is the one a kinship phrase is of, and that phrase is the subject of a role word: "the son
 * of Fatima Haddad has been missing", «ابن فاطمة الحداد مفقود», "Fatima Haddad's son disappeared".
 * The role is the son's; she is his relative.
 */
function kinSubjectOwner(ctx: Ctx, c: Cand, post: Cue[]): boolean {
  const { tokens } = ctx;
  const firstPost = post.find((e) => e.def.kind !== 'neutral');
  // "Omar Haddad's relatives are searching for him": they search for him, so he is the one sought.
  const roleNext = firstPost !== undefined && firstPost.def.kind === 'role' && !firstPost.def.search;
  // "The son of X …", «Le fils de X …» opening its clause; not ", mère de X, disparu…", an apposition
  // to someone before, nor "Relatives of X, who was taken…", where what follows is X's.
  const commaAfter = isComma(tokens[nextNonSpace(tokens, c.last + 1)]);
  if (kinPhraseOwner(ctx, c)) return roleNext && !commaAfter && !appositiveKinPhrase(ctx, c);
  // «ابن فاطمة الحداد»: an Arabic kinship noun in construct right before the name, opening its clause.
  const b = prevNonSpace(tokens, c.first - 1);
  if (b >= 0 && tokens[b].kind === 'ar' && kinNounEndingAt(tokens, b) >= 0 && cueOf(ctx, b) === null) {
    const before = tokens[prevNonSpace(tokens, kinNounEndingAt(tokens, b) - 1)];
    if (before === undefined || before.kind === 'nl' || (before.kind === 'p' && isSentencePunct(before))) return roleNext;
  }
  // «اعتقل شقيق محمد الحداد», «أفرج عن والدة محمد الحداد»: a role verb right before a kinship noun in construct befell the kin.
  if (b >= 0 && ctx.constructKin.has(b)) {
    const v = prevNonSpace(tokens, b - 1);
    const verb = v >= 0 ? cueOf(ctx, v) : null;
    if (verb !== null && verb.last === v && verb.def.kind === 'role' && !verb.def.search) return true;
  }
  // "Fatima Haddad's son has been missing": 's, the kinship noun, then the role word.
  if (!possessiveKinAfter(ctx, c)) return false;
  const kin = kinNounIndex.match(tokens, possessedStart(ctx, c)) as PhraseMatch<true>;
  let j = nextNonSpace(tokens, kin.last + 1);
  // "Omar Haddad's brother Samir Nasser died": the brother's name between.
  const named = j < tokens.length ? ctx.candAt[j] : -1;
  if (named >= 0) while (j < tokens.length && ctx.candAt[j] === named) j = nextNonSpace(tokens, j + 1);
  // "Fatima Haddad's son, arrested in 2013, died": a participle set apart after the kinship noun is the son's too.
  if (isComma(tokens[j])) j = nextNonSpace(tokens, j + 1);
  for (
    let n = 0;
    n < 3 && tokens[j] && isWordToken(tokens[j]) && (PASSIVE_AUX.has(tokens[j].norm) || POST_SKIP.has(tokens[j].norm)) && cueOf(ctx, j) === null;
    n++
  )
    j = nextNonSpace(tokens, j + 1);
  const cue = tokens[j] ? cueOf(ctx, j) : null;
  return cue !== null && cue.first === j && cue.def.kind === 'role' && !cue.def.search;
}

/**
 * "Omar Haddad, the son of Fatima Ali, was arrested", «محمد الحداد، شقيق أحمد العلي، توفي»: the name ends a
 * kinship phrase set off by a comma right after another name. The phrase says whose son that other one
 * is; what follows its closing comma is said of him. Returns the other name's index, or -1.
 */
function kinApposedTo(ctx: Ctx, cands: Cand[], k: number, atSentenceEnd = false): number {
  const { tokens } = ctx;
  const c = cands[k];
  // The phrase closes with a comma, or (atSentenceEnd) with the end of the sentence.
  const closes = (j: number) => {
    const t = tokens[j];
    return atSentenceEnd ? t !== undefined && (t.kind === 'nl' || (isSentencePunct(t) && endsSentence(ctx, j))) : isComma(t);
  };
  let l = prevNonSpace(tokens, c.first - 1);
  // "Omar Haddad, Samir Nasser's brother, died": the possessive form.
  if (isComma(tokens[l]) && possessiveKinAfter(ctx, c)) {
    const kin = kinNounIndex.match(tokens, possessedStart(ctx, c)) as PhraseMatch<true>;
    const owner = ctx.candAt[prevNonSpace(tokens, l - 1)];
    return owner >= 0 && owner !== k && closes(nextNonSpace(tokens, kin.last + 1)) ? owner : -1;
  }
  // «نجل الشيخ أحمد الحداد (إمام المسجد العمري)،»: past the name's own brackets.
  let after = nextNonSpace(tokens, c.last + 1);
  if (tokens[after]?.norm === '(') {
    const close = bracketEnd(tokens, after);
    if (tokens[close]?.norm === ')') after = nextNonSpace(tokens, close + 1);
  }
  if (!closes(after)) return -1;
  // "the son of Sheikh Fadi Khalil", "son of the imam Fadi Khalil", «نجل الشيخ أحمد العلي»: past titles before the name.
  for (let n = 0; n < MAX_APPOSED_TITLES && l >= 0; n++) {
    const title = cueOf(ctx, l);
    if (title && title.last === l && (title.def.kind === 'neutral' || title.def.kind === 'otherTitle')) l = prevNonSpace(tokens, title.first - 1);
    else if (n > 0 && tokens[l].kind === 'lat' && LATIN_ARTICLES.has(tokens[l].norm) && !KIN_LINKS.has(tokens[l].norm)) l = prevNonSpace(tokens, l - 1);
    else break;
  }
  if (l >= 0 && tokens[c.first].kind === 'lat') {
    if (tokens[l].norm === "'" || tokens[l].norm === '’') l = prevNonSpace(tokens, l - 1);
    if (l < 0 || !KIN_LINKS.has(tokens[l].norm)) return -1;
    l = prevNonSpace(tokens, l - 1);
  }
  const f = l >= 0 ? kinPhraseFirst(tokens, l) : -1;
  // "Oum Youssef, mother of Youssef Kurdi, missing since 2012": a parent in apposition is the family. Not before an
  // auxiliary ("Omar Haddad, the father of Samir, was arrested"): the verb has the name before the apposition as subject.
  if (f < 0 || (PARENT_KIN.has(tokens[l].norm) && (atSentenceEnd || !closesBeforeAux(ctx, c)))) return -1;
  return nameBeforeComma(ctx, prevNonSpace(tokens, f - 1), k);
}
const MAX_APPOSED_TITLES = 2;

/** ", was arrested", «, a été arrêté»: a comma right after name `c`, then an auxiliary. */
function closesBeforeAux(ctx: Ctx, c: Cand): boolean {
  const close = nextNonSpace(ctx.tokens, c.last + 1);
  return isComma(ctx.tokens[close]) && FINITE_AUX.has(ctx.tokens[nextNonSpace(ctx.tokens, close + 1)]?.norm ?? '');
}

/** The name that ends right before the comma at `comma` (an apposition's opener), other than name `k`, or -1. */
function nameBeforeComma(ctx: Ctx, comma: number, k: number): number {
  if (!isComma(ctx.tokens[comma])) return -1;
  const owner = ctx.candAt[prevNonSpace(ctx.tokens, comma - 1)];
  return owner >= 0 && owner !== k ? owner : -1;
}

/**
 * "Omar Haddad, a friend of Samir Nasser, was arrested", «Omar Haddad, un ami de Samir Nasser, a été arrêté»: the
 * name in a friend's or colleague's apposition before an auxiliary; the index of the name apposed to, or -1.
 */
function companionApposedTo(ctx: Ctx, cands: Cand[], k: number): number {
  const { tokens } = ctx;
  const c = cands[k];
  if (tokens[c.first].kind !== 'lat' || !closesBeforeAux(ctx, c)) return -1;
  let l = prevNonSpace(tokens, c.first - 1);
  if (tokens[l]?.norm === "'" || tokens[l]?.norm === '’') l = prevNonSpace(tokens, l - 1);
  if (l < 0 || !KIN_LINKS.has(tokens[l].norm)) return -1;
  l = prevNonSpace(tokens, l - 1);
  if (l < 0 || !COMPANIONS.has(tokens[l].norm)) return -1;
  // "a friend", "one of the colleagues": an article or a possessive before the noun.
  for (let n = 0; n < MAX_COMPANION_DETERMINERS && l > 0 && !isComma(tokens[prevNonSpace(tokens, l - 1)]); n++) {
    const t = tokens[prevNonSpace(tokens, l - 1)];
    if (t.kind !== 'lat' || !COMPANION_DETERMINERS.has(t.norm)) return -1;
    l = prevNonSpace(tokens, l - 1);
  }
  return nameBeforeComma(ctx, prevNonSpace(tokens, l - 1), k);
}
const MAX_COMPANION_DETERMINERS = 3;

/**
 * "Omar Haddad, pictured in a photo shared by Fadi Khalil, has been missing", «Omar Haddad, photographié par Fadi
 * Khalil, a été arrêté»: the name closing an apposition that opens on a participle right after another name, before
 * an auxiliary; the index of that other name, or -1.
 */
function participleApposedTo(ctx: Ctx, cands: Cand[], k: number): number {
  const { tokens } = ctx;
  const c = cands[k];
  if (tokens[c.first].kind !== 'lat' || !closesBeforeAux(ctx, c)) return -1;
  let opener = -1;
  for (let j = prevNonSpace(tokens, c.first - 1), n = 0; j >= 0 && n <= MAX_PARTICIPLE_APPOSITION_WORDS; j = prevNonSpace(tokens, j - 1)) {
    if (isComma(tokens[j])) {
      opener = j;
      break;
    }
    // "shared by Dr. Fadi Khalil": the dot of an abbreviated title.
    const title = tokens[j].norm === '.' && ABBREVIATIONS.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '');
    if (tokens[j].kind === 'nl' || ctx.candAt[j] >= 0 || (isSentencePunct(tokens[j]) && !title)) return -1;
    if (isWordToken(tokens[j])) n++;
  }
  if (opener < 0) return -1;
  const head = nextNonSpace(tokens, opener + 1);
  const t = tokens[head];
  if (!t || t.kind !== 'lat' || t.cap || cueOf(ctx, head) !== null || !SHOWN_PARTICIPLES.has(t.norm)) return -1;
  return nameBeforeComma(ctx, opener, k);
}
const MAX_PARTICIPLE_APPOSITION_WORDS = 12;
/** Participles that show or quote someone ("seen", "pictured", «photographié»): another name after them is named in passing. */
const SHOWN_PARTICIPLES = new Set(
  [
    ...['seen', 'pictured', 'photographed', 'shown', 'filmed', 'quoted', 'cited', 'interviewed', 'represented', 'defended', 'described'],
    ...['identified', 'mentioned', 'vu', 'vue', 'photographié', 'photographiée', 'filmé', 'filmée', 'cité', 'citée', 'représenté'],
    ...['représentée', 'défendu', 'défendue', 'décrit', 'décrite', 'interviewé', 'interviewée'],
  ].map(foldWord),
);
const COMPANION_DETERMINERS = new Set(
  ['a', 'an', 'the', 'one', 'of', 'his', 'her', 'their', 'close', 'old', 'un', 'une', 'le', 'la', 'l', 'des', 'de', 'son', 'sa', 'leur', 'proche', 'vieil'].map(
    foldWord,
  ),
);
/**
 * The role cues of the sentence after the one name `c` ends, when that sentence names no one and opens on "he was
 * …", «il a été …»: "he"/"she", «il»/«elle» first (or right after the comma of an opening phrase: «À peine âgé de
 * 18 ans, il a été capturé»), then a role cue past at most three auxiliaries; in Arabic, whose verb carries "he",
 * a role verb first, or after «وقد», «وكان», «ثم» («الناشط محمد الحداد من داريا. اعتقل عام 2012»). Not "He got to
 * the site to help a friend looking for her father", nor a quote's «mais hélas il aura…».
 */
function subjectPronounCues(ctx: Ctx, cands: Cand[], c: Cand, subjects: ReadonlySet<string> = THIRD_PERSON_SUBJECTS, arabic = true): Cue[] {
  const { tokens } = ctx;
  const next = ctx.sentence[c.first] + 1;
  if (next >= ctx.sentenceFirst.length) return [];
  const first = ctx.sentenceFirst[next];
  // "He disappeared in Aleppo together with his colleague Samir Nasser": names only after a word of companions.
  const named = cands.find((m) => ctx.sentence[m.first] === next);
  const companion = named ? companionBefore(ctx, first, named.first) : -1;
  if (named && companion < 0) return [];
  const last = companion >= 0 ? companion - 1 : ctx.sentenceLast[next];
  if (first > last || paragraphOf(ctx, first) !== paragraphOf(ctx, c.first)) return [];
  const start = nextNonSpace(tokens, first);
  if (start > last) return [];
  let head: Cue | null = null;
  let j = -1;
  if (tokens[start].kind === 'ar') {
    if (!arabic) return [];
    j = AR_OPENERS.has(tokens[start].norm) && ctx.cueAt[start]?.def.kind !== 'role' ? nextNonSpace(tokens, start + 1) : start;
    head = j <= last ? ctx.cueAt[j] : null;
  } else {
    // The pronoun first, or after the comma of an opening phrase («Il y a trois ans, il est arrêté»).
    let comma = start;
    for (let n = 0; comma <= last && n < MAX_OPENING_WORDS && !isComma(tokens[comma]); n++) comma = nextNonSpace(tokens, comma + 1);
    const pronouns = [start, ...(isComma(tokens[comma]) ? [nextNonSpace(tokens, comma + 1)] : [])];
    for (const p of pronouns) {
      if (p > last || tokens[p].kind !== 'lat') continue;
      // "His release gave hope to hundreds of families", «Son arrestation a choqué la ville»: a possessive and the role noun.
      const owner = POSSESSIVE_SUBJECTS.get(tokens[p].norm);
      if (owner && owner.some((o) => subjects.has(o) && pronounAgrees(ctx, c, o))) {
        j = nextNonSpace(tokens, p + 1);
        head = j <= last ? ctx.cueAt[j] : null;
        if (head) break;
        continue;
      }
      if (!subjects.has(tokens[p].norm)) continue;
      j = nextNonSpace(tokens, p + 1);
      for (
        let n = 0;
        n < 3 && j <= last && isWordToken(tokens[j]) && (PASSIVE_AUX.has(tokens[j].norm) || POST_SKIP.has(tokens[j].norm)) && ctx.cueAt[j]?.def.kind !== 'role';
        n++
      )
        j = nextNonSpace(tokens, j + 1);
      head = j <= last ? ctx.cueAt[j] : null;
      if (head) break;
    }
  }
  if (!head || head.first !== j || head.def.kind !== 'role' || head.def.search) return [];
  const found: Cue[] = [];
  for (; j <= last; j++) {
    const cue = ctx.cueAt[j];
    if (cue && cue.first === j && cue.def.kind === 'role' && !cue.def.exception && !ofOthers(ctx, cue) && !ofUnnamed(ctx, cue)) found.push(cue);
  }
  return found;
}
const MAX_OPENING_WORDS = 8;
/** "his", «son»: the subject pronouns whose one it may stand for. */
const POSSESSIVE_SUBJECTS = new Map<string, string[]>([
  ['his', ['he']],
  ['her', ['she']],
  ['son', ['il', 'elle']],
  ['sa', ['il', 'elle']],
]);

/** The first token of a companion phrase ("together with", «en même temps que», «برفقة») between `from` and a name at `to`, or -1. */
function companionBefore(ctx: Ctx, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const cue = ctx.cueAt[j];
    if (cue && cue.first === j && cue.def.kind === 'coord') return j;
  }
  return -1;
}
const AR_OPENERS = new Set(['وقد', 'قد', 'وكان', 'كان', 'ثم'].map(foldWord));

/** The role (or officials) a list's heading gives the item `c` stands in, with its cues; null when it gives none. */
function headingDecision(ctx: Ctx, c: Cand): Decision | null {
  const item = ctx.itemOf[c.first];
  const heading = item >= 0 ? ctx.items[item].heading : null;
  if (!heading) return null;
  const headingCues = spanCues(ctx, heading);
  const r = bestRole(headingCues);
  if (r) return { role: r, cues: headingCues.filter((h) => h.role === r), evidence: 'heading' };
  const officials = headingCues.filter((h) => h.def.kind === 'headingOfficial');
  return officials.length > 0 ? { role: 'official', cues: officials, evidence: 'heading' } : null;
}

/** subjectPronounCues with "he", «il» after a man's kinship word and "she", «elle» after a woman's; Latin script only. */
function kinPronounCues(ctx: Ctx, cands: Cand[], c: Cand, pre: Cue[]): Cue[] {
  const kin = pre.find((e) => e.def.kind === 'relative' && !e.def.firstPerson);
  const end = kin ? kin.last : kinNounBeforeComma(ctx, c);
  if (end < 0 || ctx.tokens[end].kind !== 'lat') return [];
  const noun = ctx.tokens[end].norm;
  const subjects = MALE_KIN.has(noun) ? MALE_SUBJECTS : FEMALE_KIN.has(noun) ? FEMALE_SUBJECTS : null;
  return subjects ? subjectPronounCues(ctx, cands, c, subjects, false) : [];
}
/** "Fatima Ali's son, Omar": the kinship noun that ends right before the comma opening the name's apposition, or -1. */
function kinNounBeforeComma(ctx: Ctx, c: Cand): number {
  const comma = prevNonSpace(ctx.tokens, c.first - 1);
  if (comma < 0 || !isComma(ctx.tokens[comma])) return -1;
  const end = prevNonSpace(ctx.tokens, comma - 1);
  return end >= 0 && kinNounEndingAt(ctx.tokens, end) >= 0 ? end : -1;
}
const MALE_SUBJECTS = new Set([...PRONOUN_SEX].filter(([, sex]) => sex === 'm').map(([p]) => p));
const FEMALE_SUBJECTS = new Set([...PRONOUN_SEX].filter(([, sex]) => sex === 'f').map(([p]) => p));

/** No other name after name k in its sentence. */
function lastInSentence(ctx: Ctx, cands: Cand[], k: number): boolean {
  return k + 1 >= cands.length || ctx.sentence[cands[k + 1].first] !== ctx.sentence[cands[k].first];
}

const PARENT_KIN = new Set([...PARENT_NOUNS, ...['mother', 'father', 'parents', 'parent', 'mère', 'père'].map(foldWord)]);

/** ", mère de X": the kinship phrase before the name follows a comma. */
function appositiveKinPhrase(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  let l = prevNonSpace(tokens, c.first - 1);
  if (tokens[l]?.norm === "'" || tokens[l]?.norm === '’') l = prevNonSpace(tokens, l - 1);
  return isComma(tokens[prevNonSpace(tokens, kinPhraseFirst(tokens, prevNonSpace(tokens, l - 1)) - 1)]);
}

/** The first token of a kinship phrase whose noun ends at `end`, past an article before it ("the brother"), or -1. */
function kinPhraseFirst(tokens: Token[], end: number): number {
  let f = kinNounEndingAt(tokens, end);
  const article = tokens[prevNonSpace(tokens, f - 1)];
  if (article && isWordToken(article) && KIN_ARTICLES.has(article.norm)) f = prevNonSpace(tokens, f - 1);
  return f;
}

/**
 * "Naima hoped her son would be found alive, but there was no trace of him, though he had spent years
 * imprisoned": after a possessive kinship phrase naming no one ("her son") that follows token `from`,
 * a Latin cue with a pronoun of the relative's sex in it or before it in the sentence is the relative's.
 */
function pronounOfUnnamedKin(ctx: Ctx, from: number, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  for (let j = from + 1; j < cue.first; j++) {
    const kin = cueOf(ctx, j);
    if (!kin || kin.first !== j || kin.def.kind !== 'relative' || kin.def.firstPerson || !POSSESSIVES.has(tokens[j].norm) || !unnamedKinAt(ctx, j)) continue;
    const noun = tokens[kin.last].norm;
    const pronouns = MALE_KIN.has(noun) ? MALE_PRONOUNS : FEMALE_KIN.has(noun) ? FEMALE_PRONOUNS : null;
    if (!pronouns) return false;
    for (let k = kin.last + 1; k <= cue.last; k++) if (isWordToken(tokens[k]) && tokens[k].kind === 'lat' && pronouns.has(tokens[k].norm)) return true;
    return false;
  }
  return false;
}
/** "her son would be found alive", «son fils serait libéré»: modal verbs between a subject and its verb. */
const MODALS = new Set(['would', 'could', 'will', 'might', 'may', 'should', 'must', 'serait', 'sera', 'pourrait'].map(foldWord));
/** Cue `e`, after name `c`, stands in a later sentence or in a relative clause right after the name ("…, who vanished"). */
function saidOfLaterOnly(ctx: Ctx, c: Cand, e: Cue): boolean {
  if (e.first <= c.last) return false;
  if (ctx.sentence[e.first] !== ctx.sentence[c.first]) return true;
  if (inOwnBrackets(ctx, c, e)) return true;
  let j = nextNonSpace(ctx.tokens, c.last + 1);
  if (isComma(ctx.tokens[j])) j = nextNonSpace(ctx.tokens, j + 1);
  if (!(j <= e.first && (WHO_LAT.has(ctx.tokens[j]?.norm ?? '') || AR_WHO.has(ctx.tokens[j]?.norm ?? '')))) return false;
  // "Omar Haddad and Samir Nasser, who were abducted", «… qui ont été enlevés»: a plural verb tells of them both.
  return !PLURAL_AUX.has(ctx.tokens[nextNonSpace(ctx.tokens, j + 1)]?.norm ?? '');
}
const PLURAL_AUX = new Set(['were', 'are', 'have', 'ont', 'sont', 'étaient', 'avaient'].map(foldWord));

/**
 * «…, Salim Aouada, Joseph Hallit (condamné, selon lui, pour collaboration), …»: a cue in brackets opened right after
 * the name is said of it alone, not of the list it stands in; unless the brackets speak of them all ("both", «tous»).
 */
function inOwnBrackets(ctx: Ctx, c: Cand, e: Cue): boolean {
  const j = nextNonSpace(ctx.tokens, c.last + 1);
  if (ctx.tokens[j]?.norm !== '(' || e.first <= j || e.first >= bracketEnd(ctx.tokens, j)) return false;
  for (let k = j + 1; k < e.first; k++) if (BRACKET_ALL.has(ctx.tokens[k].norm)) return false;
  return true;
}
const LISTS_OF = new Set(['قوائم', 'قائمة', 'لوائح', 'لائحة', 'بقوائم', 'بقائمة', 'listes', 'liste'].map(foldWord));
const BRACKET_ALL = new Set(['both', 'all', 'tous', 'toutes', 'كلاهما', 'جميعهم'].map(foldWord));

/** "who", «qui»: a relative clause of the word before it. */
const WHO_LAT = new Set(['who', 'qui'].map(foldWord));
const MALE_KIN = new Set(['son', 'brother', 'father', 'husband', 'nephew', 'uncle', 'fils', 'frère', 'père', 'mari', 'neveu', 'oncle'].map(foldWord));
const FEMALE_KIN = new Set(
  ['daughter', 'sister', 'mother', 'wife', 'niece', 'aunt', 'fille', 'sœur', 'soeur', 'mère', 'épouse', 'femme', 'nièce', 'tante'].map(foldWord),
);
const MALE_PRONOUNS = new Set(['he', 'him', 'il', 'lui'].map(foldWord));
const FEMALE_PRONOUNS = new Set(['she', 'her', 'elle'].map(foldWord));

/**
 * «l'arrestation de son fils», "the arrest of her son", "the death of his brother": a possessive kinship phrase right
 * after a Latin role word, with no name of its own after it (a comma and a name are its name: «son fils, Omar»).
 */
function unnamedKinAfter(ctx: Ctx, cands: Cand[], cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.last].kind !== 'lat') return false;
  let j = nextNonSpace(tokens, cue.last + 1);
  // «Après la disparition en 2013 de l'un de ses frères, Omar Haddad…»: past a date, and "one of".
  j = pastDate(tokens, j);
  if (tokens[j] && KIN_LINKS.has(tokens[j].norm)) j = pastOneOf(tokens, nextNonSpace(tokens, j + 1));
  if (!tokens[j] || !THIRD_PERSON_POSSESSIVES.has(tokens[j].norm)) return false;
  const kin = kinNounIndex.match(tokens, nextNonSpace(tokens, j + 1));
  if (!kin) return false;
  const after = nextNonSpace(tokens, kin.last + 1);
  if (after < tokens.length && ctx.candAt[after] >= 0) return false;
  if (!isComma(tokens[after])) return true;
  // "the death of his brother, Omar Haddad, …" names him; "After the death of his brother, Omar Haddad was arrested"
  // goes on with the name as its subject.
  const name = nextNonSpace(tokens, after + 1);
  const k = name < tokens.length ? ctx.candAt[name] : -1;
  if (k < 0) return true;
  const end = tokens[nextNonSpace(tokens, cands[k].last + 1)];
  return !(end === undefined || end.kind === 'nl' || isComma(end) || (end.kind === 'p' && isSentencePunct(end)));
}

/** "her son disappeared", «son fils a disparu», "his brother was arrested": a possessive kinship phrase, naming no one, as the subject right before the role word. */
function kinRightBefore(ctx: Ctx, cue: Cue): boolean {
  return kinSubjectBefore(ctx, cue) !== null;
}

/**
 * «اعتقل شقيقها عام 2013 … وعلمت فاطمة أن شقيقها أحمد حي», "Her brother was taken to Saydnaya. …
 * her brother Omar is alive": a name right after a kinship phrase («شقيقها», "her brother") is the one the same
 * phrase, with no name, was the subject of elsewhere in the post; the strongest such role cue, or null.
 */
function cueOfSameKin(ctx: Ctx, c: Cand, pre: Cue[]): Cue | null {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, c.first - 1);
  if (isComma(tokens[j])) j = prevNonSpace(tokens, j - 1);
  const kin = pre.find((e) => e.def.kind === 'relative' && !e.def.firstPerson && e.last === j);
  if (!kin) return null;
  // The kinship noun itself: "Fatima Ali's brother" and "her brother" are one.
  const noun = tokens[kin.last].norm;
  let best: Cue | null = null;
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role' || !cue.role || cue.def.search) continue;
    const subject = kinSubjectBefore(ctx, cue);
    if (!subject || subject === kin || tokens[subject.last].norm !== noun) continue;
    if (!best || ROLE_PRIORITY[cue.role] > ROLE_PRIORITY[best.role as DetRole]) best = cue;
  }
  return best;
}

/** "her friend had been arrested", «son collègue a disparu»: a possessive and a word for a friend or colleague, naming no one, as the subject right before the role word. */
function companionRightBefore(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  const noun = pastAuxiliaries(ctx, prevNonSpace(tokens, cue.first - 1));
  if (noun < 0 || !COMPANIONS.has(tokens[noun].norm)) return false;
  const owner = prevNonSpace(tokens, noun - 1);
  // "Fatima Ali and her friend were arrested": the two are one subject.
  return owner >= 0 && THIRD_PERSON_POSSESSIVES.has(tokens[owner].norm) && !coordinatorBefore(ctx, owner);
}
const COMPANIONS = new Set(
  [
    'friend',
    'friends',
    'colleague',
    'colleagues',
    'comrade',
    'comrades',
    'ami',
    'amie',
    'amis',
    'amies',
    'collègue',
    'collègues',
    'camarade',
    'camarades',
    'compagnon',
    'compagnons',
  ].map(foldWord),
);

/** The kinship phrase of kinRightBefore, or null. */
export function kinSubjectBefore(ctx: Ctx, cue: Cue): Cue | null {
  const { tokens } = ctx;
  if (tokens[cue.first].kind === 'ar') return arabicKinBefore(ctx, cue);
  if (tokens[cue.first].kind !== 'lat') return null;
  let j = prevNonSpace(tokens, cue.first - 1);
  // «de son mari, « disparus »»: a quote around the participle.
  if (j >= 0 && QUOTE_MARKS.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  // «son mari, mort des suites des tortures», "her husband, who died", "his father, who was imprisoned": an apposition
  // or a relative clause of the kin, its auxiliaries first.
  const who = pastAuxiliaries(ctx, j);
  if (who >= 0 && isWordToken(tokens[who]) && WHO_LAT.has(tokens[who].norm)) j = prevNonSpace(tokens, who - 1);
  if (isComma(tokens[j])) j = prevNonSpace(tokens, j - 1);
  j = pastAuxiliaries(ctx, j);
  // «Son frère cadet a été libéré»: a word such as «cadet» after the kinship noun.
  if (j > 0 && KIN_ADJECTIVES.has(tokens[j].norm) && kinNounEndingAt(tokens, prevNonSpace(tokens, j - 1)) >= 0) j = prevNonSpace(tokens, j - 1);
  // "portraits of her son and husband, who disappeared": the possessive before the first kinship word holds both.
  const bare = j >= 0 && cueOf(ctx, j) === null ? kinNounIndex.match(tokens, j) : null;
  if (bare && bare.last === j) {
    const whose = whoseBefore(ctx, j);
    if (whose >= 0) return newCue(WHOSE_KIN, whose, j);
    const joined = prevNonSpace(tokens, j - 1);
    if (joined >= 0 && isWordToken(tokens[joined]) && COORDINATORS.has(tokens[joined].norm)) j = prevNonSpace(tokens, joined - 1);
  }
  const kin = j >= 0 ? (cueOf(ctx, j) ?? kinGroupEndingAt(ctx, j, cue) ?? theKinEndingAt(ctx, j)) : null;
  if (!kin || kin.last !== j || kin.def.kind !== 'relative' || kin.def.firstPerson) return null;
  // "Omar Haddad and his brother were arrested", «Omar Haddad et son frère ont été enlevés»: the verb is both's.
  const and = prevNonSpace(tokens, kin.first - 1);
  if (and >= 0 && isWordToken(tokens[and]) && COORDINATORS.has(tokens[and].norm) && ctx.candAt[prevNonSpace(tokens, and - 1)] >= 0) return null;
  if (POSSESSIVES.has(tokens[kin.first].norm) || (kin.def === WHOSE_KIN && DEFINITE_ARTICLES.has(tokens[kin.first].norm))) return kin;
  const whose = whoseBefore(ctx, kin.first);
  return whose >= 0 ? newCue(WHOSE_KIN, whose, kin.last) : null;
}

/**
 * "The younger brother was soon released, but the officers kept Omar Haddad": a Latin kinship noun after "the" (and a
 * word such as "younger"), ending at `j`, is someone unnamed too.
 */
function theKinEndingAt(ctx: Ctx, j: number): Cue | null {
  const { tokens } = ctx;
  if (tokens[j].kind !== 'lat' || kinNounIndex.match(tokens, j)?.last !== j) return null;
  let the = prevNonSpace(tokens, j - 1);
  if (the >= 0 && KIN_ADJECTIVES.has(tokens[the].norm)) the = prevNonSpace(tokens, the - 1);
  return the >= 0 && DEFINITE_ARTICLES.has(tokens[the].norm) ? newCue(WHOSE_KIN, the, j) : null;
}
const DEFINITE_ARTICLES = new Set(['the', 'le', 'la'].map(foldWord));

/**
 * "her three brothers", "three of her brothers", "her relatives", «ses proches»: a group of kin after a possessive,
 * counted or not, naming no one, ending at `j`, as the subject of what befell them (arrest, release, death). Not of a
 * search or of having no news ("his family is looking for him", "her family does not know where she is"): those speak
 * of the one they have lost.
 */
function kinGroupEndingAt(ctx: Ctx, j: number, cue: Cue): Cue | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (cue.def.search || cue.role === 'missing') return null;
  if (t.kind !== 'lat' || !(RELATIVES_WORDS.has(t.norm) || kinNounIndex.match(tokens, j)?.last === j)) return null;
  let k = prevNonSpace(tokens, j - 1);
  while (k >= 0 && isCountWord(tokens[k])) k = prevNonSpace(tokens, k - 1);
  if (k < 0 || !POSSESSIVES.has(tokens[k].norm)) return null;
  // "She and her family were released": a subject of its own before "and" shares the verb.
  const and = prevNonSpace(tokens, k - 1);
  if (and >= 0 && isWordToken(tokens[and]) && COORDINATORS.has(tokens[and].norm)) return null;
  const after = nextNonSpace(tokens, j + 1);
  return after < tokens.length && ctx.candAt[after] >= 0 ? null : newCue(WHOSE_KIN, k, j);
}

/** "…, whose brother disappeared": what befell the kinsman of a "whose" clause; not "whose mother is searching for him" nor «dont la mère est sans nouvelles», which are the name's. */
function whoseKinOutcome(ctx: Ctx, cue: Cue): boolean {
  if (cue.def.search) return false;
  const kin = kinSubjectBefore(ctx, cue);
  // «dont la mère est sans nouvelles»: the mother has no news of him; he is the one gone.
  return kin?.def === WHOSE_KIN && !noNewsAfter(ctx, kin.last);
}

/** "Omar Haddad, whose brother disappeared", «dont le frère a disparu»: the "whose" before the kinship word at `first`, or -1. */
function whoseBefore(ctx: Ctx, first: number): number {
  const { tokens } = ctx;
  let w = prevNonSpace(tokens, first - 1);
  // "whose three children", «dont les deux fils».
  if (w >= 0 && isCountWord(tokens[w])) w = prevNonSpace(tokens, w - 1);
  if (w >= 0 && KIN_ARTICLES.has(tokens[w].norm)) w = prevNonSpace(tokens, w - 1);
  return w >= 0 && whoseKinAt(tokens, w) === first ? w : -1;
}

const WHOSE_KIN = cueDef({ kind: 'relative' });

/** Back from token `j` past up to four auxiliaries and modals ("had been", "would be"), to the word before them. */
/** "soon", «rapidement»: an adverb among the auxiliaries ("was soon released", «a été rapidement libéré», "are still being held"). */
const SOON_ADVERBS = new Set(
  ['soon', 'quickly', 'later', 'finally', 'eventually', 'still', 'rapidement', 'vite', 'finalement', 'ensuite', 'toujours'].map(foldWord),
);
function pastAuxiliaries(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  for (
    let n = 0;
    n < 4 &&
    j >= 0 &&
    isWordToken(tokens[j]) &&
    (PASSIVE_AUX.has(tokens[j].norm) || PERFECT_AUX.has(tokens[j].norm) || MODALS.has(tokens[j].norm) || SOON_ADVERBS.has(tokens[j].norm)) &&
    cueOf(ctx, j)?.def.kind !== 'relative';
    n++
  )
    j = prevNonSpace(tokens, j - 1);
  return j;
}

/**
 * «تحمل فاطمة صورة ابنها الذي اختفى», «فقدت فاطمة ابنها في سجون النظام»: an Arabic kinship noun with "his" or "her"
 * on it right before the cue, or before «الذي» / «التي» and the cue: what the cue says is the relative's.
 */
function arabicKinBefore(ctx: Ctx, cue: Cue): Cue | null {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  if (j >= 0 && tokens[j].kind === 'ar' && AR_KIN_WHO.has(stripConj(tokens[j].norm))) j = prevNonSpace(tokens, j - 1);
  // «زوجها ما زال مختفياً», «ابنها لا يزال معتقلاً», «عمه كان معتقلاً»: "still", "was" between the kinship word and the
  // state.
  for (let n = 0; n < 3 && j >= 0 && tokens[j].kind === 'ar' && (AR_STILL.has(tokens[j].norm) || AR_WAS.has(tokens[j].norm)); n++)
    j = prevNonSpace(tokens, j - 1);
  const kin = j >= 0 ? cueOf(ctx, j) : null;
  if (!kin || kin.last !== j || kin.def.kind !== 'relative' || kin.def.firstPerson || ctx.candAt[nextNonSpace(tokens, j + 1)] >= 0)
    return reportedKinSubject(ctx, cue);
  return AR_HIS_HER_KIN.test(tokens[j].norm) ? kin : null;
}

/**
 * «اكتشفت فاطمة العلي أن شقيقها كان يقبع في سجن صيدنايا», «علمت بأن ابنها على قيد الحياة وكان معتقلاً»: a reported
 * clause whose subject, right after «أن», is an unnamed kinsman («شقيقها») tells of him, up to a few words on and
 * with no name between.
 */
function reportedKinSubject(ctx: Ctx, cue: Cue): Cue | null {
  const { tokens } = ctx;
  for (
    let j = prevNonSpace(tokens, cue.first - 1), n = 0;
    j >= 0 && n < MAX_REPORTED_KIN_WORDS && ctx.sentence[j] === ctx.sentence[cue.first];
    j = prevNonSpace(tokens, j - 1)
  ) {
    if (!isWordToken(tokens[j])) continue;
    if (ctx.candAt[j] >= 0) return null;
    n++;
    const kin = cueOf(ctx, j);
    if (!kin || kin.first !== j || kin.def.kind !== 'relative') continue;
    const that = prevNonSpace(tokens, j - 1);
    const said = that >= 0 && tokens[that].kind === 'ar' && THAT_WORDS.has(stripConj(tokens[that].norm));
    if (!said || kin.def.firstPerson || !AR_HIS_HER_KIN.test(tokens[kin.last].norm) || ctx.candAt[nextNonSpace(tokens, kin.last + 1)] >= 0) return null;
    // «أعلنت عائلة المعتقل محمد الحداد أن ابنها لا يزال محتجزاً»: the family of a name speaks of him.
    for (let i = ctx.sentenceFirst[ctx.sentence[j]]; i < that; i++) if (isWordToken(tokens[i]) && familyBeforeIndex.match(tokens, i)) return null;
    return kin;
  }
  return null;
}
const MAX_REPORTED_KIN_WORDS = 8;
const AR_STILL = new Set(['ما', 'زال', 'يزال', 'لا', 'مازال', 'لايزال', 'تزال'].map(foldWord));
const AR_WAS = new Set(['كان', 'كانت'].map(foldWord));
const AR_KIN_WHO = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي'].map(foldWord));
const AR_HIS_HER_KIN = new RegExp(`(?:${['ه', 'ها', 'هم', 'هما', 'هن'].map(foldWord).join('|')})$`);

/** "Omar Haddad's mother": the name is followed by 's and a kinship noun. */
function possessiveKinAfter(ctx: Ctx, c: Cand): boolean {
  return possessiveAfter(ctx, c.last) && kinNounIndex.match(ctx.tokens, possessedStart(ctx, c)) !== null;
}
/** The word after "Fatima Ali's", past a number ("Fatima Ali's two sons"). */
function possessedStart(ctx: Ctx, c: Cand): number {
  const { tokens } = ctx;
  const j = nextNonSpace(tokens, c.last + 3);
  return tokens[j] && isCountWord(tokens[j]) ? nextNonSpace(tokens, j + 1) : j;
}

function kinNounEndingAt(tokens: Token[], end: number): number {
  let first = -1;
  for (let f = end, n = 0; f >= 0 && n < 3; f = prevNonSpace(tokens, f - 1), n++) {
    const m = isWordToken(tokens[f]) ? kinNounIndex.match(tokens, f) : null;
    if (m && m.last === end) first = f;
  }
  return first;
}

/**
 * «"My father was taken in 2014," said Hiba Saleh», «"اعتقلوا أخي"، تقول سلمى»: a speaker whose words,
 * in the sentence or the one before, tell of "my father" held, gone or dead is family.
 */
function speaksOfOwnRelative(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  for (let i = ctx.sentenceFirst[Math.max(0, s - 1)]; i <= ctx.sentenceLast[s]; i++) {
    const kin = ctx.cueAt[i];
    if (!kin || kin.first !== i || kin.def.kind !== 'relative' || !kin.def.firstPerson) continue;
    // "My father was taken", «Mon fils a été arrêté»; «اعتقلوا أخي», "They killed my brother" (in Latin script the word
    // right before: "I was arrested with my brother" is the speaker's own story): the verb is the relative's.
    for (const dir of [1, -1]) {
      let words = 0;
      for (
        let j = dir > 0 ? kin.last + 1 : kin.first - 1;
        j >= 0 && j < tokens.length && words < (dir < 0 && tokens[kin.first].kind !== 'ar' ? 1 : OWN_RELATIVE_WINDOW);
        j += dir
      ) {
        // «Mon frère Omar Haddad a été arrêté»: the relative's own name is no word between.
        if (!isWordToken(tokens[j]) || ctx.candAt[j] >= 0) continue;
        words++;
        const cue = cueOf(ctx, j);
        if (cue && cue.def.kind === 'role') return true;
      }
    }
  }
  return false;
}
const OWN_RELATIVE_WINDOW = 4;
/** The search cue before the kinship phrase of a name's chain: "cherche toujours son fils Omar". */
function searchBeforeKin(ctx: Ctx, pre: Cue[]): Cue | null {
  const chained = pre.find((e) => e.def.search);
  if (chained) return chained;
  const kin = pre.find((e) => e.def.kind === 'relative');
  if (!kin) return null;
  let j = prevNonSpace(ctx.tokens, kin.first - 1);
  for (let n = 0; n < MAX_SEARCH_AUX && j >= 0 && isWordToken(ctx.tokens[j]) && SEARCH_AUX.has(ctx.tokens[j].norm); n++) j = prevNonSpace(ctx.tokens, j - 1);
  const cue = j >= 0 ? cueOf(ctx, j) : null;
  if (cue && cue.last === j && cue.def.search) return cue;
  // «تبحث فاطمة الحداد عن ابنها»: «عن», the searcher, and the verb before them; «منذ 12 عاماً» may stand before «عن».
  if (j < 0 || ctx.tokens[j].norm !== AN) return null;
  let v = prevNonSpace(ctx.tokens, j - 1);
  for (let n = 0; n < MAX_SEARCH_SPAN_WORDS && v >= 0 && (ctx.tokens[v].kind === 'num' || SEARCH_SPAN_WORDS.has(ctx.tokens[v].norm)); n++)
    v = prevNonSpace(ctx.tokens, v - 1);
  while (v >= 0 && ctx.candAt[v] >= 0) v = prevNonSpace(ctx.tokens, v - 1);
  if (v < 0 || !SPLIT_SEARCH_VERBS.has(ctx.tokens[v].norm)) return null;
  const verb = newCue(SPLIT_SEARCH_DEF, v, v);
  verb.used = true;
  return verb;
}
const SPLIT_SEARCH_DEF = cueDef({ kind: 'role', role: 'missing', search: true });

/**
 * "Rojin Derki hoped her brother Mohammad was still alive", «espérait que son fils Omar était vivant»: a hope verb
 * before the kinship word and a word of life a few words after the name make the kinsman missing.
 */
function hopedAliveCue(ctx: Ctx, cands: Cand[], pre: Cue[][], k: number): Cue | null {
  const { tokens } = ctx;
  const c = cands[k];
  // "her brothers Omar and Samir were alive": the kinship word before the first of the pair.
  let head = k;
  while (cands[head].coordPrev >= 0 && !pre[head].some((e) => e.def.kind === 'relative')) head = cands[head].coordPrev;
  const kin = pre[head].find((e) => e.def.kind === 'relative');
  if (!kin) return null;
  let v = prevNonSpace(tokens, kin.first - 1);
  if (v >= 0 && THAT_WORDS.has(tokens[v].norm)) v = prevNonSpace(tokens, v - 1);
  if (v < 0 || !HOPE_VERBS.has(tokens[v].norm)) return null;
  for (
    let j = nextNonSpace(tokens, c.last + 1), n = 0;
    j < tokens.length && n < MAX_ALIVE_WORDS && isWordToken(tokens[j]);
    j = nextNonSpace(tokens, j + 1), n++
  ) {
    if (ALIVE_WORDS.has(tokens[j].norm)) {
      const hope = newCue(SPLIT_SEARCH_DEF, v, v);
      hope.used = true;
      return hope;
    }
  }
  return null;
}
const MAX_ALIVE_WORDS = 5;
/** «منذ 12 عاماً», «منذ سنوات»: how long a search has gone on, in the words of a term served. */
const SEARCH_SPAN_WORDS = new Set([foldWord('منذ'), ...SERVED_UNITS, ...SERVED_NUMBERS]);
const MAX_SEARCH_SPAN_WORDS = 4;
const ING_DEFS: Record<DetRole, CueDef> = {
  detainee: cueDef({ kind: 'role', role: 'detainee' }),
  released: cueDef({ kind: 'role', role: 'released' }),
  missing: cueDef({ kind: 'role', role: 'missing' }),
  dead: cueDef({ kind: 'role', role: 'dead' }),
};
const AN = foldWord('عن');
/** The role word right before "of" and the kinship phrase of a name's chain: "the death of his brother Sami". */
function roleNounBeforeKin(ctx: Ctx, pre: Cue[]): Cue | null {
  const kin = pre.find((e) => e.def.kind === 'relative');
  if (!kin) return null;
  const j = prevNonSpace(ctx.tokens, kin.first - 1);
  if (j < 0 || !isWordToken(ctx.tokens[j]) || !OF_WORDS.has(ctx.tokens[j].norm)) return null;
  const k = prevNonSpace(ctx.tokens, j - 1);
  const cue = k >= 0 ? cueOf(ctx, k) : null;
  return cue && cue.last === k && cue.def.kind === 'role' && !cue.def.search ? cue : null;
}
/**
 * «Son fils détenu, Omar Haddad», «ابنه المعتقل، محمد الحداد», "his detained son, Omar Haddad": a kinship noun and its
 * state word, then a comma right before the name. The name is that relative, and the state his (GUIDE.md: "his brother
 * X" is a relative unless X is himself said to be held).
 */
function kinStateBefore(ctx: Ctx, c: Cand): Cue | null {
  const { tokens } = ctx;
  const comma = prevNonSpace(tokens, c.first - 1);
  if (comma < 0 || !isComma(tokens[comma])) return null;
  const end = prevNonSpace(tokens, comma - 1);
  if (end < 0) return null;
  const isState = (e: Cue | null): e is Cue => e !== null && e.def.kind === 'role' && !e.def.search;
  const last = cueOf(ctx, end);
  if (isState(last) && last.last === end) {
    const k = prevNonSpace(tokens, last.first - 1);
    const kin = k >= 0 ? cueOf(ctx, k) : null;
    return kin !== null && kin.last === k && kin.def.kind === 'relative' && !kin.def.firstPerson ? last : null;
  }
  // "his detained son": Latin puts the state first, after "his" / "her".
  const kinFirst = tokens[end].kind === 'lat' ? kinNounEndingAt(tokens, end) : -1;
  const k = kinFirst >= 0 ? prevNonSpace(tokens, kinFirst - 1) : -1;
  const state = k >= 0 ? cueOf(ctx, k) : null;
  if (!isState(state) || state.last !== k) return null;
  const owner = prevNonSpace(tokens, state.first - 1);
  return owner >= 0 && THIRD_PERSON_POSSESSIVES.has(tokens[owner].norm) ? state : null;
}
const MAX_SEARCH_AUX = 4;
/** Words between a searcher and the search carry no cue, a neutral one or a negation ("does not know"). */
const SEARCH_AUX_CUES = new Set<CueKind | undefined>([undefined, 'neutral', 'negation']);
/**
 * Besides the passive and perfect auxiliaries: "has still been looking", «continue de chercher», "still does
 * not know what happened to", «ne sait toujours pas ce qui est arrivé à».
 */
const SEARCH_AUX = new Set([
  ...PERFECT_AUX,
  ...['still', 'toujours', 'continue', 'de', 'd', 'does', 'do', 'did', 'not', 'never', 'know', 'knows', 'ne', 'n', 'sait', 'savent', 'pas'].map(foldWord),
  // «cherche depuis des années son mari»
  ...['des', 'années', 'ans', 'mois', 'longtemps'].map(foldWord),
]);

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

/**
 * "Omar Haddad was 19 when soldiers arrested him", «les forces de sécurité l'ont arrêté»: an active verb whose
 * object is a pronoun is said of someone named before it, not of a name after it.
 */
function objectPronounBack(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const n = nextNonSpace(tokens, cue.last + 1);
  const next = tokens[n];
  if (next?.kind === 'lat' && (next.norm === 'him' || next.norm === 'them')) return true;
  if (next?.kind === 'lat' && next.norm === 'her') {
    // "arrested her son": the pronoun is a possessive, and the one arrested is her son.
    const after = tokens[nextNonSpace(tokens, n + 1)];
    return after === undefined || !isWordToken(after) || HER_FOLLOWERS.has(after.norm);
  }
  if (ctx.lang !== 'fr') return false;
  let j = prevNonSpace(tokens, cue.first - 1);
  if (tokens[j]?.kind === 'lat' && FRENCH_AUX.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  return tokens[j]?.kind === 'lat' && tokens[j].norm === 'l';
}
const HER_FOLLOWERS = new Set(['in', 'at', 'on', 'from', 'during', 'after', 'before', 'while', 'when', 'and', 'without', 'for', 'again', 'too', 'as', 'near']);
const FRENCH_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'].map(foldWord));

/**
 * A cue right after an indefinite status noun with no name («معتقل خرج من السجن», "a detainee released"): that person's;
 * so is one said of unnamed speakers or in a "who" clause of unnamed people ("People who were released … said").
 */
function ofUnnamed(ctx: Ctx, cue: Cue): boolean {
  if (unnamedSpeakers(ctx, cue) || unnamedWhoClause(ctx, cue) || unnamedIndefinite(ctx, cue) || unnamedSource(ctx, cue) || unnamedPersonObject(ctx, cue))
    return true;
  if (reunionNotYetWithKin(ctx, cue)) return true;
  if (countedCrowdAfter(ctx, cue)) return true;
  // "a recently released detainee", «un détenu récemment libéré»: past an adverb of time before the participle.
  let j = prevNonSpace(ctx.tokens, cue.first - 1);
  if (j >= 0 && ctx.tokens[cue.first].kind === 'lat' && RECENTLY.has(ctx.tokens[j].norm)) j = prevNonSpace(ctx.tokens, j - 1);
  if (j < 0 || ctx.candAt[j] >= 0) return false;
  // "through a released prisoner", "an executed detainee's brother": an adjective of an unnamed status noun, and the noun.
  if (ctx.tokens[cue.first].kind === 'lat') {
    const adjective = cueOf(ctx, j);
    const ofArticle = INDEFINITE_ARTICLES.has(ctx.tokens[j].norm) ? cue : adjective && adjective.last === j && adjective.def.kind === 'role' ? adjective : null;
    const article = ofArticle ? ctx.tokens[prevNonSpace(ctx.tokens, ofArticle.first - 1)] : undefined;
    if (ofArticle && (ofArticle === cue || (article !== undefined && INDEFINITE_ARTICLES.has(article.norm)))) {
      const noun = ofArticle === cue ? nextNonSpace(ctx.tokens, cue.last + 1) : cue.first;
      const status = noun < ctx.tokens.length ? cueOf(ctx, noun) : null;
      if (
        status &&
        status.first === noun &&
        status.def.kind === 'role' &&
        isStatusNoun(ctx, status) &&
        ctx.candAt[nextNonSpace(ctx.tokens, status.last + 1)] < 0
      )
        return true;
    }
  }
  // «تبحث فاطمة عن زوجها المعتقل», «ابنه المغيب»: the relative's own status (named in apposition, «ابنه المعتقل، محمد
  // الحداد», the state is that name's own cue already: kinStateBefore).
  if (ctx.tokens[cue.first].kind === 'ar' && stripConj(ctx.tokens[cue.first].norm).startsWith(AR_AL) && cueOf(ctx, j)?.last === j && unnamedKinAt(ctx, j))
    return true;
  // «فاطمة العلي والدة معتقل منذ 2013»: an indefinite status noun right after a kinship noun is that relative's.
  if (opensWithArabicStatus(ctx, cue) && !stripConj(ctx.tokens[cue.first].norm).startsWith(AR_AL) && kinNounEndingAt(ctx.tokens, j) >= 0) return true;
  // "her detained son", "his missing brother": an adjective between a possessive and a kinship noun.
  if (ctx.tokens[cue.first].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(ctx.tokens[j].norm)) {
    const k = nextNonSpace(ctx.tokens, cue.last + 1);
    if (k < ctx.tokens.length && kinNounIndex.match(ctx.tokens, k) !== null) return true;
  }
  const before = cueOf(ctx, j);
  if (!before || before === cue || before.def.kind !== 'role' || !isStatusNoun(ctx, before)) return false;
  const head = ctx.tokens[before.first];
  if (head.kind === 'ar') return !stripConj(head.norm).startsWith('ال');
  return INDEFINITE_ARTICLES.has(ctx.tokens[prevNonSpace(ctx.tokens, before.first - 1)]?.norm ?? '');
}

/**
 * "fears she will never be reunited with her son", «n'a jamais retrouvé son fils»: a reunion not come (a release cue
 * turned to a detention by a negation or a wish), with "his"/"her" and a kinship noun after it, is the relative's
 * state: the one who waits is family.
 */
function reunionNotYetWithKin(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'role' || cue.def.role !== 'released' || cue.role === 'released' || tokens[cue.last].kind !== 'lat') return false;
  const withWord = nextNonSpace(tokens, cue.last + 1);
  if (withWord >= tokens.length || !REUNION_WITH.has(tokens[withWord].norm)) return false;
  const owner = nextNonSpace(tokens, withWord + 1);
  return owner < tokens.length && THIRD_PERSON_POSSESSIVES.has(tokens[owner].norm) && kinNounIndex.match(tokens, nextNonSpace(tokens, owner + 1)) !== null;
}
const REUNION_WITH = new Set(['with', 'avec'].map(foldWord));

/**
 * "Former detainees said Omar Haddad had disappeared", «Des anciens détenus ont déclaré qu'Omar…», "A former detainee
 * said": a plural word for those held, or one after "a", right before a speech verb, is who speaks; what it says of
 * them is theirs, not the name's they speak of. Not "Omar Haddad and other former detainees said" nor "Omar Haddad,
 * a former detainee, said", where the name is one of them.
 */
function unnamedSpeakers(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const last = tokens[cue.last];
  // «أخبر معتقل سابق عائلته أنه شاهده»: an Arabic verb of speech, then an indefinite status noun as its subject.
  if (tokens[cue.first].kind === 'ar') {
    const verb = cueOf(ctx, prevNonSpace(tokens, cue.first - 1));
    const head = stripConj(tokens[cue.first].norm);
    return verb !== null && verb.def.kind === 'speech' && (isStatusNoun(ctx, cue) || STATUS_NOUNS.has(head)) && !head.startsWith(AR_AL);
  }
  // "A former detainee said he saw Omar": one of them, after "a", too.
  if (!isPluralStatusNoun(last) && !indefiniteStatus(ctx, cue)) return false;
  let k = nextNonSpace(tokens, cue.last + 1);
  // "Former detainees from Saydnaya prison told reporters": where they were, between them and the verb.
  if (k < tokens.length && isWordToken(tokens[k]) && SPEAKER_PLACE_PREPOSITIONS.has(tokens[k].norm)) {
    let j = k;
    for (let n = 0; n < MAX_SPEAKER_PLACE_WORDS && j < tokens.length && isWordToken(tokens[j]) && ctx.candAt[j] < 0; n++) {
      const other = cueOf(ctx, j);
      if (other && other.first === j && other.def.kind === 'speech') break;
      j = nextNonSpace(tokens, (other ? Math.max(j, other.last) : j) + 1);
    }
    k = j;
  }
  // «ont déclaré», "have told": the auxiliary before the speech verb (unless the cue holds it: «a affirmé»).
  const withAux = k < tokens.length ? cueOf(ctx, k) : null;
  const auxCue = withAux !== null && withAux.first === k && withAux.def.kind === 'speech';
  if (!auxCue && k < tokens.length && isWordToken(tokens[k]) && (PERFECT_AUX.has(tokens[k].norm) || PASSIVE_AUX.has(tokens[k].norm)))
    k = nextNonSpace(tokens, k + 1);
  const speech = k < tokens.length ? cueOf(ctx, k) : null;
  if (!speech || speech.first !== k || speech.def.kind !== 'speech') return false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < NAMED_AMONG_WORDS; j = prevNonSpace(tokens, j - 1), n++)
    if (ctx.candAt[j] >= 0) return false;
  return true;
}
const NAMED_AMONG_WORDS = 4;
const SPEAKER_PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'of', 'inside', 'à', 'de', 'du', 'des', 'dans'].map(foldWord));
const MAX_SPEAKER_PLACE_WORDS = 7;

/** "among those (who are) waiting for", «parmi ceux qui attendent»: the search is done by the ones among whom a name is. */
function amongSearchers(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < 3 && j >= 0 && isWordToken(tokens[j]) && SEARCHER_FILLERS.has(tokens[j].norm); n++) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !isWordToken(tokens[j]) || !THOSE.has(tokens[j].norm)) return false;
  const among = prevNonSpace(tokens, j - 1);
  if (among < 0 || !isWordToken(tokens[among])) return false;
  if (LATIN_AMONG.has(tokens[among].norm)) return true;
  // "One of those waiting for news was Samir", «l'un de ceux qui attendent».
  const one = prevNonSpace(tokens, among - 1);
  return OF_WORDS.has(tokens[among].norm) && one >= 0 && isWordToken(tokens[one]) && ONE_OF.has(tokens[one].norm);
}
const ONE_OF = new Set(['one', 'un', 'une'].map(foldWord));
/** "waiting for news", «attendent des nouvelles»: what the families do, not a state of the one they wait for. */
const NEWS_WAIT = /news|nouvelle|خبر|أخبار|اخبار/u;
const SEARCHER_FILLERS = new Set(['who', 'are', 'is', 'still', 'qui', 'sont', 'toujours', 'encore'].map(foldWord));
const THOSE = new Set(['those', 'people', 'families', 'ceux', 'celles', 'familles'].map(foldWord));

/**
 * "His family met a former detainee", «Sa famille a rencontré un ancien détenu»: an indefinite status noun in a
 * sentence that names no one and says no "he" or "she" before it is someone unnamed, not what the last name became
 * ("Omar Haddad, a former detainee," and "He is a former detainee" stay his).
 */
function unnamedIndefinite(ctx: Ctx, cue: Cue): boolean {
  if (!indefiniteStatus(ctx, cue)) return false;
  const s = ctx.sentence[cue.first];
  for (let i = ctx.sentenceFirst[s]; i <= ctx.sentenceLast[s]; i++) {
    if (ctx.candAt[i] >= 0) return false;
    if (i < cue.first && ctx.tokens[i].kind === 'lat' && THIRD_PERSON_SUBJECTS.has(ctx.tokens[i].norm)) return false;
  }
  return true;
}

/**
 * "According to a former detainee, Omar Haddad was alive", «appris par un ancien détenu qu'Omar…»: a status noun after
 * "a" and a source ("according to", «selon», "by", «par») is the unnamed source, not anyone named in the sentence.
 */
function unnamedSource(ctx: Ctx, cue: Cue): boolean {
  if (!indefiniteStatus(ctx, cue)) return false;
  const b = prevNonSpace(ctx.tokens, prevNonSpace(ctx.tokens, cue.first - 1) - 1);
  if (b < 0 || !isWordToken(ctx.tokens[b])) return false;
  const source = cueOf(ctx, b);
  return SOURCE_PREPOSITIONS.has(ctx.tokens[b].norm) || (source !== null && source.def.kind === 'speech' && source.last === b);
}
const SOURCE_PREPOSITIONS = new Set(['by', 'from', 'through', 'via', 'par'].map(foldWord));

/**
 * "Muammar recognized the bearded man filmed after being released", «a reconnu l'homme filmé après sa libération»: a
 * word for a person, the object of a verb (not an apposition after a comma), a few lower-case words before the cue,
 * which is said of him.
 */
function unnamedPersonObject(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; j >= 0 && n < MAX_WORDS_AFTER_PERSON && !PERSON_NOUNS.has(tokens[j].norm); n++) {
    const t = tokens[j];
    if (t.kind !== 'lat' || t.cap || ctx.candAt[j] >= 0 || (cueOf(ctx, j) !== null && cueOf(ctx, j)?.def.kind !== 'neutral')) return false;
    j = prevNonSpace(tokens, j - 1);
  }
  if (j < 0 || !PERSON_NOUNS.has(tokens[j].norm)) return false;
  // Past an adjective or two ("the bearded man", «le jeune homme») to the article.
  let a = prevNonSpace(tokens, j - 1);
  for (let n = 0; a >= 0 && n < 2 && tokens[a].kind === 'lat' && !tokens[a].cap && !PERSON_ARTICLES.has(tokens[a].norm); n++) a = prevNonSpace(tokens, a - 1);
  if (a < 0 || !PERSON_ARTICLES.has(tokens[a].norm)) return false;
  const verb = tokens[prevNonSpace(tokens, a - 1)];
  return verb !== undefined && verb.kind === 'lat' && !verb.cap;
}
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'homme', 'femme', 'garçon', 'personne'].map(foldWord));
const PERSON_ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'le', 'la', 'l', 'un', 'une', 'cet', 'cette'].map(foldWord));
const MAX_WORDS_AFTER_PERSON = 4;

/** "a former detainee", «un ancien détenu»: a status noun after an indefinite article is an unnamed person, not a release. */
function indefiniteStatus(ctx: Ctx, cue: Cue): boolean {
  if (ctx.tokens[cue.first].kind !== 'lat' || !isStatusNoun(ctx, cue)) return false;
  return INDEFINITE_ARTICLES.has(ctx.tokens[prevNonSpace(ctx.tokens, cue.first - 1)]?.norm ?? '');
}

const RECENTLY = new Set(['recently', 'newly', 'just', 'lately', 'récemment', 'nouvellement', 'dernièrement'].map(foldWord));

/** «المعتقل», «والأسير», "detainee": a word for what someone is, not for what was done to them. */
/**
 * «الإفراج عن 500 معتقل», «خروج 500 معتقل من سجون النظام», «la libération de 500 détenus»: a release of a counted crowd
 * (a number or «عشرات», «مئات», then a word for those held) is theirs, not the named people's.
 */
function countedCrowdAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.role !== 'released') return false;
  let j = nextNonSpace(tokens, cue.last + 1);
  // «وأفرج النظام عن 500 معتقل»: past the one who released them, to the verb's «عن».
  if (tokens[cue.first].kind === 'ar' && !CROWD_LINKS.has(tokens[j]?.norm ?? '')) {
    let k = j;
    for (let n = 0; n < CROWD_AGENT_WORDS && k < tokens.length && tokens[k].kind === 'ar' && cueOf(ctx, k) === null && ctx.candAt[k] < 0; n++) {
      k = nextNonSpace(tokens, k + 1);
      if (tokens[k]?.norm === AN) {
        j = k;
        break;
      }
    }
  }
  if (tokens[j] && CROWD_LINKS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  if (!tokens[j] || !(tokens[j].kind === 'num' || CROWD_COUNTS.has(stripConj(tokens[j].norm)))) return false;
  j = nextNonSpace(tokens, j + 1);
  if (tokens[j] && CROWD_LINKS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  const noun = j < tokens.length ? cueOf(ctx, j) : null;
  if (!(noun !== null && noun.first === j && noun.def.kind === 'role' && isStatusNoun(ctx, noun))) return false;
  // «الإفراج عن 3 معتقلين من أبناء التل: A، B، C», «… عن مئات المعتقلين. ومن بينهم A»: a crowd the post then names.
  const s = ctx.sentence[j];
  for (let k = noun.last + 1; k < tokens.length && ctx.sentence[k] === s; k++) if (ctx.candAt[k] >= 0) return false;
  const next = wordySentence(ctx, s, 1);
  if (next < ctx.sentenceFirst.length) {
    const first = nextNonSpace(tokens, ctx.sentenceFirst[next]);
    if (first < tokens.length && amongThemIndex.match(tokens, first) !== null) return false;
  }
  return true;
}
const CROWD_LINKS = new Set(['عن', 'من', 'de', 'of'].map(foldWord));
const CROWD_AGENT_WORDS = 3;
const CROWD_COUNTS = new Set(
  ['عشرات', 'العشرات', 'مئات', 'المئات', 'آلاف', 'الآلاف', 'dizaines', 'centaines', 'milliers', 'dozens', 'hundreds', 'thousands'].map(foldWord),
);

export function isStatusNoun(ctx: Ctx, cue: Cue): boolean {
  const words = ctx.tokens.slice(cue.first, cue.last + 1).filter(isWordToken);
  if (words.length === 0) return false;
  const phrase = words.map((w) => w.norm).join(' ');
  if (STATUS_NOUNS.has(phrase)) return true;
  const first = words[0];
  return (
    first.kind === 'ar' &&
    words.length === 1 &&
    ARABIC_CUE_PREFIXES.some((p) => p !== '' && first.norm.startsWith(p) && STATUS_NOUNS.has(first.norm.slice(p.length)))
  );
}

interface Link {
  /** Through a kinship word: «وشقيقه», "and his brother". */
  relative: boolean;
  /** Through a word («و», "and", "along with"), not a comma alone. */
  word: boolean;
  /** "Omar Haddad (23 ans) Samir Nasser": only a bracket with a number in it between the two names, as in a list. */
  bracket?: boolean;
}

/** The last token of "un vieillard de 85 ans", "a child of 5" (an indefinite article, then up to six lowercase words and numbers, no cue) before a comma or "and", or -1. */
function indefiniteDescriptionEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  if (!INDEFINITE_ARTICLES.has(tokens[j].norm)) return -1;
  let last = j;
  for (let k = nextNonSpace(tokens, j + 1), n = 0; k < tokens.length && n < MAX_DESCRIPTION_WORDS; k = nextNonSpace(tokens, k + 1), n++) {
    const t = tokens[k];
    if (isComma(t) || (isWordToken(t) && COORDINATORS.has(t.norm))) return last;
    const cue = cueOf(ctx, k);
    if (!(t.kind === 'num' || (t.kind === 'lat' && !t.cap)) || (cue && cue.def.kind !== 'neutral')) return -1;
    last = k;
  }
  return -1;
}
const MAX_DESCRIPTION_WORDS = 6;

const AR_UMM = foldWord('أم');
/** «الذي», «التي»: "who" after a name's comma. */
const AR_WHO = new Set(['الذي', 'التي'].map(foldWord));
const WITH_WORDS = new Set(['with', 'avec', 'مع'].map(foldWord));

/** From `j` back past at most two lower-case Latin words with no cue ("disabled", «handicapé»), not "with" or "and": the token before them. */
function pastDescribingWords(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  const describing = (t: Token) => t.kind === 'lat' && !t.cap && !WITH_WORDS.has(t.norm) && !COORDINATORS.has(t.norm);
  for (let n = 0; n < MAX_KIN_DESCRIBING_WORDS && j >= 0 && describing(tokens[j]) && cueOf(ctx, j) === null; n++) j = prevNonSpace(tokens, j - 1);
  return j;
}
const MAX_KIN_DESCRIBING_WORDS = 2;

/**
 * "She was arrested along with her husband, Omar Haddad", «Cette avocate a été enlevée en compagnie de son mari, Omar
 * Haddad», «واقتيدت برفقة زوجها محمد الحداد»: a kinsman right after "with" shares the lot of the role word before it in
 * his clause when no name stands between (one named there is joined to him by coordinationBetween).
 */
function takenAlongCue(ctx: Ctx, c: Cand): Cue | null {
  const { tokens } = ctx;
  const withKin = kinWithBefore(ctx, c);
  if (!withKin) return null;
  // The role word a few words before "with" ("arrested on Monday in Douma along with"), not a verb of talking with him.
  const from = cueOf(ctx, withKin.w)?.first ?? withKin.w;
  let words = 0;
  for (let j = prevNonSpace(tokens, from - 1); j >= 0 && ctx.clause[j] === ctx.clause[from]; j = prevNonSpace(tokens, j - 1)) {
    if (ctx.candAt[j] >= 0) return null;
    const cue = cueOf(ctx, j);
    // An event that befell both (arrested, abducted, freed, killed); not a state or a plea («من لديه معلومات»).
    if (cue && cue.def.kind === 'role' && cue.role !== undefined && !cue.def.search && (cue.role !== 'missing' || cue.def.abduction)) return cue;
    if (isWordToken(tokens[j]) && ++words > MAX_TAKEN_ALONG_WORDS) return null;
  }
  return null;
}
const MAX_TAKEN_ALONG_WORDS = 4;

/**
 * "with his son Sami", «ainsi que son fils handicapé, Karim», «برفقة زوجها محمد الحداد»: the kinship cue right before the
 * name `c` (past a comma and a word or two that describe him) and the "with" or coordinator before that cue, or null.
 * "lost contact with her son Omar": a search's own "with" joins no one.
 */
function kinWithBefore(ctx: Ctx, c: Cand): { kin: Cue; w: number } | null {
  const { tokens } = ctx;
  const b = prevNonSpace(tokens, c.first - 1);
  const kin = cueOf(ctx, b) ?? (isComma(tokens[b]) ? cueOf(ctx, pastDescribingWords(ctx, prevNonSpace(tokens, b - 1))) : null);
  if (!kin || kin.def.kind !== 'relative' || kin.def.firstPerson) return null;
  const w = pastDescribingWords(ctx, prevNonSpace(tokens, kin.first - 1));
  if (w < 0) return null;
  const withCue = cueOf(ctx, w);
  return (WITH_WORDS.has(tokens[w].norm) && !withCue?.def.search) || withCue?.def.kind === 'coord' ? { kin, w } : null;
}

/** How name b is coordinated with the name a before it, or null. */
function coordinationBetween(ctx: Ctx, a: Cand, b: Cand): Link | null {
  const { tokens } = ctx;
  // "abducted in Douma in December 2013 along with Samira Khalil": whatever
  // came before, a name right after "along with"/«برفقة» shares the first one's lot.
  const before = cueOf(ctx, prevNonSpace(tokens, b.first - 1));
  if (before && before.def.kind === 'coord' && before.first > a.last) return { relative: false, word: true };
  // "arrested in 2013 with his son Sami", «اعتقل مع ابنه سامي»: the relative taken along shares that lot too; so
  // does one in a kinship word's apposition ("with his uncle, Yosef Haddad,", «avec leur oncle, Yosef»).
  // "along with his disabled son, Karim", «ainsi que son fils handicapé, Karim»: past a word or two that describe him.
  const withKin = kinWithBefore(ctx, b);
  if (withKin && withKin.kin.first > a.last && withKin.w > a.last && ctx.clause[withKin.w] === ctx.clause[a.last]) return { relative: true, word: true };
  let sawJoin = false;
  let sawWord = false;
  let sawRelative = false;
  let sawBareYear = false;
  let depth = 0;
  let numberInBracket = false;
  let bracketOnly = false;
  // Words read after a title (-1: none seen), and whether one of them says where it is held ("for", «à»).
  let titleWords = -1;
  let titlePlaceOpen = false;
  // Inside ", the son of …," after the name before (see below).
  let kinOfOpen = false;
  const bt = tokens[b.first];
  if (bt.kind === 'ar' && b.start > bt.s) sawJoin = sawWord = true;
  for (let j = a.last + 1; j < b.first; j++) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    // "Raghad, un enfant de 5 ans, Hamid Salih, un vieillard de 85 ans et Mohammed": a description
    // opened by an indefinite article and closed by a comma or "and" is said of the name before it.
    const descEnd = isWordToken(t) && isComma(tokens[prevNonSpace(tokens, j - 1)]) ? indefiniteDescriptionEnd(ctx, j) : -1;
    if (descEnd > 0) {
      j = descEnd;
      continue;
    }
    if (t.kind === 'p' && (t.norm === ',' || t.norm === '،' || t.norm === '&' || t.norm === '/')) {
      sawJoin = true;
      kinOfOpen = false;
      continue;
    }
    // «عمر بسيس الحمادة - علاء الموش»: a dash between two Arabic names sets items of a list apart.
    if (t.kind === 'p' && LIST_DASHES.has(t.norm) && tokens[a.last].kind === 'ar' && bt.kind === 'ar' && depth === 0) {
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
    // ", the son of a former commander in the Tribal Brigade of the FSA, and": what a kinship word's "of" opens
    // describes the name before, up to its comma, whatever titles it holds.
    if (kinOfOpen && isWordToken(t) && !(cue && (cue.def.kind === 'role' || cue.def.kind === 'speech' || cue.def.kind === 'clause'))) {
      if (cue) j = cue.last;
      continue;
    }
    if (cue && cue.def.kind === 'relative') {
      if (t.kind === 'ar' && t.norm.startsWith('و')) sawJoin = sawWord = true;
      const of = OF_WORDS.has(tokens[cue.last].norm) ? cue.last : nextNonSpace(tokens, cue.last + 1);
      if (
        t.kind === 'lat' &&
        OF_WORDS.has(tokens[of]?.norm ?? '') &&
        isComma(tokens[pastArticle(tokens, prevNonSpace(tokens, cue.first - 1))]) &&
        commaBetween(tokens, of, b.first)
      ) {
        kinOfOpen = true;
        j = of;
        continue;
      }
      sawRelative = true;
      j = cue.last;
      continue;
    }
    if (cue && (cue.def.kind === 'neutral' || cue.def.kind === 'otherTitle')) {
      if (t.kind === 'ar' && t.norm.startsWith('و')) sawJoin = sawWord = true;
      j = cue.last;
      titleWords = 0;
      titlePlaceOpen ||= TITLE_PLACE_WORDS.has(tokens[cue.last].norm);
      continue;
    }
    // ", archevêque syriaque orthodoxe d'Alep, et": lower-case words after a title describe the name before; so does
    // where the title is held, ", reporter à l'hebdomadaire Le Point, et", ", a reporter for Europe 1, and" (no name).
    if (
      titleWords >= 0 &&
      t.kind === 'lat' &&
      !cue &&
      (titlePlaceOpen ? titleWords < MAX_TITLE_COMPLEMENT_WORDS : !t.cap && titleWords < MAX_DESCRIBING_WORDS)
    ) {
      titlePlaceOpen ||= TITLE_PLACE_WORDS.has(t.norm);
      titleWords++;
      continue;
    }
    // '"They killed my brother Omar," Fatima Ali said': a quote closed after a comma ends the words said; the
    // name after it is the speaker, not one more of a list (quotes around each name, '"Omar", "Sami"', still join;
    // so do '“Omar Haddad,” “Samir Nasser,”', each name quoted whole with its comma inside).
    if (t.kind === 'p' && QUOTE_MARKS.has(t.norm) && tokens[j - 1]?.kind === 'p' && CLOSING_PUNCT.has(tokens[j - 1].norm)) {
      const quotedWhole = QUOTE_MARKS.has(tokens[prevNonSpace(tokens, a.first - 1)]?.norm ?? '') && j === nextNonSpace(tokens, a.last + 1) + 1;
      // The next name, perhaps after "and", perhaps quoted too.
      let next = nextNonSpace(tokens, j + 1);
      const and = next < b.first && isWordToken(tokens[next]) && COORDINATORS.has(tokens[next].norm);
      if (and) next = nextNonSpace(tokens, next + 1);
      if (next < b.first && QUOTE_MARKS.has(tokens[next].norm)) next = nextNonSpace(tokens, next + 1);
      if (!quotedWhole || next !== b.first) return null;
      sawJoin = true;
      if (and) sawWord = true;
      j = b.first - 1;
      continue;
    }
    // What is said of the first name on the way: «من داريا عام 2012», "(34)".
    if (t.kind === 'num' || (t.kind === 'p' && (t.norm === '(' || t.norm === ')' || t.norm === '-' || QUOTE_MARKS.has(t.norm)))) {
      if (t.norm === '(') depth++;
      else if (t.norm === ')') depth--;
      else if (t.kind === 'num' && depth <= 0 && YEAR.test(t.norm)) sawBareYear = true;
      else if (t.kind === 'num' && depth > 0) numberInBracket = true;
      // «Omar Haddad (23 ans) Samir Nasser (32 ans)», "(né en 1964) Samir": a list that lost its commas.
      if (t.norm === ')' && depth === 0 && numberInBracket && !sawJoin && nextNonSpace(tokens, j + 1) === b.first) bracketOnly = true;
      continue;
    }
    // "Omar Haddad (Greek Orthodox) and Samir Nasser": words in brackets are said of the first name; so is a title,
    // "Riyad Seif (an industrialist and former parliamentarian), Fayez Sara (a journalist)".
    if (depth > 0 && isWordToken(t) && !cue) continue;
    if (depth > 0 && cue && cue.def.kind !== 'role' && cue.def.kind !== 'clause' && cue.def.kind !== 'speech') {
      j = cue.last;
      continue;
    }
    // «قالت فاطمة العلي، وهي من داريا، إن ابنها محمد…», "said that": what is said opens; the name after is in it.
    if (isWordToken(t) && THAT_WORDS.has(t.norm)) return null;
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
  if (bracketOnly && !sawJoin) return { relative: false, word: false, bracket: true };
  if (!sawJoin) return null;
  // "Depuis l'arrestation d'Omar Haddad en 2013, Fatima Ahmad le recherchait": a comma after a date ends a phrase.
  if (!sawWord && sawBareYear) return null;
  // "the brother of Omar Haddad, Ahmad Suleiman, was freed": a comma after a kinship phrase opens its apposition.
  if (!sawWord && kinPhraseOwner(ctx, a)) return null;
  // ", son of Omar Darwish," is an appositive, not a second person in the same predicament; ", his wife Fatima Ali
  // and their four children" is one item of a list that goes on.
  if (sawRelative && !sawWord) return listGoesOnAfter(ctx, b) ? { relative: true, word: true } : null;
  return { relative: sawRelative, word: sawWord };
}

const MAX_DESCRIBING_WORDS = 3;
/** Past "the", «le», «la» before token `j`: the token before them, or `j`. */
function pastArticle(tokens: Token[], j: number): number {
  return j >= 0 && LATIN_ARTICLES.has(tokens[j].norm) ? prevNonSpace(tokens, j - 1) : j;
}
/** A comma between tokens `from` and `to`. */
function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (isComma(tokens[j])) return true;
  return false;
}
const MAX_TITLE_COMPLEMENT_WORDS = 6;

/** "…, his wife Fatima Ali and their children": "and" right after name b, then "their"/"his"… or another name. */
function listGoesOnAfter(ctx: Ctx, b: Cand): boolean {
  const { tokens } = ctx;
  const and = nextNonSpace(tokens, b.last + 1);
  if (tokens[and]?.kind !== 'lat' || !isCoordinator(ctx, tokens[and])) return false;
  const next = nextNonSpace(tokens, and + 1);
  return next < tokens.length && (THIRD_PERSON_POSSESSIVES.has(tokens[next].norm) || ctx.candAt[next] >= 0);
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

/** «du régime de Bachar el-Assad», "the prisons of Bashar al-Assad", «نظام بشار الأسد»: a public figure a regime (lexicon REGIME_WORDS) is named after. */
function regimeOwner(ctx: Ctx, m: Cand): boolean {
  if (!m.figure) return false;
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, m.first - 1);
  if (j >= 0 && tokens[j].kind === 'ar') return REGIME_WORDS.has(stripConj(tokens[j].norm));
  if (j < 0 || !OF_WORDS.has(tokens[j].norm)) return false;
  j = prevNonSpace(tokens, j - 1);
  return j >= 0 && REGIME_WORDS.has(tokens[j].norm);
}

/**
 * For a name with no cue of its own: the role cues of the nearest sentence of
 * its paragraph that names nobody ("He was arrested in 2012."; a closing
 * «#المفرج_عنهم» under a list of names), the next one first. Sentences naming
 * other cue-less people (the other lines of a list) are passed over; one about
 * someone with a cue of their own stops the search in that direction.
 */
function nearbySentenceCues(ctx: Ctx, cands: Cand[], c: Cand, settled: (m: Cand) => boolean, kinOutcome?: { seen: boolean }): Cue[] {
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
      // «dans les prisons du régime de Bachar el-Assad»: the ruler a regime is named after tells nothing of himself.
      const named = cands.filter((m) => ctx.sentence[m.first] === other && !regimeOwner(ctx, m));
      if (named.length > 0) {
        if (named.some(settled)) open[dir] = false;
        continue;
      }
      const found: Cue[] = [];
      let kin = false;
      for (let i = first; i <= last; i++) {
        const cue = ctx.cueAt[i];
        if (!cue || cue.def.kind !== 'role' || cue.def.exception || ofOthers(ctx, cue) || ofUnnamed(ctx, cue)) continue;
        // "Fatima Ali's son, Omar, would be forty now. He disappeared…": "he" is not Fatima.
        if (!subjectAgrees(ctx, c, first, cue.first)) continue;
        // «Et c'est peu après son transfert vers un lieu inconnu qu'il aurait été exécuté»: the subject of a cleft.
        if (opensCleft(ctx, first) && !subjectAgrees(ctx, c, first, last + 1)) continue;
        // "They never saw their family again." is said of several, not of one name alone.
        if (!inCoordination(cands, cands.indexOf(c)) && pluralSubjectOpens(ctx, first, cue)) continue;
        // "…with her friend Omar Haddad. … Her friend had been arrested": the friend's, none else's.
        if (companionRightBefore(ctx, cue) && !COMPANIONS.has(ctx.tokens[prevNonSpace(ctx.tokens, c.first - 1)]?.norm ?? '')) continue;
        // "Nobody in his family knew where he was taken": "he", right after the cue, is not Fatima.
        const after = ctx.tokens[nextNonSpace(ctx.tokens, cue.last + 1)];
        if (after?.kind === 'lat' && PRONOUN_SEX.has(after.norm) && !pronounAgrees(ctx, c, after.norm)) continue;
        // «Après avoir cherché en vain ses deux frères …», "searched in vain for his two brothers": the kin are the ones sought.
        if (cue.def.search && possessedKinAfter(ctx, cue)) {
          kin = true;
          continue;
        }
        // «… des indices de leur sort», "their fate": of several, not of one name alone.
        if (THIRD_PERSON_PLURAL_POSSESSIVES.has(ctx.tokens[cue.first].norm) && !inCoordination(cands, cands.indexOf(c))) continue;
        // "… her father, Ali. … she hasn't heard from him since": "she" is the name, and what she has not had is news of "him".
        if (after?.kind === 'lat' && OBJECT_PRONOUNS.has(after.norm) && cue.role === 'missing' && subjectPronounAgrees(ctx, c, first, cue.first)) {
          kin = true;
          continue;
        }
        // "Omar Haddad, 40, outside his home in Gaziantep. His brother was freed from Adra.": the brother's release.
        // Only a kinship phrase that opens the sentence: "…to get his nephew released" may be said of the name.
        // «وأوضحت أن ابنها اختفى»: an Arabic clause whose subject is her unnamed son.
        // «Elle cherche le nom de son mari disparu», "her missing husband": a disappearance is the kin's, right before or
        // after it (a release right after is not: "to get his nephew released" may be said of the name).
        if (
          opensOnKinGroup(ctx, first, cue) ||
          sentenceOpensOnPossessedKin(ctx, first, cue.first) ||
          kinNounSubjectBefore(ctx, first, cue) ||
          (ctx.tokens[cue.first].kind === 'lat' && cue.role === 'missing' && (kinRightBefore(ctx, cue) || possessiveKinAfterCue(ctx, cue))) ||
          (ctx.tokens[cue.first].kind === 'ar' && arabicKinBefore(ctx, cue) !== null)
        )
          kin = true;
        else found.push(cue);
      }
      if (found.length > 0) return found;
      if (kin) {
        if (kinOutcome) kinOutcome.seen = true;
        return [];
      }
    }
  }
  return [];
}

/**
 * «Ses deux frères, arrêtés entre 2012 et 2014, restent portés disparus», "His two brothers … remain missing": a sentence
 * whose subject, opening it, is "his"/"her" (a count) and a kinship noun, tells of the kin up to token `to`.
 */
function sentenceOpensOnPossessedKin(ctx: Ctx, first: number, to: number): boolean {
  let p = nextNonSpace(ctx.tokens, first);
  // "But his brother was still in prison", «Mais son frère …»: past a conjunction.
  if (p < ctx.tokens.length && ctx.tokens[p].kind === 'lat' && OPENING_CONJUNCTIONS.has(ctx.tokens[p].norm)) p = nextNonSpace(ctx.tokens, p + 1);
  const kin = possessedKinAt(ctx, p);
  if (kin >= 0 && kin < to) return true;
  const companion = possessedCompanionAt(ctx, p);
  return companion >= 0 && companion < to;
}

/** Sentence `s` opens on "Their driver", «Son avocat» before the cue: the cue tells of that one. */
function companionOpens(ctx: Ctx, s: number, cue: Cue): boolean {
  const companion = possessedCompanionAt(ctx, nextNonSpace(ctx.tokens, ctx.sentenceFirst[s]));
  return companion >= 0 && companion < cue.first;
}

/** "Their driver", «Leur chauffeur» at `p`: one who went with a detainee and is not him. The noun's last token, or -1. */
function possessedCompanionAt(ctx: Ctx, p: number): number {
  const { tokens } = ctx;
  if (!(p < tokens.length && tokens[p].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[p].norm))) return -1;
  const k = nextNonSpace(tokens, p + 1);
  return (k < tokens.length ? companionNounIndex.match(tokens, k)?.last : undefined) ?? -1;
}

/** Right after the cue (past "for", «à»): "his"/«ses», a count, and a kinship noun. */
function possessedKinAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const k = nextNonSpace(tokens, cue.last + 1);
  // "looking for any trace of her father": a search that goes on in another.
  const next = k < tokens.length ? cueOf(ctx, k) : null;
  if (next && next.first === k && next.def.search) return possessedKinAfter(ctx, next);
  // "looking for her father", «une trace de son père»: the possessive may close the cue itself.
  if (tokens[cue.last].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[cue.last].norm)) {
    const noun = k < tokens.length && isCountWord(tokens[k]) ? nextNonSpace(tokens, k + 1) : k;
    if (noun < tokens.length && kinNounIndex.match(tokens, noun)) return true;
  }
  return possessedKinAt(ctx, k < tokens.length && isWordToken(tokens[k]) && SOUGHT_LINKS.has(tokens[k].norm) ? nextNonSpace(tokens, k + 1) : k) >= 0;
}

/** "his"/«ses» at `p`, a count, and a kinship noun: the noun phrase's last token, or -1. */
function possessedKinAt(ctx: Ctx, p: number): number {
  const { tokens } = ctx;
  if (!(p < tokens.length && tokens[p].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[p].norm))) return -1;
  let k = nextNonSpace(tokens, p + 1);
  if (k < tokens.length && isCountWord(tokens[k])) k = nextNonSpace(tokens, k + 1);
  const kin = k < tokens.length ? kinNounIndex.match(tokens, k) : null;
  return kin ? kin.last : -1;
}
const SOUGHT_LINKS = new Set(['for', 'à'].map(foldWord));

/** "her missing husband": a possessive, the cue, then a kinship noun. */
function possessiveKinAfterCue(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const before = prevNonSpace(tokens, cue.first - 1);
  const after = nextNonSpace(tokens, cue.last + 1);
  return before >= 0 && THIRD_PERSON_POSSESSIVES.has(tokens[before].norm) && after < tokens.length && kinNounIndex.match(tokens, after) !== null;
}

/**
 * The kinship phrase that is the cue's subject opens the sentence starting at `first`, alone or after a count or
 * "of": "Her brother was freed", "Three of her brothers were arrested", «Trois de ses frères ont été arrêtés».
 */
function opensOnKinGroup(ctx: Ctx, first: number, cue: Cue): boolean {
  const kin = kinSubjectBefore(ctx, cue);
  if (!kin) return false;
  const { tokens } = ctx;
  for (let j = nextNonSpace(tokens, first); j < kin.first; j = nextNonSpace(tokens, j + 1))
    if (!(isCountWord(tokens[j]) || KIN_LINKS.has(tokens[j].norm) || crowdIndex.match(tokens, j)?.last === j)) return false;
  return true;
}

/**
 * "Each has a son who was killed", «l'histoire d'un fils qui a disparu», «un fils, tué ou disparu»: an unnamed
 * relative ("a son") right before the Latin cue, past only "who", auxiliaries, "or" and a comma, is what the cue
 * befell (not "A brother said he was killed", where a verb of its own stands between).
 */
function kinNounSubjectBefore(ctx: Ctx, first: number, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= first && n < MAX_KIN_SUBJECT_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    // "a son", «un fils»: an unnamed relative of no one named (a possessive one opening the sentence is kinSubjectBefore's).
    const kin = kinNounEndingAt(tokens, j);
    if (kin >= 0) return INDEFINITE_ARTICLES.has(tokens[prevNonSpace(tokens, kin - 1)]?.norm ?? '');
    // "who disappeared or was killed": past another role word and the "or" before this one.
    const other = cueOf(ctx, j);
    if (other && other.def.kind === 'role' && other.last === j) {
      j = other.first;
      continue;
    }
    const t = tokens[j];
    const link = isWordToken(t) && (KIN_SUBJECT_LINKS.has(t.norm) || COORDINATORS.has(t.norm) || PASSIVE_AUX.has(t.norm) || PERFECT_AUX.has(t.norm));
    if (!isComma(t) && !link) return false;
  }
  return false;
}
const KIN_SUBJECT_LINKS = new Set(['who', 'that', 'qui'].map(foldWord));
const MAX_KIN_SUBJECT_WORDS = 6;

/** Role cues of the next sentence when it names nobody and opens with «وكان», "He", "Their"…. */
function continuationCues(ctx: Ctx, cands: Cand[], c: Cand): Cue[] {
  const next = ctx.sentence[c.first] + 1;
  if (next >= ctx.sentenceFirst.length) return [];
  const first = nextNonSpace(ctx.tokens, ctx.sentenceFirst[next]);
  const last = ctx.sentenceLast[next];
  const t = ctx.tokens[first];
  if (!t || !isWordToken(t) || !(CONTINUATION.has(t.norm) || opensOnThem(ctx, first) || pronounAfterOpening(ctx, first, last)) || first > last) return [];
  if (paragraphOf(ctx, first) !== paragraphOf(ctx, c.first)) return [];
  if (cands.some((m) => ctx.sentence[m.first] === next)) return [];
  const found: Cue[] = [];
  for (let i = first; i <= last; i++) {
    const cue = ctx.cueAt[i];
    // "His mother died without knowing…", "Their driver was killed": the sentence opens with someone else.
    if (
      cue &&
      cue.def.kind === 'role' &&
      !cue.def.exception &&
      !ofOthers(ctx, cue) &&
      !ofUnnamed(ctx, cue) &&
      kinSubjectBefore(ctx, cue)?.first !== first &&
      !companionOpens(ctx, next, cue)
    )
      found.push(cue);
  }
  return found;
}

/** "In May he was detained again", «En mai, il a été arrêté»: a subject pronoun a few words into an opening phrase of time or place. */
function pronounAfterOpening(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx;
  if (tokens[first].kind !== 'lat' || !OPENING_PREPOSITIONS.has(tokens[first].norm)) return false;
  for (let j = nextNonSpace(tokens, first + 1), n = 0; j <= last && n < MAX_OPENING_PHRASE_WORDS; j = nextNonSpace(tokens, j + 1), n++) {
    const t = tokens[j];
    if (t.kind === 'lat' && SUBJECT_PRONOUNS.has(t.norm)) return true;
    const cue = ctx.cueAt[j];
    // "After being released, she fled", "After his release in 2015, he…": what the opening phrase says is the subject's.
    if (cue !== null && cue.def.kind === 'role' && cue.first === j && !cue.def.search && !kinNounAfter(ctx, cue)) {
      j = cue.last;
      continue;
    }
    if ((cue !== null && cue.def.kind !== 'neutral') || (t.kind !== 'lat' && t.kind !== 'num' && !isComma(t))) return false;
  }
  return false;
}
/** "his brother's release": a kinship noun right after the cue. */
function kinNounAfter(ctx: Ctx, cue: Cue): boolean {
  const k = nextNonSpace(ctx.tokens, cue.last + 1);
  return k < ctx.tokens.length && kinNounIndex.match(ctx.tokens, k) !== null;
}
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'after', 'during', 'by', 'en', 'après', 'au', 'dans', 'lors', 'fin', 'début'].map(foldWord));
const MAX_OPENING_PHRASE_WORDS = 7;

/**
 * «وأفرج عنهما يوم الأحد», «وأطلق سراحهم»: an Arabic sentence that opens on a role verb whose object is "them two" or
 * "them" goes on about the people of the sentence before, like one that opens on «وكان».
 */
function opensOnThem(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx;
  const second = nextNonSpace(tokens, first + 1);
  if (tokens[first].kind !== 'ar' || second >= tokens.length || !THEM_OBJECTS_AR.has(tokens[second].norm)) return false;
  const cue = cueOf(ctx, first) ?? cueOf(ctx, second);
  return cue !== null && cue.def.kind === 'role';
}
const THEM_OBJECTS_AR = new Set(['عنهما', 'عنهم', 'سراحهما', 'سراحهم', 'سبيلهما', 'سبيلهم'].map(foldWord));

/**
 * «قضى ثلاثة معتقلين تحت التعذيب، وهم سامر النجار وأحمد العلي»: names listed after ", they are" are the people the
 * clause before spoke of, and take its role words («قضى … تحت التعذيب»), not only the nearest («معتقلين»).
 */
function theyAreCues(ctx: Ctx, c: Cand): Cue[] {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  let j = prevNonSpace(tokens, c.first - 1);
  while (j >= 0 && ctx.sentence[j] === s && (ctx.candAt[j] >= 0 || isComma(tokens[j]) || tokens[j].norm === ':' || COORDINATORS.has(tokens[j].norm)))
    j = prevNonSpace(tokens, j - 1);
  if (j < 0 || tokens[j].kind !== 'ar' || !THEY_ARE_AR.has(tokens[j].norm) || !isComma(tokens[prevNonSpace(tokens, j - 1)])) return [];
  const found: Cue[] = [];
  for (let i = ctx.sentenceFirst[s]; i < j; i++) {
    const cue = ctx.cueAt[i];
    if (cue && cue.first === i && cue.def.kind === 'role' && !cue.def.search) found.push(cue);
  }
  return found;
}

/**
 * "Rebels freed thousands from Saydnaya. Among them, Omar Haddad, who had been held since 2011.":
 * the role words the sentence before said of many are said of the name its next sentence opens
 * with "among them", «ومن بينهم», «parmi eux».
 */
function amongThemCues(ctx: Ctx, c: Cand): Cue[] {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  if (s === 0) return [];
  const first = nextNonSpace(tokens, ctx.sentenceFirst[s]);
  const among = first < tokens.length ? amongThemIndex.match(tokens, first) : null;
  if (!among || among.last >= c.first || paragraphOf(ctx, first) !== paragraphOf(ctx, ctx.sentenceFirst[s - 1])) return [];
  const found: Cue[] = [];
  for (let i = ctx.sentenceFirst[s - 1]; i <= ctx.sentenceLast[s - 1]; i++) {
    const cue = ctx.cueAt[i];
    if (cue && cue.first === i && cue.def.kind === 'role' && !cue.def.search && ofOthers(ctx, cue)) found.push(cue);
  }
  return found;
}

/**
 * «Ce Libanais … a été libéré il y a trois mois. Selon la presse, il s'agit de Yaacoub Chamoun», «Cinq réfugiés … ont
 * été arrêtés. Il s'agit d'Omar Haddad, de Samir Nasser et de Karim Saleh»: the names «il s'agit de» gives are the ones
 * the sentence before told of without naming them, and take its role words.
 */
function itIsCues(ctx: Ctx, cands: Cand[], c: Cand): Cue[] {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  // From the first name of the list it stands in.
  const head = cands.find((m) => m.group === c.group && ctx.sentence[m.first] === s) ?? c;
  let j = prevNonSpace(tokens, head.first - 1);
  while (j >= 0 && ctx.sentence[j] === s && (ctx.candAt[j] >= 0 || isComma(tokens[j]) || COORDINATORS.has(tokens[j].norm) || OF_WORDS.has(tokens[j].norm)))
    j = prevNonSpace(tokens, j - 1);
  // "The names of the abductees are: …", "Names of these civilians are; …" (a semicolon may close a sentence of its own).
  const colon = j >= 0 && (tokens[j].norm === ':' || tokens[j].norm === ';');
  if (colon) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !(ctx.sentence[j] === s || (colon && ctx.sentence[j] === s - 1))) return [];
  const opener = ctx.sentence[j];
  // Back to the «de» of «il s'agit de» itself.
  // «… identifié comme étant», "identified as" ends at `j` itself.
  if (!itIsIndex.endsAt(tokens, nextNonSpace(tokens, j + 1), 5) && !itIsIndex.endsAt(tokens, j, 5) && !namesAreBefore(ctx, opener, j)) return [];
  const before = wordySentence(ctx, opener, -1);
  if (before < 0 || cands.some((m) => ctx.sentence[m.first] === before)) return [];
  const found: Cue[] = [];
  for (let i = ctx.sentenceFirst[before]; i <= ctx.sentenceLast[before]; i++) {
    const cue = ctx.cueAt[i];
    if (cue && cue.first === i && cue.def.kind === 'role' && !cue.def.search) found.push(cue);
  }
  return found;
}

/** "Names of these civilians are", "The names of the three men were": the sentence opens on "names", and `j` is its "are". */
function namesAreBefore(ctx: Ctx, s: number, j: number): boolean {
  const { tokens } = ctx;
  if (!NAMES_ARE.has(tokens[j].norm)) return false;
  let k = ctx.sentenceFirst[s];
  while (k < j && !isWordToken(tokens[k])) k++;
  if (tokens[k]?.norm === 'the') k = nextNonSpace(tokens, k + 1);
  if (tokens[k]?.norm !== 'names') return false;
  let words = 0;
  for (let i = k + 1; i < j; i++) if (isWordToken(tokens[i]) && ++words > MAX_NAMES_OF_WORDS) return false;
  return true;
}
const NAMES_ARE = new Set(['are', 'were'].map(foldWord));
const MAX_NAMES_OF_WORDS = 5;

function paragraphOf(ctx: Ctx, i: number): number {
  let p = 0;
  const line = ctx.lineOf[i];
  for (let l = 1; l <= line; l++) if (ctx.lines[l].blankBefore) p++;
  return p;
}

/**
 * A byline: the first line holds only the writer's name, with at most a town or the outlet beside it
 * («فتاح عيسى – كوباني», «وليد أبو الخير من القاهرة», «زيد المحمود:», «بلدي نيوز - (مصعب حسن)»), and the
 * text under it tells of other people, each with cues of their own. The writer is `other` (GUIDE.md:
 * journalists), whatever role the lines below lent the name. A post whose first line names the one it is
 * about («محمد الحداد - داريا» over «استشهد تحت التعذيب…») names nobody else with cues of their own.
 */
export function bylines(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  firstLineByline(ctx, cands, decisions);
  writerUnderHeadline(ctx, cands, decisions);
}

function firstLineByline(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const c = cands[0];
  const d = decisions[0];
  if (!c || ctx.lines.length < 2 || ctx.lineOf[c.first] !== 0 || c.ref || c.figure) return;
  const line = ctx.lines[0];
  if (line.hasRoleCue || line.words > c.last - c.first + 1 + BYLINE_EXTRA_WORDS || ctx.itemOf[c.first] >= 0) return;
  if (!DETAINEE_ROLES.includes(d.role) || d.evidence === 'attached' || d.evidence === 'heading' || d.evidence === 'title') return;
  if (cands.some((m) => m.ref === c)) return;
  const others = cands.some(
    (m, j) =>
      j > 0 &&
      ctx.lineOf[m.first] > 0 &&
      DETAINEE_ROLES.includes(decisions[j].role) &&
      (decisions[j].evidence === 'attached' || decisions[j].evidence === 'owned'),
  );
  if (others) decisions[0] = { role: 'other', cues: [], evidence: 'title' };
}
const BYLINE_EXTRA_WORDS = 3;

/**
 * "Journalist Omar Haddad still missing in Syria" / "John Bacon" / "In this image …": a Latin line under the
 * headline that holds a name and nothing else («By» aside) is the writer's, not one more of the people the
 * headline tells of.
 */
function writerUnderHeadline(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens, lines } = ctx;
  const second = lines.findIndex((l, i) => i > 0 && l.words > 0);
  if (second < 0 || second + 1 >= lines.length || lines[0].words === 0) return;
  const head = lines[0];
  const end = tokens[prevNonSpace(tokens, head.last)];
  if (end !== undefined && end.kind === 'p' && isSentencePunct(end)) return;
  const line = lines[second];
  // A list under the headline is not a writer: no colon, and the line after the name is prose, not one more item.
  const next = lines.findIndex((l, i) => i > second && l.words > 0);
  if (head.endsWithColon || next < 0 || lines[next].item || lines[next].words <= MIN_PROSE_WORDS) return;
  const k = cands.findIndex((m) => ctx.lineOf[m.first] === second);
  if (k < 0 || tokens[cands[k].first].kind !== 'lat' || cands[k].ref) return;
  const c = cands[k];
  const others = line.words - (c.last - c.first + 1);
  const first = nextNonSpace(tokens, line.first);
  const byFirst = first < c.first && BY_WORDS.has(tokens[first].norm);
  // "By Fatima Ali - Dec 10,2024 - Last updated at Dec 10,2024": «By», the name, then a dash and the date.
  const dated = byFirst && others > 1 && BYLINE_DATE_MARKS.has(tokens[nextNonSpace(tokens, c.last + 1)]?.norm ?? '');
  if (!dated && (others > 1 || (others === 1 && !byFirst))) return;
  if (!dated && nextNonSpace(tokens, c.last + 1) <= line.last) return;
  // Not the one the post goes on about: "Saydnaya survivor speaks" / "Omar Haddad" / "Haddad spent ten years …".
  const surname = tokens[c.last].norm;
  if (cands.some((m, j) => j !== k && (m.ref === c || tokens.slice(m.first, m.last + 1).some((t) => t.norm === surname)))) return;
  if (DETAINEE_ROLES.includes(decisions[k].role) && decisions[k].cues.every((e) => ctx.lineOf[e.first] !== second))
    decisions[k] = { role: 'other', cues: [], evidence: 'title' };
}
const BY_WORDS = new Set(['by', 'par'].map(foldWord));
const BYLINE_DATE_MARKS = new Set(['-', '–', '—', '|', ',']);
const MIN_PROSE_WORDS = 10;

/**
 * «توفيت … جراء قذيفة», "was killed by sniper fire", «ont péri sous les obus»: a death whose cause, named
 * right after its death word, lies outside detention, in a sentence that says nothing of arrest,
 * custody or execution, is no death in detention; the person is `other` (GUIDE.md).
 */
export function deathsOutsideCustody(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens } = ctx;
  const custody = (s: number, k: number): boolean => {
    for (let i = ctx.sentenceFirst[s]; i <= ctx.sentenceLast[s]; i++) {
      // "died of cancer in Saydnaya": a prison named in the sentence is custody (neglect kills there too).
      if (matchFacility(tokens, i)) return true;
      const cue = ctx.cueAt[i];
      // Searching for someone else says nothing of the dead person's custody.
      if (!cue || cue.first !== i || cue.def.kind !== 'role' || cue.def.search) continue;
      // "died of a stroke while searching for his son Omar, detained since 2013": the son's custody, not his.
      if (!decisions[k].cues.includes(cue) && (kinRightBefore(ctx, cue) || decisions.some((d, m) => m !== k && d.cues.includes(cue)))) continue;
      if (cue.role !== 'dead' || CUSTODY_DEATH.test(cueWords(ctx, cue))) return true;
    }
    return false;
  };
  let siegeKnown: boolean | null = null;
  const siege = (): boolean => (siegeKnown ??= tokens.some((t) => isWordToken(t) && (SIEGE_WORDS.has(t.norm) || SIEGE_WORDS.has(stripConj(t.norm)))));
  const namedCause = (cue: Cue): boolean => {
    // «assassiné», «عملية اغتيال الشهيد»: the death word names its cause, or the cause stands right before it.
    for (
      let i = cue.first, words = 0;
      i >= 0 && words <= MAX_CAUSE_WORDS_BEFORE && ctx.sentence[i] === ctx.sentence[cue.first];
      i = prevNonSpace(tokens, i - 1), words++
    ) {
      if (outsideDeathIndex.match(tokens, i)) return true;
    }
    for (let i = cue.last + 1, words = 0; i < tokens.length && words < MAX_CAUSE_WORDS && ctx.sentence[i] === ctx.sentence[cue.first]; i++) {
      if (!isWordToken(tokens[i])) continue;
      words++;
      if (outsideDeathIndex.match(tokens, i) || (siegeHungerIndex.match(tokens, i) && siege())) return true;
    }
    return false;
  };
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    if (d.role !== 'dead' || d.evidence === 'figure') continue;
    const s = ctx.sentence[cands[k].first];
    const deaths = d.cues.filter((e) => e.def.kind === 'role' && e.role === 'dead' && ctx.sentence[e.first] === s);
    if (deaths.length === 0 || !deaths.some(namedCause) || custody(s, k)) continue;
    // «أصيب بجلطة أودت بحياته خلال بحثه عن صور ولده», "died of a heart attack while searching for his son": family.
    // «décédée sans connaître le sort de son époux», "died without knowing the fate of her husband": family too.
    decisions[k] = { role: searchesForOwnKinAfter(ctx, cands[k]) || fateOfKinAfter(ctx, s) ? 'relative' : 'other', cues: [], evidence: d.evidence };
    // «Zahra Abbas est assise … Zahra est décédée sans …»: the full name and its short forms are one person.
    const person = cands[k].ref ?? cands[k];
    for (let m = 0; m < cands.length; m++) if (m !== k && (cands[m].ref ?? cands[m]) === person && decisions[m].role === 'dead') decisions[m] = decisions[k];
  }
}
const MAX_CAUSE_WORDS = 12;

/**
 * A search («بحثه عن», "searching for") and then a kinship word of the searcher's («ولده», "his son"), after the name in
 * its sentence. Unlike searchesLaterForKin, the walk passes the death told between them («أصيب بجلطة أودت بحياته خلال
 * بحثه عن…»), the name's own kunya and a word or two of what is searched («صور ولده», photos of his son).
 */
function searchesForOwnKinAfter(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  let searchAt = -1;
  for (let j = nextNonSpace(tokens, c.last + 1), n = 0; j < tokens.length && ctx.sentence[j] === s && n < MAX_CAUSE_WORDS; j = nextNonSpace(tokens, j + 1)) {
    if (!isWordToken(tokens[j])) continue;
    n++;
    const cue = cueOf(ctx, j);
    if (cue?.def.kind === 'role' && cue.def.search) searchAt = n;
    else if (searchAt >= 0 && cue?.def.kind === 'relative' && n - searchAt <= MAX_SEARCH_TO_KIN_WORDS) return true;
  }
  return false;
}
const MAX_SEARCH_TO_KIN_WORDS = 4;

/** In sentence `s`, a cause of death that ends on "of"/«de» ("without knowing the fate of") and a possessive kinship phrase right after it. */
function fateOfKinAfter(ctx: Ctx, s: number): boolean {
  const { tokens } = ctx;
  for (let i = ctx.sentenceFirst[s]; i <= ctx.sentenceLast[s]; i++) {
    const m = isWordToken(tokens[i]) ? outsideDeathIndex.match(tokens, i) : null;
    if (!m || !OF_WORDS.has(tokens[m.last].norm)) continue;
    const p = nextNonSpace(tokens, m.last + 1);
    if (p < tokens.length && THIRD_PERSON_POSSESSIVES.has(tokens[p].norm) && kinNounIndex.match(tokens, nextNonSpace(tokens, p + 1))) return true;
  }
  return false;
}
const MAX_CAUSE_WORDS_BEFORE = 2;
/** Death words that say custody themselves: torture, execution, prison, Caesar's photographs. */
const CUSTODY_DEATH = new RegExp(
  ['تعذيب', 'إعدام', 'أعدم', 'سجن', 'معتقل', 'قيصر', 'tortur', 'execut', 'custody', 'detention', 'prison', 'caesar', 'cesar', 'captiv'].map(foldWord).join('|'),
);

/**
 * "Omar Haddad is searching for his brother. He himself was released the day before.", «Lui vient de sortir de
 * prison», «بعد خروجها هي نفسها من السجن»: family who say they were held themselves are former detainees (GUIDE.md: the
 * detainee-type role wins), and so are others («Omar Haddad attend devant la prison. Lui-même vient d'en sortir»). A word for "himself" in the name's sentence after it, or in the next sentence naming no
 * one, with a role word right before or soon after it.
 */
export function selfOutcomes(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  for (let k = 0; k < cands.length; k++) {
    if (decisions[k].role !== 'relative' && decisions[k].role !== 'other') continue;
    const c = cands[k];
    const s = ctx.sentence[c.first];
    const next = s + 1 < ctx.sentenceFirst.length && !cands.some((m) => ctx.sentence[m.first] === s + 1) ? s + 1 : -1;
    const last = next >= 0 && paragraphOf(ctx, ctx.sentenceFirst[next]) === paragraphOf(ctx, c.first) ? ctx.sentenceLast[next] : ctx.sentenceLast[s];
    for (let j = c.last + 1; j <= last; j++) {
      if (ctx.candAt[j] >= 0) break;
      const sex = selfMarker(ctx, j);
      if (sex === null || !sexAgrees(ctx, c, sex)) continue;
      const cues = ctx.cueList.filter(
        (e) =>
          e.def.kind === 'role' &&
          e.role !== null &&
          !e.def.search &&
          ctx.sentence[e.first] === ctx.sentence[j] &&
          ((e.last < j && j - e.last <= SELF_CUE_TOKENS_BEFORE) || (e.first > j && e.first - j <= SELF_CUE_TOKENS_AFTER)) &&
          !ofOthers(ctx, e),
      );
      if (cues.length > 0) {
        decisions[k] = { role: bestRole(cues) as DetRole, cues, evidence: 'attached' };
        break;
      }
    }
  }
}
const SELF_CUE_TOKENS_BEFORE = 4;
const SELF_CUE_TOKENS_AFTER = 16;

/** "himself", «lui-même», «هو نفسه», a sentence-opening «Lui»: the sex of the one it stands for, or null. */
function selfMarker(ctx: Ctx, j: number): 'm' | 'f' | null {
  const t = ctx.tokens[j];
  if (!isWordToken(t)) return null;
  const sex = SELF_WORDS.get(t.norm);
  if (sex) return sex;
  // «Lui vient de sortir»: the stressed pronoun opening its sentence.
  if (t.kind === 'lat' && t.cap && STRESSED_OPENERS.has(t.norm) && nextNonSpace(ctx.tokens, ctx.sentenceFirst[ctx.sentence[j]]) === j)
    return STRESSED_OPENERS.get(t.norm) ?? null;
  // «هو نفسه», «هي نفسها».
  const before = ctx.tokens[prevNonSpace(ctx.tokens, j - 1)];
  if (t.kind === 'ar' && before && AR_SELF.get(t.norm) !== undefined && AR_SELF_PRONOUNS.has(before.norm)) return AR_SELF.get(t.norm) ?? null;
  return null;
}
const SELF_WORDS = new Map<string, 'm' | 'f'>([
  ['himself', 'm'],
  ['herself', 'f'],
  [foldWord('lui-même'), 'm'],
  [foldWord('elle-même'), 'f'],
]);
const STRESSED_OPENERS = new Map<string, 'm' | 'f'>([
  ['lui', 'm'],
  ['elle', 'f'],
]);
const AR_SELF = new Map<string, 'm' | 'f'>([
  [foldWord('نفسه'), 'm'],
  [foldWord('نفسها'), 'f'],
]);
const AR_SELF_PRONOUNS = new Set(['هو', 'هي'].map(foldWord));

/**
 * «اعتقل شقيق محمد الحداد، أحمد الحداد،», «أفرج عن ابني فاطمة العلي، محمد وأحمد»: a role verb before an Arabic kinship noun
 * in construct with a name, then the kinsman named in apposition: the verb is the kinsman's (and the name in construct
 * stays his family).
 */
export function apposedKinOutcomes(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens } = ctx;
  for (let k = 0; k < cands.length; k++) {
    if (tokens[cands[k].first].kind !== 'ar') continue;
    const owner = appositiveToKin(ctx, cands, k);
    if (owner < 0) continue;
    const kinEnd = prevNonSpace(tokens, cands[owner].first - 1);
    const kin = kinNounStartEndingAt(tokens, kinEnd);
    if (!ctx.constructKin.has(kin)) continue;
    const verb = cueOf(ctx, prevNonSpace(tokens, kin - 1));
    if (!verb || verb.def.kind !== 'role' || !verb.role || verb.def.search || verb.last !== prevNonSpace(tokens, kin - 1)) continue;
    for (let m = k; m < cands.length && (m === k || cands[m].group === cands[k].group); m++) {
      if (isDet(decisions[m].role)) continue;
      decisions[m] = { role: verb.role, cues: [verb], evidence: 'attached', clauseFrom: verb.first };
    }
  }
}

/**
 * "Fatima Ali lost two brothers in Saydnaya: Omar and Fadi", «فقدت فاطمة العلي شقيقها محمد الحداد في سجن صيدنايا»: a
 * kinsman "lost" in a place of detention died there, and the one who lost him is his family.
 */
export function lostKinInDetention(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i]) || !LOST_VERBS.has(tokens[i].norm)) continue;
    let j = nextNonSpace(tokens, i + 1);
    // «فقدت فاطمة العلي شقيقها»: the one who lost, between the Arabic verb and the kinship word.
    let subject = tokens[i].kind === 'ar' && j < tokens.length ? ctx.candAt[j] : -1;
    if (subject >= 0) j = nextNonSpace(tokens, cands[subject].last + 1);
    else {
      let b = prevNonSpace(tokens, i - 1);
      if (b >= 0 && isWordToken(tokens[b]) && PERFECT_AUX.has(tokens[b].norm)) b = prevNonSpace(tokens, b - 1);
      subject = b >= 0 ? ctx.candAt[b] : -1;
    }
    const kinEnd = lostKinEnd(ctx, j);
    if (kinEnd < 0) continue;
    const place = detentionPlaceAfter(ctx, kinEnd);
    if (place === null) continue;
    const s = ctx.sentence[i];
    const colon = nextNonSpace(tokens, place.last + 1);
    const listed = tokens[colon]?.norm === ':';
    const cue = newCue(LOST_IN_DETENTION, i, place.last);
    for (let m = 0; m < cands.length; m++) {
      const c = cands[m];
      if (ctx.sentence[c.first] !== s || m === subject) continue;
      const inside = c.first > kinEnd && c.last < place.first;
      if (!inside && !(listed && c.first > colon)) continue;
      decisions[m] = { role: 'dead', cues: [...decisions[m].cues.filter((e) => e.def.kind !== 'relative'), cue], evidence: 'attached' };
    }
    // The one who lost him is family, unless something of her own says otherwise.
    const own = (e: Cue) => e.def.kind === 'role' && (e.first < i || e.last > place.last);
    if (subject >= 0 && (!isDet(decisions[subject].role) || !decisions[subject].cues.some(own)))
      decisions[subject] = { role: 'relative', cues: [], evidence: 'title' };
    i = place.last;
  }
}
const LOST_IN_DETENTION = cueDef({ kind: 'role', role: 'dead' });
const LOST_IN = new Set(['in', 'at', 'à', 'dans', 'في'].map(foldWord));
const MAX_LOST_KIN_TOKENS = 14;

/** "her brother", "two brothers", «شقيقها», «son frère» starting at `j`: its last token, or -1. */
function lostKinEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  const rel = j < tokens.length ? cueOf(ctx, j) : null;
  if (rel && rel.first === j && rel.def.kind === 'relative') return rel.last;
  let k = j;
  for (let n = 0; n < 2 && k < tokens.length && (THIRD_PERSON_POSSESSIVES.has(tokens[k].norm) || isCountWord(tokens[k])); n++) k = nextNonSpace(tokens, k + 1);
  if (k >= tokens.length) return -1;
  const kin = kinNounIndex.match(tokens, k) ?? (LOST_KIN_PLURALS.has(tokens[k].norm) ? { last: k } : null);
  const again = kin ? null : cueOf(ctx, k);
  if (again && again.first === k && again.def.kind === 'relative') return again.last;
  return kin ? kin.last : -1;
}
const LOST_KIN_PLURALS = new Set(['brothers', 'sons', 'sisters', 'daughters', 'frères', 'fils', 'sœurs', 'filles'].map(foldWord));

/** "in Saydnaya", "in prison", «في سجن صيدنايا», «à Saydnaya» within a few tokens after `from`, in its sentence. */
function detentionPlaceAfter(ctx: Ctx, from: number): { first: number; last: number } | null {
  const { tokens } = ctx;
  const s = ctx.sentence[from];
  for (
    let j = nextNonSpace(tokens, from + 1), n = 0;
    j < tokens.length && n < MAX_LOST_KIN_TOKENS && ctx.sentence[j] === s;
    j = nextNonSpace(tokens, j + 1), n++
  ) {
    if (!isWordToken(tokens[j]) || !LOST_IN.has(tokens[j].norm)) continue;
    let p = nextNonSpace(tokens, j + 1);
    if (p < tokens.length && isWordToken(tokens[p]) && LATIN_ARTICLES.has(tokens[p].norm)) p = nextNonSpace(tokens, p + 1);
    const facility = p < tokens.length ? matchFacility(tokens, p) : null;
    if (facility) return { first: j, last: facility.last };
    if (p < tokens.length && SERVED_PLACES.has(tokens[p].norm)) return { first: j, last: p };
  }
  return null;
}

/**
 * "Omar Haddad was a teacher. According to his sister Fatima Ali, he was arrested in 1985.", «Selon sa sœur Fatima Ali,
 * il a disparu», «وبحسب شقيقته فاطمة العلي، فقد اعتقل»: what "he" underwent, after a source who is someone's family, is
 * said of that someone, the name before her.
 */
export function accordingToKin(ctx: Ctx, cands: Cand[], decisions: Decision[], pre: Cue[][]): void {
  const { tokens } = ctx;
  for (let k = 1; k < cands.length; k++) {
    const rel = pre[k].find((e) => e.def.kind === 'relative' && !e.def.firstPerson);
    const src = rel ? cueOf(ctx, prevNonSpace(tokens, rel.first - 1)) : null;
    if (!rel || !src || src.def.kind !== 'speech' || !SPEECH_SOURCES.has(stripConj(cueWords(ctx, src)))) continue;
    let comma = nextNonSpace(tokens, cands[k].last + 1);
    if (!isComma(tokens[comma])) continue;
    // «Selon sa sœur Fatima Ali, originaire de Zabadoun, il…»: past her apposition.
    const close =
      tokens[nextNonSpace(tokens, comma + 1)]?.kind === 'lat' && !SUBJECT_PRONOUNS.has(tokens[nextNonSpace(tokens, comma + 1)].norm)
        ? appositiveEnd(ctx, comma)
        : -1;
    if (close > comma) comma = close;
    let j = nextNonSpace(tokens, comma + 1);
    const latin = tokens[j]?.kind === 'lat';
    if (latin && !SUBJECT_PRONOUNS.has(tokens[j]?.norm ?? '')) continue;
    if (!latin && AR_SOURCE_LINKS.has(tokens[j]?.norm ?? '')) j = nextNonSpace(tokens, j + 1);
    const s = ctx.sentence[comma];
    const cues = ctx.cueList.filter(
      (e) => e.first >= j && ctx.sentence[e.first] === s && e.def.kind === 'role' && e.role !== null && !e.def.search && !ofOthers(ctx, e),
    );
    // Arabic has no pronoun: the role verb opens the clause.
    if (cues.length === 0 || (!latin && cues[0].first !== j)) continue;
    const owner = k - 1;
    if (ctx.sentence[cands[k].first] - ctx.sentence[cands[owner].first] > 1) continue;
    if (latin && !pronounAgrees(ctx, cands[owner], tokens[j].norm)) continue;
    const d = decisions[owner];
    if (isDet(d.role) && d.evidence !== 'nearby' && d.evidence !== 'none') continue;
    decisions[owner] = { role: bestRole(cues) as DetRole, cues, evidence: 'attached' };
  }
}
/** «فقد», «فإنه» between the comma of an Arabic source and its verb. */
const AR_SOURCE_LINKS = new Set(['فقد', 'فإن', 'فإنه'].map(foldWord));

/**
 * "Mahmoud Mawid had been arrested five months ago. His death was reported on Monday.", «اعتقل محمد
 * عام 2013، وتسلم أهله جثته»: a death word with "his", «son», «sa» before it or «ـه» on it speaks of
 * the last person named before it, within two sentences. Someone held or missing is then dead.
 */
export function anaphoricDeaths(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens } = ctx;
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role' || cue.role !== 'dead') continue;
    if (!(anaphoric(ctx, cue) || pronounSentence(ctx, cands, cue) || arabicAnaphor(ctx, cands, cue))) {
      if (pluralAnaphoric(ctx, cue) || pronounSentence(ctx, cands, cue, false, THEY)) outcomeOfThoseHeld(ctx, cands, decisions, cue, 'dead');
      continue;
    }
    let k = -1;
    for (let m = 0; m < cands.length && cands[m].last < cue.first; m++) k = m;
    if (k < 0) continue;
    // "Omar Haddad was arrested in 2011. His family visited him once in 2014. Thereafter the regime denied detaining
    // him. In 2022 his family learned of his death": the one person named so far is "him" further on too.
    const far = ctx.sentence[cue.first] - ctx.sentence[cands[k].first];
    // Not "Her husband was arrested too, and he did not survive detention": a kinsman, or "he" of a woman, is another.
    if (far > ANAPHOR_SENTENCES && !(far <= ONE_PERSON_ANAPHOR_SENTENCES && onePersonBefore(ctx, cands, k) && sameOneInSentence(ctx, cands[k], cue))) continue;
    // "his body" right before a name is that name's: "the body of his brother, Omar".
    const next = nextNonSpace(tokens, cue.last + 1);
    if (next < tokens.length && ctx.candAt[next] >= 0) continue;
    // «جثتيهما», "their bodies" of two: the last two people named.
    const both = dualAnaphor(ctx, cue) && k > 0 && !cands[k].ref ? [k - 1, k] : [k];
    for (const m of both) {
      const d = decisions[m];
      if (d.role === 'detainee' || d.role === 'missing') decisions[m] = { role: 'dead', cues: [...d.cues, cue], evidence: d.evidence };
    }
  }
}

/** Every name up to the `k`th is the same person (the same words, or a short form of them). */
function onePersonBefore(ctx: Ctx, cands: Cand[], k: number): boolean {
  const words = (c: Cand) =>
    ctx.tokens
      .slice(c.first, c.last + 1)
      .filter(isWordToken)
      .map((t) => t.norm)
      .join(' ');
  const head = words(cands[k].ref ?? cands[k]);
  for (let m = 0; m <= k; m++) if (words(cands[m].ref ?? cands[m]) !== head) return false;
  return true;
}
const ONE_PERSON_ANAPHOR_SENTENCES = 6;
/** No kinship word in the cue's sentence, and every "he", "she", "his", "her" up to the cue of the name's sex. */
function sameOneInSentence(ctx: Ctx, c: Cand, cue: Cue): boolean {
  const s = ctx.sentence[cue.first];
  for (let j = ctx.sentenceFirst[s]; j <= ctx.sentenceLast[s]; j++) {
    const e = cueOf(ctx, j);
    if (e && e.def.kind === 'relative') return false;
    if (j <= cue.last && ctx.tokens[j].kind === 'lat' && PRONOUN_SEX.has(ctx.tokens[j].norm) && !pronounAgrees(ctx, c, ctx.tokens[j].norm)) return false;
  }
  return true;
}

/**
 * "Omar and Fadi Haddad were arrested in 2013. In 2018 the state sent their family two death certificates.",
 * «leur décès», «جثثهم», "Rebels freed them": what a role word (`role`) says befell "them" befell the people held or
 * missing in the last sentence that names anyone, within two sentences, when there are two or more of them; one alone
 * is not "them".
 */
function outcomeOfThoseHeld(ctx: Ctx, cands: Cand[], decisions: Decision[], cue: Cue, role: DetRole): void {
  let k = -1;
  for (let m = 0; m < cands.length && cands[m].last < cue.first; m++) k = m;
  if (k < 0) return;
  const s = ctx.sentence[cands[k].first];
  if (ctx.sentence[cue.first] - s > ANAPHOR_SENTENCES && !theyInEverySentence(ctx, cands[k].last + 1, cue.first)) return;
  // One of them may have taken the words already, as the nearest name.
  const held: number[] = [];
  for (let m = 0; m <= k; m++)
    if (ctx.sentence[cands[m].first] === s && (decisions[m].role === 'detainee' || decisions[m].role === 'missing' || decisions[m].role === role)) held.push(m);
  if (held.length < 2) return;
  for (const m of held) {
    const d = decisions[m];
    if ((d.role === 'detainee' || d.role === 'missing') && ROLE_PRIORITY[role] > ROLE_PRIORITY[d.role])
      decisions[m] = { role, cues: [...d.cues, cue], evidence: d.evidence };
  }
}

/**
 * "They were arrested in 2013. No one told the family where they were held.": every sentence that begins between
 * tokens `from` and `to` says "they", so the ones last named are still who the text is about, however many
 * sentences that takes.
 */
function theyInEverySentence(ctx: Ctx, from: number, to: number): boolean {
  const said = new Set<number>();
  for (let i = from; i < to; i++) if (THEY.has(ctx.tokens[i].norm)) said.add(ctx.sentence[i]);
  for (let n = ctx.sentence[from] + 1; n < ctx.sentence[to]; n++) if (!said.has(n)) return false;
  return true;
}

/**
 * «اعتقل محمد الحداد عام 2013. وأفرج عنه عام 2015.», «… وتوفي تحت التعذيب عام 2016.»: an Arabic role word in a
 * sentence that names nobody, with "him" or "her" on it («عنه», «سراحها»), a definite word for one held («المعتقلة
 * السابقة», "the former detainee") or opening the sentence with no subject of its own after it (the verb's subject
 * is the one last named), is said of the one person last named within two sentences, as "he" is in English.
 */
function arabicAnaphor(ctx: Ctx, cands: Cand[], cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'ar') return false;
  const s = ctx.sentence[cue.first];
  // Someone named just before, and nobody in the cue's own sentence (names come in text order).
  let before = -1;
  while (before + 1 < cands.length && cands[before + 1].last < cue.first) before++;
  if (before < 0 || ctx.sentence[cands[before].first] === s || s - ctx.sentence[cands[before].first] > ANAPHOR_SENTENCES) return false;
  if (before + 1 < cands.length && ctx.sentence[cands[before + 1].first] === s) return false;
  // As written, not folded: «عنه», «سراحها», not a word in «ة» («وفاة»), which folds to «ه».
  const last = ctx.model.text.slice(tokens[cue.last].s, tokens[cue.last].e);
  const him = /(?:ه|ها)$/u.test(last) && !/(?:هم|هما|هن)$/u.test(last);
  let first = ctx.sentenceFirst[s];
  while (first < cue.first && !isWordToken(tokens[first])) first++;
  // «وتوفي والده», «أفرجت الفصائل عن…»: a kinship noun or a noun in «ال» right after the verb is its own subject.
  const after = nextNonSpace(tokens, cue.last + 1);
  const subject =
    after < tokens.length && (kinNounIndex.match(tokens, after) !== null || stripConj(tokens[after].norm).startsWith(AR_AL) || ctx.candAt[after] >= 0);
  // «وروت المعتقلة السابقة ما قاسته»: "the former detainee", a definite word for one held, is the one last named too.
  const head = stripConj(tokens[cue.first].norm);
  const definite = head.startsWith(AR_AL) && STATUS_NOUNS.has(head.slice(AR_AL.length));
  if (!him && !definite && !(first === cue.first && !subject) && !hisPhotoBefore(ctx, first, cue.first)) return false;
  return !ofOthers(ctx, cue) && !ofUnnamed(ctx, cue);
}

/** «وظهرت صورته ضمن صور قيصر», «ووجد اسمه بين…»: a verb, then "his photo", "his name" right before the cue at `to`. */
function hisPhotoBefore(ctx: Ctx, first: number, to: number): boolean {
  const { tokens } = ctx;
  const k = prevNonSpace(tokens, to - 1);
  if (k < first || tokens[k].kind !== 'ar') return false;
  const written = ctx.model.text.slice(tokens[k].s, tokens[k].e);
  return HIS_PHOTO.has(written) && nextNonSpace(tokens, first) < k;
}
const HIS_PHOTO = new Set(['صورته', 'صورتها', 'اسمه', 'اسمها', 'جثته', 'جثتها', 'جثمانه', 'جثمانها']);

/** «leur décès», "their deaths", «وفاتهم»: a death word with "their" before it or «ـهم» on it. */
function pluralAnaphoric(ctx: Ctx, cue: Cue): boolean {
  return possessedBy(ctx, cue, THEIR, AR_THEIR);
}
const THEIR = new Set(['their', 'leur', 'leurs'].map(foldWord));
const THEY = new Set(['they', 'them', 'their', 'ils', 'elles', 'eux', 'leur', 'leurs', 'ceux-ci', 'celles-ci'].map(foldWord));
const AR_THEIR = ['هم', 'هن'].map(foldWord);

/**
 * «للأسير صامد أمجد أبو السباع … وقال والد الأسير أمجد أبو السباع»: an Arabic full name is the given name, the
 * father's given name and the family's, so a name after «والد» (and a word for a prisoner) that is another held
 * person's name less its first word is that person's father, not a second prisoner.
 */
export function fathersNamedAfterSons(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const { tokens } = ctx;
  const words = (c: Cand): string[] =>
    tokens
      .slice(c.first, c.last + 1)
      .filter(isWordToken)
      .map((t) => stripConj(t.norm));
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!isDet(decisions[k].role) || tokens[c.first].kind !== 'ar' || c.partial) continue;
    let j = prevNonSpace(tokens, c.first - 1);
    const status = j >= 0 ? cueOf(ctx, j) : null;
    if (status && status.def.kind === 'role' && isStatusNoun(ctx, status)) j = prevNonSpace(tokens, status.first - 1);
    // «والد» itself starts with «و»: the word as written, or with a conjunction before it («ووالد»).
    if (j < 0 || !(FATHER_NOUNS.has(tokens[j].norm) || FATHER_NOUNS.has(stripConj(tokens[j].norm)))) continue;
    const name = words(c).join(' ');
    const son = cands.some((m, i) => {
      if (i === k || m.partial || !isDet(decisions[i].role)) return false;
      const w = words(m);
      return w.length >= 3 && w.slice(1).join(' ') === name;
    });
    if (son) decisions[k] = { role: 'relative', cues: [], evidence: 'title' };
  }
}
const FATHER_NOUNS = new Set(['والد', 'أب'].map(foldWord));

/** «جثتيهما», «جثمانيهما»: an Arabic death word with the dual «ـهما» on it. */
function dualAnaphor(ctx: Ctx, cue: Cue): boolean {
  return cue.first === cue.last && endsInDual(ctx.tokens[cue.last]);
}
/** «خروجهما من السجن», «الإفراج عنهما»: a word of an Arabic cue, or the one right after it, ends in the dual «ـهما». */
function dualInCue(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'ar') return false;
  for (let j = cue.first; j <= nextNonSpace(tokens, cue.last + 1) && j < tokens.length; j++)
    if (endsInDual(tokens[j]) && !tokens[j].norm.startsWith(AR_AL)) return true;
  return false;
}
/** An Arabic word with the dual pronoun «ـهما» ("of the two of them") on it. */
const endsInDual = (t: Token): boolean => t.kind === 'ar' && t.norm.endsWith(AR_THEIR_TWO);
const AR_THEIR_TWO = foldWord('هما');
const ANAPHOR_SENTENCES = 2;

/**
 * «عاد محمد الحداد إلى بلدته ولم يجد أمه التي انتظرته، فقد توفيت قبل عام»: an Arabic death verb in the feminine
 * («توفيت», «ماتت», «استشهدت») is a woman's; a man's name (a given name the gazetteer marks as a man's) that
 * took it keeps only its other cues.
 */
export function feminineDeaths(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    // «جبارين» standing for «محمود جبارين»: the full name's given name.
    const t = ctx.tokens[(cands[k].ref ?? cands[k]).first];
    if (d.role !== 'dead' || t.kind !== 'ar' || !AR_MALE_GIVEN.has(stripConj(t.norm))) continue;
    const hers = (e: Cue) => e.role === 'dead' && e.first === e.last && FEMININE_DEATH_VERBS.has(stripConj(ctx.tokens[e.first].norm));
    if (!d.cues.some(hers)) continue;
    const cues = d.cues.filter((e) => !hers(e));
    decisions[k] = { ...d, role: bestRole(cues) ?? 'other', cues };
  }
}
const FEMININE_DEATH_VERBS = new Set(['توفيت', 'ماتت', 'استشهدت', 'فارقت'].map(foldWord));

/**
 * "Omar Haddad was arrested in 2012. In 2020, he was finally released." / "For years, his family
 * searched for him": a later Latin sentence naming no one that speaks of "him" tells what became of
 * the last person named as held; the graver or later outcome wins.
 */
export function anaphoricOutcomes(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  // Worked out once, and only for a post that has a cue of "still held".
  const heldStill = ctx.cueList.some((e) => e.still) ? heldStillNamingNobody(ctx, cands) : [];
  for (const cue of ctx.cueList) {
    // The pronoun before the cue: "he was released"; not "anyone who was released recognises him". "He had previously
    // been released" tells of an earlier episode, not of what became of him.
    // "Rebels freed him on Sunday": or the pronoun right after a transitive verb, its object.
    const object = cue.def.transitive ? (ctx.tokens[nextNonSpace(ctx.tokens, cue.last + 1)]?.norm ?? '') : '';
    const him = OBJECT_PRONOUNS.has(object);
    if (cue.def.kind !== 'role' || !cue.role || cue.role === 'dead' || cue.role === 'detainee' || cue.earlier) continue;
    // «اعتقل محمد الحداد مع سمير ناصر، وبعد خروجهما من السجن…»: a release word with the dual «ـهما» on it is the last
    // two names' (as «جثتيهما» is for a death).
    if (cue.role === 'released' && dualInCue(ctx, cue)) {
      let k = -1;
      for (let m = 0; m < cands.length && cands[m].last < cue.first; m++) k = m;
      if (k < 1 || cands[k].ref || ctx.sentence[cue.first] - ctx.sentence[cands[k - 1].first] > ANAPHOR_SENTENCES) continue;
      for (const m of [k - 1, k]) {
        const d = decisions[m];
        if (d.role === 'detainee' || d.role === 'missing') decisions[m] = { role: 'released', cues: [...d.cues, cue], evidence: d.evidence };
      }
      continue;
    }
    // "Rebels freed them on Sunday": all of those last named.
    if (object === THEM && pronounSentence(ctx, cands, cue, false, THEY)) {
      outcomeOfThoseHeld(ctx, cands, decisions, cue, cue.role);
      continue;
    }
    if (!pronounSentence(ctx, cands, cue, !him) && !arabicAnaphor(ctx, cands, cue)) continue;
    let k = -1;
    for (let m = 0; m < cands.length && cands[m].last < cue.first; m++) k = m;
    if (k < 0 || ctx.sentence[cue.first] - ctx.sentence[cands[k].first] > ANAPHOR_SENTENCES) continue;
    const d = decisions[k];
    // "His family had no news of him for years. In 2001 they learnt he is still held in Saydnaya."
    if (cue.role === 'missing' && heldStill.some((e) => e.first > cue.last)) continue;
    if ((d.role === 'detainee' || d.role === 'missing') && ROLE_PRIORITY[cue.role] > ROLE_PRIORITY[d.role])
      decisions[k] = { role: cue.role, cues: [...d.cues, cue], evidence: d.evidence };
  }
}

/**
 * "Omar Haddad, who now lives in Gaziantep", "He lives in exile in Germany", «ويعيش اليوم لاجئاً في ألمانيا», «Il vit
 * aujourd'hui en France»: one held who is said to live somewhere now is out (GUIDE.md: released). Only when the words
 * are said of the name itself, of "he" / "she" in a sentence naming no one, or of an Arabic verb joined by «و» to the
 * name's sentence; never of a relative ("His mother now lives in Turkey").
 */
export function livesFreeNow(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  if (!decisions.some((d) => d.role === 'detainee')) return;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i])) continue;
    const m = livesNowIndex.match(tokens, i);
    if (!m) continue;
    const k = livesNowSubject(ctx, cands, i, m.prefix > 0);
    const d = k >= 0 ? decisions[k] : null;
    if (d && d.role === 'detainee') decisions[k] = { role: 'released', cues: [...d.cues, newCue(LIVES_NOW_DEF, i, m.last)], evidence: d.evidence };
    i = m.last;
  }
}
const LIVES_NOW_DEF = cueDef({ kind: 'role', role: 'released' });

/** The name that "now lives in" at token i is said of, or -1. `joined`: an Arabic verb with «و» or «ف» on it. */
function livesNowSubject(ctx: Ctx, cands: Cand[], i: number, joined: boolean): number {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 2 && j >= 0 && isWordToken(tokens[j]) && LIVES_NOW_SKIP.has(tokens[j].norm); n++) j = prevNonSpace(tokens, j - 1);
  if (j < 0) return -1;
  if (ctx.candAt[j] >= 0) return ctx.candAt[j];
  // "Omar Haddad, who now lives…"
  if (isWordToken(tokens[j]) && WHO_LAT.has(tokens[j].norm)) {
    const comma = prevNonSpace(tokens, j - 1);
    const name = isComma(tokens[comma]) ? prevNonSpace(tokens, comma - 1) : -1;
    return name >= 0 ? ctx.candAt[name] : -1;
  }
  const s = ctx.sentence[i];
  let last = -1;
  for (let k = 0; k < cands.length && cands[k].last < i; k++) last = k;
  if (last < 0) return -1;
  // «اعتقل محمد الحداد في صيدنايا، ويعيش اليوم لاجئاً»: the verb's subject is the sentence's name, with no one else between.
  if (tokens[i].kind === 'ar')
    return joined && ctx.sentence[cands[last].first] === s && !ctx.cueList.some((e) => e.def.kind === 'relative' && e.first > cands[last].last && e.first < i)
      ? last
      : -1;
  // "He now lives in Germany": a sentence naming no one, after the name's.
  if (!THIRD_PERSON_SUBJECTS.has(tokens[j].norm) || cands.some((c) => ctx.sentence[c.first] === s)) return -1;
  return s - ctx.sentence[cands[last].first] <= ANAPHOR_SENTENCES ? last : -1;
}
const LIVES_NOW_SKIP = new Set(['now', 'today', 'still', 'currently', 'since', 'has', 'maintenant', 'désormais', 'toujours'].map(foldWord));
const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(PRONOUN_SEX.keys());

/** "In 2015, his family recognised him among the Caesar photographs": a Latin sentence naming no one that speaks of "him". */
function pronounSentence(ctx: Ctx, cands: Cand[], cue: Cue, before = false, pronouns: ReadonlySet<string> = THIRD_PERSON): boolean {
  const s = ctx.sentence[cue.first];
  // "His mother died without knowing": what befell the unnamed relative is theirs.
  if (
    ctx.tokens[cue.first].kind !== 'lat' ||
    cands.some((c) => ctx.sentence[c.first] === s) ||
    ofOthers(ctx, cue) ||
    kinRightBefore(ctx, cue) ||
    ofUnnamed(ctx, cue) ||
    companionOpens(ctx, s, cue)
  )
    return false;
  const last = before ? cue.first - 1 : ctx.sentenceLast[s];
  for (let i = ctx.sentenceFirst[s]; i <= last; i++) if (pronouns.has(ctx.tokens[i].norm) && ctx.tokens[i].kind === 'lat') return true;
  return false;
}
const THIRD_PERSON = new Set(['he', 'him', 'his', 'she', 'her', 'il', 'elle', 'lui', 'son', 'sa', 'ses', 'celui-ci', 'celle-ci'].map(foldWord));
const POSSESSIVES = new Set(['his', 'her', 'son', 'sa', 'ses'].map(foldWord));
/** «جثته», «وفاتها»: his or her. */
const AR_HIS_HER = ['ه', 'ها', 'هما'].map(foldWord);

function anaphoric(ctx: Ctx, cue: Cue): boolean {
  return possessedBy(ctx, cue, POSSESSIVES, AR_HIS_HER);
}

/** A Latin cue that opens on a possessive of `latin` or follows one; an Arabic one-word cue with an ending of `arabic` on it. */
function possessedBy(ctx: Ctx, cue: Cue, latin: ReadonlySet<string>, arabic: readonly string[]): boolean {
  const { tokens } = ctx;
  const head = tokens[cue.first];
  if (head.kind === 'ar') {
    const last = tokens[cue.last];
    return cue.first === cue.last && arabic.some((e) => last.norm.endsWith(e)) && !last.norm.startsWith(AR_AL);
  }
  if (latin.has(head.norm)) return true;
  const before = tokens[prevNonSpace(tokens, cue.first - 1)];
  return before !== undefined && isWordToken(before) && latin.has(before.norm);
}

/**
 * A post about one held person that opens with a death in custody before naming them speaks of
 * them: "he had died in a Syrian prison. Abbas Khan … was detained". The gravest outcome wins, as
 * among one name's own cues; a death said of a relative or an official named in the post stays
 * theirs, and one told after the name is someone else's. (Extended to several people all merely
 * held, it fixed two tune passages and broke check posts: a death in a lede about many is not
 * always theirs.)
 */
export function gravestOutcome(ctx: Ctx, cands: Cand[], decisions: Decision[], pre: Cue[][], post: Cue[][], keyOf: (c: Cand) => string): void {
  const held = new Set<string>();
  for (let k = 0; k < cands.length; k++) if (isDet(decisions[k].role)) held.add(keyOf(cands[k]));
  if (held.size !== 1) return;
  const others = new Set<Cue>();
  for (let k = 0; k < cands.length; k++) if (!isDet(decisions[k].role)) for (const e of [...pre[k], ...post[k]]) others.add(e);
  // The death comes first, as a lede the names then fill in; one told after them is someone else's.
  let firstHeld = Infinity;
  for (let k = 0; k < cands.length; k++) if (isDet(decisions[k].role)) firstHeld = Math.min(firstHeld, cands[k].first);
  const death = ctx.cueList.find((e) => e.def.kind === 'role' && e.role === 'dead' && !e.def.weak && !others.has(e) && e.last < firstHeld);
  if (!death) return;
  for (let k = 0; k < cands.length; k++) {
    const d = decisions[k];
    if (d.role === 'detainee') decisions[k] = { role: 'dead', cues: [...d.cues, death], evidence: d.evidence };
  }
}
