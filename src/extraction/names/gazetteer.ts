import data from '../data/given-names.json';
import worldData from '../data/world-given-names.json';
import { normalizeArabic, normalizeLatin } from '../../text/normalize';
import { parseName, type Lookup, type Part } from './parse';
import { skeletonForms, skeletonKey, type Form } from './skeleton';

/** One row of data/given-names.json. */
interface GivenNameRow {
  ar: string;
  latin: string[];
  g: 'm' | 'f' | 'u';
  /** Other Arabic spellings of the same name (داوود for داود). */
  arVariants?: string[];
}

export interface GivenName {
  id: number;
  ar: string;
  /** Other Arabic spellings of the same name. */
  arVariants: readonly string[];
  latin: readonly string[];
  g: 'm' | 'f' | 'u';
  /** The skeleton key of the Arabic form: every listed spelling gets this key. */
  key: string;
}

const NON_AZ = /[^a-z]/g;
const SPACES = /\s+/g;

export function compactLatin(s: string): string {
  return normalizeLatin(s).replace(NON_AZ, '');
}

export function compactArabic(s: string): string {
  return normalizeArabic(s).replace(SPACES, '');
}

/** A name as the rules alone read it, its parts' keys joined (نور الهدى → nr + hd). */
function ruleKey(parts: readonly Part[]): string {
  return parts.map((p) => (p.kind === 'kunya' ? '' : skeletonKey(p.core, p.script))).join('');
}

function add(map: Map<string, number[]>, k: string, id: number): void {
  if (!k) return;
  const ids = map.get(k);
  if (ids === undefined) map.set(k, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function build() {
  const rows = data as readonly GivenNameRow[];
  const arabic = new Map<string, number[]>();
  const latin = new Map<string, number[]>();

  rows.forEach((row, id) => {
    for (const ar of [row.ar, ...(row.arVariants ?? [])]) add(arabic, compactArabic(ar), id);
    for (const v of row.latin) add(latin, compactLatin(v), id);
  });

  // Spellings are also indexed by their core (article and abd- vowels removed),
  // so "Abd ar-Rahman" finds the row that lists "Abd al-Rahman".
  const compactOnly: Lookup = (k, script) => (script === 'ar' ? arabic : latin).get(k);
  const cores: [Map<string, number[]>, string, number][] = [];
  rows.forEach((row, id) => {
    for (const ar of [row.ar, ...(row.arVariants ?? [])]) {
      const parts = parseName(ar, compactOnly).parts;
      if (parts.length === 1) cores.push([arabic, normalizeArabic(parts[0].core), id]);
    }
    for (const v of row.latin) {
      const parts = parseName(v, compactOnly).parts;
      if (parts.length === 1) cores.push([latin, parts[0].core, id]);
    }
  });
  for (const [map, core, id] of cores) add(map, core, id);

  const entries: GivenName[] = rows.map((row, id) => ({
    id,
    ar: row.ar,
    arVariants: row.arVariants ?? [],
    latin: row.latin,
    g: row.g,
    key: ruleKey(parseName(row.ar, null).parts),
  }));

  const lookup: Lookup = (k, script) => (script === 'ar' ? arabic : latin).get(k);

  // For spellings the list lacks (Mouhammed, Rabeeh): rows sharing the
  // skeleton key, with the forms of their listed Latin spellings.
  const byKey = new Map<string, number[]>();
  const latinForms: Form[][] = rows.map(() => []);
  rows.forEach((row, id) => {
    add(byKey, entries[id].key, id);
    for (const v of row.latin) {
      const parts = parseName(v, lookup).parts;
      if (parts.length !== 1 || parts[0].kind !== 'name') continue;
      add(byKey, skeletonKey(parts[0].core, 'la'), id);
      latinForms[id].push(...skeletonForms(parts[0].core, 'la').filter((f) => f.primary));
    }
  });

  return { entries, lookup, byKey, latinForms };
}

const GAZETTEER = build();

/**
 * The one source of given names, for the name matcher (this module) and the extractor
 * (pipeline/lexicon.ts) alike: data/given-names.json, Arabic names with their Latin spellings.
 */

export const GIVEN_NAMES: readonly GivenName[] = GAZETTEER.entries;
export const lookupGivenName: Lookup = GAZETTEER.lookup;

export function givenNamesByKey(key: string): readonly number[] {
  return GAZETTEER.byKey.get(key) ?? [];
}

/** Primary skeleton forms of a row's listed Latin spellings. */
export function latinFormsOf(id: number): readonly Form[] {
  return GAZETTEER.latinForms[id];
}

/**
 * Given names of many languages with no Arabic form to match against (data/world-given-names.json,
 * from faker): the extractor reads them as name words; the matcher has no use for them.
 */
export const WORLD_GIVEN_NAMES: { readonly latin: readonly string[]; readonly ar: readonly string[] } = worldData;
