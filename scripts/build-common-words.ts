/**
 * `npx tsx scripts/build-common-words.ts <ar_50k.txt> <ar2en.txt> [count]`
 *
 * Writes src/extraction/data/common-words.json: the `count` (default 30,000) most frequent Arabic
 * words of film subtitles, less every word of a person's name in a list of names. The extractor
 * drops a name read only from such everyday words («خارج إطار», «براءة ذمة»).
 *
 * - `ar_50k.txt`: content/2018/ar/ar_50k.txt of https://github.com/hermitdave/FrequencyWords
 *   (OpenSubtitles 2018 counts; content CC BY-SA 4.0), lines of `word count`.
 * - `ar2en.txt`: ar2en.txt of https://github.com/google/transliteration (Arabic–English names mined
 *   from Wikipedia; Apache-2.0), lines of `arabic<TAB>latin`. Subtitles are full of names (جون,
 *   مايكل): every Arabic word of this list is taken out, so that a name is never an everyday word.
 * data/README.md gives both sources and the licence of the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_COUNT = 30_000;

function main(): void {
  const [frequencies, names, countArg] = process.argv.slice(2);
  if (!frequencies || !names) throw new Error('usage: build-common-words.ts <ar_50k.txt> <ar2en.txt> [count]');
  const count = countArg === undefined ? DEFAULT_COUNT : Number(countArg);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`count must be a positive whole number, not "${countArg}"`);
  const nameWords = new Set<string>();
  for (const line of readFileSync(names, 'utf8').split('\n')) {
    const arabic = line.split('\t')[0] ?? '';
    for (const w of arabic.split(/\s+/)) if (w) nameWords.add(w);
  }
  const words: string[] = [];
  for (const line of readFileSync(frequencies, 'utf8').split('\n')) {
    const word = line.split(' ')[0] ?? '';
    if (!/^\p{Script=Arabic}+$/u.test(word)) continue;
    if (!nameWords.has(word)) words.push(word);
    if (words.length >= count) break;
  }
  const out = {
    source:
      'The most frequent Arabic words of OpenSubtitles 2018 (hermitdave/FrequencyWords, CC BY-SA 4.0), less the Arabic words of google/transliteration ar2en.txt (names, Apache-2.0); made by scripts/build-common-words.ts',
    ar: words,
  };
  const file = join(__dirname, '..', 'src', 'extraction', 'data', 'common-words.json');
  writeFileSync(file, `${JSON.stringify(out, null, 0)}\n`);
  console.log(`${words.length} words written to ${file}`);
}

main();
