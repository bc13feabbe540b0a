import facilitiesData from '../extraction/data/facilities.json';
import placesData from '../extraction/data/places.json';
import { tokenize } from '../text/normalize';

/**
 * Places and detention facilities under one canonical id each, whatever the script a post
 * wrote them in: Daraya = داريا = Darayya is `daraya`, Saydnaya = صيدنايا = Sednaya is
 * `saydnaya`. Pure data lookups over the extractor's gazetteers (src/extraction/data).
 */
export type PlaceKind = 'place' | 'facility';

export interface Place {
  id: string;
  kind: PlaceKind;
  /** The name shown to readers of each interface language. */
  names: { ar: string; en: string };
  /** The governorate a town lies in (places only). */
  governorate: string | null;
}

interface PlaceEntry {
  ar: string[];
  latin: string[];
  gov?: string;
}
interface FacilityEntry {
  id: string;
  name?: string;
  aliases: string[];
}

const ARABIC = /[\u0600-\u06FF]/;
// Words that introduce a place name without being part of it.
const PLACE_WORDS = ['مدينه', 'بلده', 'قريه', 'حي', 'منطقه', 'محافظه', 'city', 'town', 'village', 'of', 'the', 'al', 'el', 'ville', 'de', 'du', 'la', 'le'];

const key = (text: string) => tokenize(text).join(' ');

const byId = new Map<string, Place>();
const byAlias = new Map<string, string>();

function slug(name: string): string {
  return key(name).replace(/ /g, '-') || 'place';
}

function add(place: Place, aliases: string[]): void {
  byId.set(place.id, place);
  for (const alias of aliases) {
    const k = key(alias);
    // The first entry to claim an alias keeps it: the gazetteers list the better-known place first.
    if (k && !byAlias.has(k)) byAlias.set(k, place.id);
  }
}

for (const f of facilitiesData as FacilityEntry[]) {
  const ar = f.aliases.find((a) => ARABIC.test(a)) ?? f.name ?? f.id;
  add({ id: f.id, kind: 'facility', names: { ar, en: f.name ?? f.aliases.find((a) => !ARABIC.test(a)) ?? f.id }, governorate: null }, [
    f.id,
    ...(f.name ? [f.name] : []),
    ...f.aliases,
  ]);
}
for (const p of placesData as PlaceEntry[]) {
  let id = slug(p.latin[0] ?? p.ar[0]);
  if (byId.has(id)) id = `${id}-${p.gov ?? 'sy'}`;
  if (byId.has(id)) continue;
  add({ id, kind: 'place', names: { ar: p.ar[0] ?? p.latin[0], en: p.latin[0] ?? p.ar[0] }, governorate: p.gov ?? null }, [...p.ar, ...p.latin]);
}

export function placeById(id: string): Place | null {
  return byId.get(id) ?? null;
}

/**
 * The place or facility a text names, by any of its spellings (case, accents, hamza forms,
 * "al-"/ال folded), also after a leading "the town of", «مدينة» and the like; null when unknown.
 */
export function resolvePlace(text: string | null | undefined): Place | null {
  if (!text) return null;
  if (byId.has(text)) return byId.get(text)!;
  const words = tokenize(text);
  for (let start = 0; start < words.length; start++) {
    if (start > 0 && !PLACE_WORDS.includes(words[start - 1])) break;
    const id = byAlias.get(words.slice(start).join(' ')) ?? byAlias.get(withoutArticle(words.slice(start)).join(' '));
    if (id) return byId.get(id)!;
  }
  return null;
}

/** «الرقة» for «رقة» and back: the article joined to an Arabic name. */
function withoutArticle(words: string[]): string[] {
  if (words.length === 0) return words;
  const [first, ...rest] = words;
  return [first.startsWith('ال') && first.length > 4 ? first.slice(2) : `ال${first}`, ...rest];
}

/** How a place is shown: its name in the reader's language when known, else the text as written. */
export function placeLabel(text: string, lang: 'ar' | 'en'): string {
  const place = resolvePlace(text);
  return place ? place.names[lang] : text;
}

/** "Daraya = داريا": both forms, for reasons that compare two spellings. */
export function bothForms(a: string, b: string): string {
  return a === b ? a : `${a} = ${b}`;
}

/** Longest alias in words; longer phrases are not looked up. */
const MAX_ALIAS_WORDS = Math.max(1, ...[...byAlias.keys()].map((k) => k.split(' ').length));

/**
 * Every known place and facility a text names, as canonical ids: "Sednaya", «صيدنايا» and
 * "Saydnaya prison" all give `saydnaya`. Longest alias first, so "Palestine Branch" is the
 * branch, not a place called Palestine.
 */
export function placesIn(text: string): string[] {
  return [...new Set(splitPlaces(text).places.map((p) => p.id))];
}

/** A query split into the places it names (canonical ids, with the words that named them) and its other words. */
export function splitPlaces(text: string): { places: { id: string; words: string }[]; rest: string } {
  const words = tokenize(text);
  const places: { id: string; words: string }[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const slice = words.slice(i, i + n);
      const id = byAlias.get(slice.join(' ')) ?? (slice[0].startsWith('ال') ? byAlias.get(withoutArticle(slice).join(' ')) : undefined);
      if (id) {
        places.push({ id, words: slice.join(' ') });
        matched = n;
      }
    }
    if (!matched) rest.push(words[i]);
    i += matched || 1;
  }
  return { places, rest: rest.join(' ') };
}
