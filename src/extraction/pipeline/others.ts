import { foldWord, isComma, isWordToken, nextNonSpace, prevNonSpace, type Token } from './text-model';
import {
  APPROXIMATE_WORDS,
  AR_AL,
  COORDINATORS,
  INDEFINITE_ARTICLES,
  KIN_ARTICLES,
  OF_WORDS,
  PASSIVE_AUX,
  THIRD_PERSON_POSSESSIVES,
  amongIndex,
  soughtAmongIndex,
  crowdIndex,
  fellowIndex,
  stripConj,
  isPluralStatusNoun,
  LATIN_AMONG,
  topicIndex,
  YEAR,
  isServedUnit,
  isCountWord,
} from './lexicon';
import { type Ctx, type Cue, cueOf, holdsSoughtPronoun } from './context';
import { DEMONYMS, matchPlace, parseDateAt } from '../attributes';

/**
 * Stage 5b, roles said of others: a role word whose subject or object is many unnamed people, other
 * prisoners or an unnamed relative belongs to none of the names before it (roles.ts asks ofOthers).
 */

/** "that", «أن», «que»: a reported clause opens. */
export const THAT_WORDS = new Set(['إن', 'أن', 'بأن', 'that', 'que', 'qu'].map(foldWord));

/**
 * "documented the deaths of thousands of detainees", «la mort de milliers de détenus», «مقتل آلاف
 * المعتقلين», «الذي توفي شقيقه»: a role word whose object or subject is many unnamed people or an
 * unnamed relative says nothing of a name before it (a name after it, "… including Omar", may be one of them).
 */
export function ofOthers(ctx: Ctx, cue: Cue): boolean {
  return (cue.others ??=
    crowdAround(ctx, cue) ||
    unnamedKinSubject(ctx, cue) ||
    fellowsSubject(ctx, cue) ||
    fellowsBefore(ctx, cue) ||
    fellowsObject(ctx, cue) ||
    soughtAmong(ctx, cue) ||
    topical(ctx, cue) ||
    possessorNoun(ctx, cue) ||
    possessedCrowd(ctx, cue) ||
    encountered(ctx, cue));
}

/**
 * "Fadi Khalil watched a video of prisoners leaving Saydnaya", "interviewed former detainees", «a rencontré des
 * détenus libérés», «شاهد فيديو لمعتقلين», «التقى بمعتقلين سابقين»: a plural word for those held, the object of a
 * verb of seeing, meeting or helping or of "a video of", is who the subject saw or met, not what befell the subject.
 * Not when names follow it ("a video of prisoners Omar and Fadi").
 */
function encountered(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const first = tokens[cue.first];
  const after = nextNonSpace(tokens, cue.last + 1);
  if (first.kind === 'ar') {
    // «لمعتقلين», «بمعتقلين سابقين»: the plural with «ل» or «ب» joined to it, after a word of seeing or meeting.
    if (!/^[لب]/.test(first.norm) || !/(ين|ون)$/.test(first.norm) || ctx.candAt[after] >= 0) return false;
    let b = prevNonSpace(tokens, cue.first - 1);
    // «التقى فادي خليل بمعتقلين»: the verb before its subject.
    while (b >= 0 && ctx.candAt[b] >= 0) b = prevNonSpace(tokens, b - 1);
    return b >= 0 && (ENCOUNTER_AR.has(tokens[b].norm) || ENCOUNTER_AR.has(stripConj(tokens[b].norm)));
  }
  if (first.kind !== 'lat') return false;
  // "former detainees", or "released" before "prisoners".
  const noun = isPluralStatusNoun(tokens[cue.last]) ? cue.last : after < tokens.length && isPluralStatusNoun(tokens[after]) ? after : -1;
  if (noun < 0 || ctx.candAt[nextNonSpace(tokens, noun + 1)] >= 0) return false;
  let b = prevNonSpace(tokens, cue.first - 1);
  // Past "the", "some" and a role word before the noun ("released prisoners").
  for (let n = 0; n < 3 && b >= 0 && isWordToken(tokens[b]); n++) {
    const adjective = cueOf(ctx, b);
    if (ENCOUNTER_DETERMINERS.has(tokens[b].norm)) b = prevNonSpace(tokens, b - 1);
    else if (adjective && adjective.last === b && adjective.def.kind === 'role' && adjective.first === adjective.last) b = prevNonSpace(tokens, b - 1);
    else break;
  }
  if (b < 0 || !isWordToken(tokens[b])) return false;
  if (ENCOUNTER_VERBS.has(tokens[b].norm)) return true;
  // "talked to", "met with"; "a video of", «des images de».
  const c = prevNonSpace(tokens, b - 1);
  if (c < 0 || !isWordToken(tokens[c])) return false;
  if (ENCOUNTER_LINKS.has(tokens[b].norm)) return ENCOUNTER_VERBS.has(tokens[c].norm) || ENCOUNTER_MEDIA.has(tokens[c].norm);
  return false;
}
const ENCOUNTER_VERBS = new Set(
  [
    ...['watched', 'saw', 'filmed', 'photographed', 'interviewed', 'met', 'visited', 'helped', 'treated', 'welcomed', 'greeted', 'received'],
    ...['talked', 'spoke', 'speaks', 'talks', 'meets', 'visits', 'helps', 'interviews', 'represents', 'represented', 'defends', 'defended'],
    ...['regardé', 'vu', 'filmé', 'photographié', 'interrogé', 'interviewé', 'rencontré', 'visité', 'aidé', 'soigné', 'accueilli', 'reçu'],
    ...['défend', 'défendu', 'représente', 'représenté', 'rencontre', 'parlé', 'aide'],
  ].map(foldWord),
);
const ENCOUNTER_LINKS = new Set(['to', 'with', 'of', 'de', 'd', 'avec', 'à'].map(foldWord));
const ENCOUNTER_MEDIA = new Set(
  ['video', 'videos', 'footage', 'photo', 'photos', 'pictures', 'images', 'film', 'vidéo', 'vidéos', 'interview', 'interviews'].map(foldWord),
);

