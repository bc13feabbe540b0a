import { PhraseMatch, TextModel, Token, foldWord, isComma, isWordToken, nextNonSpace, prevNonSpace } from './text-model';
import { DEMONYMS, IN_AR, SON_OF, matchFacility, matchPlace, matchPlaceType, matchTown, originIntroStart, townsChildAt } from '../attributes';
import {
  organisationIndex,
  raidFailedIndex,
  fellowIndex,
  amongIndex,
  soughtAmongIndex,
  servedIntroIndex,
  uncertainDeathIndex,
  earlierEpisodeIndex,
  inVainIndex,
  ransomForIndex,
  RANSOM_WORDS,
  threatenedDeathIndex,
  survivedDeathIndex,
  SPLIT_RELEASE_MAX_WORDS,
  SPLIT_RELEASE_OBJECTS,
  SPLIT_RELEASE_VERBS,
  SPLIT_DEATH_VERBS,
  SPLIT_DEATH_OBJECTS,
  DIED_IN_VERBS,
  DIED_IN_TERM_WORDS,
  NEGATION_WORDS,
  YEAR,
  SPLIT_DISAPPEARANCE_VERBS,
  SPLIT_DISAPPEARANCE_OBJECTS,
  SPLIT_SEARCH_VERBS,
  kinNounIndex,
  KIN_ADJECTIVES,
  THIRD_PERSON_POSSESSIVES,
  SOUGHT_AR_PRONOUNS,
  AR_KIN_OF_HIM,
  SEARCH_PLACES_AR,
  SERVED_NUMBERS,
  SERVED_TRANSFERS,
  SERVED_IN,
  SERVED_PLACES,
  SERVED_UNITS,
  spentAfterIndex,
  isServedUnit,
  ABBREVIATIONS,
  COORDINATORS,
  STATE_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  CueDef,
  cueDef,
  DetRole,
  PASSIVE_AUX,
  PERFECT_AUX,
  SENTENCE_WORDS,
  STATUS_NOUNS,
  EXIT_OBJECTS,
  EXIT_PREPOSITIONS,
  LIBERATED_PLACE_AFTER,
  LIBERATED_PLACE_BEFORE,
  FREEDOM_FOR,
  FREEDOM_FOR_LAT,
  Figure,
  LAT_GIVEN,
  AR_GIVEN,
  AR_COMPOUND_HEAD,
  QUOTE_CHARACTERS,
  AR_AL,
  FORMER_QUALIFIERS,
  POST_SKIP,
  aliasIndex,
  LATIN_ARTICLES,
  APOSTROPHES,
  OPENING_QUOTES,
  ar,
  cueIndex,
  cues,
  latin,
  exitIndex,
  intoIndex,
  exileIndex,
  EXILE_OR_INTO_FIRST,
  familyBeforeIndex,
  isFirstPerson,
  stripConj,
} from './lexicon';

/**
 * Stage 2, one call's context: cue phrases marked on the tokens, then lines, list items, sentences
 * and clauses.
 */

export interface Cue {
  def: CueDef;
  first: number;
  last: number;
  /** Role after negation or an appeal («نطالب بالإفراج عن» is still held). */
  role?: DetRole;
  /** Candidate whose pre-chain holds this cue. */
  preOwner: number;
  used: boolean;
  /** Said of unnamed others (roles.ts ofOthers), worked out once. */
  others?: boolean;
  /** A release told as background: "former detainee", «المعتقل السابق», «الذي أفرج عنه», "who was released". */
  background?: boolean;
  /** A release said with "former" («ancien détenu», "former political prisoner», «المعتقل السابق»): roles.ts bestRole. */
  former?: boolean;
  /** Told as an earlier episode than the one the text is about ("had previously been detained"): roles.ts bestRole. */
  earlier?: boolean;
  /** A past detention told with its length ("was held for two months"): over, so a release (roles.ts). */
  bounded?: boolean;
  /** A detention said to go on now («لا يزال … معتقلاً», "still held"): it outweighs an earlier release (roles.ts). */
  still?: boolean;
  /** A release asked for, not come («demande la libération de», "negotiate the release of"): held, as far as it says. */
  appeal?: boolean;
  /** A detention a speaker tells with his own possessive ("spoke about his detention"): his story (roles.ts ownDetentionTold). */
  told?: boolean;
}

const RELEASE_DEF = cueDef({ kind: 'role', role: 'released', exit: true });
const FREEDOM_FOR_DEF = cueDef({ kind: 'role', role: 'detainee' });
const INTO_DEF = cueDef({ kind: 'role', role: 'detainee' });
const SPLIT_RELEASE_DEF = cueDef({ kind: 'role', role: 'released', transitive: true });
const SPLIT_DEATH_DEF = cueDef({ kind: 'role', role: 'dead' });
const SPLIT_DISAPPEARANCE_DEF = cueDef({ kind: 'role', role: 'missing', transitive: true });
const SPLIT_SEARCH_DEF = cueDef({ kind: 'role', role: 'missing', search: true });
const FORMER_HELD_DEF = cueDef({ kind: 'role', role: 'released' });
const IMPRISONED_DEF = cueDef({ kind: 'role', role: 'detainee', transitive: true });
const KIN_PHRASE_DEF = cueDef({ kind: 'relative' });

/**
 * "her", «son» at token `last` (the end of a cue) followed by a kinship noun: a possessive, not the one spoken of
 * ("what happened to her husband", «attend des nouvelles de son fils»).
 */
function possessiveBeforeKin(tokens: Token[], last: number): boolean {
  if (!THIRD_PERSON_POSSESSIVES.has(tokens[last].norm)) return false;
  const k = pastKinAdjective(tokens, nextNonSpace(tokens, last + 1));
  return k < tokens.length && kinNounIndex.match(tokens, k) !== null;
}

/** "her eldest son", "his 55-year-old cousin": past one kinship adjective or an "N-year-old" before a kinship noun at `k`. */
export function pastKinAdjective(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return k;
  if (isWordToken(t) && KIN_ADJECTIVES.has(t.norm)) return nextNonSpace(tokens, k + 1);
  // "55-year-old" is a number, a hyphen and one word.
  if (t.kind === 'num' && tokens[k + 1]?.norm === '-' && AGED_WORDS.has(tokens[k + 2]?.norm ?? '')) return nextNonSpace(tokens, k + 3);
  return k;
}
const AGED_WORDS = new Set(['year-old', 'years-old'].map(foldWord));

const SEARCH_PREPOSITIONS = new Set(['of', 'from', 'about', 'de', 'du', 'sur'].map(foldWord));
const CONTACT_WORDS = new Set(['contact', 'touch'].map(foldWord));
const CONTACT_PREPOSITIONS = new Set(['with', 'avec'].map(foldWord));
const PLURAL_POSSESSIVES = new Set(['their', 'leur', 'leurs'].map(foldWord));

/** «رغم», «بالرغم من», «malgré», "despite" right before token `i` (past an article). */
function afterConcessive(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  if (j >= 0 && CONCESSIVE_ARTICLES.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  if (j >= 0 && tokens[j].norm === FROM_AR) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && isWordToken(tokens[j]) && CONCESSIVES.has(tokens[j].norm);
}
const CONCESSIVES = new Set(['رغم', 'برغم', 'بالرغم', 'الرغم', 'ورغم', 'despite', 'malgré'].map(foldWord));
const CONCESSIVE_ARTICLES = new Set(['the', 'l', 'la', 'le', 'les', 'a', 'an'].map(foldWord));
const FROM_AR = foldWord('من');

/** An arrest tried and failed, or the one sought not found (lexicon raidFailedIndex), after token `last` in its sentence. */
function raidFailedAfter(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx;
  for (let j = nextNonSpace(tokens, last + 1), n = 0; j < tokens.length && n < MAX_RAID_SENTENCE_TOKENS; j = nextNonSpace(tokens, j + 1), n++) {
    if (endsSentence(ctx, j)) return false;
    if (isWordToken(tokens[j]) && raidFailedIndex.match(tokens, j)) return true;
  }
  return false;
}
const MAX_RAID_SENTENCE_TOKENS = 60;

/** «عاد إلى بلدته بعد غياب عشر سنوات» (home after ten years' absence): an absence that «بعد» ("after") says has ended. */
function absenceEnded(tokens: Token[], i: number): boolean {
  const j = prevNonSpace(tokens, i - 1);
  return j >= 0 && (tokens[j].norm === AFTER_AR || tokens[j].norm === AND_AFTER_AR) && ABSENCE_AR.has(tokens[i].norm);
}
const AND_AFTER_AR = foldWord('وبعد');
const ABSENCE_AR = new Set(['غياب', 'غيابه', 'غيابها'].map(foldWord));

/** A one-word Latin cue, capitalised after a lower-case "the" and before another capitalised word ("the Death Wing"). */
function namePartAfterThe(ctx: Ctx, first: number, last: number): boolean {
  const { tokens, model } = ctx;
  const t = tokens[first];
  if (first !== last || t.kind !== 'lat' || !t.cap) return false;
  const before = prevNonSpace(tokens, first - 1);
  const after = tokens[nextNonSpace(tokens, last + 1)];
  return before >= 0 && model.text.slice(tokens[before].s, tokens[before].e) === 'the' && after?.kind === 'lat' && after.cap;
}

/** Every field set from the start, for one object shape (see cueDef). */
export function newCue(def: CueDef, first: number, last: number): Cue {
  return { def, first, last, role: def.role, preOwner: -1, used: false, others: undefined, background: false, earlier: false, bounded: false, appeal: false };
}

export type Source = 'figure' | 'cue' | 'list' | 'post' | 'coord' | 'gazetteer' | 'partial';
export const SOURCE_STRENGTH: Record<Source, number> = { figure: 6, cue: 5, list: 5, post: 4, coord: 4, gazetteer: 2, partial: 1 };
export const SOURCE_CONFIDENCE: Record<Source, number> = { figure: 0.92, cue: 0.85, list: 0.82, post: 0.8, coord: 0.8, gazetteer: 0.6, partial: 0.45 };

export interface NameRead {
  first: number;
  last: number;
  start: number;
  units: number;
  kunyaOnly: boolean;
  knownFirst: boolean;
}

export interface Cand extends NameRead {
  source: Source;
  figure?: Figure;
  /** Index of the candidate it is coordinated with (the one before it), or -1. */
  coordPrev: number;
  /** Coordinated through a kinship word: «وشقيقه», "and his brother". */
  coordRel: boolean;
  group: number;
  /** One word of a name: a surname or given name standing for `ref`, or a lone given name. */
  partial: boolean;
  /** The full name a partial one stands for. */
  ref: Cand | null;
}

export interface Span {
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

export interface Ctx {
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
  /** «والدة», «شقيقة» before a name: kinship nouns in construct, not relative cues (markCues). */
  constructKin: Set<number>;
  sentenceFirst: number[];
  sentenceLast: number[];
}

// ---------------------------------------------------------------------------
// Cues

const FLIP_WINDOW_WORDS = 4;
/** "feared that Samir Haddad was dead", "fearing his son Samir was dead": "that", a possessive and a name take room. */
const FLIP_WINDOW_LATIN_WORDS = 6;
/** "was not killed", «n'a pas été tué»: the negation at most two words before the death. */
const NEGATED_DEATH_WORDS = 2;
/** "did not appear on any list of the released": the absence cue may stand a few words further back. */
const NOT_AMONG_WINDOW_WORDS = 6;
const DEMAND_WINDOW_WORDS = 10;
const INFINITIVE_MARKERS = new Set(['to', 'à', 'de', 'd'].map(foldWord));
/** "to", «à», «de» right before the Latin token at `i`, past «le», «la», «les», «l'» and a quote mark. */
function infinitiveMarkerBefore(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  for (let n = 0; n < 3 && j >= 0 && (OBJECT_PRONOUNS_FR.has(tokens[j].norm) || QUOTE_CHARACTERS.has(tokens[j].norm) || tokens[j].norm === "'"); n++)
    j = prevNonSpace(tokens, j - 1);
  return j >= 0 && INFINITIVE_MARKERS.has(tokens[j].norm);
}
const OBJECT_PRONOUNS_FR = new Set(['le', 'la', 'les', 'l'].map(foldWord));
/** «… et à le libérer», "… and to release him": the infinitive at `i` is the second of two asked for. */
function coordinatedInfinitive(tokens: Token[], i: number): boolean {
  let j = prevNonSpace(tokens, i - 1);
  while (j >= 0 && !INFINITIVE_MARKERS.has(tokens[j].norm) && i - j < 8) j = prevNonSpace(tokens, j - 1);
  const and = j >= 0 ? prevNonSpace(tokens, j - 1) : -1;
  return and >= 0 && COORDINATORS.has(tokens[and].norm);
}
const SENTENCE_WINDOW_WORDS = 8;

const TITLE_LOOKALIKES = new Set(latin(cues.titleLookalikes).map((w) => w.normalize('NFC')));

/** «M. Haddad», «J. Haddad»: a French one-letter pronoun («m'», «j'») is one only with its apostrophe. */
export function abbreviationNotElision(ctx: Ctx, t: Token): boolean {
  return t.kind === 'lat' && ELIDED_PRONOUNS.has(t.norm) && !APOSTROPHES.has(ctx.model.text.charAt(t.e));
}
const ELIDED_PRONOUNS = new Set(['j', 'm']);

/** «تحرير» at `last`, then a town's name or a word for a town («المدينة», «البلدة»), not a prison («تحرير سجن صيدنايا»). */
function liberatesPlace(tokens: Token[], last: number): boolean {
  if (tokens[last].kind !== 'ar' || stripConj(tokens[last].norm).replace(/^ل/, '') !== LIBERATION_AR) return false;
  const next = nextNonSpace(tokens, last + 1);
  if (next >= tokens.length || tokens[next].kind !== 'ar' || matchFacility(tokens, next) !== null) return false;
  return TOWN_WORDS_AR.has(tokens[next].norm) || matchPlace(tokens, next) !== null;
}
const LIBERATION_AR = foldWord('تحرير');
const TOWN_WORDS_AR = new Set(
  ['المدينة', 'البلدة', 'القرية', 'المنطقة', 'المحافظة', 'البلاد', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'محافظة', 'سوريا', 'سورية'].map(foldWord),
);

/** «عودته إلى» from `first` to `last`, then a word for a town («مدينته», «بلدة») or a place's name («داريا»). */
function returnsToTown(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first].kind !== 'ar' || !RETURN_AR.test(stripConj(tokens[first].norm))) return false;
  const next = nextNonSpace(tokens, last + 1);
  if (next >= tokens.length || tokens[next].kind !== 'ar' || matchFacility(tokens, next) !== null) return false;
  return TOWN_WORDS_AR.has(tokens[next].norm) || OWN_TOWN_WORDS_AR.has(tokens[next].norm) || matchPlace(tokens, next) !== null;
}
const RETURN_AR = new RegExp(`^${foldWord('عودت')}`);
const OWN_TOWN_WORDS_AR = new Set(
  [
    ...['مدينته', 'مدينتها', 'مدينتهم', 'بلدته', 'بلدتها', 'بلدتهم', 'قريته', 'قريتها', 'قريتهم', 'منطقته', 'منطقتها', 'منطقتهم'],
    ...['مخيم', 'المخيم', 'مخيمه', 'مخيمها', 'حي', 'الحي', 'حيه'],
  ].map(foldWord),
);

