import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames } from './name-match';

interface NamePair {
  a: string;
  b: string;
  same: boolean;
}

const FILE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extraction', 'name-pairs.ndjson');
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.85;

function readPairs(): NamePair[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NamePair);
}

describe('compareNames on name-pairs.ndjson', () => {
  const pairs = readPairs();

  it('has a usable labelled set', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    for (const p of pairs) {
      expect(typeof p.a).toBe('string');
      expect(typeof p.b).toBe('string');
      expect(typeof p.same).toBe('boolean');
    }
    const positives = pairs.filter((p) => p.same).length / pairs.length;
    expect(positives).toBeGreaterThan(0.35);
    expect(positives).toBeLessThan(0.65);
  });

  it(`reaches precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR}`, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const errors: string[] = [];
    for (const p of pairs) {
      const c = compareNames(p.a, p.b);
      if (c.same && p.same) tp++;
      else if (c.same) fp++;
      else if (p.same) fn++;
      if (c.same !== p.same) errors.push(`${p.same ? 'missed' : 'false match'}: ${p.a} | ${p.b} (${c.score}; ${c.reasons.join('; ')})`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const summary = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${errors.join('\n')}`;
    // On failure the diff shows the summary with every pair compareNames got wrong.
    expect({ precisionMet: precision >= PRECISION_FLOOR, recallMet: recall >= RECALL_FLOOR, summary }).toEqual({
      precisionMet: true,
      recallMet: true,
      summary: expect.any(String),
    });
  });
});