const ENCOUNTER_AR = new Set(
  ['فيديو', 'فيديوهات', 'صور', 'صورا', 'صوراً', 'مقطع', 'مقطعا', 'التقى', 'التقت', 'قابل', 'قابلت', 'زار', 'زارت', 'شاهد', 'شاهدت'].map(foldWord),
);

/**
 * "According to freed hostages, Omar Haddad is alive", «Selon des détenus libérés, …», "Testimonies from some freed
 * detainees say …", «شهادات من بعض الرهائن المحررين»: a release of many unnamed people who are the source of what
 * follows is theirs, not the name's after it.
 */
export function freedSource(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.def.kind !== 'role' || cue.role !== 'released') return false;
  // The plural held word right before or after the release word, or inside the cue.
  let before = prevNonSpace(tokens, cue.first - 1);
  // «d'anciens détenus syriens relaxés récemment»: past a demonym after the held word.
  if (before >= 0 && tokens[before].kind === 'lat' && isDemonymWord(tokens[before].norm)) before = prevNonSpace(tokens, before - 1);
  const after = nextNonSpace(tokens, cue.last + 1);
  const held = (i: number) => i >= 0 && i < tokens.length && pluralHeld(ctx, i);
  let first = cue.first;
  if (held(before)) first = before;
  else if (!held(after) && !held(cue.first) && !held(cue.last)) return false;
  let b = prevNonSpace(tokens, first - 1);
  for (let n = 0; n < 2 && b >= 0 && SOURCE_DETERMINERS.has(stripConj(tokens[b].norm)); n++) b = prevNonSpace(tokens, b - 1);
  if (b < 0 || !isWordToken(tokens[b])) return false;
  if (SOURCE_WORDS.has(stripConj(tokens[b].norm))) return true;
  const c = prevNonSpace(tokens, b - 1);
  return c >= 0 && SOURCE_LINKS.has(tokens[b].norm) && SOURCE_WORDS.has(stripConj(tokens[c].norm));
}
/** "detainees", «otages», «المعتقلين», «الرهائن»: a plural word for people held, or a cue that opens on one. */
function pluralHeld(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (isPluralStatusNoun(t) || HOSTAGES.has(stripConj(t.norm))) return true;
  const cue = cueOf(ctx, i);
  return t.kind === 'ar' && cue !== null && cue.def.kind === 'role' && /(ين|ون)$/.test(t.norm) && t.norm.startsWith(AR_AL_OTHERS);
}
const AR_AL_OTHERS = foldWord('ال');
const CROWD_ARTICLES = new Set(['des', 'les', 'the'].map(foldWord));
const HOSTAGES = new Set(['hostages', 'captives', 'otages', 'الرهائن', 'رهائن', 'المختطفين', 'المخطوفين'].map(foldWord));
const SOURCE_DETERMINERS = new Set(
  ['des', 'some', 'several', 'plusieurs', 'quelques', 'certains', 'anciens', 'anciennes', 'former', 'بعض', 'من'].map(foldWord),
);
/** "syriens", "Syrians": a demonym, or its plural in -s. */
const isDemonymWord = (w: string): boolean => DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)));
const SOURCE_LINKS = new Set(['to', 'from', 'of', 'de', 'd', 'من'].map(foldWord));
const SOURCE_WORDS = new Set(
  [
    ...['according', 'testimony', 'testimonies', 'accounts', 'selon', 'témoignage', 'témoignages', 'récits'],
    ...['شهادات', 'شهادة', 'بحسب', 'حسب', 'وفق', 'وفقا', 'روايات', 'رواية'],
  ].map(foldWord),
);

/**
 * "People who were released from the prison said…", «des gens qui sont sortis de ce lieu», "those who had been
 * freed", "A nurse who just came out of the prison": a role verb in a "who" clause of a plural word for people, or of
 * one person after "a", is theirs, not a name's (roles.ts ofUnnamed).
 */
