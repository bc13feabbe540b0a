import { Token, foldWord, isComma, isWordToken, nextNonSpace, prevNonSpace } from './text-model';
import {
  LATIN_PLACE_HEADS,
  PLACE_WORDS,
  SON_OF,
  afterPlaceTypeOf,
  kunyaNamesPlace,
  matchPlace,
  matchPlaceType,
  matchTown,
  originIntroStart,
  placePosition,
} from '../attributes';
import {
  AMBIGUOUS_LAT,
  YEAR_OF_AGE_UNITS,
  AR_AL,
  LATIN_ARTICLES,
  AR_COMPOUND_HEAD,
  WAW_NAMES,
  definiteArabicHead,
  isOrganisationWord,
  AR_GIVEN,
  AR_KUNYA_HEAD,
  COORDINATORS,
  CueKind,
  FIGURE_LAT_FIRST,
  Figure,
  INTRODUCERS,
  isLatGiven,
  LAT_HEADS,
  MAX_FIGURE_WORDS,
  OF_WORDS,
  PASSIVE_AUX,
  PERFECT_AUX,
  LAT_GIVEN,
  POST_SKIP,
  THIRD_PERSON_POSSESSIVES,
  WEAK_NEUTRAL,
  figureArIndex,
  figureLatKeys,
  kinNounIndex,
  latinKeyWords,
  timeAdverbIndex,
  NISBA_AR,
  LIST_DASHES,
  LIST_COPULAS,
} from './lexicon';
import {
  Cand,
  Ctx,
  Cue,
  NAMED_PLACE_HEADS,
  NameRead,
  SOURCE_STRENGTH,
  Source,
  auxBefore,
  cueOf,
  familyOfEnd,
  imprisonedVerbAt,
  isSentencePunct,
  roleVerbAfter,
  sonOfTown,
  tagEnd,
  townStandsAt,
} from './context';
import {
  APOSTROPHES,
  FAMILY_NOUNS,
  INDEFINITE_ARTICLES,
  LAT_ARTICLE_WORD,
  OPENING_QUOTES,
  QUOTE_CHARACTERS,
  REGIME_WORDS,
  THEY_ARE_AR,
  aliasIndex,
  isArEverydayWord,
  organisationIndex,
  stripConj,
} from './lexicon';
import { DEMONSTRATIVES, isStatusNoun } from './roles';
import {
  FEMININE_PLURAL,
  ageBetweenCommas,
  capitalisedInSentence,
  isArStop,
  isGivenWord,
  isLatinConnector,
  isLatinNameWord,
  nextWord,
  readArabic,
  readLatin,
  readName,
  stripNamePrefix,
} from './name-reading';

/** Stage 4, candidates: where names are read (after cues, before them, list items, gazetteer, coordination). */