/**
 * «de retour» at `last`, then «de» and a lower-case word that is no place of detention («de la frontière», «de voyage»).
 * A capitalised place («de retour de Syrie») is left as it was: a Lebanese held in Syria comes back from there.
 */
function backFromJourney(tokens: Token[], last: number): boolean {
  if (tokens[last].norm !== RETURN_FR) return false;
  const from = nextNonSpace(tokens, last + 1);
  if (from >= tokens.length || !BACK_FROM.has(tokens[from].norm)) return false;
  let j = nextNonSpace(tokens, from + 1);
  while (j < tokens.length && (LATIN_ARTICLES.has(tokens[j].norm) || APOSTROPHES.has(tokens[j].norm))) j = nextNonSpace(tokens, j + 1);
  if (j >= tokens.length || tokens[j].kind !== 'lat' || tokens[j].cap) return false;
  return (
    matchFacility(tokens, j) === null && EXIT_OBJECTS.match(tokens, j) === null && prisonAhead(tokens, j) === null && !BACK_FROM_DETENTION.has(tokens[j].norm)
  );
}
const RETURN_FR = foldWord('retour');
const BACK_FROM = new Set(['de', 'du', 'des', 'd'].map(foldWord));
const BACK_FROM_DETENTION = new Set(['captivité', 'geôles', 'prisons', 'détention', 'enfer'].map(foldWord));

/** Role words that are also the names of newspapers: «Libération». */
const NEWSPAPER_NAMES = new Set(['libération'].map(foldWord));
const DOCUMENT_NOUNS = new Set(
  [
    ...['statement', 'report', 'video', 'footage', 'list', 'figures', 'data', 'documents', 'photos', 'images', 'letter', 'findings', 'film'],
    ...['communiqué', 'rapport', 'vidéo', 'liste', 'chiffres', 'documents', 'images', 'lettre'],
  ].map(foldWord),
);