export function unnamedWhoClause(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat') return false;
  let j = prevNonSpace(tokens, cue.first - 1);
  // "released after three months of detention": a term right after the participle is said of the same people.
  const participle = j >= 0 ? cueOf(ctx, j) : null;
  if (participle && participle !== cue && participle.last === j && participle.def.kind === 'role') j = prevNonSpace(tokens, participle.first - 1);
  for (
    let n = 0;
    n < MAX_WHO_AUX && j >= 0 && isWordToken(tokens[j]) && (PASSIVE_AUX.has(tokens[j].norm) || WHO_AUX.has(tokens[j].norm) || WHO_ADVERBS.has(tokens[j].norm));
    n++
  )
    j = prevNonSpace(tokens, j - 1);
  // "The two women, released after three months, said…": a participle set off after a definite group of people.
  if (j >= 0 && isComma(tokens[j])) return definiteGroupEndingAt(ctx, prevNonSpace(tokens, j - 1));
  if (j < 0 || !isWordToken(tokens[j]) || !WHO_WORDS.has(tokens[j].norm)) return false;
  let people = prevNonSpace(tokens, j - 1);
  // "The women, who were released…"
  if (people >= 0 && isComma(tokens[people]) && definiteGroupEndingAt(ctx, prevNonSpace(tokens, people - 1))) return true;
  if (people >= 0 && isComma(tokens[people])) people = -1;
  // "appeared on a list of detainees who died in custody": the name is one of them.
  if (people >= 0 && indefinitePersonEndingAt(ctx, people) && !listOfBefore(ctx, people)) return true;
  // "the Lebanese who went missing during the civil war", «les Libanais qui ont disparu»: a people named by its nationality.
  if (people >= 0 && nationalityGroupAt(tokens, people)) return true;
  if (people < 0 || !isWordToken(tokens[people]) || !PEOPLE_WORDS.has(tokens[people].norm)) return false;
  // "Omar Haddad is among those who are missing": the name is one of them.
  const among = prevNonSpace(tokens, people - 1);
  return !(among >= 0 && LATIN_AMONG.has(tokens[among].norm));
}
const MAX_WHO_AUX = 3;

/** "the two women", "the men", «les deux femmes»: a definite article, maybe a count, then a plural word for people, ending at `last`. */
function definiteGroupEndingAt(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx;
  if (last < 0 || !isWordToken(tokens[last]) || !GROUP_WORDS.has(tokens[last].norm)) return false;
  let k = prevNonSpace(tokens, last - 1);
  if (k >= 0 && isCountWord(tokens[k])) k = prevNonSpace(tokens, k - 1);
  return k >= 0 && DEFINITE_PLURAL_ARTICLES.has(tokens[k].norm);
}
const GROUP_WORDS = new Set(['people', 'men', 'women', 'personnes', 'hommes', 'femmes'].map(foldWord));
const DEFINITE_PLURAL_ARTICLES = new Set(['the', 'les', 'ces', 'these'].map(foldWord));
const WHO_ADVERBS = new Set(['recently', 'just', 'finally', 'later', 'also', 'récemment', 'finalement', 'aussi'].map(foldWord));

/** "a list of detainees", «une liste de détenus»: a word of "among" or "list of" within a few words before token `last`. */
function listOfBefore(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx;
  for (let k = prevNonSpace(tokens, last - 1), n = 0; k >= 0 && n < MAX_INDEFINITE_WORDS; k = prevNonSpace(tokens, k - 1), n++) {
    if (!isWordToken(tokens[k])) return false;
    const m = amongIndex.match(tokens, k);
    if (m && m.last < last && !WITH_WORDS.has(tokens[k].norm)) return true;
  }
  return false;
}
/** Words of "with" among the words of "among": "held with a detainee who died" is not one of them. */
const WITH_WORDS = new Set(['with', 'along', 'alongside', 'avec', 'مع', 'برفقة'].map(foldWord));

/** "a doctor", "a former detainee", «un médecin»: "a" and up to three lower-case Latin words ending at `last`, no name among them. */
function indefinitePersonEndingAt(ctx: Ctx, last: number): boolean {
  const { tokens } = ctx;
  for (let k = last, n = 0; k >= 0 && n <= MAX_INDEFINITE_WORDS; k = prevNonSpace(tokens, k - 1), n++) {
    const t = tokens[k];
    if (t.kind !== 'lat' || ctx.candAt[k] >= 0) return false;
    if (INDEFINITE_ARTICLES.has(t.norm)) return k < last;
    if (t.cap) return false;
  }
  return false;
}
const MAX_INDEFINITE_WORDS = 3;
const WHO_WORDS = new Set(['who', 'qui'].map(foldWord));
const WHO_AUX = new Set(['had', 'have', 'has', 'sont', 'ont', 'avaient', 'étaient', 'été'].map(foldWord));
/**
 * "the Lebanese", "the Syrians", «les Libanais», "Americans" ending at `k`: a capitalised nationality, in the plural or
 * not, after "the", «les», «des»; a plural in -s even without them.
 */
function nationalityGroupAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'lat' || !t.cap) return false;
  // "searching for Americans who disappeared": a demonym's plural in -s is a people, article or not; "Lebanese",
  // «Libanais», the same in both numbers, only after "the", «les», «des».
  // Not "one of 100,000 Syrians who are still missing": a count or "of" before them counts the name among them.
  const b = prevNonSpace(tokens, k - 1);
  if (!DEMONYMS.has(t.norm) && isDemonymWord(t.norm)) return !(b >= 0 && (tokens[b].kind === 'num' || COUNTED_AMONG.has(tokens[b].norm)));
  if (!DEMONYMS.has(t.norm)) return false;
  return b >= 0 && GROUP_ARTICLES.has(tokens[b].norm);
}
const GROUP_ARTICLES = new Set(['the', 'les', 'des'].map(foldWord));
const COUNTED_AMONG = new Set(['of', 'among', 'parmi', 'de'].map(foldWord));
const PEOPLE_WORDS = new Set(['people', 'those', 'others', 'men', 'women', 'gens', 'personnes', 'ceux', 'celles', 'autres', 'hommes', 'femmes'].map(foldWord));

/**
 * "a secret prison, emptied of its prisoners", «vidée de ses prisonniers», "the rebels freed their captives": a
 * plural word for those held, owned by "its"/"their"/«ses»/«leurs», is a crowd of others, not a name's state.
 */
function possessedCrowd(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (cue.first !== cue.last || !isPluralStatusNoun(tokens[cue.first])) return false;
  const owner = prevNonSpace(tokens, cue.first - 1);
  return owner >= 0 && isWordToken(tokens[owner]) && CROWD_OWNERS.has(tokens[owner].norm);
}
const CROWD_OWNERS = new Set(['its', 'their', 'ses', 'leurs'].map(foldWord));

const FRENCH_ELIDED = new Set(['d', 'l', 'qu'].map(foldWord));

/** "what they mean for detainees' families", "prisoners’ relatives": a Latin role noun whose possessive owns what follows. */
function possessorNoun(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  // «aux mains d'un groupe»: a French elided word before its apostrophe owns nothing.
  if (tokens[cue.last].kind !== 'lat' || FRENCH_ELIDED.has(tokens[cue.last].norm)) return false;
  // The apostrophe after a plural's "s" is folded into the space after it.
  const after = ctx.model.text[tokens[cue.last].e];
  return (after === "'" || after === '’') && isWordToken(tokens[nextNonSpace(tokens, cue.last + 1)]);
}

/**
 * "searched for him among the freed", «l'a cherché parmi les détenus libérés», «بحثت عنه بين المعتقلين المفرج
 * عنهم»: after a search, a role word right after "among" (past an article and a word for those held) is
 * what the others are among whom someone was sought.
 */
function soughtAmong(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  let d = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < 2 && d >= 0 && isWordToken(tokens[d]) && (OBJECT_ARTICLES.has(tokens[d].norm) || fellowIndex.match(tokens, d) !== null); n++)
    d = prevNonSpace(tokens, d - 1);
  return d >= 0 && isWordToken(tokens[d]) && soughtAmongIndex.endsAt(tokens, d, 5) && searchEarlier(ctx, d);
}

/**
 * «يعمل على توثيق حالات الاعتقال والاختفاء القسري», «أسس رابطة عائلات المعتقلين والمفقودين», "documenting
 * cases of enforced disappearance": the role word names a topic of someone's work, not what befell them.
 */
function topical(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  for (let j = prevNonSpace(tokens, cue.first - 1), words = 0; j >= 0 && words < MAX_TOPIC_WORDS; j = prevNonSpace(tokens, j - 1)) {
    const t = tokens[j];
    if (!isWordToken(t) || ctx.candAt[j] >= 0) return false;
    // «من أهالي داريا اعتقل»: the people of a town, not the families of those held.
    if (matchPlace(tokens, j) !== null) return false;
    // "families of the disappeared": past the article.
    if (t.kind === 'lat' && OBJECT_ARTICLES.has(t.norm)) continue;
    const other = cueOf(ctx, j);
    // «حالات الاعتقال والاختفاء»: past the other topics of the list.
    if (other && other.def.kind === 'role') {
      j = other.first;
      continue;
    }
    words++;
    for (let k = j, n = 0; k >= 0 && n < 3; k = prevNonSpace(tokens, k - 1), n++) if (topicIndex.match(tokens, k)?.last === j) return true;
    if (other) return false;
  }
  return false;
}
const MAX_TOPIC_WORDS = 2;

/**
 * "described how cellmates died", «شاهد معتقلين يموتون», «كيف مات رفاقه», "many of his cellmates
 * were executed", «أن المعتقلين نقلوا»: what befell other prisoners. "Among the detainees executed"
 * and "Omar and other detainees were freed" keep the name one of them.
 */