function addCand(cands: Cand[], read: NameRead | null, source: Source, figure?: Figure): Cand | null {
  if (!read) return null;
  const c: Cand = { ...read, source, figure, coordPrev: -1, coordRel: false, group: -1, partial: false, ref: null };
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

export function findFigures(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'ar') {
      const m = figureArIndex.match(tokens, i);
      if (m) {
        addCand(
          cands,
          { first: i, last: m.last, start: ctx.model.os[t.fs + m.prefix], units: m.last - i, kunyaOnly: false, knownFirst: true },
          'figure',
          m.value,
        );
        i = m.last;
      }
    } else if (t.kind === 'lat' && t.cap) {
      const firstKey = latinKeyWords(t.norm);
      if (firstKey.length === 0 || !FIGURE_LAT_FIRST.has(firstKey[0])) continue;
      const key: string[] = [];
      let best: { last: number; fig: Figure } | null = null;
      for (let j = i, n = 0; j >= 0 && n < MAX_FIGURE_WORDS; n++) {
        const words = latinKeyWords(tokens[j].norm);
        key.push(...words);
        // "ousted Bashar al-Assad as president": a bare article ("as") adds nothing to the name.
        const fig = words.length > 0 ? figureLatKeys.get(key.join(' ')) : undefined;
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
// «العميد», «الناشطة», «شقيقه», «المعتقل»: after these an unknown word is a name more often than not.
const TITLE_KINDS = new Set<CueKind>(['official', 'otherTitle', 'relative', 'neutral']);
const BACKWARD_TRIGGER_KINDS = new Set<CueKind>(['role', 'speech', 'official', 'otherTitle']);
const MAX_BACK_SKIP_WORDS = 6;
const MAX_NAME_BACK_TOKENS = 10;

export function findCueCandidates(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (const cue of ctx.cueList) {
    if (!TRIGGER_KINDS.has(cue.def.kind)) continue;
    if (cue.def.kind === 'neutral' && cue.first === cue.last && WEAK_NEUTRAL.has(tokens[cue.first].norm)) continue;
    // «بأن قضاء هذا اللاجئ يرفع الحصيلة»: a title after "this" stands for one named before, not for the words after it.
    if (cue.def.kind === 'neutral' && isDemonstrative(tokens[prevNonSpace(tokens, cue.first - 1)]?.norm ?? '')) continue;
    // «ابن بلدة الشيخ مسكين محمد الحداد», «من أهالي السيدة زينب»: a title word that starts a town's name after a place type or origin.
    if (titleStartsTown(ctx, cue)) continue;
    let j = afterCue(ctx, cue.last + 1);
    // "arrested with his uncle, Yosef Haddad,", «et son frère, Suhaib,», «شقيقه، محمد»: a kinship word's apposition.
    if (cue.def.kind === 'relative' && tokens[j] && isComma(tokens[j])) j = afterCue(ctx, j + 1);
    // "the death of Sami Khalil", «la mort de Sami Khalil», «l'arrestation d'Omar»: a role noun and "of".
    if (cue.def.kind === 'role' && tokens[cue.first].kind === 'lat' && tokens[j] && isWordToken(tokens[j]) && OF_WORDS.has(tokens[j].norm)) {
      j = afterCue(ctx, j + 1);
      while (tokens[j] && tokens[j].kind === 'p' && APOSTROPHES.has(tokens[j].norm)) j++;
    }
    // «cherche son frère Omar», "a photo of her son Omar": the kinship word whose possessive the search took.
    let kinTaken = false;
    if (cue.def.kind === 'role' && tokens[cue.last].kind === 'lat' && THIRD_PERSON_POSSESSIVES.has(tokens[cue.last].norm) && tokens[j]) {
      const kin = kinNounIndex.match(tokens, j);
      if (kin) {
        j = afterCue(ctx, kin.last + 1);
        kinTaken = true;
      }
    }
    // «اعتقلت قسد محمد الحداد»: an organisation right after an Arabic verb is its subject; the one it befell follows.
    const org = tokens[cue.first].kind === 'ar' && j < tokens.length ? organisationIndex.match(tokens, j) : null;
    if (org) j = afterCue(ctx, org.last + 1);
    j = pastNisba(ctx, pastTownOfOrigin(ctx, j), cue.def.kind === 'neutral');
    // «محافظ دمشق محمد الحداد», "the governor of Damascus": the place an Arabic office is of, then the name.
    const seat = cue.def.kind === 'official' && tokens[cue.last].kind === 'ar' && j < tokens.length ? matchPlace(tokens, j) : null;
    if (seat && seat.first === j) j = afterCue(ctx, seat.last + 1);
    // «ont arrêté dimanche Merzi Abdine»: past a day after a Latin verb.
    const day = cue.def.kind === 'role' && tokens[cue.first].kind === 'lat' && j < tokens.length ? timeAdverbIndex.match(tokens, j) : null;
    if (day) j = afterCue(ctx, day.last + 1);
    // «خطف مسلحون محمد الحداد»: the subject after the verb is not the start of a name; the one taken follows it.
    const subject = tokens[cue.first].kind === 'ar' && j < tokens.length && SUBJECT_HEADS.has(stripConj(tokens[j].norm));
    if (j < tokens.length && ctx.cueAt[j] === null && !subject)
      addCand(cands, readName(ctx, j, kinTaken || describesPerson(ctx, cue) ? 'title' : 'cue'), 'cue');
    // «اعتقلت قوات الأمن العسكري أبو عروبة»: an Arabic verb, its subject («قوات…», «عناصر…»), then the one it befell.
    if (cue.def.kind === 'role' && tokens[cue.first].kind === 'ar' && !describesPerson(ctx, cue)) addCand(cands, objectAfterSubject(ctx, j), 'cue');
    // "Omar Hassan released a statement": an active verb says nothing about its subject.
    const active = cue.def.transitive && tokens[cue.first].kind === 'lat' && !auxBefore(ctx, cue.first);
    if (BACKWARD_TRIGGER_KINDS.has(cue.def.kind) && !active) {
      addCand(cands, readBackward(ctx, cue.first), 'post');
      // «ظهرت صورة ثائر زعزوع ضمن صور قيصر», "Omar Haddad among the Caesar photos": past "among".
      const among = prevNonSpace(tokens, cue.first - 1);
      if (cue.def.kind === 'role' && among >= 0 && isWordToken(tokens[among]) && AMONG_BEFORE_CUE.has(tokens[among].norm))
        addCand(cands, readBackward(ctx, among), 'post');
    }
  }
}

const AMONG_BEFORE_CUE = new Set(['ضمن', 'بين', 'among', 'parmi'].map(foldWord));

/**
 * «استشهد تحت التعذيب ابن بلدة كفرنبل ثائر زعزوع»: "the son of the town of …" between an Arabic cue and the name, a
 * known place or any one word after a place type. Returns the first token after it, or `j`.
 */
function pastTownOfOrigin(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  if (!tokens[j] || tokens[j].kind !== 'ar' || !SON_OF.has(tokens[j].norm) || ctx.cueAt[j] !== null) return j;
  let k = nextWord(tokens, j);
  if (k < 0) return j;
  const type = matchPlaceType(tokens, k);
  if (type) k = nextWord(tokens, type.last);
  if (k < 0 || tokens[k].kind !== 'ar') return j;
  // «ابن بلدة الشيخ مسكين», «ابن مدينة أبو كمال»: after a place type, a town of the localities too, whole.
  const town = matchTown(tokens, k);
  const place = type || (town && town.last > town.first) ? town : matchPlace(tokens, k);
  const last = place ? place.last : type ? k : -1;
  const after = last >= 0 ? nextWord(tokens, last) : -1;
  return after >= 0 && tokens[after].kind === 'ar' ? after : j;
}

/**
 * «اعتقل الفلسطيني عمر الحداد», «الشاب الحمصي سامر»: past up to two «ال» adjectives of origin before a known given name;
 * after a title that describes a person («الطيار الأردني رغيد الحداد»), before any name the title reads.
 */
function pastNisba(ctx: Ctx, j: number, afterTitle = false): number {
  const { tokens } = ctx;
  let k = j;
  for (let n = 0; n < 2; n++) {
    const t = tokens[k];
    if (!t || t.kind !== 'ar' || ctx.cueAt[k] !== null || !NISBA_AR.test(t.norm)) return j;
    const next = nextWord(tokens, k);
    if (next < 0 || tokens[next].kind !== 'ar') return j;
    if (AR_GIVEN.has(tokens[next].norm) || AR_COMPOUND_HEAD.has(tokens[next].norm)) return next;
    if (afterTitle && !tokens[next].norm.startsWith(AR_AL) && readName(ctx, next, 'title') !== null) return next;
    k = next;
  }
  return j;
}

/** The name after a subject phrase that opens at `j` («قوات الأمن العسكري», «دورية تابعة للمخابرات»), within a few words. */
function objectAfterSubject(ctx: Ctx, j: number): NameRead | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t || t.kind !== 'ar' || !SUBJECT_HEADS.has(stripConj(t.norm))) return null;
  for (let k = nextWord(tokens, j), n = 0; k >= 0 && n < MAX_SUBJECT_WORDS; k = nextWord(tokens, k), n++) {
    if (tokens[k].kind !== 'ar' || ctx.cueAt[k] !== null) return null;
    const w = tokens[k].norm;
    // A known given name or kunya starts the name; «نظام الأسد», «سوريا الديمقراطية» are part of the subject.
    if (!(AR_GIVEN.has(w) || AR_KUNYA_HEAD.has(w) || AR_COMPOUND_HEAD.has(w))) continue;
    return readName(ctx, k, 'cue');
  }
  return null;
}
/** Who arrests and holds: the subject between an Arabic verb and the one it befell. */
const SUBJECT_HEADS = new Set(
  [
    'قوات',
    'عناصر',
    'دورية',
    'دوريات',
    'أجهزة',
    'جهاز',
    'ميليشيا',
    'ميليشيات',
    'مسلحون',
    'مسلحين',
    'عصابة',
    'فصائل',
    'فصيل',
    'الأمن',
    'المخابرات',
    'الشرطة',
    'الجيش',
    'الاستخبارات',
  ].map((w) => foldWord(w)),
);
const MAX_SUBJECT_WORDS = 4;

/** «ناشدت عائلة عمر الحداد», «والدة عمر الحداد», "the family of Omar Haddad": the name a family is named by. */
export function findFamilyOwners(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i]) || ctx.cueAt[i] !== null) continue;
    const end = familyOfEnd(ctx, i);
    if (end < 0) continue;
    const j = afterCue(ctx, end + 1);
    if (j < tokens.length && ctx.cueAt[j] === null) addCand(cands, readName(ctx, j, 'cue'), 'cue');
    i = end;
  }
}

