import { BruteForceFaceIndex } from './face-index';
import { cosineSimilarity } from './similarity';

/** Deterministic pseudo-random vectors (mulberry32), so failures reproduce. */
function vectors(count: number, dims: number, seed: number): Float32Array[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  return Array.from({ length: count }, () => Float32Array.from({ length: dims }, next));
}

describe('BruteForceFaceIndex', () => {
  it('returns the k nearest by cosine similarity, most similar first', () => {
    const index = new BruteForceFaceIndex(2);
    index.add('east', [1, 0]);
    index.add('north-east', [1, 1]);
    index.add('north', [0, 3]);
    index.add('west', [-2, 0]);
    const found = index.search([1, 0.1], 3);
    expect(found.map((m) => m.id)).toEqual(['east', 'north-east', 'north']);
    expect(found[0].similarity).toBeCloseTo(cosineSimilarity([1, 0.1], [1, 0]), 6);
    expect(found[2].similarity).toBeCloseTo(cosineSimilarity([1, 0.1], [0, 3]), 6);
  });

  it('agrees with a full sort over many random descriptors, past its initial capacity', () => {
    const all = vectors(300, 67, 7); // 67: the four-way loop and its remainder
    const index = new BruteForceFaceIndex(67, 16);
    all.forEach((v, i) => index.add(`f${i}`, v));
    const [query] = vectors(1, 67, 99);
    const expected = all
      .map((v, i) => ({ id: `f${i}`, similarity: cosineSimilarity(query, v) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 10);
    const found = index.search(query, 10);
    expect(found.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    found.forEach((m, i) => expect(m.similarity).toBeCloseTo(expected[i].similarity, 5));
  });

  it('forgets a removed face and still finds the others, including the one moved into its place', () => {
    const index = new BruteForceFaceIndex(2);
    index.add('a', [1, 0]);
    index.add('b', [0, 1]);
    index.add('c', [1, 1]);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.search([1, 0], 5).map((m) => m.id)).toEqual(['c', 'b']);
    expect(index.search([0, 1], 1).map((m) => m.id)).toEqual(['b']);
  });

  it('replaces the descriptor when a face id is added again', () => {
    const index = new BruteForceFaceIndex(2);
    index.add('a', [1, 0]);
    index.add('b', [0.9, 0.1]);
    index.add('a', [0, 1]);
    expect(index.size).toBe(2);
    expect(index.search([1, 0], 1)[0].id).toBe('b');
  });

  it('returns nothing for k = 0 or an empty index, and at most size results', () => {
    const index = new BruteForceFaceIndex(2);
    expect(index.search([1, 0], 5)).toEqual([]);
    index.add('a', [1, 0]);
    expect(index.search([1, 0], 0)).toEqual([]);
    expect(index.search([1, 0], 5)).toHaveLength(1);
  });

  it('refuses descriptors of the wrong length', () => {
    const index = new BruteForceFaceIndex(3);
    expect(() => index.add('a', [1, 0])).toThrow(RangeError);
    expect(() => index.search([1, 0], 1)).toThrow(RangeError);
  });
});