export function markCues(ctx: Ctx): void {
  const { tokens } = ctx;
  markServedTerms(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWordToken(t)) continue;
    if (ctx.inCue[i] >= 0) {
      i = ctx.cueList[ctx.inCue[i]].last;
      continue;
    }
    const org = organisationIndex.match(tokens, i);
    if (org) {
      i = org.last;
      continue;
    }
    let m: PhraseMatch<CueDef> | null = cueIndex.match(tokens, i);
    // "his 55-year-old cousin", "her eldest son": a possessive, a kinship adjective, then the noun, as "his cousin" is.
    if (!m && t.kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(t.norm) && !PLURAL_POSSESSIVES.has(t.norm)) {
      const next = nextNonSpace(tokens, i + 1);
      const k = pastKinAdjective(tokens, next);
      const kin = k !== next && k < tokens.length ? kinNounIndex.match(tokens, k) : null;
      if (kin) m = { value: KIN_PHRASE_DEF, first: i, last: kin.last, prefix: 0 };
    }
    // «أفرج عن ابن أبو كمال محمد الحداد», «ابن الشيخ مسكين …»: "son of" a town of two words or more, then a name, is its native.
    if (m && m.value.kind === 'relative' && t.kind === 'ar' && SON_OF.has(t.norm) && sonOfTown(tokens, i)) m = null;
    // «من أهالي مديرا», «ابن بلدة قاضي عسكر», «المنحدر من السيدة زينب»: a town whose name holds a title word.
    if (m && (m.value.kind === 'official' || m.value.kind === 'neutral' || m.value.kind === 'otherTitle') && townStandsAt(tokens, i, m.last)) m = null;
    // «a été jugé», tried: no «juge», judge.
    if (m && m.value.kind === 'official' && TITLE_LOOKALIKES.has(ctx.model.text.slice(t.s, t.e).toLowerCase())) m = null;
    // «منذ الأيام الأولى لتحرير المدينة», «بعد تحرير حلب»: the liberation of a town frees no one named.
    if (m && m.value.kind === 'role' && m.value.role === 'released' && liberatesPlace(tokens, m.last)) m = null;
    // «بعد عودته إلى مدينته القريتين»: coming back to a town (from a camp, from exile), not out of prison.
    if (m && m.value.kind === 'role' && m.value.role === 'released' && returnsToTown(tokens, m.first, m.last)) m = null;
    // «de retour de la frontière turque»: back from a journey, not from prison («de retour de captivité» still is).
    if (m && m.value.kind === 'role' && m.value.role === 'released' && backFromJourney(tokens, m.last)) m = null;
    // "a statement released this week", «un rapport publié»: a document released, not a person.
    if (m && m.value.kind === 'role' && m.value.role === 'released' && t.kind === 'lat' && DOCUMENT_NOUNS.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? ''))
      m = null;
    // «ancien grand reporter à Libération», "told Libération": the French daily, capitalised after a lower-case word.
    if (m && m.first === m.last && t.kind === 'lat' && t.cap && NEWSPAPER_NAMES.has(t.norm)) {
      const before = tokens[prevNonSpace(tokens, i - 1)];
      if (before?.kind === 'lat' && !before.cap) m = null;
    }
    // «رابطة معتقلي صيدنايا», «لجنة الأسرى», "the Association of Detainees": the role word names the body.
    if (m && m.value.kind === 'role' && namesBody(tokens, i)) {
      i = m.last;
      continue;
    }
    // «الحرية لمحمد…», "Free Ahmad Darwish": an appeal for someone held.
    const after = tokens[nextNonSpace(tokens, i + 1)];
    if (
      (t.kind === 'ar' && FREEDOM_FOR.has(t.norm) && after?.kind === 'ar' && after.norm.startsWith('ل') && !(m && m.last > i)) ||
      (t.kind === 'lat' && t.cap && FREEDOM_FOR_LAT.has(t.norm) && after?.kind === 'lat' && after.cap && LAT_GIVEN.has(after.norm))
    ) {
      m = { value: FREEDOM_FOR_DEF, first: i, last: i, prefix: 0 };
    }
    const exit = exitIndex.match(tokens, i);
    if (exit) {
      // «خرج من صيدنايا», «خرج اليوم من سجن صيدنايا», "walked out of Sednaya prison"
      let j = nextNonSpace(tokens, exit.last + 1);
      // «Il vient de sortir, la veille, de la prison d'Adra»: a few words set apart by commas between the verb and its «de».
      if (!EXIT_PREPOSITIONS.has(tokens[exit.last].norm)) j = pastInsertion(tokens, j);
      for (let skip = 0; skip < 2 && tokens[j] && isWordToken(tokens[j]) && POST_SKIP.has(tokens[j].norm) && !EXIT_PREPOSITIONS.has(tokens[j].norm); skip++) {
        j = nextNonSpace(tokens, j + 1);
      }
      const fromWord = tokens[j];
      const phraseHasFrom = EXIT_PREPOSITIONS.has(tokens[exit.last].norm); // "walked out of", «sorti de»
      const hasFrom = phraseHasFrom || (fromWord !== undefined && EXIT_PREPOSITIONS.has(fromWord.norm));
      if (hasFrom && !phraseHasFrom) j = nextNonSpace(tokens, j + 1);
      // Without «من» only a prison's name is the place left: «خروج المعتقل» is the detainee's exit.
      // «غادر السجن», "left the prison": a leaving verb with a direct object.
      const direct = DIRECT_EXITS.has(stripConj(tokens[exit.last].norm));
      const obj = matchFacility(tokens, j) ?? (hasFrom || direct ? EXIT_OBJECTS.match(tokens, j) : null) ?? prisonAhead(tokens, j);
      // «خرج محمد من فرع فلسطين إلى سجن صيدنايا», «من الزنزانة إلى التحقيق»: a transfer, not a release.
      const moved = obj !== null && transferAfter(tokens, obj.last);
      if (obj && !moved && (!m || obj.last > m.last)) m = { value: RELEASE_DEF, first: i, last: obj.last, prefix: exit.prefix };
      // «دخل السجن عام 2002 وخرج منه عام 2014»: "out of it", a place of detention named before it in the sentence.
      else if (!obj && !m && fromWord !== undefined && OUT_OF_IT_AR.has(fromWord.norm) && detentionPlaceEarlier(ctx, i))
        m = { value: RELEASE_DEF, first: i, last: j, prefix: exit.prefix };
      else if (!obj && !m && (exitTowardsPrison(tokens, exit.last + 1) || detaineeWordAt(tokens, j))) {
        // «خرج المعتقل محمد…»: leaving, said of a detainee
        m = { value: RELEASE_DEF, first: i, last: exit.last, prefix: exit.prefix };
      }
    }
    const intoOrExile = EXILE_OR_INTO_FIRST.has(t.norm);
    const into = exit || !intoOrExile ? null : intoIndex.match(tokens, i);
    if (into) {
      // "was taken to Saydnaya", «a été conduit à la prison de Saydnaya», «اقتيد إلى فرع فلسطين»; not "taken to hospital".
      const j = nextNonSpace(tokens, into.last + 1);
      const obj = matchFacility(tokens, j) ?? EXIT_OBJECTS.match(tokens, j) ?? prisonAhead(tokens, j);
      if (obj && (!m || obj.last > m.last)) m = { value: INTO_DEF, first: i, last: obj.last, prefix: into.prefix };
    }
    const exile = intoOrExile ? exileIndex.match(tokens, i) : null;
    if (exile && (!m || exile.last > m.last) && detentionPlaceBefore(ctx, i)) m = { value: RELEASE_DEF, first: i, last: exile.last, prefix: exile.prefix };
    // "a former Saydnaya detainee": "former", a prison's name, then a word for one held.
    if ((!m || m.value.kind === 'neutral') && t.kind === 'lat' && FORMER_WORDS.has(t.norm)) {
      const facility = matchFacility(tokens, nextNonSpace(tokens, i + 1));
      const noun = facility ? nextNonSpace(tokens, facility.last + 1) : -1;
      if (facility && noun < tokens.length && STATUS_NOUNS.has(tokens[noun].norm)) m = { value: FORMER_HELD_DEF, first: i, last: noun, prefix: 0 };
    }
    if (!m && t.kind === 'ar' && SPLIT_RELEASE_VERBS.has(t.norm) && splitObject(tokens, i, SPLIT_RELEASE_OBJECTS)) {
      m = { value: SPLIT_RELEASE_DEF, first: i, last: i, prefix: 0 };
    }
    if (!m && t.kind === 'ar' && SPLIT_DEATH_VERBS.has(t.norm) && splitObject(tokens, i, SPLIT_DEATH_OBJECTS)) {
      m = { value: SPLIT_DEATH_DEF, first: i, last: i, prefix: 0 };
    }
    // «سُجن محمد الحداد عام 2012»: «سجن» right before a given name is the verb "was imprisoned", not a prison's name.
    if (!m && imprisonedVerbAt(tokens, i)) m = { value: IMPRISONED_DEF, first: i, last: i, prefix: 0 };
    // «قضى محمد الحداد في سجن صيدنايا»: «قضى» without a term, then a place of detention.
    if (!m && t.kind === 'ar' && DIED_IN_VERBS.has(t.norm) && diedInPlace(tokens, i)) m = { value: SPLIT_DEATH_DEF, first: i, last: i, prefix: 0 };
    // «دخل محمد الحداد السجن عام 2002», «دخل محمد سجن صيدنايا»: entering, its subject, then a place of detention.
    if (!m && t.kind === 'ar' && ENTER_VERBS_AR.has(t.norm) && enteredPlace(tokens, i)) m = { value: INTO_DEF, first: i, last: i, prefix: 0 };
    if (!m && t.kind === 'ar' && SPLIT_DISAPPEARANCE_VERBS.has(t.norm) && splitObject(tokens, i, SPLIT_DISAPPEARANCE_OBJECTS)) {
      m = { value: SPLIT_DISAPPEARANCE_DEF, first: i, last: i, prefix: 0 };
    }
    // «وبحثت عائلته عنه», «تبحث والدته عنه»: a search verb, the family that searches, and the one sought.
    if (!m && t.kind === 'ar' && SPLIT_SEARCH_VERBS.has(t.norm)) {
      const kin = nextNonSpace(tokens, i + 1);
      const about = kin < tokens.length && AR_KIN_OF_HIM.has(tokens[kin].norm) ? nextNonSpace(tokens, kin + 1) : -1;
      if (about > 0 && about < tokens.length && SOUGHT_AR_PRONOUNS.has(tokens[about].norm)) m = { value: SPLIT_SEARCH_DEF, first: i, last: about, prefix: 0 };
      // «تبحث عائلته في السجون والمشافي»: searching the prisons and hospitals, not knowing where he is.
      const where = about > 0 && about < tokens.length && tokens[about].norm === IN_AR ? nextNonSpace(tokens, about + 1) : -1;
      if (!m && where > 0 && where < tokens.length && SEARCH_PLACES_AR.has(tokens[where].norm))
        m = { value: SPLIT_SEARCH_DEF, first: i, last: where, prefix: 0 };
    }
    // «زوجة محمد», «شقيق محمد»: a kinship noun in construct that is no cue of its own (only «زوجته», «شقيقه» are).
    if (!m && t.kind === 'ar' && kinNounIndex.match(tokens, i)?.last === i && constructKin(ctx, i, i)) {
      ctx.constructKin.add(i);
      continue;
    }
    if (!m) continue;
    // "Jihad Mohammad, dit Abou Rami,": «dit» after a comma names an alias; nobody speaks. After a quote
    // («« Je cherche mon fils », dit Fatima») it is the speech verb.
    const mark = prevNonSpace(tokens, i - 1);
    if (
      m.value.kind === 'speech' &&
      (aliasIndex.match(tokens, i)?.last ?? -1) >= m.last &&
      AFTER_NAME_MARKS.has(tokens[mark]?.norm ?? '') &&
      isWordToken(tokens[prevNonSpace(tokens, mark - 1)])
    ) {
      i = m.last;
      continue;
    }
    // «Haddad a poursuivi ce travail jusqu'à son arrestation»: «poursuivre» with its object goes on with something; nobody speaks.
    if (m.value.kind === 'speech' && GO_ON_VERBS.has(tokens[m.last].norm) && GO_ON_OBJECTS.has(tokens[nextNonSpace(tokens, m.last + 1)]?.norm ?? '')) {
      i = m.last;
      continue;
    }
    // «داهمت قوات الأمن منزله بهدف اعتقاله، لكنه لم يكن في المنزل»: a raid that failed to take him is no arrest.
    if (m.value.kind === 'role' && m.value.raid && raidFailedAfter(ctx, m.last)) {
      i = m.last;
      continue;
    }
    // «نعت بلدة داريا ابنها محمد الحداد», "Daraya mourns its son": the town's own child, nobody's kin.
    if (m.value.kind === 'relative' && townsChildAt(tokens, i)) {
      i = m.last;
      continue;
    }
    // «والدة عمر»: Omar's mother, not «والده عمر», his father Omar; the name is the one she is family of.
    if (m.value.kind === 'relative' && constructKin(ctx, i, m.last)) {
      ctx.constructKin.add(i);
      i = m.last;
      continue;
    }
    if (m.value.kind === 'role' && m.value.role === 'released' && (qualifiesPlace(ctx, i, m.last) || liberatedPlace(ctx, i, m.last))) {
      i = m.last;
      continue;
    }
    // «شارع الشهيد طالب السمرة», «مدرسة الشهيد …»: a place named after a martyr; nobody died here.
    if (
      m.value.kind === 'role' &&
      m.value.role === 'dead' &&
      t.kind === 'ar' &&
      NAMED_PLACE_HEADS.has(stripConj(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? ''))
    ) {
      i = m.last;
      continue;
    }
    // «لم يفرج عنه رغم مرسوم العفو», «malgré l'amnistie»: what "despite" names did not happen to anyone.
    if (m.value.kind === 'role' && (afterConcessive(tokens, i) || absenceEnded(tokens, i))) {
      i = m.last;
      continue;
    }
    // "it was a factory of fear and death", «un lieu de mort»: death as what a place is like, not a death.
    if (m.value.kind === 'role' && m.value.role === 'dead' && deathAsQuality(tokens, i)) {
      i = m.last;
      continue;
    }
    // "returned to the Death Wing", "the Death Row cells": a capitalised word of a place's name after "the", not a death.
    if (m.value.kind === 'role' && namePartAfterThe(ctx, i, m.last)) {
      i = m.last;
      continue;
    }
    // «النظام لم يرجع الأضابير», «لم يعد قادرا»: "did not return" with an object or "no longer"; no disappearance.
    if (m.value.kind === 'role' && m.value.role === 'missing' && notReturnWithObject(ctx, i, m.last)) {
      i = m.last;
      continue;
    }
    // "does not know what happened to her husband": the "her" ending the cue owns a kinship noun; the husband
    // is the one gone and the name before searches for him.
    if (m.value.kind === 'role' && m.value.role === 'missing' && !m.value.search && possessiveBeforeKin(tokens, m.last))
      m = { value: SPLIT_SEARCH_DEF, first: m.first, last: prevNonSpace(tokens, m.last - 1), prefix: m.prefix };
    // "has had no news of her son", "lost contact with her son": the possessive right after the cue (and its
    // preposition), the same search.
    else if (m.value.kind === 'role' && m.value.role === 'missing' && !m.value.search && tokens[m.last].kind === 'lat') {
      let last = m.last;
      let n = nextNonSpace(tokens, last + 1);
      // "with" only after a loss of contact: "abducted with their uncle" took the uncle along.
      const prepositions = CONTACT_WORDS.has(tokens[m.last].norm) ? CONTACT_PREPOSITIONS : SEARCH_PREPOSITIONS;
      if (n < tokens.length && prepositions.has(tokens[n].norm)) {
        last = n;
        n = nextNonSpace(tokens, n + 1);
      }
      // Not "their": «n'ont plus de nouvelles de leur frère» is the list's own search (roles.ts).
      if (n < tokens.length && !PLURAL_POSSESSIVES.has(tokens[n].norm) && possessiveBeforeKin(tokens, n)) m = { ...m, value: SPLIT_SEARCH_DEF, last };
    }
    const cue = newCue(m.value, i, m.last);
    if (cue.def.kind === 'relative') {
      const words = tokens
        .slice(i, m.last + 1)
        .filter(isWordToken)
        .map((w) => w.norm);
      cue.def = cueDef({ ...cue.def, firstPerson: isFirstPerson(words) });
    }
    ctx.cueAt[i] = cue;
    const idx = ctx.cueList.length;
    ctx.cueList.push(cue);
    for (let k = i; k <= m.last; k++) ctx.inCue[k] = idx;
    i = m.last;
  }
  ctx.cueList.sort((a, b) => a.first - b.first);
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role') continue;
    if (cue.role === 'released') {
      cue.former = formerRelease(ctx, cue);
      cue.background = cue.former || backgroundRelease(ctx, cue);
    }
    cue.earlier = earlierEpisode(ctx, cue);
  }
  ctx.cueList.forEach((cue, idx) => {
    for (let k = cue.first; k <= cue.last; k++) ctx.inCue[k] = idx;
  });
  // A fear, a condition or a question before a death cue: the death is unsure, the person missing.
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role' || cue.role !== 'dead') continue;
    const flipWindow = tokens[cue.first].kind === 'ar' ? FLIP_WINDOW_WORDS : FLIP_WINDOW_LATIN_WORDS;
    if (wordBefore(ctx, cue.first, flipWindow, (j) => (uncertainDeathIndex.match(tokens, j) ? true : null))) cue.role = 'missing';
    // "sentenced to death", «condamné à mort», «حكمت … بالإعدام»: a sentence, not an execution; still held.
    else if (deathSentence(ctx, cue)) cue.role = 'detainee';
    // "could be executed", «risque d'être exécuté», «مهدد بالإعدام», "nearly died": a threat; still held.
    else if (wordBefore(ctx, cue.first, THREAT_WINDOW_WORDS, (j) => (threatenedDeathIndex.endsAt(tokens, j) ? true : null))) cue.role = 'detainee';
    // «نجا محمد من الموت», «a échappé à la mort», "escaped death": a survivor.
    else if (wordBefore(ctx, cue.first, FLIP_WINDOW_WORDS, (j) => (survivedDeathIndex.endsAt(tokens, j) ? true : null))) cue.role = 'released';
    // "he was not killed", «il n'a pas été tué», «لم يمت»: a death denied; like a death sentence, no death. Not "his body",
    // «جثته»: "never received his body" denies the handing over, and the body still tells of a death.
    else if (
      !(
        BODY_WORDS.has(tokens[cue.last].norm) && wordBefore(ctx, cue.first, HANDOVER_WINDOW_WORDS, (j) => (HANDOVER_VERBS.has(tokens[j].norm) ? true : null))
      ) &&
      wordBefore(ctx, cue.first, NEGATED_DEATH_WORDS, (j) => (ctx.inCue[j] >= 0 && ctx.cueList[ctx.inCue[j]].def.kind === 'negation' ? true : null))
    )
      cue.role = 'detainee';
  }
  // An appeal or a negation before a release cue: the person is still held.
  const forThoseHeld = (j: number): boolean => STATUS_NOUNS.has(tokens[j].norm.replace(AL_PREFIX, '')) || fellowIndex.match(tokens, j)?.last === j;
  for (const cue of ctx.cueList) {
    if (cue.def.kind !== 'role' || cue.role !== 'released') continue;
    // «سعياً لإخلاء سبيلها», «للإفراج عنه»: a release noun after the «ل» of purpose is what is sought.
    const head = tokens[cue.first];
    if (head.kind === 'ar' && /^لا|^للا/.test(head.norm)) {
      cue.role = 'detainee';
      continue;
    }
    // "He was not among those freed", «n'était pas parmi les détenus libérés»: nobody knows where he is.
    // "His name was not on the lists of released prisoners", «لم يرد اسمه في قوائم المفرج عنهم»: an absence cue
    // right before a list or "among" says the same.
    let amongAt = -1;
    const notAmong = wordBefore(ctx, cue.first, NOT_AMONG_WINDOW_WORDS, (j) => {
      const c = ctx.inCue[j] >= 0 ? ctx.cueList[ctx.inCue[j]] : null;
      // «لم يكن محمد الحداد بين المفرج عنهم»: a negation before the name, "among" after it.
      if (c && c.def.kind === 'negation' && amongAt > j) return true;
      if (!c || c.def.kind !== 'role') {
        if (listAt(tokens, j)) amongAt = j;
        return null;
      }
      if (c.role === 'missing' && amongIndex.match(tokens, c.last)?.last === c.last) return true;
      // «لم يظهر محمد الحداد بين المفرج عنهم», «لم يخرج محمد الحداد مع المحررين»: a negated absence or
      // release cue before the name, "among" after it.
      const negated =
        (c.role === 'missing' && NEGATION_WORDS.has(stripConj(tokens[c.first].norm))) ||
        NEGATION_WORDS.has(stripConj(tokens[prevNonSpace(tokens, c.first - 1)]?.norm ?? ''));
      if (amongAt > c.last && negated) return true;
      if (c.role === 'missing' && (listAt(tokens, c.last) || (amongAt > c.last && onlyListFillers(tokens, c.last, amongAt)))) return true;
      return forThoseHeld(j) ? null : false;
    });
    if (notAmong) {
      cue.role = 'missing';
      continue;
    }
    // «attend toujours sa libération», "still waiting for his release": waited for, not come, and the wait
    // is for a release, not for someone gone.
    const waits: Cue[] = [];
    // «طالبت زوجة المعتقل محمد الحداد، فاطمة العلي، بالإفراج عنه»: a release noun in «ب» is what a demand
    // verb asks for, however many names and titles stand between them; so is a bare release noun, the demand's
    // object («طالبت هيئة مدنية "هيئة تحرير الشام" الإفراج عن ناشط»).
    // "calls on the Syrian authorities to release", «appelle les autorités syriennes à libérer»: so is an
    // infinitive release verb, whose demand verb has the ones asked between.
    // «à le libérer», «à « le libérer »»: past an object pronoun and a quote mark.
    const infinitive = head.kind === 'lat' && infinitiveMarkerBefore(tokens, cue.first);
    const window =
      (head.kind === 'ar' && (head.norm.startsWith(AR_BI) || demandedNoun(tokens, cue.first))) || infinitive
        ? infinitive && coordinatedInfinitive(tokens, cue.first)
          ? 2 * DEMAND_WINDOW_WORDS
          : DEMAND_WINDOW_WORDS
        : FLIP_WINDOW_WORDS;
    const flip = wordBefore(ctx, cue.first, window, (j) => {
      // "searched for him among the freed": the release is the others'; nothing is waited for.
      if (soughtAmongIndex.match(tokens, j) !== null) return false;
      const c = ctx.inCue[j] >= 0 ? ctx.cueList[ctx.inCue[j]] : null;
      if (c && c.def.search === true) waits.push(c);
      if (c && (c.def.kind === 'demand' || c.def.kind === 'negation' || c.def.search === true)) return true;
      // «appelé les autorités à révéler où il se trouve et à le libérer»: an infinitive asked for before it asks too.
      if (infinitive && c && c.def.kind === 'role' && infinitiveMarkerBefore(tokens, c.first)) return null;
      // «تطالب عائلات المعتقلين بالإفراج عن…»: a word for those held is who asks, not another verb.
      // "He was not among the prisoners freed": the word for those freed is who they are.
      if (c && c.def.kind === 'role' && forThoseHeld(j)) return null;
      return c && c.def.kind === 'role' ? false : null;
    });
    if (flip || inVainAfter(ctx, cue) || untilRelease(ctx, cue) || ransomFor(ctx, cue))
      for (const c of [cue, ...waits]) {
        c.role = 'detainee';
        c.appeal = true;
      }
  }
}

