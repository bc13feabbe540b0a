import type { ExtractedMention, MentionRole } from '../types';
import { DETAINEE_ROLES } from '../types';
import { foldWord, isComma, isWordToken, nextNonSpace, prevNonSpace, type Token } from './text-model';
import {
  ABD,
  LAT_HEADS,
  LAT_KUNYA_HEADS,
  aliasIndex,
  HONORIFICS,
  COORDINATORS,
  cues,
  FAMILY_NOUNS,
  REGIME_WORDS,
  KIN_ADJECTIVES,
  ORGANISATION_WORDS,
  AMBIGUOUS_AR,
  AMBIGUOUS_LAT,
  AR_GIVEN,
  type DetRole,
  isArNonName,
  LAT_GIVEN,
  LAT_NON_NAMES,
  LAT_STOP,
  latinKeyWords,
  ROLE_PRIORITY,
  CAPTIVE_WORDS,
  MONTH_ABBREVIATIONS,
  AR_AL,
  stripConj,
  INDEFINITE_ARTICLES,
  KIN_ARTICLES,
  QUOTE_CHARACTERS,
  THIRD_PERSON_POSSESSIVES,
  kinNounIndex,
} from './lexicon';
import { type Cand, type Ctx, type Cue, cueOf, roleVerbAfter } from './context';
import { placeCoarseness, placePosition } from '../attributes';
import { JOINED_ABD, ageAfter, ageBetweenCommas, agePredicateAfter, isAla, isArStop, isAlWord, namedAfter, possessiveAfter } from './name-reading';
import { describesPerson } from './candidates';
import { onlyFormerRelease, type Decision } from './roles';

/**
 * Stage 7, coreference: the mentions of one person in a post. A surname or given name used alone
 * («… Haddad was freed» after «Omar Haddad») becomes a mention of its own linked to the full name;
 * a known given name said of someone held and never written in full («Imad, 25, said he was
 * picked up») is a lone partial name. Then the mentions of one person share one role and their
 * attributes.
 */

const ORG_LOOKBACK_WORDS = 3;

const ARABIC_JOINED = ['و', 'ف', 'ب', 'ل'];
const MIN_ARABIC_KEY = 3;

interface Word {
  key: string;
  /** Folded length of a joined و/ف/ب/ل. */
  prefix: number;
}

/** What a single word could stand for, with and without a joined Arabic prefix. The same in every post: kept by word (read only). */
function wordForms(t: Token): readonly Word[] {
  const cache = t.kind === 'lat' ? latinForms : arabicForms;
  let out = cache.get(t.norm);
  if (out) return out;
  if (t.kind === 'lat') {
    const key = latinKeyWords(t.norm).at(-1);
    out = key ? [{ key, prefix: 0 }] : [];
  } else {
    out = [{ key: t.norm, prefix: 0 }];
    if (ARABIC_JOINED.includes(t.norm[0]) && t.norm.length > MIN_ARABIC_KEY) out.push({ key: t.norm.slice(1), prefix: 1 });
  }
  if (cache.size >= FORMS_CACHE_LIMIT) cache.clear();
  cache.set(t.norm, out);
  return out;
}
const FORMS_CACHE_LIMIT = 100_000;
const latinForms = new Map<string, Word[]>();
const arabicForms = new Map<string, Word[]>();

/** A form of the word is a name key of the post or a known given name (a function, not a closure: see findPartialNames). */
function keyOrGiven(forms: readonly Word[], latin: boolean, keys: Map<string, Cand | null>): boolean {
  for (const { key } of forms) if (keys.has(key) || (latin ? LAT_GIVEN.has(key) : AR_GIVEN.has(key))) return true;
  return false;
}

/** The first and last words of every full name, each pointing at its name when only one name has it. */
function nameKeys(ctx: Ctx, raw: Cand[]): Map<string, Cand | null> {
  const keys = new Map<string, Cand | null>();
  // The same span read by two finders is one name; two names sharing a word make it nobody's.
  const same = (a: Cand | null | undefined, c: Cand) => a === c || (a && a.first === c.first && a.last === c.last);
  const put = (key: string, c: Cand) => keys.set(key, keys.has(key) && !same(keys.get(key), c) ? null : (keys.get(key) ?? c));
  for (const c of raw) {
    if (c.partial || c.kunyaOnly || c.units < 2) continue;
    const words = ctx.tokens.slice(c.first, c.last + 1).filter(isWordToken);
    const last = words.at(-1) as Token;
    const lastKey = wordForms(last)[0]?.key;
    if (lastKey && (last.kind === 'lat' || isAlWord(lastKey) || lastKey.length >= MIN_ARABIC_KEY)) put(lastKey, c);
    const first = words[0];
    const firstKey = wordForms(first).at(-1)?.key;
    if (firstKey && first !== last && !AMBIGUOUS_AR.has(firstKey) && !AMBIGUOUS_LAT.has(firstKey)) put(firstKey, c);
  }
  return keys;
}

/**
 * "Majed Al-Kadumi" and "Bashar Fahmi Kadumi", then "Kadumi was wounded": of the names that share a Latin family name,
 * the one that writes it exactly as the lone word does (not with an "al-" before it), when only one does.
 */
function exactSurname(ctx: Ctx, raw: Cand[], i: number): Cand | null {
  const t = ctx.tokens[i];
  if (t.kind !== 'lat') return null;
  const exact = raw.filter((c) => !c.partial && !c.kunyaOnly && c.units >= 2 && ctx.tokens[c.last].norm === t.norm);
  const spans = new Set(exact.map((c) => `${c.first}:${c.last}`));
  return spans.size === 1 ? exact[0] : null;
}

function isPlainWord(ctx: Ctx, i: number, key: string): boolean {
  const t = ctx.tokens[i];
  if (cueOf(ctx, i) !== null) return false;
  if (t.kind === 'lat') return (t.cap || alSurname(ctx, t)) && !LAT_STOP.has(key) && !LAT_NON_NAMES.has(key);
  return !isArStop(key) && !isArNonName(key) && !isAla(ctx, i);
}

