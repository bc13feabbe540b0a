/**
 * The demo's random numbers: `athar demo` draws the same photos from the same seeds on every run
 * (demo-photos.ts); the tests' synthetic images (test/helpers/synthetic-images.ts) use it too.
 */

/** mulberry32: small, fast, deterministic PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