/**
 * "protest until the release of Omar Haddad", «حتى إطلاق سراح المعتقلين», «jusqu'à la libération de»: a release still
 * awaited. Not "held until the release of the prisoners in 2015": a year after it in its sentence tells one that came.
 */
function untilRelease(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  if (j >= 0 && LATIN_ARTICLES.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  // «jusqu'à»: «jusqu», then «à».
  if (j > 0 && tokens[j].norm === UNTIL_TO && tokens[prevNonSpace(tokens, j - 1)]?.norm === UNTIL_FR) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !UNTIL_WORDS.has(stripConj(tokens[j].norm))) return false;
  // «حتى أفرج عنه»: until he was freed; only the noun («حتى إطلاق سراح», «حتى الإفراج عن») is awaited.
  if (tokens[cue.first].kind === 'ar' && !RELEASE_NOUNS_AR.has(tokens[cue.first].norm)) return false;
  // "was held in Saydnaya until the release of the prisoners": a detention told right before it lasted until then.
  if (wordBefore(ctx, j, UNTIL_HELD_WORDS, (b) => (ctx.inCue[b] >= 0 && ctx.cueList[ctx.inCue[b]].role === 'detainee' ? true : null))) return false;
  for (let k = cue.last + 1, n = 0; k < tokens.length && n < UNTIL_YEAR_WORDS && ctx.sentence[k] === ctx.sentence[cue.first]; k++) {
    if (tokens[k].kind === 'num' && /^(19|20)\d\d$/.test(tokens[k].norm)) return false;
    if (isWordToken(tokens[k])) n++;
  }
  return true;
}
/** A bare release noun («الإفراج», «إطلاق») at `i` with no word of time before it («بعد الإفراج عنه» is a release that came). */
function demandedNoun(tokens: Token[], i: number): boolean {
  if (!RELEASE_NOUNS_AR.has(tokens[i].norm)) return false;
  const b = prevNonSpace(tokens, i - 1);
  return !(b >= 0 && RELEASE_TIME_WORDS.has(stripConj(tokens[b].norm)));
}
const RELEASE_TIME_WORDS = new Set(['بعد', 'قبل', 'عقب', 'إثر', 'اثر', 'فور', 'منذ', 'حين', 'عند', 'يوم', 'لدى'].map(foldWord));
const UNTIL_WORDS = new Set(['until', 'till', 'jusqu', 'حتى', 'لحين', 'ريثما'].map(foldWord));
const UNTIL_FR = foldWord('jusqu');
const RELEASE_NOUNS_AR = new Set(['إطلاق', 'الإطلاق', 'الإفراج', 'إخلاء', 'الإخلاء'].map(foldWord));
const UNTIL_TO = foldWord('à');
const UNTIL_YEAR_WORDS = 8;
const UNTIL_HELD_WORDS = 4;

/**
 * «مع مطالبة ذويه بفدية مالية … مقابل الإفراج عنه», "demanded a ransom of $20,000 for his release", «exigent une rançon
 * … en échange de sa libération»: the release is the price's object; the person is still held. Not «أفرج عنه مقابل
 * فدية», "freed for a ransom", where the exchange words come after the release.
 */