function fellowsSubject(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind === 'ar') {
    const after = nextNonSpace(tokens, cue.last + 1);
    if (tokens[after] && fellowIndex.match(tokens, after) !== null) return true;
  }
  let start = -1;
  // «أن المعتقلين نقلوا», "said that detainees were moved": the plural word for those held is itself the
  // cue and the subject of a reported clause. Elsewhere it may describe the names before it ("X and Y,
  // two detainees freed in 2020").
  const after = nextNonSpace(tokens, cue.last + 1);
  const that = tokens[prevNonSpace(tokens, cue.first - 1)];
  if (
    fellowIndex.match(tokens, cue.first)?.last === cue.last &&
    that !== undefined &&
    isWordToken(that) &&
    THAT_WORDS.has(stripConj(that.norm)) &&
    !(after < tokens.length && ctx.candAt[after] >= 0)
  )
    start = cue.first;
  let j = prevNonSpace(tokens, cue.first - 1);
  for (let n = 0; n < 3 && j >= 0 && isWordToken(tokens[j]) && (PASSIVE_AUX.has(tokens[j].norm) || FELLOW_SKIP.has(tokens[j].norm)); n++)
    j = prevNonSpace(tokens, j - 1);
  // «معتقلين يموتون تحت التعذيب»: the verb before the cue phrase.
  if (j >= 0 && tokens[j].kind === 'ar' && cueOf(ctx, j) === null && fellowIndex.match(tokens, j) === null) j = prevNonSpace(tokens, j - 1);
  if (start < 0 && (j < 0 || !isWordToken(tokens[j]))) return false;
  for (let k = j, n = 0; start < 0 && k >= 0 && n < 3; k = prevNonSpace(tokens, k - 1), n++) if (fellowIndex.match(tokens, k)?.last === j) start = k;
  if (start < 0) return false;
  // «معتقلون آخرون», "other detainees": the whole phrase.
  for (let k = prevNonSpace(tokens, start - 1); k >= 0 && fellowIndex.match(tokens, k)?.last === k; k = prevNonSpace(tokens, k - 1)) start = k;
  // "among the detainees executed", "Omar and other detainees were freed", «مع معتقلين آخرين»: one of them.
  if (amongCrowd(ctx, prevNonSpace(tokens, start - 1))) return false;
  for (let k = prevNonSpace(tokens, start - 1), n = 0; k >= 0 && n < 4 && isWordToken(tokens[k]); k = prevNonSpace(tokens, k - 1), n++) {
    if (amongIndex.match(tokens, k) !== null || COORDINATORS.has(tokens[k].norm)) return false;
  }
  return !(tokens[start].kind === 'ar' && tokens[start].norm.startsWith('و'));
}
/**
 * «scrute les visages des prisonniers libérés», "scanned the faces of the freed prisoners", «وجوه المعتقلين
 * المفرج عنهم»: the plural word for those held, with its article, after a word of someone's clause (a verb, a
 * noun, "of"), is whom that person looks at or asks, not what they are. «un des prisonniers libérés», "among
 * the freed", "X and Y, two prisoners freed", «X مع المعتقلين» stay theirs.
 */
export function fellowsObject(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  // The plural noun: the cue itself, or right before ("prisonniers libérés") or after ("freed prisoners") it.
  let start = -1;
  if (fellowIndex.match(tokens, cue.first)?.last === cue.last) start = cue.first;
  else {
    const b = prevNonSpace(tokens, cue.first - 1);
    const a = nextNonSpace(tokens, cue.last + 1);
    for (let k = b, n = 0; start < 0 && k >= 0 && n < 2; k = prevNonSpace(tokens, k - 1), n++) if (fellowIndex.match(tokens, k)?.last === b) start = k;
    if (start < 0 && tokens[cue.first].kind === 'lat' && a < tokens.length && fellowIndex.match(tokens, a) !== null) start = cue.first;
  }
  if (start < 0) return false;
  const head = tokens[start];
  let d = prevNonSpace(tokens, start - 1);
  // «fait partie des prisonniers libérés», "one of the freed prisoners": an among phrase that holds the article.
  if (d >= 0 && amongIndex.endsAt(tokens, d, 3)) return false;
  if (head.kind === 'lat') {
    // "represents detainees' families": the plural's possessive; "who defends detainees": a bare plural
    // after the verb of a relative clause. Both are others, whatever the clause's subject is.
    const apostrophe = tokens[nextNonSpace(tokens, cue.last + 1)];
    if (start === cue.first && apostrophe !== undefined && (apostrophe.norm === "'" || apostrophe.norm === '’') && tokens[cue.last].norm.endsWith('s'))
      return true;
    const rel = d >= 0 ? prevNonSpace(tokens, d - 1) : -1;
    if (rel >= 0 && isWordToken(tokens[d]) && !PASSIVE_AUX.has(tokens[d].norm) && cueOf(ctx, d) === null && RELATIVE_SUBJECTS.has(tokens[rel].norm))
      return true;
    // "the freed prisoners": past the participle, a cue of its own, to the article.
    const participle = d >= 0 ? cueOf(ctx, d) : null;
    if (participle && participle.def.kind === 'role' && participle !== cue) d = prevNonSpace(tokens, participle.first - 1);
    if (d < 0 || !OBJECT_ARTICLES.has(tokens[d].norm)) return false;
    d = prevNonSpace(tokens, d - 1);
  } else if (!stripConj(head.norm).startsWith(AR_AL)) return false;
  const w = tokens[d];
  // «محمد الحداد من المعتقلين الذين خرجوا»: «من» of a part, one of them.
  if (w === undefined || !isWordToken(w) || ctx.candAt[d] >= 0 || PASSIVE_AUX.has(w.norm) || COORDINATORS.has(w.norm) || w.norm === AR_MIN) return false;
  // «cherche son frère parmi les prisonniers libérés»: one searched for among them is not said to be one of them.
  const among = amongIndex.match(tokens, d) !== null || amongCrowd(ctx, d) || amongIndex.endsAt(tokens, d, 3);
  if (among && !searchEarlier(ctx, d)) return false;
  return !(head.kind === 'ar' && head.norm.startsWith('و'));
}
/** A search cue earlier in the sentence of token `i` («cherche son frère … parmi», "looking for him among"). */
function searchEarlier(ctx: Ctx, i: number): boolean {
  const s = ctx.sentence[i];
  return ctx.cueList.some((e) => e.first < i && ctx.sentence[e.first] === s && e.def.kind === 'role' && e.def.search === true);
}
const OBJECT_ARTICLES = new Set(['des', 'les', 'ces', 'aux', 'the', 'those', 'these'].map(foldWord));
/** "the", «des» (OBJECT_ARTICLES) and words of how many: "some", «plusieurs». */
const ENCOUNTER_DETERMINERS = new Set([...OBJECT_ARTICLES, ...['some', 'several', 'many', 'plusieurs', 'quelques'].map(foldWord)]);
const RELATIVE_SUBJECTS = new Set(['who', 'that', 'qui'].map(foldWord));
const AR_MIN = foldWord('من');