/** "al-Qassem", "el-Ali": a family name with a lower-case article, written as the full name wrote it ("Bakr al-Qassem"). */
function alSurname(ctx: Ctx, t: Token): boolean {
  return AL_SURNAME.test(ctx.model.text.slice(t.s, t.e));
}
const AL_SURNAME = /^(?:al|el|as|ash|ad|az|at|an|ar)-\p{Lu}/u;
/** The full name `c` ends on the same word as token `t`, written the same way. */
function writesLastWordAs(ctx: Ctx, c: Cand, t: Token): boolean {
  const last = ctx.tokens[c.last];
  return last.kind === 'lat' && last.norm === t.norm;
}

/** A word right before or after that could be part of the same name: then this is no lone word. */
function inLongerName(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  for (const j of [prevNonSpace(tokens, i - 1), nextNonSpace(tokens, i + 1)]) {
    const t = tokens[j];
    if (!t || !isWordToken(t) || Math.abs(j - i) > 2 || cueOf(ctx, j) !== null) continue;
    if (t.kind === 'lat' && t.cap && !LAT_STOP.has(t.norm)) return true;
    // «ابنها محمد الذي قضى»: «الذي» and the like are no family name.
    if (t.kind === 'ar' && (AR_GIVEN.has(t.norm) || (isAlWord(t.norm) && j > i && !isArNonName(t.norm) && !AR_RELATIVE_PRONOUNS.has(t.norm)))) return true;
  }
  return false;
}

const AR_RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي'].map(foldWord));

/**
 * "Debout près de son neveu, Philippe a les yeux…", "…, Hala said": a capitalised given name inside a
 * sentence, where capitals mark names (not an acronym: "PETRA").
 */
function midSentenceCapital(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.kind !== 'lat' || ctx.sentenceFirst[ctx.sentence[i]] === i) return false;
  const raw = ctx.model.text.slice(t.s, t.e);
  if (raw === raw.toUpperCase()) return false;
  // After a comma or a colon, where a clause starts with its subject, or before a comma ("for Omar,
  // his son"); not "in Karim district".
  const before = ctx.tokens[prevNonSpace(ctx.tokens, i - 1)];
  const after = ctx.tokens[nextNonSpace(ctx.tokens, i + 1)];
  return (before !== undefined && CLAUSE_OPENERS.has(before.norm)) || (after !== undefined && after.norm === ',');
}
const CLAUSE_OPENERS = new Set([',', ':', ';', '—', '–']);

/** «سامر (أحد الناجين)», "Khaled (a former detainee)": a role word in brackets right after the word. */
function roleInBrackets(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const open = nextNonSpace(tokens, i + 1);
  if (tokens[open]?.norm !== '(') return false;
  for (let j = open + 1, words = 0; j < tokens.length && words < MAX_BRACKET_WORDS; j++) {
    const t = tokens[j];
    if (t.norm === ')' || t.kind === 'nl') return false;
    if (!isWordToken(t)) continue;
    words++;
    if (cueOf(ctx, j)?.def.kind === 'role') return true;
  }
  return false;
}
const MAX_BRACKET_WORDS = 4;

/** The kinship cue right before `i`, past one adjective («ولده الوحيد يوسف», "her eldest son Omar"). */
function kinWordBefore(ctx: Ctx, i: number): Cue | null {
  let j = prevNonSpace(ctx.tokens, i - 1);
  if (j >= 0 && isWordToken(ctx.tokens[j]) && KIN_ADJECTIVES.has(ctx.tokens[j].norm) && cueOf(ctx, j) === null) j = prevNonSpace(ctx.tokens, j - 1);
  const cue = j >= 0 ? cueOf(ctx, j) : null;
  if (cue === null && j >= 0 && kinNounIndex.match(ctx.tokens, j)?.last === j) {
    // «cherche son frère Omar», "a photo of her son Omar": the search cue took the kinship word's possessive.
    const b = prevNonSpace(ctx.tokens, j - 1);
    const search = b >= 0 ? cueOf(ctx, b) : null;
    if (search && search.def.kind === 'role' && search.last === b && THIRD_PERSON_POSSESSIVES.has(ctx.tokens[b].norm)) return search;
  }
  return cue !== null && cue.def.kind === 'relative' && cue.last === j ? cue : null;
}

/** A Latin word at `i` right after a kinship word (and a comma) that is not the first word of the full name `ref`. */
function kinApposedGiven(ctx: Ctx, i: number, ref: Cand): boolean {
  const { tokens } = ctx;
  if (tokens[i].kind !== 'lat' || tokens[ref.first].norm === tokens[i].norm) return false;
  let j = prevNonSpace(tokens, i - 1);
  if (j >= 0 && isComma(tokens[j])) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || kinNounIndex.match(tokens, j)?.last !== j) return false;
  // "her father", «son père»: the kinship noun right after a possessive ("Father Paolo" is a priest).
  const owner = prevNonSpace(tokens, j - 1);
  return owner >= 0 && THIRD_PERSON_POSSESSIVES.has(tokens[owner].norm);
}

/** "Mr Bedawi", "Mr. Bedawi", «M. Bedawi»: a capitalised courtesy title (cues.honorifics) right before word `i`. */
function honorificBefore(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  if (tokens[j]?.norm === '.') j = prevNonSpace(tokens, j - 1);
  return j >= 0 && tokens[j].kind === 'lat' && tokens[j].cap && HONORIFICS.has(tokens[j].norm);
}

/** "Mazen, arrêté en 2012, …", "Hala, released in 2020, …": a role word right after the comma that follows the name. */
function roleAfterComma(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const comma = nextNonSpace(tokens, i + 1);
  if (tokens[comma]?.norm !== ',' || tokens[i].kind !== 'lat') return false;
  const j = nextNonSpace(tokens, comma + 1);
  const cue = tokens[j] ? cueOf(ctx, j) : null;
  return cue !== null && cue.first === j && cue.def.kind === 'role' && tokens[j].kind === 'lat';
}