/** "Jihad Mohammad, known as Abu Rami", «X، الملقب بـ…», «X, dit Y»: the name before an alias word. */
export function findAliased(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'p' || !(t.norm === ',' || t.norm === '،' || t.norm === '(')) continue;
    const j = nextNonSpace(tokens, i + 1);
    if (j < tokens.length && isWordToken(tokens[j]) && aliasIndex.match(tokens, j)) addCand(cands, readBackward(ctx, j), 'post');
  }
}

/** A title, a kinship word, or a word for someone held («المعتقلة», «المفرج عنها»), not a verb. */
export function describesPerson(ctx: Ctx, cue: Cue): boolean {
  if (TITLE_KINDS.has(cue.def.kind) || isStatusNoun(ctx, cue)) return true;
  const t = ctx.tokens[cue.first];
  return cue.def.kind === 'role' && t.kind === 'ar' && stripConj(t.norm).startsWith('ال');
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
      // "Omar Haddad, from Maarat Harma, says": a place where the origin stands, and the name is further back.
      const origin = read && tokens[read.first].kind === 'lat' ? originIntroStart(tokens, read.first) : -1;
      if (read && origin < 0) return read;
      if (read) {
        skipped++;
        j = origin - 1;
        continue;
      }
    }
    // "Majad Al Mneni, a labourer from Damascus, went missing": past an apposition that opens on "a", «un», «une».
    const opening = commas === 0 && skipped === 0 && isComma(t) ? appositionOpening(tokens, j) : -1;
    if (opening >= 0) {
      commas++;
      j = opening - 1;
      continue;
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

/**
 * The comma that opens a Latin apposition closed by the comma at `close` (", a labourer from Damascus,", «, une
 * militante de Daraya,»): the apposition's first word is an indefinite article and it holds at most
 * MAX_APPOSITION_TOKENS tokens of one line and no other comma. -1 when there is none.
 */
function appositionOpening(tokens: Token[], close: number): number {
  for (let k = close - 1, n = 0; k >= 0 && n < MAX_APPOSITION_TOKENS; k--, n++) {
    const t = tokens[k];
    if (t.kind === 'nl' || (t.kind === 'p' && isSentencePunct(t))) return -1;
    if (!isComma(t)) continue;
    const first = nextNonSpace(tokens, k + 1);
    return first < close && tokens[first].kind === 'lat' && INDEFINITE_ARTICLES.has(tokens[first].norm) ? k : -1;
  }
  return -1;
}
const MAX_APPOSITION_TOKENS = 16;

/** Token `p` is the first word of its sentence or line. */
function opensSentence(ctx: Ctx, p: number): boolean {
  const b = prevNonSpace(ctx.tokens, p - 1);
  return b < 0 || ctx.tokens[b].kind === 'nl' || ctx.sentence[b] !== ctx.sentence[p];
}

/** The longest name that ends exactly at token `end`, read forward in 'post' mode. */
function nameEndingAt(ctx: Ctx, end: number): NameRead | null {
  const { tokens } = ctx;
  let k = end;
  const starts: number[] = [end];
  while (starts.length < MAX_NAME_BACK_TOKENS) {
    const p = tokens[k - 1]?.kind === 'sp' ? k - 2 : -1;
    if (p < 0 || tokens[p].kind !== tokens[end].kind || cueOf(ctx, p) !== null) break;
    if (tokens[p].kind === 'ar' && isArStop(tokens[p].norm)) {
      // «ام طل الملوحي أكدت النبأ»: «أم» (also "or") opening its sentence is a mother's kunya.
      if (AR_KUNYA_HEAD.has(tokens[p].norm) && opensSentence(ctx, p)) starts.push(p);
      break;
    }
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

export function findItemCandidates(ctx: Ctx, cands: Cand[]): void {
  for (const it of ctx.items) {
    if (ctx.cueAt[it.content] !== null) continue;
    addCand(cands, readName(ctx, it.content, 'list'), 'list');
  }
  // «… هم: محمود جمال ناصر، حسام الهواري…»: a list run on after a colon starts with a name.
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // "Names of these civilians are; Ezet Behrî (60), …": a semicolon after "are" opens such a list too.
    if (tokens[i].norm !== ':' && !(tokens[i].norm === ';' && LIST_COPULAS.has(tokens[prevNonSpace(tokens, i - 1)]?.norm ?? ''))) continue;
    const j = afterCue(ctx, i + 1);
    if (j < tokens.length && ctx.cueAt[j] === null && ctx.itemOf[j] < 0) addCand(cands, readName(ctx, j, 'cue'), 'cue');
  }
}

/** "Tal al-Mallouhi": a capitalised word and an al-/el- word make a name whatever the lists say. */
function articleNameAfter(ctx: Ctx, i: number): boolean {
  const k = nextWord(ctx.tokens, i);
  const next = ctx.tokens[k];
  return k >= 0 && next.kind === 'lat' && LAT_ARTICLE_WORD.test(next.norm) && isLatinNameWord(ctx, i) && isLatinNameWord(ctx, k, true);
}

export function findGazetteerCandidates(ctx: Ctx, cands: Cand[], taken: Uint8Array): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i]) continue;
    if (t.kind === 'ar') {
      const prefix = stripNamePrefix(t.norm, 'gazetteer');
      const norm = t.norm.slice(prefix);
      // «عبدالحنّان محمد»: a compound given name written as one word too.
      if (!(isGivenWord(norm) || AR_COMPOUND_HEAD.has(norm) || AR_KUNYA_HEAD.has(norm))) continue;
      const read = readArabic(ctx, i, 'gazetteer');
      if (read) {
        addCand(cands, read, 'gazetteer');
        i = read.last;
      }
    } else if (t.kind === 'lat' && t.cap && (isLatGiven(t.norm) || LAT_HEADS.has(t.norm) || articleNameAfter(ctx, i))) {
      let read = readLatin(ctx, i, articleNameAfter(ctx, i) ? 'cue' : 'gazetteer');
      // "Jihad Dalain, 40, outside his home": a given name that is also a word ("Jihad", "Hope") starts a name of
      // two words or more when an age set apart follows it.
      // "The prisoner Said Haddad was released": so does "Said", a speech verb only in lower case, capitalised inside
      // its sentence.
      if (!read && AMBIGUOUS_LAT.has(t.norm)) {
        const aged = readLatin(ctx, i, 'cue');
        const saidInside = cueOf(ctx, i)?.def.kind === 'speech' && capitalisedInSentence(ctx, i);
        // «Jihad Georges EID»: or a known given name follows it, as a father's name does.
        const next = nextNonSpace(tokens, i + 1);
        const givenNext = next < tokens.length && tokens[next].kind === 'lat' && tokens[next].cap && isLatGiven(tokens[next].norm);
        if (aged && aged.units >= 2 && (ageBetweenCommas(tokens, aged.last) || saidInside || givenNext)) read = aged;
      }
      // "from Prescott, Ariz.", "the city of Al-Hara": one word where a place stands is no name.
      if (read && read.last === i && placePosition(tokens, i)) continue;
      // "Omar Haddad, from Zabadoun al-Gharbiya, was arrested": a word no list knows before an article word, where a
      // place of origin stands, is a place.
      if (read && !isLatGiven(t.norm) && !LAT_HEADS.has(t.norm) && originIntroStart(tokens, i) >= 0) continue;
      // "chez Annas Darwish Ammar": a capitalised word no list knows right before a name read here is its first,
      // inside a sentence (after a lower-case word), not a word of any list.
      if (read && read.units >= 2) {
        const p = prevNonSpace(tokens, i - 1);
        const before = p > 0 ? tokens[prevNonSpace(tokens, p - 1)] : undefined;
        if (
          p >= 0 &&
          !taken[p] &&
          /^\p{Lu}\p{Ll}+$/u.test(ctx.model.text.slice(tokens[p].s, tokens[p].e)) &&
          isLatinNameWord(ctx, p) &&
          // «Omar Haddad (23 ans), Muayed Mohammed Saeed (37 ans)»: or as the next item of a list, after its comma or
          // the bracket closing the item before.
          ((before?.kind === 'lat' &&
            !before.cap &&
            // "du ministre de la Réconciliation Ali Haïdar": a capitalised word after an article is a noun.
            !LATIN_ARTICLES.has(before.norm)) ||
            (before?.kind === 'p' && (before.norm === ')' || before.norm === ',')))
        )
          read = { ...read, first: p, start: tokens[p].s, units: read.units + 1 };
      }
      if (read) {
        addCand(cands, read, 'gazetteer');
        i = read.last;
      }
    }
  }
}

