import cuesData from '../data/cues.json';
import figuresData from '../data/public-figures.json';
import nameWordsData from '../data/name-words.json';
import { AR_EVERYDAY, withPronouns } from '../everyday-words';
import { GIVEN_NAMES, WORLD_GIVEN_NAMES } from '../names/gazetteer';
import type { MentionRole } from '../types';
import { PhraseIndex, foldWord, isWordToken, nextNonSpace, phraseWords, prefixCombos, type Token } from './text-model';
import { LAT_ARTICLE_WORD, PLACE_TYPE_WORDS, PLACE_WORDS } from '../attributes';

/**
 * The word lists behind every stage, loaded and indexed once at module load: cue phrases, name
 * parts, given names, words that are never names, public figures.
 */

export type DetRole = 'detainee' | 'released' | 'missing' | 'dead';

// "found" alone is no cue: "Ahmad Darwish, detained since 2012, was found in
// Saydnaya" stays a detainee; a release needs a release word.
// Among the cues that describe the same person the gravest outcome wins.
export const ROLE_PRIORITY: Record<DetRole, number> = { detainee: 1, missing: 2, released: 3, dead: 4 };

export const MAX_NAME_UNITS = 5;

// ---------------------------------------------------------------------------
// Word lists

export type Langs = { ar?: string[]; en?: string[]; fr?: string[] };
export const ar = (l: Langs): string[] => l.ar ?? [];
export const latin = (l: Langs): string[] => [...(l.en ?? []), ...(l.fr ?? [])];
const allLangs = (l: Langs): string[] => [...ar(l), ...latin(l)];

/** "Mr", «Mme»: a courtesy title before a name (cues.honorifics). */
export const HONORIFICS = new Set(latin(cuesData.honorifics).map(foldWord));
/** "freeing", "arresting": an English -ing form that tells what befell the name right after it (cues.ingVerbs). */
export const ING_VERBS = new Map<string, DetRole>(
  (Object.entries(cuesData.ingVerbs) as [DetRole, string[]][]).flatMap(([role, ws]) => ws.map((w): [string, DetRole] => [foldWord(w), role])),
);
/** Every phrase of every language, folded. */
export const phraseSet = (l: Langs): Set<string> =>
  new Set(
    allLangs(l)
      .map(foldWord)
      .filter((w) => w.length > 0),
  );
const foldSet = (list: string[]): Set<string> => new Set(list.map(foldWord).filter((w) => w.length > 0 && !w.includes(' ')));

export type CueKind =
  'role' | 'relative' | 'official' | 'defector' | 'otherTitle' | 'speech' | 'neutral' | 'demand' | 'negation' | 'clause' | 'coord' | 'headingOfficial';

export interface CueDef {
  kind: CueKind;
  role?: DetRole;
  transitive?: boolean;
  firstPerson?: boolean;
  /** Says someone is held, but is said of officials too (sentencing): never outweighs the figure list. */
  weak?: boolean;
  /** "abducted", «اختطف»: missing when nothing else says where the person is or what became of him. */
  abduction?: boolean;
  /** "re-arrested", «أعيد اعتقاله»: held again; outweighs an earlier release. */
  again?: boolean;
  /** "looking for", «تبحث عن»: says missing of the name after it, never of the searcher before it. */
  search?: boolean;
  /** «داهمت», "raided": a raid, no arrest when its sentence says it failed (cues.raids, context.ts). */
  raid?: boolean;
  /** "arrested", «اعتقل»: tells only that the person was taken, not where they are held (cues.arrestEvents). */
  arrestOnly?: boolean;
  /** "was transferred to", «تم نقله إلى»: a held person moved between places; like an arrest, a step before the outcome. */
  transfer?: boolean;
  /** "declared dead", «شهادة وفاة»: a death on paper, which a release of the same person outweighs (cues.deathClaims). */
  claim?: boolean;
  /** "except", «باستثناء»: says held only of the name right after it, never of one further away (cues.exceptions). */
  exception?: boolean;
  /** "walked out of Saydnaya", «خرج من صيدنايا»: left a place of detention alive; a death told after it is not his. */
  exit?: boolean;
  /** "their fate", «مصيرهم», «leur détention»: a pronoun form of a missing cue said of several (pronounForms). */
  plural?: boolean;
}

/**
 * A cue definition with every field present: the code that reads cues then meets one object shape (one V8
 * hidden class) instead of a dozen, each new one of which threw away the compiled roles stage.
 */
export function cueDef(d: Pick<CueDef, 'kind'> & Partial<CueDef>): CueDef {
  return {
    kind: d.kind,
    role: d.role,
    transitive: d.transitive ?? false,
    firstPerson: d.firstPerson ?? false,
    weak: d.weak ?? false,
    abduction: d.abduction ?? false,
    again: d.again ?? false,
    search: d.search ?? false,
    arrestOnly: d.arrestOnly ?? false,
    transfer: d.transfer ?? false,
    claim: d.claim ?? false,
    exception: d.exception ?? false,
    exit: d.exit ?? false,
    raid: d.raid ?? false,
    plural: d.plural ?? false,
  };
}

export const cues = cuesData;
/** "The Haddad family", «la famille Haddad», «عائلة الحداد»: nouns that make a family name stand for the family. */
export const FAMILY_NOUNS = new Set(['family', 'families', 'famille', 'clan', 'عائلة', 'أسرة', 'آل'].map(foldWord));
/** "regime", «نظام», «قوات»: nouns that make a figure's family name stand for the regime (cues.regimeWords, GUIDE.md rule 4). */
export const REGIME_WORDS = new Set([...cuesData.regimeWords.ar, ...cuesData.regimeWords.latin].map(foldWord));
export const ARABIC_CUE_PREFIXES = prefixCombos(['', 'ال', 'ب', 'ل', 'بال', 'لل', 'ك', 'كال']);
const ARABIC_SUFFIXES = cues.arabicCueSuffixes.endings.map(foldWord);
const ARABIC_TA_SUFFIXES = cues.arabicCueSuffixes.afterTaMarbuta.map(foldWord);
const HA_ENDING = foldWord('ه');
const HUM_ENDING = foldWord('هم');
const LATIN_TRANSITIVE = foldSet(cues.latinTransitive);

export const cueIndex = new PhraseIndex<CueDef>(ARABIC_CUE_PREFIXES);