/** After an Arabic speaker's given name: «إن»/«أن» (that), «من» (of a town), a comma or a colon. */
const SPEAKER_FOLLOWERS = new Set(['إن', 'أن', 'من', '،', ',', ':'].map((w) => (/\p{Script=Arabic}/u.test(w) ? foldWord(w) : w)));

/** "Karim district", "the Samra military base": a place word right after the word or after one lowercase word. */
function placeWordAfter(tokens: Token[], i: number): boolean {
  for (
    let j = nextNonSpace(tokens, i + 1), n = 0;
    n < 2 && j < tokens.length && tokens[j].kind === 'lat' && !tokens[j].cap;
    j = nextNonSpace(tokens, j + 1), n++
  )
    if (PLACE_WORDS_AFTER.has(tokens[j].norm)) return true;
  return false;
}
const PLACE_WORDS_AFTER = new Set(cues.loneGivenNamePlaces.after.map(foldWord));

/** "on Sep. 18", "Sept 2": a month's abbreviation (which lists of given names may hold) before the day. */
function monthBeforeDay(tokens: Token[], i: number): boolean {
  if (!MONTH_ABBREVIATIONS.has(tokens[i].norm)) return false;
  let j = nextNonSpace(tokens, i + 1);
  if (tokens[j]?.norm === '.') j = nextNonSpace(tokens, j + 1);
  return tokens[j]?.kind === 'num';
}

/** The next word is capitalised too: the word at `i` starts a longer name or a phrase. */
function capitalAfter(tokens: Token[], i: number): boolean {
  const k = nextNonSpace(tokens, i + 1);
  return tokens[i + 1]?.kind === 'sp' && tokens[k]?.kind === 'lat' && tokens[k].cap;
}

/** "Suleiman, a resident of Daraa,": a Latin given name followed by an apposition that says who he is. */
function appositionAfter(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const comma = nextNonSpace(tokens, i + 1);
  if (tokens[i].kind !== 'lat' || tokens[comma]?.norm !== ',') return false;
  const article = nextNonSpace(tokens, comma + 1);
  const noun = article < tokens.length ? nextNonSpace(tokens, article + 1) : -1;
  if (noun > 0 && noun < tokens.length && INDEFINITE_ARTICLES.has(tokens[article].norm) && tokens[noun].kind === 'lat' && !tokens[noun].cap) return true;
  // "Mahmoud, the husband of Amina Beqai,", «Ahmed, le frère d'Amina Beqai,»: a kinship noun that opens on its article.
  return noun > 0 && KIN_ARTICLES.has(tokens[article].norm) && kinNounIndex.match(tokens, noun) !== null;
}

/** "Hala said", "Imad told reporters": a Latin given name whose speech verb follows it. */
function speechVerbAfter(ctx: Ctx, i: number): boolean {
  const j = nextNonSpace(ctx.tokens, i + 1);
  const cue = j < ctx.tokens.length ? cueOf(ctx, j) : null;
  return ctx.tokens[i].kind === 'lat' && cue !== null && cue.first === j && cue.def.kind === 'speech' && ctx.tokens[j].kind === 'lat';
}

function partialCand(ctx: Ctx, i: number, prefix: number, ref: Cand | null, last = i): Cand {
  const t = ctx.tokens[i];
  return {
    first: i,
    last,
    start: prefix > 0 ? ctx.model.os[t.fs + prefix] : t.s,
    units: 1,
    kunyaOnly: false,
    knownFirst: ref === null,
    source: 'partial',
    // Every field of addCand's, in its order: one object shape for all candidates.
    figure: undefined,
    coordPrev: -1,
    coordRel: false,
    group: -1,
    partial: true,
    ref,
  };
}

/** Adds the single words that stand for a person to the raw candidates (see the header). */
/**
 * A one-word given name joined by "and", «و» or a comma of a list to a name of two words or more
 * read elsewhere: "Waseem and Anas Mahmoud Muhahi", «باسم وأحمد العلا», «الظاهر وولداه عمر ومطلق».
 */
function coordinatedWithName(ctx: Ctx, raw: Cand[], i: number, prefix: number): boolean {
  const { tokens } = ctx;
  const startsName = (j: number): boolean => raw.some((c) => c.first === j && c.units >= 2);
  const endsName = (j: number): boolean => raw.some((c) => c.last === j && c.units >= 2);
  // After: "X and Y Z", «X وY Z» (the و joined to the next name).
  let j = nextNonSpace(tokens, i + 1);
  const nt = tokens[j];
  if (nt && isWordToken(nt) && COORDINATORS.has(nt.norm)) j = nextNonSpace(tokens, j + 1);
  else if (nt && !(nt.kind === 'ar' && nt.norm.startsWith('و'))) j = -1;
  if (j >= 0 && startsName(j)) return true;
  // Before: "Y Z and X", «… وX» with the و joined to this word.
  let b = prevNonSpace(tokens, i - 1);
  if (prefix > 0 && tokens[i].norm.startsWith('و')) return b >= 0 && (endsName(b) || cueOf(ctx, b)?.def.kind === 'relative');
  const bt = tokens[b];
  if (bt && isWordToken(bt) && COORDINATORS.has(bt.norm)) {
    b = prevNonSpace(tokens, b - 1);
    return b >= 0 && endsName(b);
  }
  return false;
}

/** "le site palestinien Ma'an", "the agency Petra", «موقع عنب»: an outlet or a group named after its kind. */
function afterOrganisationWord(ctx: Ctx, i: number): boolean {
  for (let j = prevNonSpace(ctx.tokens, i - 1), n = 0; j >= 0 && n < ORG_LOOKBACK_WORDS; j = prevNonSpace(ctx.tokens, j - 1), n++) {
    const cue = cueOf(ctx, j);
    if (!isWordToken(ctx.tokens[j]) || (cue !== null && cue.def.kind !== 'neutral' && cue.def.kind !== 'otherTitle')) return false;
    if (ORGANISATION_WORDS.has(ctx.tokens[j].norm)) return true;
  }
  return false;
}

