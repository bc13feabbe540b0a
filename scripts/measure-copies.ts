/**
 * npm run measure:copies — how well copy detection tells re-posts from different posts, to choose
 * COPY_CONTAINMENT (src/text/copies.ts).
 *
 * Texts: the real passages of ../shared/datasets/extraction-real/tune.jsonl (published text about
 * detainees, reworded) and the real feed items in test/fixtures/rss. No real re-posts of them
 * were available offline, so each re-post is a real text with the edits channels make when they
 * re-post: a banner, a channel signature, hashtags, emoji, a link, changed line breaks, or the
 * last sentence cut. Different posts are every other pair of those texts: same topic, same
 * places, often the same names, which is the hard case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containment, COPY_CONTAINMENT, copyKeys, isCopyOfSets, MIN_SHINGLES, shingles } from '../src/text/copies';

const ROOT = join(__dirname, '..');
const TUNE = join(ROOT, '..', 'shared', 'datasets', 'extraction-real', 'tune.jsonl');

function texts(): string[] {
  const out: string[] = [];
  try {
    for (const line of readFileSync(TUNE, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  } catch {
    process.stderr.write(`(${TUNE} not found: using the feed fixtures only)\n`);
  }
  for (const file of ['guardian.rss', 'reddit.rss', 'content-encoded.rss']) {
    const xml = readFileSync(join(ROOT, 'test', 'fixtures', 'rss', file), 'utf8');
    for (const m of xml.matchAll(/<description>([\s\S]*?)<\/description>/g)) {
      const plain = m[1]
        .replace(/<!\[CDATA\[|\]\]>/g, '')
        .replace(/&lt;[\s\S]*?&gt;|<[^>]*>/g, ' ')
        .replace(/&[a-z#0-9]+;/gi, ' ')
        .trim();
      if (plain.length > 80) out.push(plain);
    }
  }
  return out;
}

const arabic = (s: string) => /[\u0600-\u06FF]/.test(s);
type Edit = (s: string) => string;
const EDITS: Record<string, Edit> = {
  banner: (s) => (arabic(s) ? `🔴 عاجل | ${s}` : `🔴 BREAKING | ${s}`),
  signature: (s) => (arabic(s) ? `${s}\n\nتابعونا على قناتنا في تلغرام @syria_news_now` : `${s}\n\nFollow us on Telegram: @syria_news_now`),
  hashtags: (s) => (arabic(s) ? `${s}\n#سوريا #المعتقلين #صيدنايا #الحرية_للمعتقلين` : `${s}\n#Syria #detainees #Saydnaya #FreeThemAll`),
  link: (s) => `${s}\nhttps://t.me/some_channel/48213`,
  lines: (s) => s.replace(/\n+/g, ' ').replace(/([.،!؟?])\s+/g, '$1\n'),
  cut: (s) => {
    const sentences = s.split(/(?<=[.!؟?])\s+/);
    return sentences.length > 2 ? sentences.slice(0, -1).join(' ') : s;
  },
};
const COMBOS: string[][] = [
  ...Object.keys(EDITS).map((k) => [k]),
  ['banner', 'signature'],
  ['hashtags', 'link', 'lines'],
  ['banner', 'cut', 'signature'],
  ['cut', 'hashtags'],
];

function main(): void {
  const all = texts().filter((t) => shingles(t).size >= MIN_SHINGLES);
  const sets = all.map((t) => shingles(t));
  const keys = all.map((t) => new Set(copyKeys(t)));
  const positives: { c: number; band: boolean; copy: boolean }[] = [];
  all.forEach((text, i) => {
    for (const combo of COMBOS) {
      const copy = combo.reduce((s, k) => EDITS[k](s), text);
      const set = shingles(copy);
      positives.push({ c: containment(sets[i], set), band: copyKeys(copy).some((k) => keys[i].has(k)), copy: isCopyOfSets(sets[i], set) });
    }
  });
  const negatives: number[] = [];
  let falseCopies = 0;
  let sharedBand = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      negatives.push(containment(sets[i], sets[j]));
      if (isCopyOfSets(sets[i], sets[j])) falseCopies++;
      if ([...keys[i]].some((k) => keys[j].has(k))) sharedBand++;
    }
  }

  const share = (xs: boolean[]) => xs.filter(Boolean).length / Math.max(1, xs.length);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`texts: ${all.length}; re-posts: ${positives.length}; pairs of different posts: ${negatives.length}`);
  console.log(`re-posts found as index candidates (share an LSH band): ${pct(share(positives.map((p) => p.band)))}`);
  console.log('containment threshold → re-posts kept (recall), different posts taken for copies');
  for (const th of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const recall = share(positives.map((p) => p.band && p.c >= th));
    const fp = negatives.filter((c) => c >= th).length;
    console.log(`  ${th.toFixed(1)}  recall ${pct(recall)}  false copies ${fp} of ${negatives.length}`);
  }
  console.log(
    `as shipped (containment ≥ ${COPY_CONTAINMENT}, size ratio, found through the index): re-posts grouped ${pct(share(positives.map((p) => p.band && p.copy)))}, different posts grouped ${falseCopies} of ${negatives.length}; pairs of different posts that are index candidates: ${sharedBand}`,
  );
  const sortedNeg = [...negatives].sort((a, b) => b - a);
  console.log(
    `highest containment between different posts: ${sortedNeg
      .slice(0, 5)
      .map((c) => c.toFixed(2))
      .join(', ')}`,
  );
  const sortedPos = positives.map((p) => p.c).sort((a, b) => a - b);
  console.log(
    `lowest containment of a re-post: ${sortedPos
      .slice(0, 5)
      .map((c) => c.toFixed(2))
      .join(', ')}`,
  );
}

main();
