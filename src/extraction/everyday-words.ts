import commonWordsData from './data/common-words.json';
import { foldWord } from './pipeline/text-model';

/**
 * Everyday Arabic words (data/common-words.json: the most frequent words of film subtitles, less
 * every word of a list of names), folded. No name and no place is read from these words alone: the
 * name reader (pipeline/lexicon) and the hometown patterns (attributes) both ask.
 */
export const AR_EVERYDAY = new Set(commonWordsData.ar.map(foldWord));

/** Attached Arabic pronouns, longest first: «منزلهما», «منزله», «بيتي». */
export const AR_PRONOUN_ENDINGS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا', 'كم', 'ك', 'ي'].map(foldWord);
const AL = foldWord('ال');
const TA_MARBUTA = foldWord('ة');
const TA = foldWord('ت');

/** A folded Arabic noun with each attached pronoun of `endings` on it; «ة» turns to «ت» first: «عيادة» → «عيادته». */
export function withPronouns(norm: string, endings: readonly string[] = AR_PRONOUN_ENDINGS): string[] {
  const stem = norm.endsWith(TA_MARBUTA) ? norm.slice(0, -TA_MARBUTA.length) + TA : norm;
  return endings.map((e) => stem + e);
}

/** An everyday Arabic word as written or with «ال» or an attached pronoun («منزلهما» → «منزل»). Kept by word, up to a bound. */
export function isArEverydayForm(norm: string): boolean {
  let known = everydayForms.get(norm);
  if (known === undefined) {
    if (everydayForms.size >= EVERYDAY_CACHE_LIMIT) everydayForms.clear();
    everydayForms.set(norm, (known = everydayForm(norm)));
  }
  return known;
}
const EVERYDAY_CACHE_LIMIT = 100_000;
const everydayForms = new Map<string, boolean>();

function everydayForm(norm: string): boolean {
  if (AR_EVERYDAY.has(norm)) return true;
  const bare = norm.startsWith(AL) && norm.length > AL.length + 2 ? norm.slice(AL.length) : norm;
  if (AR_EVERYDAY.has(bare)) return true;
  return AR_PRONOUN_ENDINGS.some((e) => norm.endsWith(e) && norm.length - e.length >= 3 && AR_EVERYDAY.has(norm.slice(0, -e.length)));
}