/** The word after token `i` is an Arabic cue word with «ال» («عمر السجين»: the age of the prisoner). */
function definiteCueAfter(ctx: Ctx, i: number): boolean {
  const j = nextNonSpace(ctx.tokens, i + 1);
  const t = ctx.tokens[j];
  return t !== undefined && t.kind === 'ar' && t.norm.startsWith(AR_AL) && cueOf(ctx, j) !== null;
}

/** "the Assad regime", "Assad's government", «نظام الأسد»: a figure's family name standing for the regime, not the person. */
function namesRegime(ctx: Ctx, i: number, prefix: number): boolean {
  const { tokens } = ctx;
  if (tokens[i].kind === 'lat') {
    const j = nextNonSpace(tokens, possessiveAfter(ctx, i) ? i + 3 : i + 1);
    return j >= 0 && j < tokens.length && isWordToken(tokens[j]) && REGIME_WORDS.has(tokens[j].norm);
  }
  const b = prevNonSpace(tokens, i - 1);
  return prefix === 0 && b >= 0 && isWordToken(tokens[b]) && REGIME_WORDS.has(stripConj(tokens[b].norm));
}
/** "The Haddad family", «la famille Haddad», «عائلة الحداد»: the family name stands for the family, not the person. */
function namesFamily(ctx: Ctx, i: number, prefix: number): boolean {
  const { tokens } = ctx;
  const b = prevNonSpace(tokens, i - 1);
  if (b >= 0 && isWordToken(tokens[b]) && FAMILY_NOUNS.has(stripConj(tokens[b].norm)) && prefix === 0) return true;
  if (tokens[i].kind !== 'lat') return false;
  const a = nextNonSpace(tokens, possessiveAfter(ctx, i) ? i + 3 : i + 1);
  return a < tokens.length && isWordToken(tokens[a]) && FAMILY_NOUNS.has(tokens[a].norm);
}