function addCue(phrase: string, def: CueDef, arabic: boolean): void {
  const ws = phraseWords(phrase);
  if (ws.length === 0) return;
  def = cueDef(def);
  cueIndex.addWords(ws, def);
  // اعتقلوه، معتقلاً، وفاته: a single Arabic cue word with an attached ending. Folded, «محافظ» and its
  // «ه» ("his governor") spell «محافظة» (a governorate): a word for a kind of place is no cue. So do «أضاف» and
  // «أفاد» («بالإضافة», "in addition"; «إفادة»): a speech verb takes no «ه».
  if (arabic && ws.length === 1 && ws[0].length >= 3) {
    const w = ws[0];
    // «وقتلهم», «إعدامهم»: a death of "them" is said of several, like the plural forms of pronounForms.
    for (const s of ARABIC_SUFFIXES)
      if (!PLACE_TYPE_WORDS.has(w + s) && !(def.kind === 'speech' && s === HA_ENDING))
        cueIndex.addWords([w + s], def.role === 'dead' && s === HUM_ENDING ? { ...def, plural: true } : def);
    if (w.endsWith('ه')) for (const s of ARABIC_TA_SUFFIXES) cueIndex.addWords([w.slice(0, -1) + 'ت' + s], def);
  }
}

/**
 * A French participle agrees with its subject: «libéré» is also «libérée», «libérés», «libérées»;
 * «disparu», «sorti», «mort» likewise. The forms of a phrase whose first or last word is one.
 */
export function frenchAgreements(phrase: string): string[] {
  const words = phrase.split(' ');
  const forms = (word: string): string[] => {
    const stem = word
      .replace(/(?:ées|és|ée)$/u, 'é')
      .replace(/(?:ues|us|ue)$/u, 'u')
      .replace(/(?:ies|is|ie)$/u, 'i');
    const base = /\p{L}(?:é|u|i)$/u.test(stem) ? stem : /^morte?s?$/u.test(word) ? 'mort' : null;
    return base === null ? [word] : [base, `${base}e`, `${base}s`, `${base}es`];
  };
  const firsts = forms(words[0]);
  if (words.length === 1) return firsts;
  const lasts = forms(words[words.length - 1]);
  const middle = words.slice(1, -1);
  const out: string[] = [];
  for (const f of firsts) for (const l of lasts) out.push([f, ...middle, l].join(' '));
  return [...new Set(out)];
}

/**
 * "his fate" is also "her fate" and "their fate"; «sa détention», «leur détention», «nie les détenir», «où ils se
 * trouvent»; «مصيره», «مصيرها», «مصيرهم»: the forms of a phrase for the other persons, the phrase itself left out.
 * Arabic endings are taken only where the phrase writes «ه» (a folded «ة» is no pronoun).
 */
export function pronounForms(phrase: string, lang: 'ar' | 'en' | 'fr'): string[] {
  const words = phrase.split(' ');
  const options = words.map((w, i): string[] => {
    if (lang === 'en') return EN_PRONOUNS.find((set) => set.includes(w)) ?? [w];
    if (lang === 'fr') {
      const set = FR_PRONOUNS.find((s) => s.includes(w));
      // «le», «la», «les» are pronouns before an infinitive only («nie le détenir»), articles elsewhere.
      if (set && FR_OBJECTS.includes(w) && !/(?:er|ir|re)$/u.test(words[i + 1] ?? '')) return [w];
      return set ?? [w];
    }
    const m = /^(.{2,}?)(هما|هم|ها|ه)$/u.exec(w);
    return m ? AR_ENDINGS.map((e) => m[1] + e) : [w];
  });
  let out = [''];
  for (const o of options) out = out.flatMap((head) => o.map((w) => (head === '' ? w : `${head} ${w}`)));
  if (lang === 'fr') out = out.flatMap((f) => [f, ...frenchPlural(f)]);
  return [...new Set(out)].filter((f) => f !== phrase);
}
/** A phrase with a pronoun for several: "their", «leur», «ils», «les» before a verb, «ـهم», «ـهما». */
function saysSeveral(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.some(
    (w, i) =>
      PLURAL_PRONOUNS.has(w) || (w === 'les' && /(?:er|ir|re)$/u.test(words[i + 1] ?? '')) || (/\p{Script=Arabic}/u.test(w) && /..(?:هم|هما)$/u.test(w)),
  );
}
const PLURAL_PRONOUNS = new Set(['their', 'them', 'leur', 'leurs', 'ils', 'elles']);
const EN_PRONOUNS = [
  ['his', 'her', 'their'],
  ['him', 'them'],
];
const FR_OBJECTS = ['le', 'la', 'les'];
const FR_PRONOUNS = [['son', 'sa', 'leur'], ['ses', 'leurs'], FR_OBJECTS, ['il', 'elle']];
const AR_ENDINGS = ['ه', 'ها', 'هم', 'هما'];
/** «où il se trouve» → «où ils se trouvent»: a singular subject pronoun and its verb, made plural (the verbs of FR_PLURAL_VERBS only). */
function frenchPlural(phrase: string): string[] {
  const words = phrase.split(' ');
  const at = words.findIndex((w) => w === 'il' || w === 'elle');
  if (at < 0) return [];
  let v = at + 1;
  while (v < words.length && FR_CLITICS.has(words[v])) v++;
  const plural = FR_PLURAL_VERBS.get(words[v] ?? '');
  if (plural === undefined) return [];
  const out = [...words];
  out[at] = `${words[at]}s`;
  out[v] = plural;
  return [out.join(' ')];
}
const FR_CLITICS = new Set(['se', 'ne', 'n', 'le', 'la', 'les', 'y', 'en']);
const FR_PLURAL_VERBS = new Map([
  ['est', 'sont'],
  ['était', 'étaient'],
  ['trouve', 'trouvent'],
  ['trouvait', 'trouvaient'],
  ['a', 'ont'],
  ['avait', 'avaient'],
  ['soit', 'soient'],
  ['vit', 'vivent'],
]);

/** `def` gets a Latin phrase's folded form ('' for Arabic) and the phrase's words, folded and joined. */
function addCueList(l: Langs, def: (latinWord: string, words: string) => CueDef, agree = true): void {
  for (const p of ar(l)) addCue(p, def('', phraseKey(p)), true);
  for (const p of l.en ?? []) addCue(p, def(foldWord(p), phraseKey(p)), false);
  for (const p of l.fr ?? []) for (const f of agree ? frenchAgreements(p) : [p]) addCue(f, def(foldWord(f), phraseKey(f)), false);
}
const phraseKey = (p: string): string => phraseWords(p).join(' ');

/** "my", «mon», «nos»: the Latin possessives of the one speaking (cues.firstPerson). */
export const FIRST_PERSON_POSSESSIVES = foldSet(cues.firstPerson.latinPossessives);
const FIRST_PERSON_ENDINGS = cues.firstPerson.arabicEndings.map(foldWord);

