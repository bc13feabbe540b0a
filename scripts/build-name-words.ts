/**
 * `npx tsx scripts/build-name-words.ts <ar2en.txt> [word list…]`
 *
 * Writes src/extraction/data/name-words.json: the Latin spellings of the names in google/transliteration's
 * ar2en.txt (https://github.com/google/transliteration; names mined from Wikipedia, Apache-2.0), lines
 * of `arabic<TAB>latin`. They hold the Arabic names of Syrians as English and French texts spell them
 * ("Ghiyath", "Mazen") and the foreign names of reporters, aid workers and officials, many of which no
 * given-name list has. A spelling that is also an everyday English or French word (the word lists, e.g.
 * Debian's /usr/share/dict/american-english and /usr/share/dict/french) is left out, as are spellings
 * shorter than three letters. The extractor reads what is left as name words (pipeline/lexicon.ts).
 * data/README.md gives the source and licence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIN_LETTERS = 3;

function main(): void {
  const [names, ...wordLists] = process.argv.slice(2);
  if (!names) throw new Error('usage: build-name-words.ts <ar2en.txt> [word list…]');
  const everyday = new Set<string>();
  for (const file of wordLists) for (const w of readFileSync(file, 'utf8').split('\n')) if (w && w === w.toLowerCase()) everyday.add(w);
  const latin = new Set<string>();
  for (const line of readFileSync(names, 'utf8').split('\n')) {
    const spelling = (line.split('\t')[1] ?? '').trim();
    if (new RegExp(`^[a-z]{${MIN_LETTERS},}$`).test(spelling) && !everyday.has(spelling)) latin.add(spelling);
  }
  if (latin.size === 0) throw new Error(`no Latin spellings read from ${names}: is it ar2en.txt (arabic<TAB>latin lines)?`);
  const out = {
    source: `Latin spellings of google/transliteration ar2en.txt (names mined from Wikipedia, Apache-2.0), less everyday words of ${wordLists.length} word list(s); made by scripts/build-name-words.ts`,
    latin: [...latin].sort(),
  };
  const file = join(__dirname, '..', 'src', 'extraction', 'data', 'name-words.json');
  writeFileSync(file, `${JSON.stringify(out, null, 0).replace(/","/g, '", "')}\n`);
  console.log(`${out.latin.length} name words written to ${file}`);
}

main();