export function findPartialNames(ctx: Ctx, raw: Cand[]): void {
  const { tokens } = ctx;
  const taken = new Uint8Array(tokens.length);
  for (const c of raw) for (let k = c.first; k <= c.last; k++) taken[k] = 1;
  const keys = nameKeys(ctx, raw);
  const lone = new Map<string, { i: number; prefix: number; evidence: boolean; ambiguous: boolean }[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !isWordToken(t)) continue;
    // A Latin word in lower case is never a partial name (isPlainWord), save "al-Qassem": most Latin words stop here.
    if (t.kind === 'lat' && !t.cap && !t.norm.includes('-')) continue;
    const forms = wordForms(t);
    // "sa sœur Noura", "his sister Zeina": a capitalised word right after a kinship word is a given name.
    // "Mr Bedawi", «Mme Bedawi»: so is one after a courtesy title, and "Bedawi, 41, was freed": one whose age stands between commas after it.
    const kinBefore =
      t.kind === 'lat' &&
      t.cap &&
      (kinWordBefore(ctx, i) !== null || honorificBefore(tokens, i) || (ageBetweenCommas(tokens, i) && tokens[prevNonSpace(tokens, i - 1)]?.norm !== '(')) &&
      !capitalAfter(tokens, i);
    // Cheap test first: only a word that is a name key or a known given name can be a partial name.
    if (!kinBefore && !keyOrGiven(forms, t.kind === 'lat', keys)) continue;
    if (inLongerName(ctx, i)) continue;
    if (t.kind === 'lat' && !kinBefore && (placePosition(tokens, i) || placeWordAfter(tokens, i) || monthBeforeDay(tokens, i))) continue;
    for (const { key, prefix } of forms) {
      if (!isPlainWord(ctx, i, key)) continue;
      const found = keys.get(key) ?? (keys.has(key) ? exactSurname(ctx, raw, i) : undefined);
      // "al-Qassem" only for a full name that writes it so ("Bakr al-Qassem"), not for "Omar Qassem".
      if (t.kind === 'lat' && !t.cap && !(found && writesLastWordAs(ctx, found, t))) break;
      // "Wafa Ali Mustafa … her father, Ali": after a kinship word, a given name that is a later part of the full name
      // (a daughter's second name is her father's) is that kinsman, not her; "her son Omar" still is Omar Haddad.
      const ref = found && kinApposedGiven(ctx, i, found) ? undefined : found;
      if (found && !ref) {
        raw.push(partialCand(ctx, i, prefix, null));
        break;
      }
      if (ref) {
        if (!(ref.figure && namesRegime(ctx, i, prefix)) && !namesFamily(ctx, i, prefix)) raw.push(partialCand(ctx, i, prefix, ref));
        break;
      }
      // «وجود جثث» (there being bodies), not «و» and «جود»: a word the lists know whole as no name is no "and" before a
      // given name, unless a name stands beside it («محمد وجود»).
      if (prefix > 0 && isArNonName(t.norm) && !coordinatedWithName(ctx, raw, i, prefix)) continue;
      const known = kinBefore || (t.kind === 'lat' ? LAT_GIVEN.has(key) : AR_GIVEN.has(key));
      const ambiguous = t.kind === 'lat' ? AMBIGUOUS_LAT.has(key) : AMBIGUOUS_AR.has(key);
      if (!known || keys.has(key)) continue;
      const before = kinWordBefore(ctx, i) ?? cueOf(ctx, prevNonSpace(tokens, i - 1));
      // "Waseem and Anas Mahmoud Muhahi", «وولداه عمر ومطلق»: beside a name or a kinship word even
      // a given name that is also a common word is a person.
      const strong =
        coordinatedWithName(ctx, raw, i, prefix) ||
        kinBefore ||
        (before !== null && before.def.kind === 'relative') ||
        ageAfter(tokens, i) ||
        // "Omar was 18 when he was arrested", «Omar avait 18 ans».
        (t.kind === 'lat' && agePredicateAfter(tokens, i)) ||
        roleInBrackets(ctx, i) ||
        namedAfter(ctx, i) ||
        // "Hala was released": a Latin given name whose own verb says what befell her, or who speaks.
        (t.kind === 'lat' && (roleVerbAfter(ctx, i) || speechVerbAfter(ctx, i) || appositionAfter(ctx, i)));
      if (afterOrganisationWord(ctx, i)) continue;
      // "Her three sons, Sami, Karim and Fadi": a given name that is also a common word counts only as one item of a
      // list of given names (below), never on its own.
      if (ambiguous && !strong) {
        if (t.kind === 'lat') lone.set(key, [...(lone.get(key) ?? []), { i, prefix, evidence: false, ambiguous: true }]);
        break;
      }
      // «وعمر السجين لا يتجاوز 30 عاما»: «عمر» (also "age") before a definite noun that is a cue is "the age of".
      if (ambiguous && t.kind === 'ar' && definiteCueAfter(ctx, i)) continue;
      // «raconte Fatima», "says Hala": the one a speech verb names. In Arabic, where many verbs take a word
      // after them, only when «إن», «من» (his town) or a comma follows: «وقال خالد من أبناء مدينة القامشلي إن…».
      const speaker =
        before !== null &&
        before.def.kind === 'speech' &&
        before.last === prevNonSpace(tokens, i - 1) &&
        (t.kind === 'lat' || (!ambiguous && prefix === 0 && SPEAKER_FOLLOWERS.has(tokens[nextNonSpace(tokens, i + 1)]?.norm ?? '')));
      const evidence =
        strong || speaker || (before !== null && describesPerson(ctx, before)) || midSentenceCapital(ctx, i) || roleVerbAfter(ctx, i) || roleAfterComma(ctx, i);
      lone.set(key, [...(lone.get(key) ?? []), { i, prefix, evidence, ambiguous: false }]);
      break;
    }
  }
  // "Ahmad et Khaled ont été arrêtés": a given name joined by "and" to one that is a person is one too.
  const all = [...lone.values()].flat();
  // "Razan, Samira, Wael et Nazem": "and" or a comma between given names.
  const joins = (t: Token | undefined): boolean => t !== undefined && ((isWordToken(t) && COORDINATORS.has(t.norm)) || t.norm === ',' || t.norm === '،');
  for (let pass = 0; pass < MAX_LONE_LIST; pass++) {
    for (const u of all) {
      if (u.evidence) continue;
      const j = nextNonSpace(tokens, u.i + 1);
      const k = joins(tokens[j]) ? nextNonSpace(tokens, j + 1) : -1;
      const b = prevNonSpace(tokens, u.i - 1);
      const a = joins(tokens[b]) ? prevNonSpace(tokens, b - 1) : -1;
      // An ambiguous word takes a comma as a join only inside a list that goes on past the name beside it:
      // "Sami, Karim and Fadi", not "In May, Omar was freed".
      const listGoesOn = (sep: number, o: number) =>
        !u.ambiguous || isWordToken(tokens[sep]) || joins(tokens[o > u.i ? nextNonSpace(tokens, o + 1) : prevNonSpace(tokens, o - 1)]);
      if (all.some((o) => o.evidence && ((o.i === k && listGoesOn(j, k)) || (o.i === a && listGoesOn(b, a))))) u.evidence = true;
    }
  }
  // A given name alone is a person when it is described, or when the post keeps coming back to it.
  for (const uses of lone.values()) {
    if (uses.length < 2 && !uses.some((u) => u.evidence)) continue;
    for (const u of uses) if (u.evidence || !u.ambiguous) raw.push(partialCand(ctx, u.i, u.prefix, null));
  }
  loneCompoundGivenNames(ctx, raw, taken);
}

/**
 * «أفرج عن ابني عبد الله», "Her son Abdel Rahman was released", "Abdel Kafi was arrested": a compound given name
 * («عبد» or "Abdel", "Abdul"… and the word after it) that stands alone for a person, with a kinship word before
 * it or its own role verb after it. Read as one partial name of two words; never with less evidence, as «عبد» and
 * its word may be the start of a phrase.
 */
function loneCompoundGivenNames(ctx: Ctx, raw: Cand[], taken: Uint8Array): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    const second = tokens[i + 2];
    if (taken[i] || taken[i + 2] || tokens[i + 1].kind !== 'sp' || second.kind !== t.kind) continue;
    const head = t.kind === 'ar' ? t.norm === ABD : t.kind === 'lat' && t.cap && LAT_HEADS.has(t.norm) && !LAT_KUNYA_HEADS.has(t.norm);
    if (!head || (t.kind === 'lat' && !second.cap) || (t.kind === 'ar' && isArNonName(second.norm))) continue;
    // A capitalised word or an Arabic word that may be a name after it: a longer name the readers did not take.
    const after = tokens[i + 4];
    const mayBeName = after?.kind === 'ar' && tokens[i + 3]?.kind === 'sp' && cueOf(ctx, i + 4) === null && !isArStop(after.norm) && !isArNonName(after.norm);
    if (capitalAfter(tokens, i + 2) || mayBeName) continue;
    const kin = kinWordBefore(ctx, i) !== null;
    if (!kin && !(t.kind === 'lat' && (roleVerbAfter(ctx, i + 2) || ageBetweenCommas(tokens, i + 2)))) continue;
    raw.push(partialCand(ctx, i, 0, null, i + 2));
    taken[i] = taken[i + 2] = 1;
  }
}

const MAX_ALIAS_GAP_TOKENS = 4;
/** «connu sous le nom de», the longest alias phrase. */
const MAX_ALIAS_WORDS = 5;
/** Passes over a list of lone given names, each passing the evidence one name further back. */
const MAX_LONE_LIST = 4;