/** «أخي», «أخونا», "my brother", «mon frère». */
export function isFirstPerson(words: string[]): boolean {
  const first = words[0] ?? '';
  if (FIRST_PERSON_POSSESSIVES.has(first)) return true;
  return /\p{Script=Arabic}/u.test(first) && FIRST_PERSON_ENDINGS.some((e) => first.endsWith(e));
}
/** Detainee cues that tell only that someone was taken (cues.arrestEvents); death cues on paper (cues.deathClaims). */
const ARREST_EVENTS = new Set(allLangs(cues.arrestEvents).map(phraseKey));
/** «داهمت», "raided": raid words that are arrest cues (cues.raids). */
const RAID_WORDS = new Set(allLangs(cues.raids).map(phraseKey));
const DEATH_CLAIMS = new Set(allLangs(cues.deathClaims).map(phraseKey));
/** Words of a transfer between places of detention (cues.servedTerm.transfers). */
export const SERVED_TRANSFERS = foldSet(cues.servedTerm.transfers);
for (const role of ['dead', 'released', 'missing', 'detainee'] as DetRole[]) {
  addCueList(cues.roles[role], (w, words) => ({
    kind: 'role',
    role,
    transitive: LATIN_TRANSITIVE.has(w),
    ...(role === 'detainee' && ARREST_EVENTS.has(words) ? { arrestOnly: true } : {}),
    ...(role === 'detainee' && RAID_WORDS.has(words) ? { raid: true } : {}),
    ...(role === 'detainee' && words.split(' ').some((x) => SERVED_TRANSFERS.has(x)) ? { transfer: true } : {}),
    ...(role === 'dead' && DEATH_CLAIMS.has(words) ? { claim: true } : {}),
  }));
}
addCueList(cues.search, () => ({ kind: 'role', role: 'missing', search: true }));
addCueList(cues.abduction, (w) => ({ kind: 'role', role: 'missing', transitive: LATIN_TRANSITIVE.has(w), abduction: true }));
addCueList(cues.rearrest, () => ({ kind: 'role', role: 'detainee', again: true }));
addCueList(cues.exceptions, () => ({ kind: 'role', role: 'detainee', again: true, exception: true }));
addCueList(cues.remainedHeld, () => ({ kind: 'role', role: 'detainee', again: true }));
addCueList(cues.sentencing, (w) => ({ kind: 'role', role: 'detainee', transitive: LATIN_TRANSITIVE.has(w), weak: true }));
/** «حكم», "sentenced": a death word after these is the sentence passed (context.ts deathSentence). */
export const SENTENCE_WORDS = foldSet(cues.sentencing.passedWords);
addCueList(cues.relatives, () => ({ kind: 'relative' }));
addCueList(cues.officialTitles, () => ({ kind: 'official' }));
addCueList(cues.defector, () => ({ kind: 'defector' }));
addCueList(cues.otherTitles, () => ({ kind: 'otherTitle' }));
addCueList(cues.speech, () => ({ kind: 'speech' }));
addCueList(cues.neutralTitles, () => ({ kind: 'neutral' }));
addCueList(cues.fearedArrest, () => ({ kind: 'neutral' }));
/** An arrest tried and failed, or the one sought not found (cues.fearedArrest, cues.raidMissed): no raid of its sentence arrested anyone. */
export const raidFailedIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of [...allLangs(cues.fearedArrest), ...allLangs(cues.raidMissed)]) raidFailedIndex.add(p, true);
addCueList(cues.bodilyLoss, () => ({ kind: 'neutral' }));
addCueList(cues.reflexiveStop, () => ({ kind: 'neutral' }));
addCueList(cues.betweenLifeAndDeath, () => ({ kind: 'neutral' }));
addCueList(cues.homeExits, () => ({ kind: 'neutral' }));
addCueList(cues.chargesOfKilling, () => ({ kind: 'neutral' }));
addCueList(cues.demand, () => ({ kind: 'demand' }));
addCueList(cues.negation, () => ({ kind: 'negation' }));
/** «لم», "not", «jamais»: the one-word negations of cues.negation, also the head of a negated cue («لم يظهر»). */
export const NEGATION_WORDS = foldSet(allLangs(cues.negation));
// Words, not participles: «mais» has no agreements, and «mai» is a month.
addCueList(cues.clauseBreaks, () => ({ kind: 'clause' }), false);
addCueList(cues.headingOfficials, () => ({ kind: 'headingOfficial' }));
addCueList(cues.coordinatorPhrases, () => ({ kind: 'coord' }));
// A disappearance is told of a woman or of several in the same words but for the pronoun: the other persons of
// each missing cue, added last so that no phrase of another list is taken over. A lone Arabic word («مصيره») keeps
// its own person: «المطالبة بالكشف عن مصيرهم» before one man's name speaks of others.
for (const p of ar(cues.roles.missing).filter((x) => x.includes(' ')))
  for (const f of pronounForms(p, 'ar')) addCue(f, cueDef({ kind: 'role', role: 'missing', plural: saysSeveral(f) }), true);
for (const lang of ['en', 'fr'] as const)
  for (const p of cues.roles.missing[lang] ?? [])
    for (const f of pronounForms(p, lang).flatMap((x) => (lang === 'fr' ? frenchAgreements(x) : [x])))
      addCue(f, cueDef({ kind: 'role', role: 'missing', transitive: LATIN_TRANSITIVE.has(foldWord(f)), plural: saysSeveral(f) }), false);
export const FREEDOM_FOR = foldSet(cues.freedomFor.ar);
export const FREEDOM_FOR_LAT = foldSet(latin(cues.freedomFor));
export const CONTINUATION = foldSet(allLangs(cues.continuationWords));

/** Causes of a death outside detention: a shell, an air strike, a sniper, a siege («قذيفة», "sniper", «obus»). */
export const outsideDeathIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ب', 'ال', 'بال', 'لل']));
for (const p of [...ar(cues.outsideDeath), ...latin(cues.outsideDeath)]) outsideDeathIndex.add(p, true);