function ransomFor(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  if (j >= 0 && (THIRD_PERSON_POSSESSIVES.has(tokens[j].norm) || LATIN_ARTICLES.has(tokens[j].norm))) j = prevNonSpace(tokens, j - 1);
  // «مقابل إطلاق سراحهما»: the release noun before a cue read on «سراحهما» alone.
  if (j >= 0 && RELEASE_NOUNS_AR.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  if (j < 0) return false;
  if (ransomForIndex.endsAt(tokens, j, 3)) return true;
  if (!RANSOM_FOR.has(tokens[j].norm)) return false;
  return wordBefore(ctx, j, RANSOM_WORDS_BEFORE, (k) => (RANSOM_WORDS.has(tokens[k].norm) ? true : null)) === true;
}
const RANSOM_FOR = new Set(['for', 'pour'].map(foldWord));
const RANSOM_WORDS_BEFORE = 8;

/** "paid thousands for his release, to no avail", «pour obtenir sa libération, en vain», «… دون جدوى»: a release sought in vain. */
function inVainAfter(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  for (let j = cue.last + 1, n = 0; j < tokens.length && n < IN_VAIN_WORDS && ctx.sentence[j] === ctx.sentence[cue.first]; j++) {
    if (!isWordToken(tokens[j])) continue;
    if (inVainIndex.match(tokens, j)) return true;
    n++;
  }
  return false;
}
const IN_VAIN_WORDS = 6;

/**
 * «تحرير الرقة», «إعلان قوات سوريا الديمقراطية … تحريرها» after «الرقة»: the liberation of a place, not
 * a release. The word «تحرير» with a place right after it, or with «ها» and a place a few words before.
 * «بعد التحرير»: with the article it takes no object, and is the liberation (of the country, December 2024).
 * «حتى لحظة تحرير الخبر»: the writing of a news item.
 */
function liberatedPlace(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx;
  const t = tokens[first];
  if (t.kind === 'lat') return liberatedLatinPlace(tokens, first, last);
  if (first !== last || t.kind !== 'ar') return false;
  const bare = stripConj(t.norm).replace(AL_PREFIX, '');
  if (!bare.startsWith(TAHRIR)) return false;
  const rest = bare.slice(TAHRIR.length);
  if (rest === '') {
    if (stripConj(t.norm).startsWith(AL_TAHRIR)) return true;
    const next = nextNonSpace(tokens, last + 1);
    return next < tokens.length && (matchPlace(tokens, next) !== null || WRITING_OBJECTS.has(tokens[next].norm));
  }
  if (rest !== HA) return false;
  // The nearest of a place and a person before «تحريرها» is what «ها» stands for; names are not found yet,
  // so anything in quotes or a known given name counts as a person («نقل عن "الرقيط" بعد تحريرها»).
  for (let j = prevNonSpace(tokens, first - 1), n = 0; j >= 0 && n < LIBERATED_PLACE_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    const u = tokens[j];
    if (u.kind === 'nl' || (isSentencePunct(u) && endsSentence(ctx, j)) || QUOTE_CHARACTERS.has(u.norm) || (u.kind === 'ar' && AR_GIVEN.has(stripConj(u.norm))))
      return false;
    if (matchPlace(tokens, j) !== null && matchFacility(tokens, j) === null) return true;
  }
  return false;
}
/**
 * "Raqqa was declared liberated", «la ville a été libérée», "the liberation of Raqqa", «la libération du pays»: a town
 * the lists know, or a word for a country or a town, freed, not anyone's release.
 */
function liberatedLatinPlace(tokens: Token[], first: number, last: number): boolean {
  const placeAt = (j: number, end?: number): boolean => {
    if (j < 0 || j >= tokens.length || !isWordToken(tokens[j])) return false;
    if (LIBERATED_LAND_NOUNS.has(tokens[j].norm) && (end === undefined || end === j)) return true;
    const m = matchPlace(tokens, j);
    return m !== null && (end === undefined || m.last === end);
  };
  // After: "liberation of", «libération du», «de la», «d'».
  let j = nextNonSpace(tokens, last + 1);
  for (let n = 0; n < 3 && j < tokens.length && LIBERATION_OF.has(tokens[j].norm); n++) j = nextNonSpace(tokens, j + 1);
  if ((j > nextNonSpace(tokens, last + 1) || LIBERATION_OF.has(tokens[last].norm)) && placeAt(j)) return true;
  // Before: the place, then "was", "declared", «a été» (inside the cue or before it), then the participle ("Omar Haddad
  // returned to Daraya after his release" is his).
  let aux = 0;
  for (let k = first; k < last; k++) {
    if (!isWordToken(tokens[k])) continue;
    if (!PASSIVE_AUX.has(tokens[k].norm) && !DECLARED.has(tokens[k].norm)) return false;
    aux++;
  }
  let b = prevNonSpace(tokens, first - 1);
  for (; aux < 3 && b >= 0 && (PASSIVE_AUX.has(tokens[b].norm) || DECLARED.has(tokens[b].norm)); aux++) b = prevNonSpace(tokens, b - 1);
  if (aux === 0 || b < 0 || !isWordToken(tokens[b])) return false;
  // Not the end of a name: "Samir Al Shaar was released".
  const standsAlone = (k: number) => {
    const p = tokens[prevNonSpace(tokens, k - 1)];
    return !p?.cap || LIBERATION_OF.has(p.norm) || p.norm === 'le' || p.norm === 'les';
  };
  for (let k = b, n = 0; k >= 0 && n < 3 && isWordToken(tokens[k]); k = prevNonSpace(tokens, k - 1), n++) if (placeAt(k, b) && standsAlone(k)) return true;
  return false;
}
const LIBERATION_OF = new Set(['of', 'the', 'du', 'de', 'la', 'des', 'd'].map(foldWord));
const DECLARED = new Set(['declared', 'déclaré', 'déclarée', 'officially', 'officiellement', 'a'].map(foldWord));
const LIBERATED_LAND_NOUNS = new Set(['country', 'city', 'town', 'pays', 'ville', 'syrie', 'syria'].map(foldWord));

const TAHRIR = foldWord('تحرير');
const AL_TAHRIR = foldWord('التحرير');
/** «تحرير الخبر», «تحرير التقرير»: what is edited, not freed. */
const WRITING_OBJECTS = new Set(['الخبر', 'التقرير', 'المادة', 'النص', 'هذا'].map(foldWord));
const HA = foldWord('ها');
const LIBERATED_PLACE_WORDS = 12;

/**
 * "He had previously been detained … and released", «Il avait été arrêté une première fois en 2011»: a word for an
 * earlier episode a few words before the cue, or right after it, in its sentence.
 */
function earlierEpisode(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  // A death or a disappearance is not taken back by what came before it.
  if (cue.role !== 'released' && cue.role !== 'detainee') return false;
  // "…, but he was transferred": a turn ends the earlier episode.
  const before = (j: number) => (earlierEpisodeIndex.match(tokens, j) ? true : EPISODE_TURNS.has(tokens[j].norm) ? false : null);
  if (wordBefore(ctx, cue.first, EARLIER_WORDS_BEFORE, before)) return true;
  // "Previously, the police arrested each of A and B … and they were released later", «وسبق أن اعتقلته … وأفرجت عنه»:
  // a sentence that opens on the word tells the whole of an earlier episode, up to a "but".
  const opening = (j: number) => (SENTENCE_TURNS.has(tokens[j].norm) ? false : sentenceOpensAt(ctx, j) ? earlierEpisodeIndex.match(tokens, j) !== null : null);
  if (wordBefore(ctx, cue.first, Infinity, opening)) return true;
  for (
    let j = nextNonSpace(tokens, cue.last + 1), n = 0;
    j < tokens.length && n < EARLIER_WORDS_AFTER && isWordToken(tokens[j]);
    j = nextNonSpace(tokens, j + 1), n++
  )
    if (earlierEpisodeIndex.match(tokens, j)) return true;
  return false;
}
const EARLIER_WORDS_BEFORE = 16;
const EPISODE_TURNS = new Set(['but', 'then', 'mais', 'puis'].map(foldWord));
const SENTENCE_TURNS = new Set(['but', 'mais', 'لكن', 'ولكن', 'لكنه', 'لكنها'].map(foldWord));

/** Token `j` is the sentence's first word. */
function sentenceOpensAt(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx;
  for (let k = j - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return true;
    if (t.kind === 'num' || isWordToken(t)) return false;
  }
  return true;
}
const EARLIER_WORDS_AFTER = 3;

/** "former detainee", «المعتقل السابق»: a word of the cue says "former". */
function formerRelease(ctx: Ctx, cue: Cue): boolean {
  const words = ctx.tokens.slice(cue.first, cue.last + 1).filter(isWordToken);
  return words.some((w) => FORMER_WORDS.has(w.norm) || FORMER_WORDS.has(w.norm.replace(AL_PREFIX, '')));
}

/** «الذي أفرج عنه», "who was released": a release in a relative clause. */
function backgroundRelease(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let j = prevNonSpace(tokens, cue.first - 1);
  if (j >= 0 && PASSIVE_AUX.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && RELATIVE_PRONOUNS.has(stripConj(tokens[j].norm));
}
const FORMER_WORDS = new Set([...FORMER_QUALIFIERS, ...['سابق', 'سابقة'].map(foldWord)]);
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'who', 'which', 'qui'].map(foldWord));

export const NAMED_PLACE_HEADS = new Set(
  [
    'شارع',
    'ساحة',
    'دوار',
    'مدرسة',
    'جامع',
    'مسجد',
    'حي',
    'جادة',
    'ثانوية',
    'مشفى',
    'مستشفى',
    'لواء',
    'كتيبة',
    'معبر',
    'منفذ',
    'مطار',
    'مقهى',
    'فندق',
    'سوق',
  ].map(foldWord),
);

/** Past ", la veille," or ", on Sunday," from the comma at `j`: the token after the closing comma, else `j`. */
function pastInsertion(tokens: Token[], j: number): number {
  if (!isComma(tokens[j])) return j;
  for (let k = nextNonSpace(tokens, j + 1), n = 0; k < tokens.length && n < MAX_INSERTION_WORDS; k = nextNonSpace(tokens, k + 1), n++) {
    if (isComma(tokens[k])) return n > 0 ? nextNonSpace(tokens, k + 1) : j;
    if (!isWordToken(tokens[k]) && tokens[k].kind !== 'num') return j;
  }
  return j;
}
const MAX_INSERTION_WORDS = 4;
const DIRECT_EXITS = new Set(['غادر', 'غادرت', 'غادروا', 'غادرا'].map(foldWord));

/** "fled an Assad regime prison", "escaped a military prison": a Latin word for prison a few words on. */
function prisonAhead(tokens: Token[], j: number): PhraseMatch<true> | null {
  if (tokens[j]?.kind !== 'lat') return null;
  for (let k = j, n = 0; k < tokens.length && n < MAX_PRISON_AHEAD; k = nextNonSpace(tokens, k + 1), n++) {
    // "Syria's infamous Saydnaya jail": a possessive's apostrophe is no end.
    if (APOSTROPHES.has(tokens[k].norm)) continue;
    if (!isWordToken(tokens[k]) || tokens[k].kind !== 'lat') break;
    const obj = EXIT_OBJECTS.match(tokens, k);
    if (obj) return obj;
  }
  return null;
}
const MAX_PRISON_AHEAD = 5;

/** "From Saydnaya to exile", «Des geôles d'Assad jusqu'à l'exil»: a place of detention a few words before token `i`, in its sentence. */
function detentionPlaceBefore(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const held = (j: number) => {
    const c = cueOf(ctx, j);
    return c !== null && c.def.kind === 'role' && c.role === 'detainee';
  };
  return wordBefore(ctx, i, EXILE_WINDOW_WORDS, (j) => (matchFacility(tokens, j) || EXIT_OBJECTS.match(tokens, j) || held(j) ? true : null));
}
const EXILE_WINDOW_WORDS = 6;

/**
 * An Arabic "did not return" cue («لم يرجع», «لم يعد») followed by another Arabic word that is neither
 * a cue nor «إلى», «من», «حتى», «منذ»… (an object or an adjective: «لم يرجع الأضابير», «لم يعد قادرا»).
 * A number, punctuation or the end of the text after it leaves the cue a disappearance.
 */
function notReturnWithObject(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(first, last + 1).filter(isWordToken);
  if (words.length !== 2 || !RETURN_VERBS.has(words.map((w) => w.norm).join(' '))) return false;
  const next = tokens[nextNonSpace(tokens, last + 1)];
  if (!next || next.kind !== 'ar') return false;
  return !RETURN_FOLLOWERS.has(next.norm) && !cueIndex.hasFirst(next.norm);
}
const RETURN_VERBS = new Set(['لم يرجع', 'لم يعد', 'لم تعد', 'لم ترجع', 'ما رجع'].map((p) => p.split(' ').map(foldWord).join(' ')));
const RETURN_FOLLOWERS = new Set(
  ['إلى', 'الى', 'من', 'حتى', 'منذ', 'بعد', 'الي', 'لبيته', 'لمنزله', 'لأهله', 'أبدا', 'ابدا', 'قط', 'إليه', 'إلينا', 'الينا', 'لنا', 'له', 'لها'].map(
    foldWord,
  ),
);

/**
 * «والدة», «شقيقة», «ابنة»: an Arabic kinship noun written with ة is in construct with the name after it
 * (Omar's mother); folded, it reads as «والده», «شقيقه», «ابنه» (his father, brother, son).
 */
export function constructKin(ctx: Ctx, first: number, last: number): boolean {
  const t = ctx.tokens[first];
  if (first !== last || t.kind !== 'ar') return false;
  if (TA_MARBUTA_END.test(ctx.model.text.slice(t.s, t.e))) return true;
  // «شقيق محمد», «والد محمد»: a masculine kinship noun with no article and no "his" on it, then a given name.
  // «والد» is no «و» joined to «الد».
  if (!MASCULINE_CONSTRUCT_KIN.has(t.norm) && !MASCULINE_CONSTRUCT_KIN.has(stripConj(t.norm))) return false;
  const next = ctx.tokens[nextNonSpace(ctx.tokens, last + 1)];
  return next !== undefined && next.kind === 'ar' && (AR_GIVEN.has(next.norm) || AR_COMPOUND_HEAD.has(next.norm));
}
/**
 * The one-word kinship nouns of cues.json kinNouns whose construct state shows no ة (nor the ت of «أخت», «بنت»):
 * «شقيق», «والد», «ابن»…. With «ه» on them («شقيقه») they are "his brother", and no construct.
 */
const MASCULINE_CONSTRUCT_KIN = new Set(cues.kinNouns.ar.filter((w) => !w.includes(' ') && !/[ةت]$/.test(w)).map(foldWord));
const AFTER_NAME_MARKS = new Set([',', '،', '(']);
/** «ال», «وال», «فال» at the start of an Arabic word. */
export const AL_PREFIX = new RegExp(`^[${foldWord('وف')}]?${AR_AL}`);
const FAMILY_FIRST = new Set(cues.familyOf.before.map((p) => foldWord(p).split(' ')[0]));
const TA_MARBUTA_END = /ة[\u064B-\u065F\u0640]*$/u;

/**
 * The last token of a "family of" phrase starting at `j` («عائلة», "the family of", «la famille de»)
 * or of a construct kinship noun («والدة عمر»), or -1.
 */
export function familyOfEnd(ctx: Ctx, j: number): number {
  const t = ctx.tokens[j];
  // Most words start no family phrase: look only at the first words of one and at words in ة.
  if (!t || !isWordToken(t)) return -1;
  if (FAMILY_FIRST.has(t.norm) || (t.kind === 'ar' && (t.norm[0] === 'و' || t.norm[0] === 'ل') && FAMILY_FIRST.has(t.norm.slice(1)))) {
    const m = familyBeforeIndex.match(ctx.tokens, j);
    if (m) return m.last;
  }
  // markCues noted «والدة»-type nouns, one word each.
  return ctx.constructKin.has(j) ? j : -1;
}