/** Names that follow a name, joined by و/and/commas: «أفرج عن محمد الخطيب وأحمد سعيد». */
export function findCoordinated(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  const queue = [...cands];
  const seen = new Set<number>(cands.filter((c) => c.source !== 'gazetteer').map((c) => c.first));
  while (queue.length > 0) {
    const c = queue.shift() as Cand;
    if (c.source === 'figure' || (c.source === 'gazetteer' && c.last === c.first)) continue;
    let j = c.last + 1;
    let joined = false;
    let steps = 0;
    // «محمد الحداد، من دوما، ومحمود الخطيب»: past the first name's origin.
    const origin = originPhraseEnd(ctx, c.last);
    if (origin > 0) j = origin + 1;
    while (j < tokens.length && steps < 6) {
      const t = tokens[j];
      // «"محمد ناصر العدوي" و"نور الدين…"»: quotes around each name of a list.
      if (t.kind === 'sp' || (t.kind === 'p' && QUOTE_CHARACTERS.has(t.norm))) j++;
      else if (t.kind === 'p' && t.norm === '(' && !joined && ageBracketEnd(tokens, j) > 0) {
        // "Ezet Behrî (60), Cemal Behrî (53)": the age in brackets after each name of a list.
        j = ageBracketEnd(tokens, j) + 1;
      } else if (t.kind === 'num' && !joined && plainAgeEnd(ctx, j) > 0) {
        // «محمد الحداد 29 سنة وطالب هندسة، سامر النجار 31 سنة، …»: an age and a few words of description after each.
        j = plainAgeEnd(ctx, j) + 1;
      } else if (t.kind === 'p' && (t.norm === ',' || t.norm === '،' || t.norm === '&' || t.norm === '/')) {
        joined = true;
        j++;
      } else if (isWordToken(t) && (COORDINATORS.has(t.norm) || REPEATED_PREPOSITIONS.has(t.norm))) {
        joined = true;
        j++;
      } else if (t.kind === 'p' && LIST_DASHES.has(t.norm) && tokens[c.last].kind === 'ar' && tokens[nextNonSpace(tokens, j + 1)]?.kind === 'ar') {
        // «عمر بسيس الحمادة - علاء الموش - محمود عثمان»: an Arabic list whose names a dash sets apart.
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

/**
 * «29 سنة», «31 عاماً أدب فرنسي»: an Arabic age at `num` (a number and a word for years), then at most a few words
 * that are neither cues nor names, right before a comma; the last token before the comma, or -1.
 */
function plainAgeEnd(ctx: Ctx, num: number): number {
  const { tokens } = ctx;
  if (tokens[num].norm.length > 2) return -1;
  let j = nextNonSpace(tokens, num + 1);
  if (tokens[j]?.kind !== 'ar' || !YEAR_OF_AGE_UNITS.has(tokens[j].norm)) return -1;
  let end = j;
  for (let words = 0; words <= MAX_AGE_DESCRIPTION_WORDS; words++) {
    j = nextNonSpace(tokens, end + 1);
    if (tokens[j]?.norm === '،' || tokens[j]?.norm === ',') return end;
    if (words === MAX_AGE_DESCRIPTION_WORDS || tokens[j]?.kind !== 'ar' || ctx.cueAt[j] !== null || ctx.candAt[j] >= 0) return -1;
    end = j;
  }
  return -1;
}
const MAX_AGE_DESCRIPTION_WORDS = 3;

/** "(60)", «(٤٥ عاماً)»: a bracket at `open` holding only a number and maybe a word for years; its closing token, or -1. */
function ageBracketEnd(tokens: Token[], open: number): number {
  let k = nextNonSpace(tokens, open + 1);
  if (tokens[k]?.kind !== 'num' || tokens[k].norm.length > 3) return -1;
  k = nextNonSpace(tokens, k + 1);
  if (tokens[k] && isWordToken(tokens[k]) && tokens[nextNonSpace(tokens, k + 1)]?.norm === ')') k = nextNonSpace(tokens, k + 1);
  return tokens[k]?.norm === ')' ? k : -1;
}

const AR_DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك'].map(foldWord));
const isDemonstrative = (w: string): boolean => DEMONSTRATIVES.has(w) || AR_DEMONSTRATIVES.has(w);

/**
 * «من دوما», ", from Douma", «من بلدة الحراك»: an origin phrase of a known place right after the name
 * ending at `last`; the index of its last token, or -1.
 */
function originPhraseEnd(ctx: Ctx, last: number): number {
  const { tokens } = ctx;
  let j = nextNonSpace(tokens, last + 1);
  // «محمد الحداد (دوما) وسامي الخطيب»: a known place in brackets.
  if (tokens[j]?.norm === '(') {
    const place = tokens[j + 1] ? matchPlace(tokens, nextNonSpace(tokens, j + 1)) : null;
    const close = place && place.prefix === 0 ? nextNonSpace(tokens, place.last + 1) : -1;
    return close >= 0 && tokens[close].norm === ')' ? close : -1;
  }
  if (tokens[j]?.norm === ',' || tokens[j]?.norm === '،') j = nextNonSpace(tokens, j + 1);
  if (!tokens[j] || !isWordToken(tokens[j]) || !ORIGIN_WORDS.has(tokens[j].norm)) return -1;
  j = nextNonSpace(tokens, j + 1);
  const type = tokens[j] ? matchPlaceType(tokens, j) : null;
  if (type && type.prefix === 0) j = nextNonSpace(tokens, type.last + 1);
  const place = tokens[j] ? matchPlace(tokens, j) : null;
  return place && place.prefix === 0 ? place.last : -1;
}
const ORIGIN_WORDS = new Set(['من', 'from', 'of', 'de'].map(foldWord));
/** «أفرج عن محمد، وعن محمود»: "and" with the preposition said again. */
const REPEATED_PREPOSITIONS = new Set(['وعن', 'وبحق', 'وعلى'].map(foldWord));

/**
 * The names before a name that closes a list: "Omar Haddad, Sami Khalil and Yasser Nasser were
 * arrested", «باران حسو وزوران بيطار وديلان حسو اعتقلوا» read the last name before its cue; the names
 * joined to it by "and", «و» and commas are read back from it. Each must end right before its comma
 * or "and" and be read whole: in Latin script from a capital, in Arabic from a «و» or a known given name.
 */
export function findListBefore(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (const c of [...cands]) {
    if (c.source === 'figure') continue;
    const latin = tokens[c.first].kind === 'lat';
    let sep = latin ? prevNonSpace(tokens, c.first - 1) : c.first;
    if (sep < 0 || !joinsBefore(tokens[sep], latin)) continue;
    for (let guard = 0; guard < MAX_LIST_BEFORE; guard++) {
      let end = prevNonSpace(tokens, sep - 1);
      if (end >= 0 && LIST_COMMAS.has(tokens[end].norm)) end = prevNonSpace(tokens, end - 1);
      if (end < 0 || tokens[end].kind !== tokens[c.first].kind || cueOf(ctx, end) !== null) break;
      const known = cands.find((m) => m.last === end);
      const first = known ? known.first : readListItemBefore(ctx, cands, end, latin);
      if (first < 0) break;
      if (latin) {
        sep = prevNonSpace(tokens, first - 1);
        if (sep < 0 || tokens[sep].norm !== ',') break;
      } else {
        // The next name back is joined by its own «و» or by a comma (which the loop steps over).
        const before = prevNonSpace(tokens, first - 1);
        if (!joinsBefore(tokens[first], false) && !(before >= 0 && LIST_COMMAS.has(tokens[before].norm))) break;
        sep = first;
      }
    }
  }
}
const MAX_LIST_BEFORE = 8;
const MAX_NAME_WORDS_BACK = 5;
const LIST_COMMAS = new Set([',', '،', ';', '؛']);

/**
 * "Omar Haddad was arrested in 2012 and Sami Khalil in 2013", «Omar a été arrêté en 2012, Sami Khalil en
 * 2013»: a second name with only a date after it shares the verb of the first (gapping).
 */
export function findGapped(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  // Cheap test first: a date word and a number, somewhere after a name.
  const firstName = cands.reduce((m, c) => (c.source === 'gazetteer' ? m : Math.min(m, c.last)), Infinity);
  let any = false;
  for (let k = 0; k < tokens.length && !any; k++)
    any = k > firstName && GAP_DATE_WORDS.has(tokens[k].norm) && tokens[nextNonSpace(tokens, k + 1)]?.kind === 'num';
  if (!any) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = joinsBefore(t, false); // «وسامي الخطيب»: the «و» on the name itself
    const joins = joined || (isWordToken(t) && COORDINATORS.has(t.norm)) || (t.kind === 'p' && (t.norm === ',' || t.norm === '،'));
    if (!joins || !cands.some((c) => c.last < i && ctx.sentence[c.first] === ctx.sentence[i] && c.source !== 'gazetteer')) continue;
    const j = joined ? i : nextNonSpace(tokens, i + 1);
    if (j >= tokens.length || ctx.cueAt[j] !== null || cands.some((c) => c.first <= j && c.last >= j)) continue;
    const read = readName(ctx, j, 'coord');
    if (!read) continue;
    const k = nextNonSpace(tokens, read.last + 1);
    const year = nextNonSpace(tokens, k + 1);
    if (!tokens[k] || !isWordToken(tokens[k]) || !GAP_DATE_WORDS.has(tokens[k].norm) || tokens[year]?.kind !== 'num') continue;
    addCand(cands, read, 'coord');
    i = read.last;
  }
}
const GAP_DATE_WORDS = new Set(['in', 'on', 'en', 'le', 'عام', 'سنة', 'في'].map(foldWord));

/**
 * "Jazzem Alqudaimi spent Friday at his sister's. … Security forces arrested Alqudaimi at a checkpoint": a Latin name of
 * two capitalised words the lists do not know and no cue reaches, whose last word comes back alone right after a
 * role verb ("arrested Alqudaimi") or right before one ("Alqudaimi was detained"). The echo says the pair is
 * a person; findPartialNames then links the lone word to it.
 */
export function findEchoedNames(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  if (ctx.lang === 'ar') return;
  const echoed = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'lat' || !t.cap || LAT_GIVEN.has(t.norm)) continue;
    const before = prevNonSpace(tokens, i - 1);
    const after = nextNonSpace(tokens, i + 1);
    // Alone: no capitalised word beside it.
    if ((tokens[before]?.kind === 'lat' && tokens[before].cap) || (tokens[after]?.kind === 'lat' && tokens[after].cap)) continue;
    // "arrested Alqudaimi", "Alqudaimi was detained" (an auxiliary first: "Alqudaimi said" is no echo).
    const auxAfter = isWordToken(tokens[after]) && (PASSIVE_AUX.has(tokens[after].norm) || PERFECT_AUX.has(tokens[after].norm));
    if (!roleVerbBefore(ctx, before) && !(auxAfter && roleVerbAfter(ctx, i))) continue;
    if (!covered(cands, i) && isLatinNameWord(ctx, i)) echoed.add(t.norm);
  }
  if (echoed.size === 0) return;
  for (let p = 0; p < tokens.length; p++) {
    const t = tokens[p];
    if (t.kind !== 'lat' || !echoed.has(t.norm) || covered(cands, p)) continue;
    const q = prevNonSpace(tokens, p - 1);
    if (q < 0 || q !== p - 2 || covered(cands, q) || !isLatinNameWord(ctx, q)) continue;
    const read = readLatin(ctx, q, 'post');
    if (read && read.last === p && read.first === q) addCand(cands, read, 'post');
  }
}
/** A Latin role verb that takes an object ends at token `j`: "arrested", "abducted". */
function roleVerbBefore(ctx: Ctx, j: number): boolean {
  const cue = j >= 0 ? cueOf(ctx, j) : null;
  return cue !== null && cue.last === j && cue.def.kind === 'role' && cue.def.transitive === true && ctx.tokens[j].kind === 'lat';
}

/**
 * «اعتقلت قوات الأمن "أبو عروبة"», «شمل الإفراج "محمد ناصر العدوي"»: Arabic news sets names in quotes.
 * A quoted Arabic name after a role word of its sentence is read whole, up to the closing quote.
 */
export function findQuotedNames(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  // «صفحة "يوم الغضب السوري" على موقع "فيسبوك"»: a straight quote that closes one opened on its line opens nothing.
  let straightOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'nl') straightOpen = false;
    if (tokens[i].kind !== 'p' || !OPENING_QUOTES.has(tokens[i].norm)) continue;
    if (tokens[i].norm === '"') {
      straightOpen = !straightOpen;
      if (!straightOpen) continue;
    }
    const j = nextNonSpace(tokens, i + 1);
    if (tokens[j]?.kind !== 'ar' || ctx.cueAt[j] !== null || covered(cands, j) || !roleCueBefore(ctx, i, ctx.sentence[j])) continue;
    // «الشاب "محمود الصغير"»: a known given name alone, then «ال» words up to the closing quote.
    const own = readName(ctx, j, 'cue');
    const read = own ?? (AR_GIVEN.has(tokens[j].norm) ? { first: j, last: j, start: tokens[j].s, units: 1, kunyaOnly: false, knownFirst: true } : null);
    if (!read) continue;
    // Within the quotes an «ال» word the lists take for an adjective («الصغير») is a family name.
    for (let n = 0, k = nextNonSpace(tokens, read.last + 1); n < MAX_QUOTED_FAMILY_WORDS && isQuotedFamilyWord(ctx, k); n++, k = nextNonSpace(tokens, k + 1)) {
      read.last = k;
      read.units++;
    }
    const close = tokens[nextNonSpace(tokens, read.last + 1)];
    // Not «الإفراج عن "شهاب الدين"» after «مهند شهاب الدين»: the family name said again is the same man.
    const repeated = !own && cands.some((c) => c.last - c.first > read.last - read.first && endsWithWords(tokens, c.last, read.first, read.last));
    if ((own || (read.last > j && !repeated)) && close !== undefined && close.kind === 'p' && QUOTE_CHARACTERS.has(close.norm)) addCand(cands, read, 'cue');
  }
}
const MAX_QUOTED_FAMILY_WORDS = 2;
/** The words of tokens `first`..`last` end the name that ends at token `end`. */
function endsWithWords(tokens: Token[], end: number, first: number, last: number): boolean {
  for (let a = end, b = last; b >= first; a--, b--) {
    while (a >= 0 && !isWordToken(tokens[a])) a--;
    while (b >= first && !isWordToken(tokens[b])) b--;
    if (b < first) return true;
    if (a < 0 || tokens[a].norm !== tokens[b].norm) return false;
  }
  return true;
}
const isQuotedFamilyWord = (ctx: Ctx, k: number): boolean => {
  const t = ctx.tokens[k];
  // «المعتقل "سامر ليلا"»: any other word too, the everyday word «ليلا» ("at night") among them.
  return t !== undefined && t.kind === 'ar' && (!t.norm.startsWith(AR_AL) || t.norm.length > 3) && cueOf(ctx, k) === null && ctx.tokens[k - 1]?.kind === 'sp';
};