/** Bare kinship nouns of an appositive («شقيقة», "mother", «sœur»), with the words allowed around them. */
export const kinNounIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of [...ar(cues.kinNouns), ...latin(cues.kinNouns)]) kinNounIndex.add(p, true);
/** "driver", «avocat»: one who goes with a detainee and is not him (cues.companionNouns). */
export const companionNounIndex = new PhraseIndex<true>();
for (const p of latin(cues.companionNouns)) companionNounIndex.add(p, true);
export const KIN_ARTICLES = foldSet(cues.kinOpeners.articles);
export const KIN_WHOSE = foldSet(cues.kinOpeners.whose);
/** "Samir Nasser is the brother of Omar Haddad", «سمير ناصر هو شقيق محمد الحداد»: kinship said with "is". */
export const KIN_COPULAS = foldSet(cues.kinOpeners.copulas);
/** "whose brother", «dont le frère»: the first token of the kinship noun after a "whose" at `w` (past an article), or -1. */
export function whoseKinAt(tokens: Token[], w: number): number {
  if (tokens[w]?.kind !== 'lat' || !KIN_WHOSE.has(tokens[w].norm)) return -1;
  let j = nextNonSpace(tokens, w + 1);
  if (j < tokens.length && KIN_ARTICLES.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
  // "whose three children", «dont les deux fils».
  if (j < tokens.length && isCountWord(tokens[j])) j = nextNonSpace(tokens, j + 1);
  return j < tokens.length && kinNounIndex.match(tokens, j) !== null ? j : -1;
}
/** "missing", «disparu», «مفقود»: a missing cue with one of these after "X, whose <kin>" is the relative's own fate (cues kinOwnState). */
export const KIN_OWN_STATE = foldSet(cues.kinOwnState);
export const KIN_LINKS = foldSet(cues.kinLinks);

// «أسرة علي الشيخ أكدت وفاته», "Omar Haddad's family said": the family speaks of the person named.
export const familyBeforeIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ل']));
for (const p of cues.familyOf.before) familyBeforeIndex.add(p, true);
export const FAMILY_AFTER = foldSet(cues.familyOf.after);
/** «تبحث فاطمة عن ابنها»: a search verb, its subject, then «عن» and the one sought. */
export const SPLIT_SEARCH_VERBS = foldSet(cues.splitSearchVerbs.flatMap((v) => [v, `و${v}`, `ف${v}`]));
/** «عائلته», «والدتها», «أهلهم»: a kinship or family noun with "his", "her" or "their" attached (kinNouns, familyOf). */
export const AR_KIN_OF_HIM = new Set(
  [...ar(cues.kinNouns), ...cues.familyOf.before.filter((w) => /\p{Script=Arabic}/u.test(w))]
    .filter((w) => !w.includes(' '))
    .map(foldWord)
    .flatMap((w) => ['ه', 'ها', 'هم'].map((e) => (w.endsWith('ه') ? `${w.slice(0, -1)}ت${e}` : `${w}${e}`))),
);
/** «عنه», «عنها»: about him, her, them — the one sought after a search verb. */
export const SOUGHT_AR_PRONOUNS = foldSet(['عنه', 'عنها', 'عنهم', 'عنهما']);
/** «في السجون», «في المشافي»: the places a family searches, after a search verb and the family (cues searchPlaces). */
export const SEARCH_PLACES_AR = foldSet(cues.searchPlaces);
/** «…، وهم محمد الحداد وأحمد العلي»: "they are", after a comma, before the names of the people the clause spoke of. */
export const THEY_ARE_AR = new Set(['هم', 'وهم', 'هما', 'وهما'].map(foldWord));
/** "Among them, Omar Haddad", «ومن بينهم»: a sentence naming some of those the one before spoke of. */
export const amongThemIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.amongThem)) amongThemIndex.add(p, true);
/** «Il s'agit de X»: the name of the one the sentence before told of (cues.json itIs). */
export const itIsIndex = new PhraseIndex<true>();
for (const p of latin(cues.itIs)) itIsIndex.add(p, true);
/** "his", "her", «son», «leur»: third-person possessives (a search cue may end with one: «cherche son»). */
export const THIRD_PERSON_POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'his', 'her', 'their'].map(foldWord));
/** "a", "an", «un», «une»: before a word for someone unnamed ("a former detainee") or an apposition. */
export const INDEFINITE_ARTICLES = new Set(['a', 'an', 'un', 'une']);
/** English and French articles: a capitalised word after one is a noun («de la Réconciliation»), not a first name. */
export const LATIN_ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du'].map(foldWord));
/** "some 100,000", "nearly two years", «quelque 17 000»: words that round a number (cues.approximately). */
export const approximatelyIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.approximately)) approximatelyIndex.add(p, true);
/** The same, word by word, for walking back over a crowd ("one of some 100,000"). */
export const APPROXIMATE_WORDS = new Set(allLangs(cues.approximately).flatMap(phraseWords));
/** "was held for two months", «احتجزته شهرين»: a detention told with its length (cues.boundedDetention). */
const bounded = cues.boundedDetention;
export const boundedVerbIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف', 'ثم']));
for (const p of allLangs(bounded.verbs)) boundedVerbIndex.add(p, true);
export const durationIntroIndex = new PhraseIndex<true>(prefixCombos(['', 'ل']));
for (const p of allLangs(bounded.intros)) durationIntroIndex.add(p, true);
export const durationCountIndex = new PhraseIndex<true>(prefixCombos(['']));
for (const p of allLangs(bounded.counts)) durationCountIndex.add(p, true);
export const DURATION_UNITS = foldSet(allLangs(bounded.units));
export const DURATION_DUALS = foldSet(bounded.duals);
export const stillHeldIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(bounded.stillHeld)) stillHeldIndex.add(p, true);
export const sentencingIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(bounded.sentencing)) sentencingIndex.add(p, true);
/** "was held … years ago", «كان محتجزاً سابقاً»: a state of being held told as past (cues.boundedDetention pastVerbs). */
export const pastVerbIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(bounded.pastVerbs)) pastVerbIndex.add(p, true);
/** "lasted", «a duré»: a detention's length in a past that ended (roles.ts lastedAfter). */
export const lastedIndex = new PhraseIndex<true>();
for (const p of allLangs(bounded.lasted)) lastedIndex.add(p, true);
export const pastMarkerIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(bounded.pastMarkers)) pastMarkerIndex.add(p, true);
export const stillNowIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(bounded.stillNow)) stillNowIndex.add(p, true);
/** «à nouveau», "again", «مجددا» (cues.boundedDetention.again): held once more. */
export const againIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(bounded.again)) againIndex.add(p, true);
export const AGO_BEFORE = foldSet(allLangs(bounded.agoBefore));
export const ONCE_BEFORE = foldSet(allLangs(bounded.onceBefore));
export const RANGE_LINKS = foldSet(allLangs(bounded.rangeLinks));
/** "now lives in", «يعيش اليوم», «vit aujourd'hui»: where someone lives now (cues.livesNow). */
export const livesNowIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(cues.livesNow)) livesNowIndex.add(p, true);
/** «رفاقه», "cellmates", «codétenus»: other people held, the subjects of what befell them and not a name before. */
export const fellowIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ل', 'ب']));
for (const p of [...ar(cues.fellowPrisoners), ...latin(cues.fellowPrisoners)]) fellowIndex.add(p, true);
export const amongIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of cues.amongWords) amongIndex.add(p, true);
/** "among", «parmi», «بين», "in the lists of": where someone is looked for among others (cues.soughtAmong). */
export const soughtAmongIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of cues.soughtAmong) soughtAmongIndex.add(p, true);
/** «ont péri de faim» in a besieged camp: hunger as a death outside detention, only where the post says siege. */
export const siegeHungerIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ب', 'ال', 'بال', 'لل']));
for (const p of [...ar(cues.siegeHunger), ...latin(cues.siegeHunger)]) siegeHungerIndex.add(p, true);
export const SIEGE_WORDS = foldSet(cues.siegeWords);
/** «توثيق حالات», "cases of", «familles de»: a role word after these is a topic. */
export const topicIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ل', 'ب']));
for (const p of [...ar(cues.topicWords), ...latin(cues.topicWords)]) topicIndex.add(p, true);
/** "enforced disappearances", «disparitions forcées»: the topic of a post about the disappeared (cues.disappearanceTopics). */
export const disappearanceTopicIndex = new PhraseIndex<true>(['']);
for (const p of latin(cues.disappearanceTopics)) disappearanceTopicIndex.add(p, true);
/** «الوحيد», "eldest", «aîné»: between a kinship word and its name. */
export const KIN_ADJECTIVES = foldSet(allLangs(cues.kinAdjectives));