/**
 * "where prisoners sit waiting for their turn to be killed", «où des détenus attendent d'être exécutés»:
 * a Latin passive or infinitive role word whose subject, a few plain words back in its clause, is other
 * prisoners. A name, a pronoun subject or another cue on the way stops the search.
 */
function fellowsBefore(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'lat' || !auxOrInfinitiveBefore(ctx, cue.first)) return false;
  for (let j = prevNonSpace(tokens, cue.first - 1), n = 0; j >= 0 && n < MAX_FELLOW_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    const t = tokens[j];
    if (t.norm === "'" || t.norm === '’') continue;
    if (!isWordToken(t) || ctx.candAt[j] >= 0 || ctx.clause[j] !== ctx.clause[cue.first] || PRONOUN_SUBJECTS.has(t.norm)) return false;
    const other = cueOf(ctx, j);
    if (
      other &&
      other.def.kind !== 'demand' &&
      other.def.kind !== 'neutral' &&
      !(other.def.kind === 'role' && fellowIndex.match(tokens, other.first)?.last === other.last)
    )
      return false;
    const fellows = fellowIndex.match(tokens, j);
    if (fellows && fellows.last === j) {
      // "Omar and other prisoners were killed", "among the prisoners executed": one of them. «où» folds to «ou» ("or").
      for (let k = prevNonSpace(tokens, j - 1), m = 0; k >= 0 && m < 4 && isWordToken(tokens[k]); k = prevNonSpace(tokens, k - 1), m++)
        if (amongIndex.match(tokens, k) !== null || (COORDINATORS.has(tokens[k].norm) && ctx.model.text.slice(tokens[k].s, tokens[k].e) !== 'où')) return false;
      return true;
    }
  }
  return false;
}
const MAX_FELLOW_WORDS = 8;
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'il', 'elle', 'i', 'je'].map(foldWord));
/** "to be killed", "were executed", «d'être exécutés»: the role word is passive or an infinitive. */
function auxOrInfinitiveBefore(ctx: Ctx, i: number): boolean {
  const b = ctx.tokens[prevNonSpace(ctx.tokens, i - 1)];
  return b !== undefined && isWordToken(b) && (PASSIVE_AUX.has(b.norm) || INFINITIVE_MARKS.has(b.norm));
}
const INFINITIVE_MARKS = new Set(['be', 'être', 'to'].map(foldWord));

/** Words between the fellows and what befell them: "were", "who", «qui», «الذين». */
const FELLOW_SKIP = new Set(['who', 'had', 'have', 'are', 'qui', 'ont', 'sont', 'الذين'].map(foldWord));

/** "the deaths of thousands", «la mort de milliers», «آلاف المعتقلين», "13,000 detainees". */
function crowdAround(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  const latinCue = tokens[cue.first].kind === 'lat';
  let b = prevNonSpace(tokens, cue.first - 1);
  if (latinCue && tokens[b] && isWordToken(tokens[b]) && OF_WORDS.has(tokens[b].norm)) b = prevNonSpace(tokens, b - 1);
  if (latinCue && crowdSubject(ctx, b)) return true;
  // "13,000 detainees", not "the 2012 arrest of".
  const crowdBefore = b >= 0 && ((tokens[b].kind === 'num' && !YEAR.test(tokens[b].norm)) || crowdIndex.match(tokens, b)?.last === b);
  if (crowdBefore) return !amongCrowd(ctx, b) && !floatingQuantifier(ctx, b) && !joinedToName(ctx, b);
  let j = nextNonSpace(tokens, cue.last + 1);
  // "Rebels freed thousands of prisoners", «ont libéré des milliers de détenus»: an active verb's object, past «des».
  const object = latinCue && tokens[j] && CROWD_ARTICLES.has(tokens[j].norm) ? nextNonSpace(tokens, j + 1) : j;
  if (
    latinCue &&
    cue.def.transitive &&
    tokens[object] &&
    ((tokens[object].kind === 'num' && !YEAR.test(tokens[object].norm)) || crowdIndex.match(tokens, object) !== null)
  )
    return !timesAfter(tokens, object);
  // "the deaths of …"; "body of" holds its "of" itself.
  if (latinCue && !OF_WORDS.has(tokens[cue.last].norm)) {
    // «la disparition en novembre 2013 de l'un de ses frères»: past a date between the noun and its "of".
    const dated = pastDate(tokens, j);
    if (!tokens[dated] || !isWordToken(tokens[dated]) || !OF_WORDS.has(tokens[dated].norm)) return false;
    j = nextNonSpace(tokens, dated + 1);
    if (unnamedKinAt(ctx, pastOneOf(tokens, j))) return true; // "of one of his brothers", «de l'un de ses frères»
  }
  const t = tokens[j];
  if (!t) return false;
  if (latinCue && unnamedKinAt(ctx, j)) return true; // "the body of his father", «le corps de son père»
  // "the death of his cellmates", «la mort de ses codétenus»
  if (latinCue && THIRD_PERSON_POSSESSIVES.has(t.norm) && fellowIndex.match(tokens, nextNonSpace(tokens, j + 1)) !== null) return true;
  // «une peine de 15 ans»: a length of time, not a number of people.
  const unit = tokens[nextNonSpace(tokens, j + 1)];
  const length = unit !== undefined && isServedUnit(unit);
  return (latinCue && t.kind === 'num' && !YEAR.test(t.norm) && !length) || crowdIndex.match(tokens, j) !== null;
}