/**
 * A kunya alone is part of a name: «أبو الورد» after «يُلقب بـ» stands for the name before it; any
 * other stays a partial name of its own.
 */
export function linkKunyas(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  cands.forEach((c, k) => {
    if (!c.kunyaOnly && !c.ref && !c.partial) linkAlias(ctx, cands, k);
    if (!c.kunyaOnly || c.ref) return;
    c.partial = true;
    // «فراس تيسير نايلة (أبو ربيع)», "Omar Haddad (Abu Sami)": a kunya in brackets right after a name is that name's.
    const open = prevNonSpace(tokens, c.first - 1);
    const before = k > 0 && open >= 0 && tokens[open].norm === '(' ? cands[k - 1] : null;
    if (before && !before.partial && !before.kunyaOnly && prevNonSpace(tokens, open - 1) <= before.last + 2 && prevNonSpace(tokens, open - 1) >= before.last) {
      c.ref = before.ref ?? before;
      return;
    }
    // «محمد الحداد أبو أحمد», «محمد الحداد "أبو أحمد"»: a kunya right after a name, quotes aside, is that name's.
    let q = open;
    while (q >= 0 && tokens[q].kind === 'p' && QUOTE_CHARACTERS.has(tokens[q].norm)) q = prevNonSpace(tokens, q - 1);
    const adjacent = k > 0 ? cands[k - 1] : null;
    if (adjacent && !adjacent.partial && !adjacent.kunyaOnly && q === adjacent.last && tokens[c.first].kind === 'ar') {
      c.ref = adjacent.ref ?? adjacent;
      return;
    }
    // «محمد الحداد، أبو أحمد، من داريا»: a kunya set off by commas right after a name is that name's,
    // unless another name follows it, as in a list («محمد الحداد، أبو أحمد، فادي خليل»).
    const prev = k > 0 ? cands[k - 1] : null;
    if (prev && !prev.partial && !prev.kunyaOnly && isComma(tokens[open]) && prevNonSpace(tokens, open - 1) === prev.last) {
      const close = nextNonSpace(tokens, c.last + 1);
      const after = close < tokens.length ? nextNonSpace(tokens, close + 1) : tokens.length;
      if (isComma(tokens[close]) && !(after < tokens.length && ctx.candAt[after] >= 0)) {
        c.ref = prev.ref ?? prev;
        return;
      }
    }
    const owner = bracketedKunyaOwner(ctx, cands, k);
    if (owner) {
      c.ref = owner.ref ?? owner;
      return;
    }
    if (aliasPhraseBefore(tokens, c.first) < 0) return;
    for (let m = k - 1; m >= 0; m--) {
      if (!cands[m].partial && !cands[m].kunyaOnly && ctx.sentence[c.first] - ctx.sentence[cands[m].first] <= 1) {
        c.ref = cands[m].ref ?? cands[m];
        return;
      }
    }
  });
}

/** The alias phrase ("known as", «connu sous le nom de», «المعروف باسم») ending right before token `i`, quotes aside: its first token, or -1. */
function aliasPhraseBefore(tokens: Token[], i: number): number {
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < MAX_ALIAS_GAP_TOKENS && j >= 0 && !isWordToken(tokens[j]); n++) j = prevNonSpace(tokens, j - 1);
  let first = -1;
  for (let back = 0, w = j; back < MAX_ALIAS_WORDS && w >= 0 && isWordToken(tokens[w]); back++, w = prevNonSpace(tokens, w - 1)) {
    const m = aliasIndex.match(tokens, w);
    if (m && m.last >= j) first = w;
  }
  return first;
}

/**
 * "Omar Haddad, known by his pen name Samir Zabadouni", «Omar Haddad, connu sous le nom de Samir Zabadouni»: a full
 * name after an alias phrase in apposition to the name before it, words of that apposition aside ("a poet, better",
 * «plus connu sous son»), is that name's other name: one person.
 */
function linkAlias(ctx: Ctx, cands: Cand[], k: number): void {
  const { tokens } = ctx;
  const c = cands[k];
  const prev = k > 0 ? cands[k - 1] : null;
  // A surname standing for a name in full may take the alias too («محمد وليد (المعروف بـ …)» after the full name).
  if (!prev || (prev.partial && !prev.ref) || prev.kunyaOnly || ctx.sentence[prev.last] !== ctx.sentence[c.first]) return;
  const alias = aliasPhraseBefore(tokens, c.first);
  // «Omar Haddad est libre, dit Samir Nasser»: «dit» before a full name is also "says".
  if (alias < 0 || SPEECH_ALIASES.has(tokens[alias].norm)) return;
  // In apposition: a comma or bracket right after the name, or the phrase itself; no cue of what befell anyone between.
  const after = nextNonSpace(tokens, prev.last + 1);
  if (after !== alias && !isComma(tokens[after]) && tokens[after]?.norm !== '(') return;
  let words = 0;
  for (let j = after; j < alias; j++) {
    if (!isWordToken(tokens[j])) continue;
    if (++words > MAX_ALIAS_LEAD_WORDS || cueOf(ctx, j)?.def.kind === 'role') return;
  }
  c.ref = prev.ref ?? prev;
}
const SPEECH_ALIASES = new Set(['dit'].map(foldWord));
/** «militant et défenseur des droits de l'homme kurde syrien, plus connu sous son» before «nom de plume». */
const MAX_ALIAS_LEAD_WORDS = 14;

/**
 * «محمد الحداد (أبو أحمد) … وأبو أحمد من أهالي داريا»: the full name before which the same kunya, alone, was
 * given in brackets earlier in the post.
 */
