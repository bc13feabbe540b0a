import { isPartName, scoreCandidate } from './suggest';

const candidate = { names: ['Omar Haddad', 'عمر حداد'], hometown: null, prison: null, birthYear: null, mediaIds: [] };
const facts = (name: string, partial?: boolean) => ({ name, partial, hometown: null, prison: null, birthYear: null, mediaIds: [] });

describe('suggestions for a mention', () => {
  it('suggests a person for a full name', () => {
    expect(scoreCandidate(facts('Omar Haddad'), candidate)?.score).toBeGreaterThan(0.55);
  });

  it('never suggests a person for part of a name alone: a surname, a given name or a kunya', () => {
    expect(scoreCandidate(facts('Haddad', true), candidate)).toBeNull();
    expect(scoreCandidate(facts('Omar'), candidate)).toBeNull();
    expect(scoreCandidate(facts('أبو عمر'), { ...candidate, names: ['أبو عمر'] })).toBeNull();
    expect(scoreCandidate(facts('Omar Haddad', true), candidate)).toBeNull();
    expect([isPartName('Umm Khaled'), isPartName('Khaled Omar')]).toEqual([true, false]);
  });
});