/** "sentenced to death", «condamné à mort»; «حكمت المحكمة على X بالإعدام»: the death word is the sentence passed. */
function deathSentence(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const head = tokens[cue.first];
  if (head.kind === 'ar') {
    if (!head.norm.startsWith(AR_BI)) return false;
    return wordBefore(ctx, cue.first, SENTENCE_WINDOW_WORDS, (j) => (SENTENCE_WORDS.has(stripConj(tokens[j].norm)) ? true : null));
  }
  // "sentenced to death", "sentenced Omar Haddad to death"
  const to = prevNonSpace(tokens, cue.first - 1);
  if (to < 0 || !SENTENCE_TO.has(tokens[to].norm)) return false;
  return wordBefore(ctx, to, SENTENCE_OBJECT_WORDS, (j) => (SENTENCE_WORDS.has(tokens[j].norm) ? true : null));
}
const SENTENCE_OBJECT_WORDS = 5;
const THREAT_WINDOW_WORDS = 3;

const AR_BI = foldWord('ب');
const SENTENCE_TO = new Set(['to', 'à', 'a'].map(foldWord));

/** «السجون المحررة», «les prisons libérées», "the freed prisons": the release word says what the place is. */
function qualifiesPlace(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx;
  // One adjective: "released from prison" is a release.
  if (last !== first) return false;
  if (tokens[first].kind === 'lat' && ctx.lang !== 'fr' && LIBERATED_PLACE_AFTER.match(tokens, nextNonSpace(tokens, last + 1))) return true;
  if (tokens[first].kind === 'lat' && ctx.lang === 'en') return false;
  // «السجون المحررة»: an Arabic adjective takes «ال» with its noun; «في السجن أفرج عنه» is a verb, a release.
  if (tokens[first].kind === 'ar' && !stripConj(tokens[first].norm).startsWith(AR_AL)) return false;
  // The place ends right before the release word: try its possible starts, up to three words back.
  for (let j = prevNonSpace(tokens, first - 1), words = 0; j >= 0 && words < 3 && isWordToken(tokens[j]); j = prevNonSpace(tokens, j - 1), words++) {
    const m = LIBERATED_PLACE_BEFORE.match(tokens, j);
    if (m && m.last === prevNonSpace(tokens, first - 1)) return true;
  }
  return false;
}

/** «أخلت سلطات النظام سبيل…», «فارق محمد الحياة»: the object of a split verb a few words on, in the same sentence. */
function splitObject(tokens: Token[], verb: number, objects: Set<string>): boolean {
  let words = 0;
  for (let j = verb + 1; j < tokens.length && words <= SPLIT_RELEASE_MAX_WORDS; j++) {
    const t = tokens[j];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return false;
    if (!isWordToken(t)) continue;
    if (objects.has(t.norm)) return words > 0;
    words++;
  }
  return false;
}

/** A facility or a word for prison earlier in the sentence of token `i`. */
function detentionPlaceEarlier(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  for (
    let j = prevNonSpace(tokens, i - 1);
    j >= 0 && !(tokens[j].kind === 'p' && isSentencePunct(tokens[j])) && tokens[j].kind !== 'nl';
    j = prevNonSpace(tokens, j - 1)
  ) {
    if (isWordToken(tokens[j]) && (matchFacility(tokens, j) !== null || EXIT_OBJECTS.match(tokens, j) !== null)) return true;
  }
  return false;
}
const OUT_OF_IT_AR = new Set(['منه', 'منها'].map(foldWord));

/** Past the subject (a few words), a facility or a word for prison as the object of an entering verb at `verb`. */
function enteredPlace(tokens: Token[], verb: number): boolean {
  for (let j = nextNonSpace(tokens, verb + 1), words = 0; j < tokens.length && words <= SPLIT_RELEASE_MAX_WORDS; j = nextNonSpace(tokens, j + 1)) {
    const t = tokens[j];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return false;
    if (!isWordToken(t)) continue;
    if (words > 0 && (matchFacility(tokens, j) !== null || EXIT_OBJECTS.match(tokens, j)?.prefix === 0)) return true;
    words++;
  }
  return false;
}
const ENTER_VERBS_AR = new Set(['دخل', 'ودخل', 'أدخل', 'وأدخل', 'دخلت', 'ودخلت', 'أدخلت', 'وأدخلت'].map(foldWord));

/**
 * «قضى محمد الحداد في سجن صيدنايا»: «في» and a place of detention a few words after the verb at `verb`, in its
 * sentence, with no term served before the place or right after it («قضى في السجن سبع سنوات») (cues.diedIn).
 */
function diedInPlace(tokens: Token[], verb: number): boolean {
  for (let j = nextNonSpace(tokens, verb + 1), words = 0; j < tokens.length && words <= SPLIT_RELEASE_MAX_WORDS; j = nextNonSpace(tokens, j + 1)) {
    const t = tokens[j];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t)) || termWordAt(tokens, j)) return false;
    if (!isWordToken(t)) continue;
    if (t.norm === IN_AR) {
      const end = termPlaceEnd(tokens, j - 1);
      if (end < 0) return false;
      return !termWordAt(tokens, nextNonSpace(tokens, end + 1));
    }
    words++;
  }
  return false;
}

/** A number, a unit of time not followed by a year («عام 2015» is a date), or a word of a term («محكوميته»): a term served. */
function termWordAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'num') return !YEAR.test(t.norm);
  if (!isWordToken(t)) return false;
  if (SERVED_NUMBERS.has(t.norm) || DIED_IN_TERM_WORDS.has(t.norm)) return true;
  return SERVED_UNITS.has(t.norm) && tokens[nextNonSpace(tokens, j + 1)]?.kind !== 'num';
}

/** "not on the lists" + "of": a list or "among" phrase starts on the absence cue's last word. */
const listAt = (tokens: Token[], j: number): boolean => soughtAmongIndex.match(tokens, j) !== null || amongIndex.match(tokens, j) !== null;
/** "did not appear on any list of", «لم يرد اسمه في قوائم»: only an article or a preposition between an absence cue and its list. */
const LIST_FILLERS = new Set(['any', 'the', 'a', 'in', 'on', 'aucune', 'aucun', 'la', 'les', 'des', 'sur', 'dans', 'في', 'على', 'ضمن'].map(foldWord));
function onlyListFillers(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (tokens[j].kind !== 'sp' && !(isWordToken(tokens[j]) && LIST_FILLERS.has(tokens[j].norm))) return false;
  return true;
}

/**
 * Walks back over the words of the sentence before token `from`, at most `limit` of them:
 * `visit` answers true (found), false (stop) or null (go on).
 */
function wordBefore(ctx: Ctx, from: number, limit: number, visit: (j: number) => boolean | null): boolean {
  const { tokens } = ctx;
  let words = 0;
  for (let j = from - 1; j >= 0 && words < limit; j--) {
    const t = tokens[j];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return false;
    if (!isWordToken(t)) continue;
    words++;
    const answer = visit(j);
    if (answer !== null) return answer;
  }
  return false;
}

const MAX_SERVER_WORDS = 4;

/**
 * «رئيس رابطة معتقلي صيدنايا», «لجنة الأسرى», "the Association of Detainees", «l'Association des détenus»: a role
 * word right after a body that works for such people (past "of", «de», an article) is part of the body's name.
 */
function namesBody(tokens: Token[], i: number): boolean {
  // «وقامت الهيئة باعتقال …»: a role word with «ب» (by arresting) is what the body did, never a word of its name.
  if (tokens[i].kind === 'ar' && /^و?ب/u.test(tokens[i].norm)) return false;
  // «l'Association des détenus et des personnes disparues», "the Association of Detainees and the Missing": a second
  // role word joined to one that names the body names it too.
  const joined = joinedRoleWord(tokens, i);
  if (joined >= 0 && namesBody(tokens, joined)) return true;
  let j = prevNonSpace(tokens, i - 1);
  // "the committee of Lebanese political detainees": past an adjective or two of the held; «Soutien aux Libanais
  // détenus»: past the people, a capitalised French noun before its adjective.
  for (let n = 0; n < 2 && j >= 0 && tokens[j].kind === 'lat' && (DEMONYMS.has(tokens[j].norm) || KINDS_OF_HELD.has(tokens[j].norm)); n++)
    j = prevNonSpace(tokens, j - 1);
  for (let n = 0; n < 2 && j >= 0 && isWordToken(tokens[j]) && (BODY_LINKS.has(tokens[j].norm) || LATIN_ARTICLES.has(tokens[j].norm)); n++)
    j = prevNonSpace(tokens, j - 1);
  // «présidente du comité des parents des disparus», "head of the Association of Families of the Missing": past the
  // families the body gathers, when someone heads it (the committee's own words, «Le comité des parents des disparus a
  // remis une liste : A, B», still speak of the disappeared).
  let families = false;
  if (j >= 0 && tokens[j].kind === 'lat' && BODY_KIN.has(tokens[j].norm)) {
    families = true;
    j = prevNonSpace(tokens, j - 1);
    for (let n = 0; n < 2 && j >= 0 && isWordToken(tokens[j]) && (BODY_LINKS.has(tokens[j].norm) || LATIN_ARTICLES.has(tokens[j].norm)); n++)
      j = prevNonSpace(tokens, j - 1);
  }
  // «l'Association syrienne pour les disparus»: past the body's own adjective.
  if (j >= 0 && tokens[j].kind === 'lat' && (DEMONYMS.has(tokens[j].norm) || BODY_ADJECTIVES.has(tokens[j].norm))) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !isWordToken(tokens[j])) return false;
  const w = stripConj(tokens[j].norm);
  const body = ADVOCACY_BODIES.has(w) || (w.startsWith(AR_AL) && ADVOCACY_BODIES.has(w.slice(AR_AL.length)));
  if (!body || !families) return body;
  let h = prevNonSpace(tokens, j - 1);
  for (let n = 0; n < 2 && h >= 0 && isWordToken(tokens[h]) && (BODY_LINKS.has(tokens[h].norm) || LATIN_ARTICLES.has(tokens[h].norm)); n++)
    h = prevNonSpace(tokens, h - 1);
  return h >= 0 && BODY_HEADS.has(tokens[h].norm);
}
const BODY_HEADS = new Set(
  [
    'président',
    'présidente',
    'fondateur',
    'fondatrice',
    'porte-parole',
    'membre',
    'head',
    'president',
    'chair',
    'chairwoman',
    'chairman',
    'founder',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'member',
  ].map(foldWord),
);
const ADVOCACY_BODIES = new Set([...ar(cues.advocacyBodies), ...latin(cues.advocacyBodies)].map(foldWord));
const BODY_LINKS = new Set(['of', 'for', 'de', 'des', 'du', 'd', 'pour', 'aux'].map(foldWord));
/** «détenus et des personnes disparues», "Detainees and the Missing": the Latin word joined by "and" before the one at `i`, or -1. */
function joinedRoleWord(tokens: Token[], i: number): number {
  let j = prevNonSpace(tokens, i - 1);
  let and = false;
  for (let n = 0; n < 4 && j >= 0 && isWordToken(tokens[j]); n++, j = prevNonSpace(tokens, j - 1)) {
    const w = tokens[j].norm;
    if (AND_WORDS.has(w)) and = true;
    else if (!JOIN_FILLERS.has(w)) break;
  }
  return and && j >= 0 && isWordToken(tokens[j]) && tokens[j].kind === 'lat' ? j : -1;
}
const AND_WORDS = new Set(['et', 'and'].map(foldWord));
const BODY_ADJECTIVES = new Set(['nationale', 'national', 'internationale', 'international', 'arabe'].map(foldWord));
const JOIN_FILLERS = new Set(['des', 'de', 'du', 'les', 'the', 'of', 'personnes', 'people', 'persons'].map(foldWord));
const BODY_KIN = new Set(['parents', 'familles', 'families', 'mothers', 'mères', 'proches', 'relatives'].map(foldWord));
/** Words said of the held in a body's name: "Lebanese", "political", "Syrian", "Palestinian", "female". */
/** "political", "female": words of the held, besides a people's (DEMONYMS), between a body and its role word. */
const KINDS_OF_HELD = new Set(['political', 'female', 'women', 'former', 'missing'].map(foldWord));