/**
 * «قضى ثلاثة معتقلين تحت التعذيب، وهم شامان الظاهر وسامر النجار»: after a comma, "they are" («وهم», «هم:») and a
 * role word before them in the sentence, the first name of the list is read as after a title, known or not.
 */
export function findTheyAreNames(ctx: Ctx, cands: Cand[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'ar' || !THEY_ARE_AR.has(tokens[i].norm) || !isComma(tokens[prevNonSpace(tokens, i - 1)])) continue;
    let j = nextNonSpace(tokens, i + 1);
    if (tokens[j]?.norm === ':') j = nextNonSpace(tokens, j + 1);
    if (tokens[j]?.kind !== 'ar' || ctx.cueAt[j] !== null || covered(cands, j) || !roleCueBefore(ctx, i, ctx.sentence[j])) continue;
    addCand(cands, readName(ctx, j, 'title'), 'cue');
  }
}

// Loops over tokens call these instead of closures, which would cost a heap context on every token.
function covered(cands: Cand[], j: number): boolean {
  for (const c of cands) if (c.first <= j && c.last >= j) return true;
  return false;
}

/** A role cue before token i in sentence s. */
function roleCueBefore(ctx: Ctx, i: number, s: number): boolean {
  for (const e of ctx.cueList) if (e.def.kind === 'role' && e.last < i && ctx.sentence[e.first] === s) return true;
  return false;
}