function bracketedKunyaOwner(ctx: Ctx, cands: Cand[], k: number): Cand | null {
  const { tokens } = ctx;
  const words: string[] = [];
  for (let j = cands[k].first; j <= cands[k].last; j++) if (isWordToken(tokens[j])) words.push(stripConj(tokens[j].norm));
  for (let m = 0; m < k; m++) {
    const o = cands[m];
    if (o.partial || o.kunyaOnly) continue;
    let j = nextNonSpace(tokens, o.last + 1);
    if (tokens[j]?.norm !== '(') continue;
    let same = true;
    for (const w of words) {
      j = nextNonSpace(tokens, j + 1);
      if (tokens[j]?.norm !== w) same = false;
    }
    if (same && tokens[nextNonSpace(tokens, j + 1)]?.norm === ')') return o;
  }
  return null;
}

/**
 * «ليث مراد» after «ليث فايز مراد»: a shorter name with the same first and last words as a longer
 * one, the rest inside it, stands for it («إبراهيم جندي» is the father of «حسن إبراهيم جندي», not him).
 */
export function linkShortForms(ctx: Ctx, cands: Cand[]): void {
  const words = cands.map((c) =>
    ctx.tokens
      .slice(c.first, c.last + 1)
      .filter(isWordToken)
      .map((t) => latinKeyWords(t.norm).join(' ') || t.norm),
  );
  cands.forEach((c, k) => {
    if (c.ref || c.partial || c.figure || words[k].length < 2) return;
    // …or the longer name's first words ("Mohammad Ghassan" after "Mohammad Ghassan al-Issa": given and father's names).
    const isPrefix = (m: number) => words[k].every((w, n) => words[m][n] === w);
    const longer = cands.findIndex(
      (o, m) =>
        m !== k &&
        !o.ref &&
        !o.partial &&
        words[m].length > words[k].length &&
        words[m][0] === words[k][0] &&
        ((words[m].at(-1) === words[k].at(-1) && words[k].every((w) => words[m].includes(w))) || isPrefix(m)),
    );
    if (longer >= 0) {
      c.ref = cands[longer];
      c.partial = true;
      return;
    }
    // «عبدالفتاح الحسين» after «عبد الفتاح الحسين»: the same name with «عبد» written joined or apart.
    const spelled = spelledApart(words[k]);
    const same = cands.findIndex(
      (o, m) => m < k && !o.ref && !o.partial && words[m].length !== words[k].length && spelledApart(words[m]).join(' ') === spelled.join(' '),
    );
    if (same >= 0) c.ref = cands[same];
  });
}

/** The words of a name with a joined «عبد» written apart: «عبدالفتاح» → «عبد», «الفتاح». */
function spelledApart(words: string[]): string[] {
  return words.flatMap((w) => (w.startsWith(JOINED_ABD) && w.length > JOINED_ABD.length + 2 ? [JOINED_ABD, w.slice(JOINED_ABD.length)] : [w]));
}

const EVIDENCE_RANK: Record<Decision['evidence'], number> = { figure: 6, title: 5, attached: 5, owned: 4, heading: 4, nearby: 2, post: 1, none: 0 };
/** Evidence a role is stated for that mention, not borrowed from nearby. */
const STRONG = 4;
const isDetaineeRole = (r: MentionRole): boolean => DETAINEE_ROLES.includes(r);

/**
 * One role per person, given to the mentions nothing is said of and to the first full one: the
 * gravest outcome among those its mentions state outright ("Michel Kilo, imprisoned since 2006 …
 * Michel Kilo, freed"; "Omar Haddad spoke … Haddad was freed in 2020"), else the best-supported
 * one. An official stays an official. A partial mention keeps a role its own sentence gives it.
 */
/** One key per person of the post: a short form takes its full name's. */
export function personKey(ctx: Ctx): (c: Cand) => string {
  const nameKey = (c: Cand): string =>
    ctx.tokens
      .slice(c.first, c.last + 1)
      .filter(isWordToken)
      .map((t) => t.norm)
      .join(' ');
  const keyOf = (c: Cand): string => (c.ref ? keyOf(c.ref) : nameKey(c));
  return keyOf;
}