/** "received", "handed (over)", «remis», «يسلم»: what is denied in "never received his body". */
const HANDOVER_VERBS = new Set(
  [
    'received',
    'receive',
    'handed',
    'hand',
    'returned',
    'return',
    'given',
    'delivered',
    'reçu',
    'remis',
    'rendu',
    'restitué',
    'يسلم',
    'تسلم',
    'يسلموا',
    'تستلم',
    'تسليم',
    'استلام',
    'يستلم',
  ].map(foldWord),
);
const HANDOVER_WINDOW_WORDS = 3;
const BODY_WORDS = new Set(
  ['body', 'bodies', 'remains', 'corps', 'dépouille', 'جثته', 'جثتها', 'جثمانه', 'جثمانها', 'جثة', 'جثمان', 'جثث', 'جثثهم', 'جثتيهما'].map(foldWord),
);

/** «سجن», «وسجن» right before a known given name, no facility read from it: the verb «سُجن». */
export function imprisonedVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'ar' || !PRISON_VERB_AR.has(t.norm) || matchFacility(tokens, i)) return false;
  const next = tokens[nextNonSpace(tokens, i + 1)];
  return next !== undefined && next.kind === 'ar' && AR_GIVEN.has(next.norm);
}
const PRISON_VERB_AR = new Set(['سجن', 'وسجن', 'فسجن'].map(foldWord));

/**
 * "a place of death", "a factory of fear and death", «une usine de mort», «un camp de la mort», "a death camp": an
 * indefinite place noun, "of"/"for", maybe another noun and "and", then the Latin word at `i`; or the word at `i`
 * between an indefinite article and the place noun.
 */
function deathAsQuality(tokens: Token[], i: number): boolean {
  if (tokens[i].kind !== 'lat') return false;
  const next = nextNonSpace(tokens, i + 1);
  const before = prevNonSpace(tokens, i - 1);
  if (next < tokens.length && QUALITY_PLACES.has(tokens[next].norm) && before >= 0 && INDEFINITE_QUALITY_ARTICLES.has(tokens[before].norm)) return true;
  let j = before;
  // «de la mort», «de l'horreur et de la mort»
  if (j >= 0 && DEFINITE_QUALITY_ARTICLES.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  if (j >= 0 && QUALITY_AND.has(tokens[j].norm)) {
    const other = prevNonSpace(tokens, j - 1);
    j = other >= 0 && tokens[other].kind === 'lat' ? prevNonSpace(tokens, other - 1) : -1;
  }
  if (j < 0 || !QUALITY_OF.has(tokens[j].norm)) return false;
  const noun = prevNonSpace(tokens, j - 1);
  if (noun < 0 || tokens[noun].kind !== 'lat' || !QUALITY_PLACES.has(tokens[noun].norm)) return false;
  const article = prevNonSpace(tokens, noun - 1);
  return article >= 0 && INDEFINITE_QUALITY_ARTICLES.has(tokens[article].norm);
}
/** Places a death word may describe ("a factory for death"); not "a certificate of death". */
const QUALITY_PLACES = new Set(
  ['place', 'factory', 'house', 'camp', 'machine', 'kingdom', 'hell', 'industry', 'lieu', 'usine', 'maison', 'royaume', 'enfer', 'fabrique'].map(foldWord),
);
const QUALITY_AND = new Set(['and', 'et'].map(foldWord));
const QUALITY_OF = new Set(['of', 'for', 'de'].map(foldWord));
const INDEFINITE_QUALITY_ARTICLES = new Set(['a', 'an', 'un', 'une'].map(foldWord));
const DEFINITE_QUALITY_ARTICLES = new Set(['la', 'le', 'l'].map(foldWord));

/** «أمضى 7 سنوات في صيدنايا», "spent six years in prison", «après six ans en prison», «ses sept mois d'emprisonnement»: a release. */
function markServedTerms(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.inCue[i] >= 0) continue;
    // "the months spent in prison", «les années passées à Saydnaya»: the unit, then the verb.
    const spent = isServedUnit(tokens[i]) ? spentAfterIndex.match(tokens, nextNonSpace(tokens, i + 1)) : null;
    const spentEnd = spent ? termPlaceEnd(tokens, spent.last) : -1;
    if (spentEnd >= 0 && !afterTransfer(ctx, i)) {
      addServedTerm(ctx, i, spentEnd);
      i = spentEnd;
      continue;
    }
    const intro = servedIntroIndex.match(tokens, i);
    if (!intro) continue;
    // «أمضى سامر الخطيب 7 سنوات»: the one who served may stand between the verb and the term.
    let j = nextNonSpace(tokens, intro.last + 1);
    for (
      let n = 0;
      n < MAX_SERVER_WORDS && tokens[j] && isWordToken(tokens[j]) && !SERVED_NUMBERS.has(tokens[j].norm) && !SERVED_UNITS.has(tokens[j].norm);
      n++
    )
      j = nextNonSpace(tokens, j + 1);
    const term = j;
    if (tokens[j]?.kind === 'num' || (tokens[j] && SERVED_NUMBERS.has(tokens[j].norm))) j = pastTermAdjectives(tokens, nextNonSpace(tokens, j + 1));
    if (!tokens[j] || !SERVED_UNITS.has(tokens[j].norm)) continue;
    const last = termPlaceEnd(tokens, j);
    if (last < 0) continue;
    // "transferred to Adra after six years in Saydnaya": the term ended in another prison.
    if (afterTransfer(ctx, i)) continue;
    // The cue is the term alone when a name stands between it and the verb, so the name is still read.
    const first = term > nextNonSpace(tokens, intro.last + 1) ? term : i;
    addServedTerm(ctx, first, last);
    i = last;
  }
}

/** "four harrowing years", «quatre longues années»: past a lower-case word or two between a number and its unit. */
function pastTermAdjectives(tokens: Token[], j: number): number {
  let k = j;
  for (let n = 0; n < MAX_TERM_ADJECTIVES && tokens[k]?.kind === 'lat' && !tokens[k].cap && !SERVED_UNITS.has(tokens[k].norm); n++)
    k = nextNonSpace(tokens, k + 1);
  return tokens[k] && SERVED_UNITS.has(tokens[k].norm) ? k : j;
}
const MAX_TERM_ADJECTIVES = 2;

/**
 * "transferred to Adra after six years in Saydnaya", «condamné à un an de prison après un mois de détention»: a
 * transfer word or a sentence passed before the term served at `i` in its sentence; the term ended in another prison.
 */
function afterTransfer(ctx: Ctx, i: number): boolean {
  return wordBefore(ctx, i, SENTENCE_WINDOW_WORDS, (k) => (SERVED_TRANSFERS.has(ctx.tokens[k].norm) || SENTENCE_WORDS.has(ctx.tokens[k].norm) ? true : null));
}

function addServedTerm(ctx: Ctx, first: number, last: number): void {
  const cue = newCue(RELEASE_DEF, first, last);
  ctx.cueAt[first] = cue;
  for (let k = first; k <= last; k++) ctx.inCue[k] = ctx.cueList.length;
  ctx.cueList.push(cue);
}

/** "in prison", «في صيدنايا», «dans les geôles du régime» right after token `j`: the place's last token, or -1. */
function termPlaceEnd(tokens: Token[], j: number): number {
  const k = nextNonSpace(tokens, j + 1);
  const t = tokens[k];
  if (!t || !isWordToken(t) || !SERVED_IN.has(t.norm)) return -1;
  // «sept mois d'emprisonnement»: past the apostrophe of «d'».
  let place = nextNonSpace(tokens, k + 1);
  if (tokens[place] && APOSTROPHES.has(tokens[place].norm)) place = nextNonSpace(tokens, place + 1);
  // "a decade in regime prisons", «dans les geôles du régime»: up to two words before the place, and a possessive's
  // "s" ("in the regime's prisons").
  for (let n = 0; n < 2 && tokens[place] && isWordToken(tokens[place]) && !SERVED_PLACES.has(tokens[place].norm) && !matchFacility(tokens, place); n++) {
    let next = nextNonSpace(tokens, place + 1);
    if (tokens[next]?.kind === 'lat' && tokens[next].norm === 's' && tokens[place].kind === 'lat') next = nextNonSpace(tokens, next + 1);
    if (!tokens[next] || !isWordToken(tokens[next])) break;
    place = next;
  }
  const word = tokens[place];
  if (word && isWordToken(word) && (SERVED_PLACES.has(word.norm) || matchFacility(tokens, place))) return matchFacility(tokens, place)?.last ?? place;
  return -1;
}

const MAX_EXIT_SUBJECT_TOKENS = 20;

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
      const place = matchFacility(tokens, k) ?? EXIT_OBJECTS.match(tokens, k);
      if (place) return !transferAfter(tokens, place.last);
    }
    // «وخرج محمد الحداد بعد 12 عاماً»: leaving after a term.
    if (t.kind === 'ar' && t.norm === AFTER_AR && termAt(tokens, nextNonSpace(tokens, j + 1))) return true;
  }
  return false;
}
const AFTER_AR = foldWord('بعد');
const TRANSFER_TO = new Set(['إلى', 'الى', 'to', 'vers'].map(foldWord));
const INTERROGATION = new Set(['التحقيق', 'للتحقيق', 'interrogation', 'interrogatoire'].map(foldWord));
/** "… to Saydnaya prison", «إلى سجن صيدنايا», «إلى التحقيق» right after the place left at `last`. */
function transferAfter(tokens: Token[], last: number): boolean {
  const to = nextNonSpace(tokens, last + 1);
  if (!tokens[to] || !isWordToken(tokens[to]) || !TRANSFER_TO.has(tokens[to].norm)) return false;
  const k = nextNonSpace(tokens, to + 1);
  return k < tokens.length && (matchFacility(tokens, k) !== null || EXIT_OBJECTS.match(tokens, k) !== null || INTERROGATION.has(tokens[k].norm));
}
/** «12 عاماً», «عشر سنوات», «سنوات»: a count, if any, then a unit of time at k. */
function termAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t && (t.kind === 'num' || SERVED_NUMBERS.has(t.norm))) return SERVED_UNITS.has(tokens[nextNonSpace(tokens, k + 1)]?.norm ?? '');
  return t !== undefined && SERVED_UNITS.has(t.norm);
}

/** «بالإفراج عنه», «تبحث عنه»: an Arabic word of the cue is «عنه», «عنها», «عنهم» (past a conjunction): it is said of "him". */
export function holdsSoughtPronoun(ctx: Ctx, cue: Cue): boolean {
  for (let j = cue.first; j <= cue.last; j++) if (ctx.tokens[j].kind === 'ar' && SOUGHT_AR_PRONOUNS.has(stripConj(ctx.tokens[j].norm))) return true;
  return false;
}

export function cueText(ctx: Ctx, c: { first: number; last: number }): string {
  return ctx.model.text.slice(ctx.tokens[c.first].s, ctx.tokens[c.last].e);
}

export const cueOf = (ctx: Ctx, i: number): Cue | null => (i >= 0 && i < ctx.tokens.length && ctx.inCue[i] >= 0 ? ctx.cueList[ctx.inCue[i]] : null);

/** «poursuit», «a poursuivi»: speech verbs that also mean going on with something (cues.json speech). */
const GO_ON_VERBS = new Set(['poursuit', 'poursuivi'].map(foldWord));
/** Determiners that open the object of «poursuivre» («ce travail», «ses études», «son combat»). */
const GO_ON_OBJECTS = new Set([...LATIN_ARTICLES, ...THIRD_PERSON_POSSESSIVES, ...['ce', 'cet', 'cette', 'ces', 'sur'].map(foldWord)]);
/** The first sentence from `s` on in the direction `step` that holds a word, past sentences that are only a line break or punctuation; -1 or the sentence count when there is none. */
export function wordySentence(ctx: Ctx, s: number, step: 1 | -1): number {
  let t = s + step;
  while (t >= 0 && t < ctx.sentenceFirst.length && !ctx.tokens.slice(ctx.sentenceFirst[t], ctx.sentenceLast[t] + 1).some(isWordToken)) t += step;
  return t;
}

/** «ويقول: "…"», «وأضاف: …»: a cue (a speech verb) with a colon or an opening quote right after it. */
export function opensQuote(ctx: Ctx, cue: Cue): boolean {
  const a = ctx.tokens[nextNonSpace(ctx.tokens, cue.last + 1)];
  return a !== undefined && (a.norm === ':' || OPENING_QUOTES.has(a.norm));
}