/** "and", «et», or an Arabic name's own «و». */
function joinsBefore(t: Token | undefined, latin: boolean): boolean {
  if (!t || !isWordToken(t)) return false;
  if (latin) return COORDINATORS.has(t.norm);
  return t.kind === 'ar' && t.norm.startsWith('و') && stripNamePrefix(t.norm, 'coord') === 1;
}

/** The first token of a name read whole up to `end`, the farthest start first; -1 if none. */
function readListItemBefore(ctx: Ctx, cands: Cand[], end: number, latin: boolean): number {
  const { tokens } = ctx;
  const starts: number[] = [];
  for (let j = end, words = 0; j >= 0 && words < MAX_NAME_WORDS_BACK; j--) {
    const t = tokens[j];
    if (t.kind === 'sp') continue;
    if (t.kind !== tokens[end].kind || (j < end && cueOf(ctx, j) !== null)) break;
    words++;
    if (latin ? t.cap : joinsBefore(t, false) || AR_GIVEN.has(t.norm) || AR_COMPOUND_HEAD.has(t.norm) || AR_KUNYA_HEAD.has(t.norm)) starts.push(j);
  }
  for (let s = starts.length - 1; s >= 0; s--) {
    const read = readName(ctx, starts[s], 'coord');
    if (read && read.last === end && addCand(cands, read, 'coord')) return read.first;
  }
  return -1;
}

/** "Team", "Unit", "Ministry": words that end the name of a body, not of a person. */
const BODY_ENDINGS = new Set(
  [
    'team',
    'unit',
    'office',
    'ministry',
    'court',
    'tribunal',
    'directorate',
    'department',
    'bureau',
    'initiative',
    'mechanism',
    'coalition',
    'observatory',
    'federation',
    'syndicate',
    'force',
    'forces',
    'police',
    'programme',
    'program',
    'news',
    'worldwide',
    'international',
  ].map(foldWord),
);
const FACTION_SULTAN = new Set(['السلطان', 'sultan'].map(foldWord));
/**
 * «le site palestinien», «la chaîne officielle», «le groupe islamiste»: a French adjective after a body's word. Not an
 * English verb ("The agency interviewed Omar Haddad"), nor a French one («l'agence interroge Omar Haddad»).
 */
