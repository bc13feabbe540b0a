import { cosineSimilarity, normalizeDescriptor } from './similarity';

describe('cosineSimilarity', () => {
  it('is 1 for the same direction whatever the length, -1 for opposite, 0 for orthogonal', () => {
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
    expect(cosineSimilarity([1, 0], [0, 5])).toBe(0);
  });

  it('matches the textbook value on plain numbers and on Float32Array alike', () => {
    // (1·4 + 2·5 + 3·6) / (√14 · √77)
    const expected = 32 / Math.sqrt(14 * 77);
    expect(cosineSimilarity([1, 2, 3], [4, 5, 6])).toBeCloseTo(expected, 12);
    expect(cosineSimilarity(Float32Array.of(1, 2, 3), [4, 5, 6])).toBeCloseTo(expected, 6);
  });

  it('gives 0 rather than NaN when a descriptor is all zeros', () => {
    expect(cosineSimilarity([0, 0, 0], [1, 2, 3])).toBe(0);
  });

  it('refuses descriptors of different lengths', () => {
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('normalizeDescriptor', () => {
  it('scales to unit length and keeps the direction', () => {
    const unit = normalizeDescriptor([3, 4]);
    expect(Array.from(unit)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });

  it('leaves a zero descriptor at zero', () => {
    expect(Array.from(normalizeDescriptor([0, 0]))).toEqual([0, 0]);
  });
});