/** «آلاف», "thousands", «milliers»: many unnamed people after a role word (and "of", «de», OF_WORDS). */
export const crowdIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ل', 'ب']));
for (const p of [...ar(cues.crowds), ...latin(cues.crowds)]) crowdIndex.add(p, true);
export const OF_WORDS = foldSet(cues.crowds.ofWords);

/** "reappeared", «réapparition», «عاود الظهور»: the missing found again (cues.reappearance). */
export const reappearanceIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ب']));
for (const p of allLangs(cues.reappearance)) reappearanceIndex.add(p, true);
/** "a reporter for Europe 1", «reporter à …»: words that say where a title is held (cues.titlePlaces). */
export const TITLE_PLACE_WORDS = foldSet(latin(cues.titlePlaces));
/** «selon qui», "according to whom", «بحسب قوله»: the source is the name before (cues.sourceBackReferences). */
export const SOURCE_BACK_REFERENCES = foldSet(allLangs(cues.sourceBackReferences));
/** "hoped her brother … was alive": the hope verbs and the words of life (cues.hopedAlive). */
export const HOPE_VERBS = foldSet(latin(cues.hopedAlive.verbs));
export const ALIVE_WORDS = foldSet(latin(cues.hopedAlive.alive));
/** "to no avail", «en vain», «دون جدوى»: a release sought and not won (cues.inVain). */
export const inVainIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ب']));
for (const p of allLangs(cues.inVain)) inVainIndex.add(p, true);
/** «مقابل», "in exchange for", «en échange de» right before a release cue: its price, not a release (cues.json ransomFor). */
export const ransomForIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.ransomFor)) ransomForIndex.add(p, true);
/** «فدية», "ransom", «rançon» (cues.json ransom). */
export const RANSOM_WORDS = foldSet(allLangs(cues.ransom));
/** "previously", «une première fois», «وسبق أن»: a cue told as an earlier episode (cues.earlierEpisode). */
export const earlierEpisodeIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.earlierEpisode)) earlierEpisodeIndex.add(p, true);
// «إن كان قد مات», "now feared dead": a death left unsure.
export const uncertainDeathIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(cues.uncertainDeath)) uncertainDeathIndex.add(p, true);
/** "could be executed", «مهدد بالإعدام»: a death threatened, not suffered (cues.threatenedDeath). */
export const threatenedDeathIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(cues.threatenedDeath)) threatenedDeathIndex.add(p, true);
/** «نجا من الموت», "escaped death": a death survived (cues.survivedDeath). */
export const survivedDeathIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(cues.survivedDeath)) survivedDeathIndex.add(p, true);

// «أخلت سلطات النظام سبيل شاب»: a release verb and its object a few words apart.
export const SPLIT_RELEASE_VERBS = foldSet(cues.splitRelease.verbs.flatMap((v) => [v, `و${v}`, `ف${v}`]));
export const SPLIT_RELEASE_OBJECTS = foldSet(cues.splitRelease.objects);
export const SPLIT_RELEASE_MAX_WORDS = cues.splitRelease.maxWordsBetween;
// «فارق محمد الحداد الحياة»: a death verb and its object a few words apart.
export const SPLIT_DEATH_VERBS = foldSet(cues.splitDeath.verbs.flatMap((v) => [v, `و${v}`, `ف${v}`]));
export const SPLIT_DEATH_OBJECTS = foldSet(cues.splitDeath.objects);
// «قضى محمد الحداد في سجن صيدنايا»: «قضى» without a term, then a place of detention (cues.diedIn).
export const DIED_IN_VERBS = foldSet(cues.diedIn.verbs.flatMap((v) => [v, `و${v}`, `ف${v}`]));
export const DIED_IN_TERM_WORDS = foldSet(cues.diedIn.termWords);
// «أخفي محمد الحداد قسرياً»: a verb of hiding and «قسراً» a few words apart.
export const SPLIT_DISAPPEARANCE_VERBS = foldSet(cues.splitDisappearance.verbs.flatMap((v) => [v, `و${v}`, `ف${v}`]));
export const SPLIT_DISAPPEARANCE_OBJECTS = foldSet(cues.splitDisappearance.objects);

// «خرج من صيدنايا»: a verb of leaving with a place of detention is a release.
export const exitIndex = new PhraseIndex<true>(ARABIC_CUE_PREFIXES);
for (const p of allLangs(cues.exitVerbs)) exitIndex.add(p, true);
export const EXIT_OBJECTS = new PhraseIndex<true>(prefixCombos(['', 'ال']));
for (const p of allLangs(cues.exitObjects)) EXIT_OBJECTS.add(p, true);