const FRENCH_ADJECTIVE =
  /(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ique|iques|iste|istes|al|ale|aux|ales|elle|elles|el|els|if|ive|ifs|ives|ois|oise|oises|ite|ites|é|ée|és|ées)$/;
/** «موقع عنب بلدي», "the group Jaish al-Islam", "Agence France-Presse": an organisation, not a person. */
const MAX_ORGANISATION_WORDS_BEFORE = 3;
function namesOrganisation(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (c.source === 'figure') return false;
  if ((tokens[c.first].kind === 'lat' && isOrganisationWord(tokens[c.first])) || organisationIndex.match(tokens, c.first)) return true;
  // «تجمع أحرار حوران»: a word inside a body's name that starts a few words before.
  for (
    let k = prevNonSpace(tokens, c.first - 1), n = 0;
    k >= 0 && n < MAX_ORGANISATION_WORDS_BEFORE && isWordToken(tokens[k]);
    k = prevNonSpace(tokens, k - 1), n++
  ) {
    const org = organisationIndex.match(tokens, k);
    if (org && org.last >= c.last) return true;
  }
  // "National Investigation Team", "Syrian Observatory": a Latin reading that ends with a word for a body.
  if (tokens[c.last].kind === 'lat' && c.last > c.first && (isOrganisationWord(tokens[c.last]) || BODY_ENDINGS.has(tokens[c.last].norm))) return true;
  // "told Levant World News": …or goes on with one.
  const after = tokens[nextNonSpace(tokens, c.last + 1)];
  if (tokens[c.last].kind === 'lat' && after?.kind === 'lat' && after.cap && (isOrganisationWord(after) || BODY_ENDINGS.has(after.norm))) return true;
  let j = prevNonSpace(tokens, c.first - 1);
  while (j >= 0 && QUOTE_CHARACTERS.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  // «فصيل السلطان سليمان شاه», "the faction Sultan Murad": a faction named after a sultan.
  if (j >= 0 && FACTION_SULTAN.has(tokens[j].norm) && isOrganisationWord(tokens[prevNonSpace(tokens, j - 1)])) return true;
  // «القبض على اللواء محمد خضور»: «اللواء» is a general's rank as well as a brigade. «ابن المدينة محمد الحداد»:
  // "the town's son", not the newspaper.
  const sonOf = SON_OF.has(tokens[prevNonSpace(tokens, j - 1)]?.norm ?? '');
  if (
    isOrganisationWord(tokens[j]) &&
    !sonOf &&
    !bareComplement(tokens, j) &&
    cueOf(ctx, j)?.def.kind !== 'official' &&
    !definiteArabicHead(tokens[j]) &&
    !imprisonedVerbAt(tokens, j)
  )
    return true;
  // one adjective between: "le site palestinien Ma'an", «الموقع الإخباري»
  // Not «ابن بلدة نوى محمد الحداد»: a town's name (folded «نوى» ends like an adjective) after a word for a town.
  const adjective =
    tokens[j] &&
    cueOf(ctx, j) === null &&
    ((tokens[j].kind === 'lat' && !tokens[j].cap && ctx.lang !== 'en' && FRENCH_ADJECTIVE.test(tokens[j].norm)) ||
      (tokens[j].kind === 'ar' && /(?:ي|يه)$/.test(tokens[j].norm) && matchTown(tokens, j) === null));
  if (adjective === true && isOrganisationWord(tokens[prevNonSpace(tokens, j - 1)])) return true;
  // «l'ONG Hostage Aid Worldwide»: one capitalised word of the body's name, a cue or not, between.
  return tokens[j]?.kind === 'lat' && tokens[j].cap && j === prevNonSpace(tokens, c.first - 1) && isOrganisationWord(tokens[prevNonSpace(tokens, j - 1)]);
}

/** «professeur d'université Omar Haddad»: a lower-case body word right after a bare «de» says what kind of title it is. */
function bareComplement(tokens: Token[], j: number): boolean {
  if (tokens[j]?.kind !== 'lat' || tokens[j].cap) return false;
  let b = prevNonSpace(tokens, j - 1);
  if (tokens[b]?.norm === "'" || tokens[b]?.norm === '’') b = prevNonSpace(tokens, b - 1);
  return b >= 0 && FRENCH_BARE_DE.has(tokens[b].norm);
}
const FRENCH_BARE_DE = new Set(['de', 'd'].map(foldWord));

/** «درعا جنوبي», «حلب الشمالية»: a reading that starts with a known place and no given name is a place. */
function startsWithPlace(ctx: Ctx, c: Cand): boolean {
  if (c.source === 'figure' || c.units < 2) return false;
  const t = ctx.tokens[c.first];
  if (t.kind !== 'ar' || AR_GIVEN.has(t.norm)) return false;
  const place = matchPlace(ctx.tokens, c.first);
  return place !== null && place.prefix === 0 && c.start === t.s;
}

/**
 * «على الاعتقال ونار الاشتياق تزداد»: a reading whose first word is «و»/«ف» joined to an everyday word («نار», fire) is
 * the conjunction and a noun, not a name, unless the whole word is a name («وسام», «وائل»).
 */
function conjoinedEverydayHead(ctx: Ctx, c: Cand): boolean {
  const t = ctx.tokens[c.first];
  if (c.source === 'figure' || (c.partial && c.ref) || t.kind !== 'ar') return false;
  const bare = stripConj(t.norm);
  if (bare === t.norm || AR_GIVEN.has(t.norm) || WAW_NAMES.has(t.norm) || AR_GIVEN.has(bare)) return false;
  return isArEverydayWord(bare);
}

/**
 * «خارج إطار», «براءة ذمة», «رصاص وصرخات واستغاثات»: an Arabic reading made only of everyday words
 * (plurals in ـات among them, after a first word that is one) is no name (a public figure always is).
 */
function everydayWordsOnly(ctx: Ctx, c: Cand): boolean {
  // «وينحدر الحداد من داريا» after «محمد الحداد»: a family name that is also a trade is still his name.
  if (c.source === 'figure' || (c.partial && c.ref) || ctx.tokens[c.first].kind !== 'ar') return false;
  let words = 0;
  for (let k = c.first; k <= c.last; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'ar') continue;
    const bare = stripConj(t.norm);
    if (!isArEverydayWord(t.norm) && !(words > 0 && bare.length >= 5 && bare.endsWith(FEMININE_PLURAL))) return false;
    words++;
  }
  return words > 0;
}