// ---------------------------------------------------------------------------
// Segmentation: sentences, clauses, lines, list items

const SENTENCE_PUNCT = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);

export function isSentencePunct(t: Token): boolean {
  return t.kind === 'p' && SENTENCE_PUNCT.has(t.norm);
}

export function endsSentence(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.kind === 'nl') return !continuedLine(tokens, i);
  if (!isSentencePunct(t)) return false;
  if (t.norm !== '.') return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (headlineDots(tokens, i)) return false;
  if (prev && prev.kind === 'num' && next && next.kind === 'num') return false;
  if (prev && prev.kind === 'lat' && (ABBREVIATIONS.has(prev.norm) || (prev.norm.length === 1 && prev.cap))) return false;
  // "from Prescott, Ariz., was detained": a state's abbreviation after a town, the sentence going on.
  if (prev && prev.kind === 'lat' && prev.cap && STATE_ABBREVIATIONS.has(prev.norm)) {
    const after = tokens[nextNonSpace(tokens, i + 1)];
    if (after && (after.norm === ',' || (after.kind === 'lat' && !after.cap))) return false;
  }
  // "on Feb. 10", «le 3 janv. 2013»: a month's abbreviation before a number.
  if (prev && prev.kind === 'lat' && MONTH_ABBREVIATIONS.has(prev.norm) && tokens[nextNonSpace(tokens, i + 1)]?.kind === 'num') return false;
  // «د. محمد», «م. أحمد»: a one-letter Arabic abbreviation
  if (prev && prev.kind === 'ar' && prev.norm.length === 1) return false;
  // "1." at the start of a line is a list marker
  if (prev && prev.kind === 'num' && prev.norm.length <= 3) {
    const before = tokens[prevNonSpace(tokens, i - 2)];
    if (!before || before.kind === 'nl') return false;
  }
  return true;
}

/** A town the lists know starts at token `i`, goes on to `last` or beyond, and stands after a place type or an origin phrase. */
export function townStandsAt(tokens: Token[], i: number, last: number): boolean {
  const town = matchTown(tokens, i);
  if (!town || town.last < last) return false;
  const b = prevNonSpace(tokens, i - 1);
  if (b >= 0 && isWordToken(tokens[b]))
    for (let k = b, n = 0; k >= 0 && n < 3; k = prevNonSpace(tokens, k - 1), n++) if (matchPlaceType(tokens, k)?.last === b) return true;
  if (originIntroStart(tokens, i) >= 0) return true;
  // "Omar Haddad, 28, of Jasim,", «Omar Haddad, 28 ans, de Salma,»: "of"/«de» opening an apposition.
  if (b >= 0 && TOWN_OF.has(tokens[b].norm) && isComma(tokens[prevNonSpace(tokens, b - 1)])) return true;
  // «محمد الحداد من أبو رمانة», «محمد الحداد - كرم الزيتون -»: a town of two words or more right after a bare "from" or a
  // field's dash is no person.
  return town.last > town.first && b >= 0 && (TOWN_FROM.has(tokens[b].norm) || (tokens[b].kind === 'p' && TOWN_FIELD_MARKS.has(tokens[b].norm)));
}
const TOWN_OF = new Set(['of', 'de', 'd'].map(foldWord));
/** «ابن» at `i`, then a town of two words or more the lists know, then an Arabic word. */
export function sonOfTown(tokens: Token[], i: number): boolean {
  const town = matchTown(tokens, nextNonSpace(tokens, i + 1));
  if (!town || town.last === town.first) return false;
  return tokens[nextNonSpace(tokens, town.last + 1)]?.kind === 'ar';
}
const TOWN_FROM = new Set(['من', 'from', 'de', 'du'].map(foldWord));
const TOWN_FIELD_MARKS = new Set(['-', '–', '—', '(']);

/**
 * «استُشهد ليحمي قريبه.. محمد زنبوعة، طالب الهندسة», «بعد اعتقال دام 11 عاماً..استشهاد شاب»: in a short Arabic
 * line (a headline), two dots or more before an Arabic word join its two halves; they end no sentence.
 */
function headlineDots(tokens: Token[], i: number): boolean {
  let first = i;
  while (first > 0 && tokens[first - 1].norm === '.') first--;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].norm === '.') last++;
  if (last === first) return false;
  const after = tokens[nextNonSpace(tokens, last + 1)];
  const before = tokens[prevNonSpace(tokens, first - 1)];
  if (after?.kind !== 'ar' || (before?.kind !== 'ar' && before?.kind !== 'num')) return false;
  let words = 0;
  for (let k = first - 1; k >= 0 && tokens[k].kind !== 'nl'; k--) if (isWordToken(tokens[k])) words++;
  for (let k = last + 1; k < tokens.length && tokens[k].kind !== 'nl'; k++) if (isWordToken(tokens[k])) words++;
  return words <= HEADLINE_WORDS;
}
const HEADLINE_WORDS = 16;

/** «و" محمد الحداد"\nوهو رقيب أول … وينحدر من مخيم درعا»: a line break before «وهو», «وهي» ("and he is") goes on with the sentence. */
function continuedLine(tokens: Token[], i: number): boolean {
  const next = tokens[nextNonSpace(tokens, i + 1)];
  const prev = tokens[prevNonSpace(tokens, i - 1)];
  if (!next || !prev || tokens[i + 1]?.kind === 'nl' || prev.kind === 'nl') return false;
  if (next.kind === 'ar' && AND_HE_SHE_AR.has(next.norm)) return true;
  // «وأفاد والد الشاب …، من مدينه⏎الزرقاء، بأن…», "was held in⏎Adra": a hard-wrapped line that breaks after a word no line
  // ends on (a preposition, an article, a place type) or after a comma goes on with the sentence.
  return (isWordToken(prev) && WRAP_WORDS.has(prev.norm)) || prev.norm === ',' || prev.norm === '،';
}
const AND_HE_SHE_AR = new Set(['وهو', 'وهي'].map(foldWord));
const WRAP_WORDS = new Set(
  [
    ...['من', 'في', 'إلى', 'على', 'عن', 'مع', 'إثر', 'عقب', 'منذ', 'حتى', 'بأن', 'أن', 'الذي', 'التي', 'مدينة', 'بلدة', 'قرية', 'محافظة'],
    ...['of', 'from', 'in', 'at', 'to', 'the', 'a', 'an', 'and', 'with', 'by', 'for', 'that', 'town', 'city', 'village'],
    ...['de', 'du', 'des', 'à', 'au', 'aux', 'le', 'la', 'les', 'et', 'en', 'dans', 'par', 'pour', 'que', 'ville', 'village'],
  ].map(foldWord),
);

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

export function segment(ctx: Ctx): void {
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
    // A blank line between a heading and its names, or between the names, does not close the list.
    if (line.words === 0) continue;
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
    if (headingOpen && lastHeading >= 0 && line.words <= 10) {
      ctx.items.push({ first: line.first, last: line.last, content: nextNonSpace(tokens, line.first), heading: lineSpan(lines, lastHeading) });
      line.item = true;
      continue;
    }
    // A numbered list inside a line: "Les détenus libérés : 1. Ahmad Khalil 2. Samir Issa" (past each number and its
    // mark); a list run on after a colon, its items set apart by semicolons: «Les disparus libanais en Syrie : Omar
    // Haddad, arrêté en 1976 ; Samir Nasser, arrêté en 1982» (past each colon or semicolon).
    if (pushInlineItems(ctx, line, inlineItems(tokens, line), 2) || pushInlineItems(ctx, line, semicolonItems(tokens, line), 1)) {
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

/** Items of a list inside `line` that open at `starts`, their content `skip` tokens on; none when fewer than two. */
function pushInlineItems(ctx: Ctx, line: Line, starts: number[], skip: number): boolean {
  if (starts.length < 2) return false;
  const heading = { first: line.first, last: starts[0] - 1 };
  for (let s = 0; s < starts.length; s++) {
    const last = s + 1 < starts.length ? starts[s + 1] - 1 : line.last;
    ctx.items.push({ first: starts[s], last, content: nextNonSpace(ctx.tokens, starts[s] + skip), heading });
  }
  return true;
}

/**
 * The colon and the semicolons that open the items of a list run on in a line ("heading: A, …; B, …; C"), each
 * item opening on a name's word (capitalised in Latin script); none when there is no colon before the first
 * semicolon or fewer than two items.
 */
function semicolonItems(tokens: Token[], line: Line): number[] {
  const starts: number[] = [];
  for (let k = line.first; k <= line.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'p') continue;
    const colon = t.norm === ':' || t.norm === '：';
    if (!(colon && starts.length === 0) && !(SEMICOLONS.has(t.norm) && starts.length > 0)) continue;
    const c = nextNonSpace(tokens, k + 1);
    if (c > line.last || !isWordToken(tokens[c]) || (tokens[c].kind === 'lat' && !tokens[c].cap)) return [];
    starts.push(k);
  }
  return starts.length >= 2 ? starts : [];
}
const SEMICOLONS = new Set([';', '؛']);

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

const MAX_TAG_TOKENS = 16;

/** The '>' closing an HTML-looking tag that starts at '<', or the '<' itself. */
export function tagEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open < MAX_TAG_TOKENS; k++) {
    if (tokens[k].norm === '>') return k;
    if (tokens[k].kind === 'nl' || tokens[k].norm === '<') break;
  }
  return open;
}

export function tagStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < MAX_TAG_TOKENS; k--) {
    if (tokens[k].norm === '<') return k;
    if (tokens[k].kind === 'nl' || tokens[k].norm === '>') break;
  }
  return close;
}

/** How many auxiliaries may stand between a Latin name and its role verb: "Ahmad has been held", "Iyad est mort". */
const MAX_AUX_WORDS = 3;

/** «ابني عصام اعتُقل», "Imad was arrested", "Hala was released": a role verb right after the word, said of it. */
export function roleVerbAfter(ctx: Ctx, i: number): boolean {
  let j = nextNonSpace(ctx.tokens, i + 1);
  if (ctx.tokens[i].kind === 'lat') {
    // «a été», "was": auxiliaries, some of which («a») are also weak title words.
    for (let n = 0; n < MAX_AUX_WORDS && j < ctx.tokens.length && (cueOf(ctx, j) === null || cueOf(ctx, j)?.def.kind === 'neutral'); n++) {
      const t = ctx.tokens[j];
      if (!isWordToken(t) || !(PASSIVE_AUX.has(t.norm) || PERFECT_AUX.has(t.norm))) break;
      j = nextNonSpace(ctx.tokens, j + 1);
    }
  }
  const cue = j < ctx.tokens.length ? cueOf(ctx, j) : null;
  // A verb, not a noun («سمر المعتقلة» is read elsewhere): no «ال».
  return cue !== null && cue.first === j && cue.def.kind === 'role' && ctx.tokens[j].kind === ctx.tokens[i].kind && !ctx.tokens[j].norm.startsWith('ال');
}

export function auxBefore(ctx: Ctx, i: number): boolean {
  const j = prevNonSpace(ctx.tokens, i - 1);
  const t = ctx.tokens[j];
  if (!t) return false;
  if (t.kind === 'p' && (t.norm === ',' || t.norm === '،')) return true;
  if (isWordToken(t) && PASSIVE_AUX.has(t.norm)) return true;
  // A headline's participle: "Omar Haddad released after 10 years", "… freed from Saydnaya".
  const cue = ctx.inCue[i] >= 0 ? ctx.cueList[ctx.inCue[i]] : null;
  const k = nextNonSpace(ctx.tokens, (cue ? cue.last : i) + 1);
  const after = ctx.tokens[k];
  return after === undefined || after.kind === 'nl' || isSentencePunct(after) || (isWordToken(after) && HEADLINE_PARTICIPLE_NEXT.has(after.norm));
}
/** Words after a participle that cannot be its object: "released after…", "freed from…", "detained in…". */
const HEADLINE_PARTICIPLE_NEXT = new Set(
  ['after', 'from', 'in', 'on', 'at', 'by', 'following', 'yesterday', 'today', 'last', 'since', 'without', 'amid', 'despite'].map(foldWord),
);