export const EXIT_PREPOSITIONS = foldSet(cues.exitPrepositions);
// "From Saydnaya to exile": exile after a place of detention is a release.
export const exileIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.exileAfterPrison)) exileIndex.add(p, true);
/** The first words of the exile and "taken to" phrases, with «و» / «ف»: most tokens start neither, and skip the look-up. */
export const EXILE_OR_INTO_FIRST = new Set(
  [...allLangs(cues.exileAfterPrison), ...allLangs(cues.intoVerbs)].flatMap((p) => {
    const w = phraseWords(p)[0] ?? '';
    return [w, `و${w}`, `ف${w}`];
  }),
);
// «اقتيد إلى فرع فلسطين», "was taken to Saydnaya": a verb of being taken, then a place of detention, is held.
export const intoIndex = new PhraseIndex<true>(prefixCombos(['', 'و', 'ف']));
for (const p of allLangs(cues.intoVerbs)) intoIndex.add(p, true);
/** «السجون المحررة», «les prisons libérées», "the freed prisons", «المناطق المحررة»: a release word qualifying a place of detention or an area. */
export const LIBERATED_PLACE_BEFORE = new PhraseIndex<true>(prefixCombos(['', 'و', 'ب', 'في']));
for (const l of [cues.liberatedPlaces, cues.liberatedAreas]) for (const p of [...ar(l), ...(l.fr ?? [])]) LIBERATED_PLACE_BEFORE.add(p, true);
export const LIBERATED_PLACE_AFTER = new PhraseIndex<true>(prefixCombos(['']));
for (const p of [...(cues.liberatedPlaces.en ?? []), ...(cues.liberatedAreas.en ?? [])]) LIBERATED_PLACE_AFTER.add(p, true);
export const servedIntroIndex = new PhraseIndex<true>(prefixCombos(['']));
for (const p of allLangs(cues.servedTerm.intro)) servedIntroIndex.add(p, true);
export const SERVED_UNITS = foldSet(allLangs(cues.servedTerm.units));
/** "Sunday", «hier» between a verb and the name it befell (cues.timeAdverbs). */
export const timeAdverbIndex = new PhraseIndex<true>(prefixCombos(['']));
for (const p of allLangs(cues.timeAdverbs)) timeAdverbIndex.add(p, true);
/** "years", «mois», «سنوات», and «السنوات» with the article: a unit of a term served (cues.servedTerm.units). */
export const isServedUnit = (t: Token): boolean =>
  SERVED_UNITS.has(t.norm) || (t.kind === 'ar' && t.norm.startsWith(AR_AL) && SERVED_UNITS.has(t.norm.slice(AR_AL.length)));
/** "spent", «passées», «التي قضاها» right after the unit: the term told backwards (cues.servedTerm.spentAfter). */
export const spentAfterIndex = new PhraseIndex<true>(prefixCombos(['']));
for (const p of allLangs(cues.servedTerm.spentAfter)) spentAfterIndex.add(p, true);
export const SERVED_IN = foldSet(allLangs(cues.servedTerm.in));
export const SERVED_PLACES = foldSet(allLangs(cues.servedTerm.places));
export const SERVED_NUMBERS = foldSet(allLangs(cues.servedTerm.numbers));
/** "transferred", «نقل»: a term served after one of these ended in another prison (cues.servedTerm.transfers). */
export const PASSIVE_AUX = foldSet(allLangs(cues.passiveAux));
/** Auxiliaries that open a finite verb right after a name or its apposition: "was arrested", «a été arrêté», «avait disparu». */
/** "lost", «a perdu», «فقدت»: verbs of losing a kinsman (roles.ts lostKinInDetention, mention-attributes.ts lostKinAt). */
export const LOST_VERBS = new Set(['lost', 'loses', 'perdu', 'perd', 'فقد', 'فقدت', 'وفقد', 'وفقدت', 'فقدنا', 'فقدوا'].map(foldWord));

export const FINITE_AUX = new Set(['was', 'were', 'is', 'has', 'had', 'a', 'avait', 'est', 'était', 'fut'].map(foldWord));
/** A number, or a word for one, before a noun: "two sons", "2 sons", "both". */
const COUNT_WORDS = new Set(
  [
    ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both'],
    ...['deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix'],
  ].map(foldWord),
);
export const isCountWord = (t: Token): boolean => t.kind === 'num' || (t.kind === 'lat' && COUNT_WORDS.has(t.norm));
/** Perfect-tense auxiliaries: "has been held", «a été libéré», «avait disparu». */
export const PERFECT_AUX = foldSet(['has', 'had', 'have', 'a', 'avait', 'ont']);
export const POST_SKIP = foldSet(allLangs(cues.postSkip));
/** "relatives", «proches», "families": plural words for a family. */
export const RELATIVES_WORDS = foldSet(['relatives', 'families', 'proches', 'familles']);
export const COORDINATORS = foldSet(allLangs(cues.coordinators));
export const AR_STOP = foldSet(cues.stopWords.ar);
export const LAT_STOP = foldSet(cues.stopWords.latin);
export const AR_SOFT_STOP = foldSet(cues.softStops.ar);
export const PROFESSIONS = foldSet(cues.professions.ar);
export const ORGANISATION_WORDS = foldSet(allLangs(cues.organisationWords));
const ARABIC_ORG_PREFIXES = ['وبال', 'بال', 'وال', 'ال', 'لل', 'ول', 'وب', 'و', 'ب', 'ل'];
/** A word for a body (cues.organisationWords), with an Arabic prefix or none: «سجن», «الهيئة», "agency". */
export function isOrganisationWord(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  if (ORGANISATION_WORDS.has(t.norm)) return true;
  return t.kind === 'ar' && ARABIC_ORG_PREFIXES.some((p) => t.norm.startsWith(p) && ORGANISATION_WORDS.has(t.norm.slice(p.length)));
}
/**
 * «خرج من السجن محمد الحداد»: a word for a body made definite by «ال» («السجن», «الهيئة») ends its phrase; only an
 * indefinite one («سجن صيدنايا», «موقع عنب بلدي») goes on with a name.
 */
