import { tokenize } from './normalize';

/**
 * Near-duplicate text: the same announcement re-posted by many channels, with a banner, a
 * signature, hashtags, emoji or a link added, or its last lines cut. Texts are compared as sets
 * of word 3-shingles; MinHash with LSH bands finds candidates through an index (a post shares a
 * band with its copies), and the shingle sets themselves decide. Pure and deterministic.
 */

const SHINGLE_WORDS = 3;
export const MINHASH_SIZE = 96;
const ROWS_PER_BAND = 3;
/** Words with fewer shingles than this are too short to call anything a copy of them. */
export const MIN_SHINGLES = 6;

/**
 * A post is a copy of another when this share of the shorter one's shingles is in the longer
 * one: measured by `npm run measure:copies` on re-post edits of real passages (see README).
 */
export const COPY_CONTAINMENT = 0.7;
/** ...and the shorter one has at least this share of the longer one's shingles: a headline is not a copy of the article. */
export const COPY_SIZE_RATIO = 0.5;

const URLS = /\bhttps?:\/\/\S+|\bt\.me\/\S+|\bwww\.\S+/gi;
const HANDLES = /@[\w.]+/g;

export function shingles(text: string): Set<string> {
  const words = tokenize(text.replace(URLS, ' ').replace(HANDLES, ' '));
  const out = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    for (const w of words) out.add(w);
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so that nearby seeds give unrelated orders.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => hash32(`seed-${i}`, 0x9e3779b9));

export function minhash(set: Set<string>): number[] {
  const mins = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const s of set) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = hash32(s, SEEDS[k]);
      if (h < mins[k]) mins[k] = h;
    }
  }
  return mins;
}

/** LSH band keys (32 bands of 3): two texts with Jaccard 0.5 share one with probability 0.99, at 0.3 with 0.58. */
export function bandKeys(sig: number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b * ROWS_PER_BAND < sig.length; b++) {
    const rows = sig
      .slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND)
      .map((v) => v.toString(36))
      .join('.');
    out.push(`${b}:${hash32(rows, b).toString(36)}`);
  }
  return out;
}

/** The index keys of a text, or none when it is too short to have copies worth grouping. */
export function copyKeys(text: string): string[] {
  const set = shingles(text);
  return set.size < MIN_SHINGLES ? [] : bandKeys(minhash(set));
}

/** Share of the smaller set inside the larger: 1 when one text contains the other. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export function isCopy(a: string, b: string): boolean {
  return isCopyOfSets(shingles(a), shingles(b));
}

export function isCopyOfSets(sa: Set<string>, sb: Set<string>): boolean {
  if (sa.size < MIN_SHINGLES || sb.size < MIN_SHINGLES) return false;
  if (Math.min(sa.size, sb.size) / Math.max(sa.size, sb.size) < COPY_SIZE_RATIO) return false;
  return containment(sa, sb) >= COPY_CONTAINMENT;
}
