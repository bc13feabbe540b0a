import { emptyAttributes, type ExtractedMention } from '../../src/extraction/types';
import { checkRealFloors, REAL_FLOORS } from './real-floors';
import { scoreRealSet, type RealPassage } from './real-set';

const text = 'Omar Haddad was freed from Saydnaya. Colonel Ali Mamlouk denied it.';
const passages: RealPassage[] = (['ar', 'en', 'fr'] as const).map((lang) => ({
  id: lang,
  lang,
  text,
  persons: [
    { name: 'Omar Haddad', role: 'released', hometown: null, prison: 'Saydnaya', age: null, arrest_year: null },
    { name: 'Ali Mamlouk', role: 'official', hometown: null, prison: null, age: null, arrest_year: null },
  ],
}));
const mention = (name: string, role: ExtractedMention['role']): ExtractedMention => ({
  name,
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
  role,
  attributes: emptyAttributes(),
  confidence: 0.9,
  cues: [],
  refersTo: null,
  partial: false,
});

describe('floors on the real passages', () => {
  it('names every figure under its floor, and the officials ceiling when it is passed', () => {
    const report = scoreRealSet(passages, () => [mention('Ali Mamlouk', 'detainee')]);
    const failures = checkRealFloors(report, 'check');
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^detainee-type F1 0\.0 % < floor/),
        expect.stringMatching(/^fr detainee-type F1/),
        expect.stringMatching(/^released F1/),
        expect.stringMatching(/^officials taken for detainees 100\.0 % > ceiling/),
      ]),
    );
  });

  it('holds for an extractor that gets every name, role and prison right', () => {
    const omar = { ...mention('Omar Haddad', 'released'), attributes: { ...emptyAttributes(), prison: 'Saydnaya' } };
    const report = scoreRealSet(passages, () => [omar, mention('Ali Mamlouk', 'official')]);
    expect(checkRealFloors(report, 'check')).toEqual([]);
    expect(REAL_FLOORS.check.detaineeTypeF1).toBeGreaterThan(0.5);
  });

  it('refuses a split without floors', () => {
    expect(
      checkRealFloors(
        scoreRealSet([], () => []),
        'tune',
      ),
    ).toEqual(['no floors are set for the tune split']);
  });
});
