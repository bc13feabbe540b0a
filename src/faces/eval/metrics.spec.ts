import { rateAbove, rocAuc, scoreProbes, thresholdAtFpr, tprAtFpr } from './metrics';

describe('rocAuc', () => {
  it('is 1 when every true match outscores every false one, 0 when the reverse, and counts ties half', () => {
    expect(rocAuc([0.9, 0.8], [0.1, 0.2, 0.3])).toBe(1);
    expect(rocAuc([0.1], [0.5, 0.6])).toBe(0);
    expect(rocAuc([0.5], [0.5])).toBe(0.5);
  });

  it('is the share of (true, false) pairs ordered right', () => {
    // 0.6 beats 0.2 and 0.4, loses to 0.7; 0.3 beats 0.2 only: 3 of 6 pairs.
    expect(rocAuc([0.6, 0.3], [0.2, 0.4, 0.7])).toBeCloseTo(3 / 6, 12);
  });
});

describe('thresholdAtFpr and tprAtFpr', () => {
  const impostor = Array.from({ length: 1000 }, (_, i) => i / 1000); // 0 … 0.999

  it('lets through at most the given share of false matches', () => {
    const t = thresholdAtFpr(impostor, 0.01);
    expect(rateAbove(impostor, t)).toBeLessThanOrEqual(0.01);
    expect(t).toBeCloseTo(0.989, 12);
  });

  it('uses the highest false match when there are too few for the rate', () => {
    expect(thresholdAtFpr([0.2, 0.7, 0.4], 0.001)).toBe(0.7);
  });

  it('counts the true matches strictly above that threshold', () => {
    expect(tprAtFpr([0.995, 0.99, 0.5, 0.989], impostor, 0.01)).toBe(0.5);
  });
});

describe('scoreProbes', () => {
  const gallery = new Map<string, number[] | undefined>([
    ['001', [1, 0, 0]],
    ['002', [0, 1, 0]],
    ['003', [0, 0, 1]],
    ['004', undefined],
  ]);

  it('ranks each probe against the gallery and counts missing faces as misses', () => {
    const probes = new Map<string, number[] | undefined>([
      ['001', [0.9, 0.1, 0]], // nearest is 001: rank 1
      ['002', [0.8, 0.6, 0]], // 001 is nearer than its own 002: rank 2
      ['003', undefined], // no face found in the probe
      ['004', [0, 0, 1]], // no face found in its gallery photo
      ['999', [1, 1, 1]], // not in the gallery: not scored
    ]);
    const r = scoreProbes(gallery, probes);
    expect(r.probes).toBe(4);
    expect(r.ranks).toEqual([1, 2, Infinity, Infinity]);
    expect(r.rank1).toBe(0.25);
    expect(r.rank5).toBe(0.5);
    expect(r.probesWithoutFace).toBe(1);
    expect(r.galleryWithoutFace).toBe(1);
    expect(r.genuine).toHaveLength(4);
    expect(r.impostor).toHaveLength(4 * 3);
    expect(r.auc).toBeLessThan(1);
  });
});
