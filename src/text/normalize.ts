import { createHash } from 'node:crypto';

// Harakat and hamza/madda marks, superscript alef, Quranic annotation marks, tatweel.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// The standalone hamza ء is kept: dropping it would fold words into unrelated
// ones, often function words (ماء → ما, سوء → سو).
const ARABIC_LETTER_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ۀ: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
};
const ARABIC_LETTERS_TO_MAP = /[أإآٱةۀىؤئکی]/g;

const LATIN_LETTER_MAP: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const LATIN_LETTERS_TO_MAP = /[ßæœøłđı]/g;

// Transliterations write ayn/hamza as any of these (Sa'id, Saʿid, Sa’id) or
// not at all (Said); dropping them lets all spellings meet.
const APOSTROPHES = /['’‘`´′ʿʾʼʻ]/g;

// Zero-width and bidi control characters, common in text copied from RTL
// interfaces; they would otherwise split words invisibly.
const INVISIBLES = /[\u200B-\u200F\u061C\uFEFF\u00AD\u2060\u202A-\u202E\u2066-\u2069]/g;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FF]/;

export function normalizeArabic(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_LETTERS_TO_MAP, (c) => ARABIC_LETTER_MAP[c])
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function normalizeLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LATIN_LETTERS_TO_MAP, (c) => LATIN_LETTER_MAP[c])
    .replace(APOSTROPHES, '')
    .normalize('NFC');
}

/** The form keyword filters and search terms match on. */
export function normalizeText(s: string): string {
  const folded = s.normalize('NFKC').toLowerCase().replace(INVISIBLES, '');
  return normalizeLatin(normalizeArabic(folded)).replace(/\s+/g, ' ').trim();
}

export function tokenize(s: string): string[] {
  return normalizeText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const MAX_SEARCH_TERMS = 500;
const ARTICLE_PREFIXES = ['وال', 'بال', 'لل', 'ال'];

function letterCount(s: string): number {
  return [...s].length;
}

function stripArticle(token: string): string | null {
  for (const prefix of ARTICLE_PREFIXES) {
    if (token.startsWith(prefix) && letterCount(token) - prefix.length >= 2) {
      return token.slice(prefix.length);
    }
  }
  return null;
}

/** Terms for a multikey search index: tokens plus Arabic forms without a leading article or و. */
export function searchTerms(s: string): string[] {
  const terms = new Set<string>();
  const add = (term: string | null) => {
    if (term !== null && terms.size < MAX_SEARCH_TERMS && letterCount(term) >= 2) terms.add(term);
  };
  for (const token of tokenize(s)) {
    if (terms.size >= MAX_SEARCH_TERMS) break;
    add(token);
    if (!ARABIC_LETTER.test(token)) continue;
    add(stripArticle(token));
    if (token.startsWith('و') && letterCount(token) > 3) {
      const withoutWaw = token.slice(1);
      add(withoutWaw);
      add(stripArticle(withoutWaw));
    }
  }
  return [...terms];
}

export type Language = 'ar' | 'en' | 'fr' | 'und';

// Common words of each language, as tokenize() folds them (no accents or apostrophes: "d'un" → dun).
// Words shared between English and French (a, on, son, en, me, plus, prison, place) would only blur
// the count. Portuguese, Spanish and German are counted only so that their posts are not taken for
// French or English: Athar tags them `und`.
const WORDS: Record<'en' | 'fr' | 'other', Set<string>> = {
  en: wordSet(
    `the and of was were in is are to that with for from by this his her he she they who after been has have had
     not it at an which their its be said would will about into since than or we you our my i do does did what when
     where how there here all more some no yes new out up over just only also now today being because
     could should can may one two three years year days day week time people family families news names name list
     number first last still again breaking update released detainee detainees detained prisoner prisoners arrested
     missing killed died dead death custody freed held whereabouts brother son sister daughter father mother
     open doors walking thank thanks please help anyone seen know known him them those these why`,
  ),
  fr: wordSet(
    `le la les des est et du de un une dans pour par sur au aux que qui il elle ils elles sont ont ete pas ce cette
     avec ses leur leurs mais ou apres depuis selon etait sa se ne nous vous lui dun dune quil quelle cest nest
     lors sans tres aussi deux trois ans annees jour jours aujourdhui hier famille nom noms liste sous entre
     detenu detenus detenue libere liberes liberee disparu disparus disparue arrete arretes mort morts tue
     prisonnier prisonniers frere fils soeur fille pere mere toujours encore nouvelles merci`,
  ),
  other: wordSet(
    `em com uma um os das dos do da na nas no e nao sao foi foram pelo pela seu sua mas nos ao aos tambem ja
     quais durante diz ano anos el los las del y con para por una pero como fue esta este muy
     der die das und ist nicht mit von den dem ein eine einen zu auf fur sich auch wie bei nach wird werden oder aus uber`,
  ),
};
// Letters French and English do not use: Portuguese ã õ, Spanish ñ and acute á í ó ú, German ä ö ü ß.
const OTHER_LATIN_LETTERS = /[ãõñáíóúäöüß]/i;
// A lone hit decides only in short texts (a headline, "Toot number 5!"); longer ones need two.
const SHORT_TEXT_TOKENS = 12;
const MIN_LETTERS = 3;

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** ar, en or fr for text mostly in that language; und for anything else or too little to tell. */
export function guessLanguage(s: string): Language {
  let letters = 0;
  let arabic = 0;
  for (const ch of s) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{sc=Arabic}/u.test(ch)) arabic++;
  }
  if (letters < MIN_LETTERS) return 'und';
  if (arabic / letters >= 0.3) return 'ar';

  const tokens = tokenize(s).filter((t) => !ARABIC_LETTER.test(t));
  const hits = { en: 0, fr: 0, other: 0 };
  for (const token of tokens) {
    for (const lang of ['en', 'fr', 'other'] as const) if (WORDS[lang].has(token)) hits[lang]++;
  }
  for (const word of s.split(/\s+/)) if (OTHER_LATIN_LETTERS.test(word)) hits.other++;
  const [best, second] = (['en', 'fr', 'other'] as const).map((lang) => ({ lang, n: hits[lang] })).sort((a, b) => b.n - a.n);
  if (best.lang === 'other' || best.n === 0 || best.n <= 2 * second.n) return 'und';
  if (best.n >= 2 || tokens.length <= SHORT_TEXT_TOKENS) return best.lang;
  return 'und';
}

export function sha256Hex(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex');
}