export function definiteArabicHead(t: Token): boolean {
  return (
    t.kind === 'ar' && !ORGANISATION_WORDS.has(t.norm) && DEFINITE_PREFIXES.some((p) => t.norm.startsWith(p) && ORGANISATION_WORDS.has(t.norm.slice(p.length)))
  );
}
/** The prefixes of ARABIC_ORG_PREFIXES that hold «ال» (or «لل», «ل» + «ال»). */
const DEFINITE_PREFIXES = ARABIC_ORG_PREFIXES.filter((p) => p.endsWith('ال') || p === 'لل');
export const organisationIndex = new PhraseIndex<true>(prefixCombos(['', 'ب', 'ل', 'لل', 'بال', 'ال']));
for (const p of allLangs(cues.organisationNames)) organisationIndex.add(p, true);
export const aliasIndex = new PhraseIndex<true>(prefixCombos(['', 'و']));
for (const p of allLangs(cues.aliasWords)) aliasIndex.add(p, true);
export const SPEECH_SOURCES = new Set(allLangs(cues.speechSources).map(foldWord));
/** A year of this era, as a number token's text: 1900–2099. */
export const YEAR = /^(?:19|20)\d\d$/;
/** "told", «أخبر»: speech verbs whose object is the one spoken to (cues.testimony.addressed). */
export const ADDRESSED = phraseSet(cues.testimony.addressed);
export const WEAK_NEUTRAL = foldSet(cues.weakNeutral.list);
export const ACTIVE_SUBJECTS = foldSet(cues.activeSubjects.list);
/** «الأهالي», «المصدر»: a speaker named right after an Arabic speech verb («فقد أكد الأهالي أن»). */
export const AR_SPEAKERS_AFTER_VERB = foldSet(cues.arabicSpeakersAfterVerb.ar);
export const STATUS_NOUNS = new Set(allLangs(cues.statusNouns).map(foldWord));
/** "detainees", «détenus», "prisoners": a plural Latin word for those held (the ones others speak of or own). */
export const isPluralStatusNoun = (t: Token): boolean => t.kind === 'lat' && STATUS_NOUNS.has(t.norm) && /[sx]$/.test(t.norm);
/** "among", «parmi». */
export const LATIN_AMONG = new Set(['among', 'amongst', 'parmi'].map(foldWord));
/** ', ’, ʼ: the apostrophes of "Syria's" and «l'AFP». */
export const APOSTROPHES = new Set(["'", '’', 'ʼ']);
/** «A - B - C»: dashes that set the items of a list apart. */
export const LIST_DASHES = new Set(['-', '–', '—']);
/** "… were A, B, C", «… sont : A, B»: verbs that open a list as a colon does. */
export const LIST_COPULAS = new Set(['were', 'are', 'include', 'included', 'sont', 'étaient', 'furent'].map(foldWord));
/** «الحمصي», «الفلسطينية»: an Arabic adjective of origin in «ال…ي» (folded «ة» is «ه»). */
export const NISBA_AR = /^ال.{2,}ي(?:ه)?$/;
/** «ال», the Arabic article, folded. */
export const AR_AL = foldWord('ال');
/** Quotation marks, straight and typographic, as tokens. */
export const QUOTE_CHARACTERS = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '„']);
/** Quotes that open a quotation: a straight or curly double quote, or a guillemet. */
export const OPENING_QUOTES = new Set(['"', '“', '«']);
/** «من داخل السجن», "from inside the prison": said from a prison (cue text, folded word by word). */
export const INSIDE_PRISON = new Set(cues.insidePrison.map((p) => phraseWords(p).join(' ')));
export const ABBREVIATIONS = foldSet(cues.abbreviations);
export const STATE_ABBREVIATIONS = foldSet(cues.stateAbbreviations);
export const MONTH_ABBREVIATIONS = foldSet(cues.monthAbbreviations);
/** Words that join an official title to its complement: 'the head of the …', «القيادي في …». */
export const COMPLEMENT_LINKS = foldSet(allLangs(cues.complementLinks));
export const FORMER_QUALIFIERS = foldSet(allLangs(cues.formerQualifiers));
/** «سنة», «عاماً», "years", «ans»: the one-word units of an age in years after a count (candidates' lists, roles' terms). */
export const YEAR_OF_AGE_UNITS = foldSet(['سنة', 'سنه', 'عاما', 'عاماً', 'عام', 'years', 'ans']);
/** "hostage", «otage», «الرهينة»: one held by kidnappers. */
export const CAPTIVE_WORDS = foldSet(allLangs(cues.captiveWords));
/** "video", «rapport»: things a release word may be said of ("the release of a video"). */
export const RELEASED_THINGS = foldSet(latin(cues.releasedThings));
export const INTRODUCERS = new Set(cues.listIntroducers);

export const parts = cues.arabicNameParts;
export const AR_COMPOUND_HEAD = foldSet(parts.compoundHeads);
export const AR_KUNYA_HEAD = foldSet(parts.kunyaHeads);
export const AR_CONNECTOR = foldSet(parts.connectors);
export const AR_FAMILY_PREFIX = foldSet(parts.familyPrefixes);
export const AR_SUFFIX_NAME = foldSet(parts.suffixNames);
export const ABD = foldWord('عبد');
export const ALLAH = foldWord('الله');
export const LAT_ARTICLES = new Set(cues.latinParticles.articles.map((w) => w.toLowerCase()));
export const LAT_CONNECTORS = new Set(cues.latinParticles.connectors.map((w) => w.toLowerCase()));
export const LAT_HEADS = new Set(cues.latinParticles.heads.map((w) => w.toLowerCase()));
export const LAT_KUNYA_HEADS = new Set(cues.latinParticles.kunyaHeads);
export const LAT_EUROPEAN_CONNECTORS = new Set(cues.latinParticles.europeanConnectors);
// A lowercase article hyphenated to a word: al-Khatib, el-Masri, ad-Din.
export const LAT_ARTICLE_PREFIX = new RegExp(`^(?:${cues.latinParticles.hyphenArticles.join('|')})-`);
/** Defined beside the place patterns, which need it too. */
export { LAT_ARTICLE_WORD };
export const AMBIGUOUS_AR = foldSet(cues.ambiguousGivenNames.ar);
export const AMBIGUOUS_LAT = foldSet(cues.ambiguousGivenNames.latin);
export const WAW_NAMES = foldSet(cues.wawInitialNames);

// ---------------------------------------------------------------------------
// Given names: the one gazetteer the name matcher uses too (names/gazetteer.ts, given-names.json).

export const AR_GIVEN = new Set<string>();
/** Arabic given names the gazetteer marks as men's (given-names.json `g: "m"`), one word each. */
export const AR_MALE_GIVEN = new Set<string>();
export const LAT_GIVEN = new Set<string>();
/** Latin given names the gazetteer gives one sex only (given-names.json `g`), one word each: "Fatima" is a woman's. */
export const LAT_GIVEN_SEX = new Map<string, 'm' | 'f'>();
const LAT_BOTH_SEXES = new Set<string>();
/** A known Latin given name, or a hyphenated one of known parts ("Jean-Pierre", "Marie-Claire"). */
export const isLatGiven = (norm: string): boolean =>
  LAT_GIVEN.has(norm) || (norm.includes('-') && norm.split('-').every((p) => LAT_GIVEN.has(p) && !LAT_HEADS.has(p)));
