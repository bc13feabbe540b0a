/**
 * `npx tsx scripts/train-name-lists.ts <unpacked @faker-js/faker package> [word list…]`
 *
 * Writes src/extraction/data/world-given-names.json: the given names of faker's person data for
 * the languages whose names appear in news about Syrian detainees (foreign detainees, journalists,
 * NGO staff, European officials), less any name that is also a common English word (the word lists,
 * e.g. Debian's wamerican /usr/share/dict/american-english, hold "will", "may", "grace"…).
 * Faker's data is MIT-licensed; data/README.md says so. Get the package with `npm pack @faker-js/faker`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LATIN_LOCALES = ['en', 'fr', 'de', 'it', 'es', 'nl', 'tr'];
const ARABIC_LOCALES = ['ar'];

interface Definitions {
  person?: { first_name?: unknown };
}

const flat = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : x && typeof x === 'object' ? Object.values(x).flatMap(flat) : [];

async function firstNames(pkg: string, locale: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(join(pkg, 'dist', 'locale', `${locale}.js`)).href)) as Record<string, { definitions?: Definitions }>;
  const faker = Object.values(mod).find((v) => v && typeof v === 'object' && 'definitions' in v);
  return flat(faker?.definitions?.person?.first_name);
}

async function main(): Promise<void> {
  const [pkg, ...wordLists] = process.argv.slice(2);
  if (!pkg) throw new Error('usage: train-name-lists.ts <faker package dir> [word list…]');
  const common = new Set<string>();
  for (const file of wordLists) for (const w of readFileSync(file, 'utf8').split('\n')) if (w && w === w.toLowerCase()) common.add(w);
  const latin = new Set<string>();
  for (const l of LATIN_LOCALES) {
    for (const n of await firstNames(pkg, l)) if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(n) && !common.has(n.toLowerCase())) latin.add(n);
  }
  const arabic = new Set<string>();
  for (const l of ARABIC_LOCALES) for (const n of await firstNames(pkg, l)) if (/^\p{Script=Arabic}+$/u.test(n)) arabic.add(n);
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const out = {
    source: `@faker-js/faker ${version}, person.first_name of ${[...LATIN_LOCALES, ...ARABIC_LOCALES].join(', ')} (MIT)`,
    latin: [...latin].sort(),
    ar: [...arabic].sort(),
  };
  writeFileSync(join(__dirname, '..', 'src', 'extraction', 'data', 'world-given-names.json'), `${JSON.stringify(out, null, 0).replace(/","/g, '", "')}\n`);
  console.log(`${out.latin.length} Latin and ${out.ar.length} Arabic-script given names`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
