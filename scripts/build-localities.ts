/**
 * `npx tsx scripts/build-localities.ts <subdistricts.json> <districts.json> [word list…]`
 *
 * Writes src/extraction/data/localities.json: the towns that head Syria's districts and subdistricts,
 * in Arabic and Latin spellings, for the extractor's place lists. Its own places.json holds the towns
 * the team wrote; this adds the rest of the administrative map, so that a hometown the text gives
 * without a word such as "from" ("Omar Haddad (Nubl)", «محمد الحداد - صوران», "who lives in Maskanah")
 * is still read as a place.
 *
 * - `subdistricts.json`, `districts.json`: data/ of https://github.com/Open-Syria/data-geography
 *   (OpenSyria Data Geography, CC BY 4.0, from GeoNames, geoBoundaries/OCHA, Wikidata), arrays of
 *   `{ governorateId, name: { en, ar }, aliases: [{ value, language, type }] }`.
 * - word lists (e.g. Debian's /usr/share/dict/american-english and /usr/share/dict/french): a one-word
 *   Latin name that is an everyday word is left out.
 *
 * Also left out: names the team's places.json already has, the administrative words around a name
 * («ناحية», «مركز», "Subdistrict", "Nahiyat"), spellings that are not plain letters, and one-word names
 * that are an everyday Arabic word (common-words.json: «المزرعة», «السجن») or a given name
 * (given-names.json, world-given-names.json). data/README.md gives the source and licence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Area {
  governorateId: string;
  name: { en: string; ar: string };
  aliases: { value: string; language: string; type: string }[];
}
interface PlaceEntry {
  ar: string[];
  latin: string[];
  gov?: string;
}

const DATA = join(__dirname, '..', 'src', 'extraction', 'data');
const ADMIN_WORDS = /\b(?:Subdistrict|District|Governorate|Nahiyat|Markaz|Mintaqat|Mantiqat|Center|Centre)\b/i;
const ARABIC_ADMIN = /^(?:ناحية|منطقة|مركز|مدينة)\s+/;
const MIN_LETTERS = 3;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const arabicKey = (s: string) =>
  s
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .trim();

/** "Darat ‘Izzah", "Şūrān": marks and apostrophes off; null unless plain capitalised words are left. */
function plainLatin(value: string): string | null {
  const s = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`ʿʾ']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (ADMIN_WORDS.test(s)) return null;
  return /^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*$/.test(s) ? s : null;
}

function main(): void {
  const [subdistricts, districts, ...wordLists] = process.argv.slice(2);
  if (!subdistricts || !districts) throw new Error('usage: build-localities.ts <subdistricts.json> <districts.json> [word list…]');
  const areas = [...readJson<Area[]>(districts), ...readJson<Area[]>(subdistricts)];
  if (!Array.isArray(areas) || areas.length === 0 || !areas[0]?.name?.ar) throw new Error('no areas read: are these OpenSyria data-geography files?');
  const everyday = new Set<string>();
  for (const file of wordLists) for (const w of readFileSync(file, 'utf8').split('\n')) if (w && w === w.toLowerCase()) everyday.add(w);
  const common = new Set(readJson<{ ar: string[] }>(join(DATA, 'common-words.json')).ar.map(arabicKey));
  const given = readJson<{ ar: string; latin: string[] }[]>(join(DATA, 'given-names.json'));
  const world = readJson<{ latin: string[]; ar?: string[] }>(join(DATA, 'world-given-names.json'));
  const givenAr = new Set(given.map((g) => arabicKey(g.ar)));
  for (const a of world.ar ?? []) givenAr.add(arabicKey(a));
  const nameWords = readJson<{ latin: string[] }>(join(DATA, 'name-words.json')).latin;
  const givenLatin = new Set([...given.flatMap((g) => g.latin), ...world.latin, ...nameWords].map((l) => l.toLowerCase()));
  const places = readJson<PlaceEntry[]>(join(DATA, 'places.json'));
  const knownAr = new Set(places.flatMap((p) => p.ar).map(arabicKey));
  const knownLatin = new Set(places.flatMap((p) => p.latin).map((l) => l.toLowerCase()));
  // "Saydnaya" is the prison's name before it is the town's: facility names stay the facilities'.
  const facilities = readJson<{ id: string; aliases: string[] }[]>(join(DATA, 'facilities.json'));
  const facilityNames = new Set(facilities.flatMap((f) => f.aliases).map((a) => (/[\u0600-\u06FF]/.test(a) ? arabicKey(a) : a.toLowerCase())));

  const keepArabic = (value: string): string | null => {
    const s = value.replace(ARABIC_ADMIN, '').replace(ARABIC_ADMIN, '').trim();
    if (!/^[\u0621-\u064A ]+$/.test(s) || s.replace(/ /g, '').length < MIN_LETTERS || /مركز/.test(s)) return null;
    const key = arabicKey(s);
    if (knownAr.has(key)) return null;
    if (facilityNames.has(key)) return null;
    // One word: no everyday word or given name, and no word with the article («الروضة», «الهول»), too often a noun.
    if (!key.includes(' ') && (key.length < 4 || key.startsWith('ال') || common.has(key) || givenAr.has(key))) return null;
    return s;
  };
  const keepLatin = (value: string): string | null => {
    const s = plainLatin(value);
    if (s === null || s.length < MIN_LETTERS || knownLatin.has(s.toLowerCase())) return null;
    const low = s.toLowerCase();
    if (facilityNames.has(low)) return null;
    // "Karimah", "Rabiah": a given name with its final h is a name too.
    if (!/[ -]/.test(s) && (everyday.has(low) || givenLatin.has(low) || givenLatin.has(low.replace(/h$/, '')))) return null;
    return s;
  };

  const out: PlaceEntry[] = [];
  const seen = new Set<string>();
  for (const area of areas) {
    const arabic = [area.name.ar, ...area.aliases.filter((a) => a.language === 'ar').map((a) => a.value)];
    const latin = [area.name.en, ...area.aliases.filter((a) => a.language === 'en').map((a) => a.value)];
    // A one-word town that is also a name ("Mallah", «بنان» = "Banan") would take a person's name for a place.
    const aName = latin.some((l) => {
      const p = plainLatin(l);
      return p !== null && !/[ -]/.test(p) && givenLatin.has(p.toLowerCase());
    });
    const ar = [...new Set(arabic.map(keepArabic).filter((s): s is string => s !== null))].filter(
      (s) => !seen.has(arabicKey(s)) && !(aName && !s.includes(' ')),
    );
    const la = [...new Set(latin.map(keepLatin).filter((s): s is string => s !== null))].filter((s) => !seen.has(s.toLowerCase()));
    if (ar.length === 0 && la.length === 0) continue;
    for (const s of ar) seen.add(arabicKey(s));
    for (const s of la) seen.add(s.toLowerCase());
    out.push({ ar, latin: la, gov: area.governorateId.replace(/^sy-/, '') });
  }
  const doc = {
    source:
      'Towns heading the districts and subdistricts of OpenSyria Data Geography (https://github.com/Open-Syria/data-geography, CC BY 4.0, from GeoNames, geoBoundaries/OCHA and Wikidata), less the places of places.json, everyday words and given names; made by scripts/build-localities.ts',
    licence: 'CC BY 4.0, © OpenSyria contributors and the sources they credit',
    places: out,
  };
  writeFileSync(join(DATA, 'localities.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${out.length} areas, ${out.reduce((n, p) => n + p.ar.length, 0)} Arabic and ${out.reduce((n, p) => n + p.latin.length, 0)} Latin names`);
}

main();