for (const e of GIVEN_NAMES) {
  for (const a of [e.ar, ...e.arVariants]) {
    const ws = phraseWords(a);
    if (ws.length === 1) AR_GIVEN.add(ws[0]);
    else if (ws.length === 2 && !AR_COMPOUND_HEAD.has(ws[0])) AR_GIVEN.add(ws[0]);
    if (ws.length === 1 && e.g === 'm') AR_MALE_GIVEN.add(ws[0]);
  }
  for (const l of e.latin) {
    const ws = phraseWords(l);
    if (ws.length === 1) LAT_GIVEN.add(ws[0]);
    else if (ws.length > 1 && !LAT_HEADS.has(ws[0])) LAT_GIVEN.add(ws[0]);
    if (ws.length !== 1 || (e.g !== 'm' && e.g !== 'f')) continue;
    const known = LAT_GIVEN_SEX.get(ws[0]);
    if (known !== undefined && known !== e.g) LAT_BOTH_SEXES.add(ws[0]);
    else LAT_GIVEN_SEX.set(ws[0], e.g);
  }
}
for (const w of LAT_BOTH_SEXES) LAT_GIVEN_SEX.delete(w);

/** «وأحمد» → «أحمد»: a joined و/ف before a word of three letters or more. */
export const stripConj = (w: string): string => (w.length > 2 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);

/**
 * Common Arabic nouns, adjectives, verbs (past tense; present tense of origin, «ينحدر») and participles that are never a name word
 * («وثائق عثر», «أم صالح مريضة», «داود قائلاً»). Nouns and adjectives also with ال and attached
 * pronouns; a word in ة also as ت + pronoun. Known given names are left out.
 */
const AR_NON_NAME = new Set<string>();
{
  const nn = cues.arabicNonNameWords;
  const add = (w: string): void => {
    if (w.length > 1 && !AR_GIVEN.has(w)) AR_NON_NAME.add(w);
  };
  for (const raw of [...nn.verbs, ...nn.participles, ...nn.nationalities]) add(foldWord(raw));
  for (const raw of [...nn.nouns, ...nn.adjectives]) {
    const w = foldWord(raw);
    if (!w || w.includes(' ')) continue;
    add(w);
    add(foldWord('ال') + w);
    for (const f of withPronouns(w)) add(f);
  }
}
/** An Arabic word that can never be part of a name (with a leading و/ف too). */
export function isArNonName(norm: string): boolean {
  return (
    AR_NON_NAME.has(norm) ||
    AR_NON_NAME.has(stripConj(norm)) ||
    AR_VERBAL_NOUN.test(norm) ||
    ((norm.endsWith(YUN) || norm.endsWith(YIN)) && AR_PLURAL_NISBA.test(norm))
  );
}
const YUN = foldWord('يون');
const YIN = foldWord('يين');
/** «إعلاميون», «ثوريون», «الحقوقيين»: the plural of an adjective in «ـي» (people "of" something) is no name. */
const AR_PLURAL_NISBA = new RegExp(`^\\p{L}{3,}(?:${foldWord('يون')}|${foldWord('يين')})$`, 'u');
/**
 * «الاتصال», «الانتظار», «الاستقبال»: a verbal noun of the derived forms (ال, then ا, two to four letters, ا and a last
 * letter) is no family name («فقدت فاطمة الاتصال بابنها», Fatima lost contact with her son); «الإبراهيم», «الأتاسي» are.
 */
const AR_VERBAL_NOUN = new RegExp(`^${foldWord('ال')}${foldWord('ا')}\\p{L}{2,4}${foldWord('ا')}\\p{L}$`, 'u');

/**
 * Everyday Arabic words (common-words.json: the most frequent words of film subtitles, less every
 * word of a list of names). A name read only from such words («خارج إطار», «براءة ذمة») is no name;
 * a known given name, a compound head («عبد») or a kunya head («أبو») is never one of them.
 */
export function isArEverydayWord(norm: string): boolean {
  const bare = stripConj(norm);
  // «وائل», «وليد»: a given name that starts with «و» is no conjunction and a word.
  if (AR_GIVEN.has(norm) || AR_GIVEN.has(bare) || AR_COMPOUND_HEAD.has(bare) || AR_KUNYA_HEAD.has(bare)) return false;
  return AR_EVERYDAY.has(norm) || AR_EVERYDAY.has(bare);
}

export const LAT_NON_NAMES = new Set<string>([...foldSet(cues.latinNonNames)]);
for (const w of PLACE_WORDS) if (!/\p{Script=Arabic}/u.test(w) && !LAT_GIVEN.has(w)) LAT_NON_NAMES.add(w);

// Given names of many languages (foreign detainees, reporters, officials), after the lists above
// so that a name that is also a place, a word or a cue word («أمل», "Jordan") stays out.
for (const raw of WORLD_GIVEN_NAMES.latin) {
  const w = foldWord(raw);
  if (w && !w.includes(' ') && !LAT_NON_NAMES.has(w) && !LAT_STOP.has(w) && !PLACE_WORDS.has(w) && !cueIndex.hasFirst(w)) LAT_GIVEN.add(w);
}
for (const raw of WORLD_GIVEN_NAMES.ar) {
  const w = foldWord(raw);
  if (w && !w.includes(' ') && !isArNonName(w) && !AR_STOP.has(w) && !PLACE_WORDS.has(w) && !cueIndex.hasFirst(w)) AR_GIVEN.add(w);
}

// ---------------------------------------------------------------------------
// Public figures

export interface Figure {
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

export const figureArIndex = new PhraseIndex<Figure>(prefixCombos(['', 'ب', 'ل', 'لل']));
export const figureLatKeys = new Map<string, Figure>();
export const FIGURE_LAT_FIRST = new Set<string>();
export const MAX_FIGURE_WORDS = 6;

/** A Latin word as public-figure keys see it: no article, no hyphens (al-Assad → assad). */
export function latinKeyWords(norm: string): string[] {
  return norm.split('-').filter((w) => w.length > 0 && !LAT_ARTICLES.has(w));
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

// Latin spellings of names mined from Wikipedia (name-words.json): Syrians' names as English and French
// texts spell them and foreign names no given-name list has. After the public figures, so that a
// figure's family name ("Assad" in "the Assad regime") stays out, with the same filters as above.
{
  const figureFamilyWords = new Set<string>();
  for (const key of figureLatKeys.keys()) for (const w of key.split(' ').slice(1)) figureFamilyWords.add(w);
  for (const raw of nameWordsData.latin) {
    const w = foldWord(raw);
    if (w && !LAT_NON_NAMES.has(w) && !LAT_STOP.has(w) && !PLACE_WORDS.has(w) && !cueIndex.hasFirst(w) && !figureFamilyWords.has(w)) LAT_GIVEN.add(w);
  }
}
