import { hashBands } from './hash-bands';

describe('hashBands', () => {
  it('gives eight positional bands per hash', () => {
    expect(hashBands('0123456789abcdef')).toEqual(['0:01', '1:23', '2:45', '3:67', '4:89', '5:ab', '6:cd', '7:ef']);
    expect(hashBands('zz')).toEqual([]);
  });

  it('always shares a band between hashes up to 7 bits apart', () => {
    const base = BigInt('0x9f3a5c7e1b2d4f60');
    for (let trial = 0; trial < 500; trial++) {
      let other = base;
      const bits = new Set<number>();
      while (bits.size < 7) bits.add(Math.floor(Math.random() * 64));
      for (const bit of bits) other ^= 1n << BigInt(bit);
      const a = new Set(hashBands(base.toString(16).padStart(16, '0')));
      const shared = hashBands(other.toString(16).padStart(16, '0')).filter((b) => a.has(b));
      expect(shared.length).toBeGreaterThan(0);
    }
  });
});