/** Past "in November 2013", «en novembre 2013», «le 3 mai 2013» at `j` (attributes.ts parseDateAt): the token after it, or `j`. */
export function pastDate(tokens: Token[], j: number): number {
  const at = tokens[j]?.kind === 'lat' && DATE_PREPOSITIONS.has(tokens[j].norm) ? nextNonSpace(tokens, j + 1) : j;
  const date = at < tokens.length ? parseDateAt(tokens, at) : null;
  return date ? nextNonSpace(tokens, date.last + 1) : j;
}
const DATE_PREPOSITIONS = new Set(['en', 'in', 'on', 'le'].map(foldWord));

/** Past "one of", «l'un de», "two of" at `j`: the token after it, or `j`. */
export function pastOneOf(tokens: Token[], j: number): number {
  let k = tokens[j]?.norm === 'l' ? nextNonSpace(tokens, j + 1) : j;
  if (!tokens[k] || !COUNT_OF.has(tokens[k].norm)) return j;
  k = nextNonSpace(tokens, k + 1);
  return tokens[k] && OF_WORDS.has(tokens[k].norm) ? nextNonSpace(tokens, k + 1) : j;
}
const COUNT_OF = new Set(['un', 'une', 'one', 'two', 'deux', 'three', 'trois'].map(foldWord));

/**
 * "Omar Haddad and Samir Nasser all disappeared", «Omar Haddad et Samir Nasser ont tous disparu», «Ils ont tous
 * disparu»: "all" after its subject — a name, "they" or an auxiliary — sums up that subject; it is no crowd.
 */
function floatingQuantifier(ctx: Ctx, b: number): boolean {
  const { tokens } = ctx;
  if (!FLOATING_QUANTIFIERS.has(tokens[b].norm)) return false;
  const p = prevNonSpace(tokens, b - 1);
  return p >= 0 && (ctx.candAt[p] >= 0 || (isWordToken(tokens[p]) && (SUBJECT_AUX.has(tokens[p].norm) || PLURAL_SUBJECTS.has(tokens[p].norm))));
}
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'tous', 'toutes'].map(foldWord));
const PLURAL_SUBJECTS = new Set(['they', 'ils', 'elles'].map(foldWord));

/**
 * "tens of thousands of Syrians have disappeared", «des milliers de Syriens ont disparu», "thousands have been
 * detained", "100,000 Syrians are still missing": a crowd as the subject, past the auxiliaries that end at `b` right
 * before the cue.
 */
/** "Omar Haddad and (two, several) others disappeared", «Omar Haddad et plusieurs autres»: the crowd ending at `b` joined to a name. */
function joinedToName(ctx: Ctx, b: number): boolean {
  const { tokens } = ctx;
  let k = b;
  for (
    let n = 0;
    n < 3 && k >= 0 && isWordToken(tokens[k]) && (crowdIndex.match(tokens, k) !== null || isCountWord(tokens[k]) || CROWD_QUANTIFIERS.has(tokens[k].norm));
    n++
  )
    k = prevNonSpace(tokens, k - 1);
  if (k < 0 || !isWordToken(tokens[k]) || !COORDINATORS.has(tokens[k].norm)) return false;
  const before = prevNonSpace(tokens, k - 1);
  return before >= 0 && ctx.candAt[before] >= 0;
}
const CROWD_QUANTIFIERS = new Set(['several', 'many', 'some', 'plusieurs', 'quelques', 'nombreux', 'deux', 'trois'].map(foldWord));