export function harmoniseRoles(ctx: Ctx, cands: Cand[], decisions: Decision[]): void {
  const keyOf = personKey(ctx);
  const people = new Map<string, number[]>();
  cands.forEach((c, k) => people.set(keyOf(c), [...(people.get(keyOf(c)) ?? []), k]));
  for (const ks of people.values()) {
    if (ks.length < 2) continue;
    const headK = ks.find((k) => !cands[k].partial) ?? ks[0];
    const head = decisions[headK];
    if (head.evidence === 'figure' || (head.role === 'official' && head.evidence === 'title')) {
      // "le président Assad" after "Hafez el-Assad": a figure's or an official's surname alone is still them.
      for (const k of ks) if (k !== headK && cands[k].partial) decisions[k] = { ...head, evidence: decisions[k].evidence };
      continue;
    }
    const strongAll = ks.filter((k) => isDetaineeRole(decisions[k].role) && EVIDENCE_RANK[decisions[k].evidence] >= STRONG);
    // "Omar Haddad had previously been detained in 2011 and released": a mention told only as an earlier episode
    // gives way to one told as now.
    const toldAsNow = strongAll.filter((k) => decisions[k].cues.some((e) => e.def.kind === 'role' && !e.earlier));
    let strong = toldAsNow.length > 0 ? toldAsNow : strongAll;
    // "… were kidnapped in Douma in 2013. As for Fatima Ali, she is a former political prisoner": a "former" that only
    // describes her gives way to the abduction another mention tells, as it does within one mention (roles.ts).
    const abducted = strong.filter(
      (k) => decisions[k].role === 'missing' && decisions[k].cues.some((e) => e.def.kind === 'role' && e.def.abduction && !e.earlier),
    );
    // Not "a former hostage": that "former" tells how the abduction ended.
    const formerTerm = (d: Decision) =>
      d.role === 'released' &&
      onlyFormerRelease(d.cues) &&
      !d.cues.some((e) => e.former && ctx.tokens.slice(e.first, e.last + 1).some((t) => CAPTIVE_WORDS.has(t.norm)));
    if (abducted.length > 0) strong = strong.filter((k) => !formerTerm(decisions[k]));
    let best = headK;
    if (strong.length > 0) {
      best = strong.reduce((a, b) => (ROLE_PRIORITY[decisions[b].role as DetRole] > ROLE_PRIORITY[decisions[a].role as DetRole] ? b : a));
    } else {
      for (const k of ks) {
        if (isDetaineeRole(decisions[k].role) && EVIDENCE_RANK[decisions[k].evidence] > EVIDENCE_RANK[decisions[best].evidence]) best = k;
      }
    }
    // "Omar was released a month later … Omar has been detained once again": a re-arrest told of a later
    // mention comes after the release, and is where the person is now.
    if (decisions[best].role === 'released') {
      const again = ks.filter(
        (k) =>
          cands[k].first > cands[best].first &&
          (decisions[k].role === 'detainee' || decisions[k].role === 'missing') &&
          decisions[k].cues.some((e) => e.def.kind === 'role' && e.def.again),
      );
      if (again.length > 0) best = again[again.length - 1];
    }
    // "…», confie le frère d'Omar Haddad, Fadi. … », déplore Fadi Haddad": one who only speaks where his full name
    // stands is the family the other mention says he is.
    if (decisions[best].role === 'other') {
      const kin = ks.find((k) => decisions[k].role === 'relative');
      if (kin !== undefined) best = kin;
    }
    const person = decisions[best];
    if (best !== headK && (isDetaineeRole(person.role) || !isDetaineeRole(head.role))) decisions[headK] = { ...person };
    for (const k of ks) {
      if (k === headK || k === best) continue;
      const own = decisions[k];
      // «وكان قد اعتقل قبل ست سنوات» of one who died in custody, «Il y a huit mois, Muhammed a été transféré à Saydnaya» of
      // one freed since: an arrest or a transfer is what came before the outcome, not another one.
      const arrestOnly = own.cues.every((e) => e.def.kind !== 'role' || e.def.arrestOnly || e.def.transfer);
      if (
        cands[k].partial &&
        EVIDENCE_RANK[own.evidence] >= STRONG &&
        isDetaineeRole(own.role) &&
        !(arrestOnly && own.role === 'detainee' && decisions[headK].role !== 'detainee')
      )
        continue;
      decisions[k] = { ...decisions[headK], evidence: own.evidence };
    }
  }
}

/**
 * "Rasho Ali Kadar (راشو علي كادار)", «محمد الحداد (Mohammed al-Haddad)»: a name in the other script, alone in the
 * brackets right after a name, is the same name written again for readers of that script; it is not another person.
 */
const SCRIPT_LABELS = new Set(['en', 'in', 'arabe', 'arabic', 'kurde', 'kurdish', 'ar'].map(foldWord));
export function transliterationInBrackets(ctx: Ctx, cands: Cand[], c: Cand): boolean {
  const { tokens } = ctx;
  const script = tokens[c.first].kind;
  // Only words of the name's script between the brackets («(راشو علي كادار)», the name read from part of them).
  let open = prevNonSpace(tokens, c.first - 1);
  while (open >= 0 && tokens[open].kind === script) open = prevNonSpace(tokens, open - 1);
  // "Omar Alshogre (en arabe : عمر الشغري)", "(Arabic: …)": past a label naming the script.
  if (open >= 0 && (tokens[open].norm === ':' || isComma(tokens[open]))) {
    let j = prevNonSpace(tokens, open - 1);
    let words = 0;
    while (j >= 0 && SCRIPT_LABELS.has(tokens[j].norm)) {
      words++;
      j = prevNonSpace(tokens, j - 1);
    }
    if (words > 0) open = j;
  }
  let close = nextNonSpace(tokens, c.last + 1);
  while (close < tokens.length && tokens[close].kind === script) close = nextNonSpace(tokens, close + 1);
  if (open < 0 || tokens[open].norm !== '(' || tokens[close]?.norm !== ')') return false;
  const before = prevNonSpace(tokens, open - 1);
  return cands.some((m) => m !== c && m.last === before && isWordToken(tokens[m.last]) && tokens[m.last].kind !== tokens[c.first].kind);
}

/**
 * A post often names a person twice (headline, then body) and states the facts only once:
 * mentions written exactly alike, and a partial mention and its full name, fill each other's
 * missing attributes.
 */
export function shareAttributesWithinPost(mentions: ExtractedMention[]): ExtractedMention[] {
  const groups = new Map<string, ExtractedMention[]>();
  const spanKey = (s: { start: number; end: number }) => `@${s.start}:${s.end}`;
  const byName = new Map<string, string>();
  for (const m of mentions) {
    const key = m.refersTo ? spanKey(m.refersTo) : (byName.get(m.name) ?? spanKey(m));
    if (!m.refersTo && !byName.has(m.name)) byName.set(m.name, key);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    // «المنحدر من محافظة درعا» … «ينحدر من بلدة محجة», "from Lebanon" … "his town of Chekka": the finest place given is
    // the hometown (GUIDE.md).
    let finest: string | null = null;
    for (const m of same) {
      const h = m.attributes.hometown;
      if (h !== null && (finest === null || placeCoarseness(h) < placeCoarseness(finest))) finest = h;
    }
    if (finest !== null)
      for (const m of same)
        if (m.attributes.hometown !== null && placeCoarseness(m.attributes.hometown) > placeCoarseness(finest)) m.attributes.hometown = finest;
    for (const key of Object.keys(same[0].attributes) as (keyof ExtractedMention['attributes'])[]) {
      const known = same.find((m) => m.attributes[key] !== null)?.attributes[key];
      if (known === undefined || known === null) continue;
      for (const m of same) if (m.attributes[key] === null) (m.attributes as unknown as Record<string, unknown>)[key] = known;
    }
  }
  return mentions;
}