/** "from the town of Umm Walad", «originaire d'Abou Hammam»: a kunya where a place stands is that place. */
const kunyaAtPlace = (ctx: Ctx, c: Cand): boolean =>
  (c.kunyaOnly || LATIN_PLACE_HEADS.has(ctx.tokens[c.first].norm)) &&
  c.source !== 'figure' &&
  ctx.tokens[c.first].kind === 'lat' &&
  kunyaNamesPlace(ctx.tokens, c.first, c.last);

/**
 * «من أبناء بلدة أبو الظهور», «من أهالي بابا عمرو», «المنحدر من السيدة زينب», "a native of Albu Kamal": a reading that is
 * a town the lists know (or its last words, after a title word the town's name starts with), where a place stands
 * (after a place type or an origin phrase), is that town.
 */
function knownPlaceInPlace(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (c.source === 'figure') return false;
  // «أفرج عن ابن أبو كمال محمد الحداد»: a reading that starts with such a town right after «ابن».
  const son = prevNonSpace(tokens, c.first - 1);
  if (son >= 0 && tokens[c.first].kind === 'ar' && SON_OF.has(tokens[son].norm) && sonOfTown(tokens, son)) return true;
  // «من أهالي السيدة زينب», "from Ras al Ayn": or its last words, after a title word or a head the town's name starts with.
  if (townStandsAt(tokens, c.first, c.last)) return true;
  for (let b = prevNonSpace(tokens, c.first - 1), n = 0; b >= 0 && n < MAX_TOWN_HEAD_WORDS && isWordToken(tokens[b]); b = prevNonSpace(tokens, b - 1), n++)
    if (townStandsAt(tokens, b, c.last)) return true;
  return false;
}
const MAX_TOWN_HEAD_WORDS = 3;
/** A title or office word («الشيخ», «السيدة», «قاضي») at the start of a town's name that stands where a place does. */
function titleStartsTown(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'neutral' && cue.def.kind !== 'official' && cue.def.kind !== 'otherTitle') return false;
  return townStandsAt(tokens, cue.first, cue.last + 1);
}

/** "from the village of Hazem al-Sharif": a Latin reading right after a place type and its "of" is the place's name. */
const afterPlaceType = (ctx: Ctx, c: Cand): boolean => c.source !== 'figure' && ctx.tokens[c.first].kind === 'lat' && afterPlaceTypeOf(ctx.tokens, c.first);

/** «مسؤولي نظام الأسد»: «نظام» (also a given name) before «الأسد» is the regime (GUIDE.md rule 4), not a person. */
function regimeReading(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (c.source === 'figure' || tokens[c.first].kind !== 'ar' || nextNonSpace(tokens, c.first + 1) !== c.last) return false;
  return REGIME_WORDS.has(stripConj(tokens[c.first].norm)) && tokens[c.last].norm === AR_ASSAD;
}
const AR_ASSAD = foldWord('الأسد');

/** «مسجد أبو الرهج», «شارع الشهيد محمد الحداد»: an Arabic name right after a mosque, a street or a school (a «الشهيد» between) is the place's. */
function namedPlace(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (c.source === 'figure') return false;
  // «dans le café Havana», "near the mosque Anas bin Malek", «l'hôpital Al-Mujtahid»: a Latin name right after a venue
  // word with its article; not «professeur d'université Omar Haddad».
  if (tokens[c.first].kind === 'lat') {
    const v = prevNonSpace(tokens, c.first - 1);
    if (v < 0 || tokens[v].kind !== 'lat' || tokens[v].cap || !LATIN_VENUES.has(tokens[v].norm)) return false;
    const a = prevNonSpace(tokens, v - 1);
    return a >= 0 && VENUE_ARTICLES.has(tokens[a].norm);
  }
  if (tokens[c.first].kind !== 'ar') return false;
  let b = prevNonSpace(tokens, c.first - 1);
  while (b >= 0 && QUOTE_CHARACTERS.has(tokens[b].norm)) b = prevNonSpace(tokens, b - 1);
  if (b >= 0 && MARTYR_TITLES.has(stripConj(tokens[b].norm))) b = prevNonSpace(tokens, b - 1);
  return b >= 0 && NAMED_PLACE_HEADS.has(stripConj(tokens[b].norm));
}
const MARTYR_TITLES = new Set(['الشهيد', 'الشهيدة'].map(foldWord));
const VENUE_ARTICLES = new Set(['le', 'la', 'l', 'du', 'au', 'the', 'un', 'une', 'a'].map(foldWord));
const LATIN_VENUES = new Set(
  [
    ...['café', 'cafe', 'restaurant', 'hôtel', 'hotel', 'mosquée', 'mosque', 'église', 'church', 'rue', 'street', 'avenue', 'boulevard'],
    ...['hôpital', 'hospital', 'école', 'school', 'université', 'university', 'lycée', 'stade', 'stadium'],
  ].map(foldWord),
);

/** «la famille Kassab de Hardine», "the Haddad family": a Latin surname right after «famille», or right before "family", names a family, not one person. */
function familyName(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  if (c.source === 'figure' || tokens[c.first].kind !== 'lat') return false;
  const before = prevNonSpace(tokens, c.first - 1);
  const after = nextNonSpace(tokens, c.last + 1);
  return (before >= 0 && FAMILY_NOUNS.has(tokens[before].norm)) || (after < tokens.length && FAMILY_NOUNS.has(tokens[after].norm) && c.last === c.first);
}

export function mergeCandidates(ctx: Ctx, all: Cand[]): Cand[] {
  const cands = all.filter(
    (c) =>
      !namesOrganisation(ctx, c) &&
      !familyName(ctx, c) &&
      !namedPlace(ctx, c) &&
      !regimeReading(ctx, c) &&
      !startsWithPlace(ctx, c) &&
      !everydayWordsOnly(ctx, c) &&
      !conjoinedEverydayHead(ctx, c) &&
      !kunyaAtPlace(ctx, c) &&
      !knownPlaceInPlace(ctx, c) &&
      !afterPlaceType(ctx, c),
  );
  const sorted = [...cands].sort((a, b) => SOURCE_STRENGTH[b.source] - SOURCE_STRENGTH[a.source] || b.last - b.first - (a.last - a.first) || a.first - b.first);
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
    // «محمد صالح ((أبو علي))»: one bracket or several.
    let open = prevNonSpace(ctx.tokens, c.first - 1);
    if (ctx.tokens[open]?.norm !== '(') return false;
    while (ctx.tokens[prevNonSpace(ctx.tokens, open - 1)]?.norm === '(') open = prevNonSpace(ctx.tokens, open - 1);
    return prevNonSpace(ctx.tokens, open - 1) === kept[k - 1].last;
  };
  const named = kept.filter((c, k) => !alias(c, k));
  kept.length = 0;
  kept.push(...named);
  kept.forEach((c, idx) => {
    for (let k = c.first; k <= c.last; k++) ctx.candAt[k] = idx;
  });
  return kept;
}