function crowdSubject(ctx: Ctx, b: number): boolean {
  const { tokens } = ctx;
  const crowdAt = (j: number) => j >= 0 && ((tokens[j].kind === 'num' && !YEAR.test(tokens[j].norm)) || crowdIndex.match(tokens, j)?.last === j);
  let j = b;
  for (let n = 0; n < 3 && j >= 0 && isWordToken(tokens[j]) && SUBJECT_AUX.has(tokens[j].norm); n++) j = prevNonSpace(tokens, j - 1);
  if (j < 0 || !isWordToken(tokens[j])) return false;
  // "Omar Haddad and many others have disappeared": the name is one of them.
  const joined = (k: number) => joinedToName(ctx, k);
  if (j !== b && crowdAt(j)) return !amongCrowd(ctx, j) && !joined(j);
  if (!PEOPLE_PLURALS.has(tokens[j].norm)) return false;
  const of = prevNonSpace(tokens, j - 1);
  // "More than 100,000 Syrians are still missing", "many detainees have disappeared": the count right before them.
  if (crowdAt(of)) return !amongCrowd(ctx, of) && !joined(of);
  if (of < 0 || !OF_WORDS.has(tokens[of].norm)) return false;
  const crowd = prevNonSpace(tokens, of - 1);
  return crowdAt(crowd) && !amongCrowd(ctx, crowd) && !joined(crowd);
}
const SUBJECT_AUX = new Set(['have', 'has', 'had', 'are', 'were', 'been', 'ont', 'sont', 'avaient', 'étaient', 'été'].map(foldWord));
const PEOPLE_PLURALS = new Set(
  [
    ...['syrians', 'people', 'detainees', 'prisoners', 'men', 'women', 'civilians', 'activists', 'persons', 'individuals', 'children'],
    ...['syriens', 'personnes', 'détenus', 'prisonniers', 'hommes', 'femmes', 'civils', 'militants', 'enfants'],
  ].map(foldWord),
);

/**
 * "arrested several times", «arrêté plusieurs fois», "detained three times", "arrested 12 years ago": the crowd word
 * or number at `j` counts times or a length of time, not people.
 */
function timesAfter(tokens: Token[], j: number): boolean {
  const k = nextNonSpace(tokens, (crowdIndex.match(tokens, j)?.last ?? j) + 1);
  return k < tokens.length && isWordToken(tokens[k]) && (TIMES_WORDS.has(tokens[k].norm) || isServedUnit(tokens[k]));
}
const TIMES_WORDS = new Set(['times', 'occasions', 'fois', 'reprises'].map(foldWord));

/**
 * "one of the 100,000 disappeared", «l'un des milliers de disparus», «واحد من آلاف المختفين»: the
 * crowd ending at `b` is one the name before it belongs to.
 */
function amongCrowd(ctx: Ctx, b: number): boolean {
  const { tokens } = ctx;
  for (let j = b, n = 0; j >= 0 && n < MAX_CROWD_WORDS; j = prevNonSpace(tokens, j - 1), n++) {
    const t = tokens[j];
    for (let k = j, m = 0; k >= 0 && m < 3; k = prevNonSpace(tokens, k - 1), m++) if (amongIndex.match(tokens, k)?.last === j) return true;
    const crowdWord =
      t.kind === 'num' ||
      t.norm === ',' ||
      (isWordToken(t) && (KIN_ARTICLES.has(t.norm) || OF_WORDS.has(t.norm) || APPROXIMATE_WORDS.has(t.norm) || crowdIndex.match(tokens, j)?.last === j));
    if (!crowdWord) return false;
  }
  return false;
}
const MAX_CROWD_WORDS = 6;

/** A kinship word at `j` («شقيقه», "his father") with no name after it. */
export function unnamedKinAt(ctx: Ctx, j: number): boolean {
  const kin = cueOf(ctx, j);
  if (!kin || kin.first !== j || kin.def.kind !== 'relative') return false;
  const after = nextNonSpace(ctx.tokens, kin.last + 1);
  return !(after < ctx.tokens.length && ctx.candAt[after] >= 0);
}

/** «الذي توفي شقيقه تحت التعذيب»: an Arabic verb whose subject, right after it, is an unnamed relative; the cues after it in the clause are theirs too. */
function unnamedKinSubject(ctx: Ctx, cue: Cue): boolean {
  const { tokens } = ctx;
  if (tokens[cue.first].kind !== 'ar') return false;
  // «وتبحث عنه والدته»: a relative who searches for "him" is the searcher; the one sought is named before.
  if (cue.def.kind === 'role' && cue.def.search && holdsSoughtPronoun(ctx, cue)) return false;
  const kinAfter = (verb: Cue): boolean => {
    const j = nextNonSpace(tokens, verb.last + 1);
    return cueOf(ctx, j)?.last === j && unnamedKinAt(ctx, j);
  };
  if (kinAfter(cue)) return true;
  for (let j = prevNonSpace(tokens, cue.first - 1), words = 0; j >= 0 && words < MAX_KIN_SUBJECT_WORDS; j = prevNonSpace(tokens, j - 1)) {
    if (!isWordToken(tokens[j]) || ctx.clause[j] !== ctx.clause[cue.first] || ctx.candAt[j] >= 0) return false;
    words++;
    const before = cueOf(ctx, j);
    if (before && before.def.kind === 'role' && before.last === j) return kinAfter(before);
    if (before) j = before.first;
  }
  return false;
}
const MAX_KIN_SUBJECT_WORDS = 4;
