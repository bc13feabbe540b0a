import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMentions } from '../../src/extraction/extractor';
import { evaluate, parseGoldPosts, splitOf } from './evaluate';

// Floors under the extractor's measured quality on the team's labelled dev set
// (npm run eval:extraction prints the full report). A change that drops below them is a
// regression to look at, not a number to lower.
// Measured 2026-11-26 (rules-1): detainee-type F1 0.916 (held-out 0.893), strict 0.780,
// officials as detainees 3.8 %, hometown 85 %, prison 86 %, arrest year 85 %.
// Measured 2026-12-04 (issue 10, real-text work): detainee-type F1 0.928 (held-out 0.925), strict
// 0.806, officials as detainees 1.9 %, hometown 88 %, prison 87 %, arrest year 84 %.
// Measured 2026-12-04 (issue 10, second part): detainee-type F1 0.932 (held-out 0.930), strict
// 0.821, officials as detainees 1.9 %, hometown 91 %, prison 87 %, arrest year 84 %.
// Measured 2026-12-04 (issue 10, third part): detainee-type F1 0.935 (held-out 0.930), strict
// 0.835 (held-out 0.801), officials as detainees 1.9 %, hometown 91 %, prison 87.5 %, arrest year 85 %.
const FLOORS = {
  detaineeTypeF1: 0.92,
  heldOutDetaineeTypeF1: 0.92,
  strictF1: 0.82,
  officialsAsDetaineesRate: 0.04,
  hometownAccuracy: 0.89,
  prisonAccuracy: 0.82,
  arrestYearAccuracy: 0.8,
  byLanguageDetaineeTypeF1: 0.88,
};

const posts = parseGoldPosts(readFileSync(join(__dirname, '../fixtures/extraction/dev-set.ndjson'), 'utf8'));
const predict = (text: string, lang: string) => extractMentions(text, lang);

describe('extraction quality on the labelled dev set', () => {
  const report = evaluate(posts, predict);

  it('finds detainee-type names (detainee, released, missing, dead) with F1 above the floor, overall and on the held-out part', () => {
    expect(report.detaineeType.f1).toBeGreaterThanOrEqual(FLOORS.detaineeTypeF1);
    const heldOut = evaluate(
      posts.filter((p) => splitOf(p.id) === 'held-out'),
      predict,
    );
    expect(heldOut.detaineeType.f1).toBeGreaterThanOrEqual(FLOORS.heldOutDetaineeTypeF1);
    for (const lang of ['ar', 'en', 'fr']) {
      expect(report.byLanguage[lang].detaineeType.f1).toBeGreaterThanOrEqual(FLOORS.byLanguageDetaineeTypeF1);
    }
  });

  it('gets the exact role right for most names, and rarely takes an official for a detainee', () => {
    expect(report.strict.f1).toBeGreaterThanOrEqual(FLOORS.strictF1);
    expect(report.officialsAsDetainees.rate).toBeLessThanOrEqual(FLOORS.officialsAsDetaineesRate);
  });

  it('reads hometown, prison and arrest year correctly for most matched names', () => {
    expect(report.attributes.hometown.accuracy).toBeGreaterThanOrEqual(FLOORS.hometownAccuracy);
    expect(report.attributes.prison.accuracy).toBeGreaterThanOrEqual(FLOORS.prisonAccuracy);
    expect(report.attributes.arrestYear.accuracy).toBeGreaterThanOrEqual(FLOORS.arrestYearAccuracy);
  });

  it('never reports a span that does not spell its name, and stays quiet on posts that name nobody', () => {
    expect(report.badPredictedSpans).toBe(0);
    expect(report.noNamePosts.predictions).toBe(0);
  });
});
