import { isPartName, scoreCandidate } from './suggest';
import { SuggestionService } from './suggestion.service';

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

describe('SuggestionService', () => {
  // The service's facts carry the extractor's partial flag: a linked short form ("Haddad" for
  // "Omar Haddad") is never suggested alone, while its full form is.
  it('passes a mention’s partial flag to the scorer', async () => {
    const mention = (id: string, name: string, partial: boolean) =>
      ({ id, postId: 'p1', name, partial, attributes: {}, nameKeys: ['haddad'], suggestedMediaIds: [], review: { status: 'pending' } }) as never;
    const saved = new Map<string, unknown[]>();
    const mentions = {
      findByPost: async () => [mention('m1', 'Omar Haddad', false), mention('m2', 'Omar Haddad', true)],
      findByNameKeys: async () => [],
      setSuggestions: async (id: string, s: unknown[]) => void saved.set(id, s),
    };
    const persons = { findByNameKeys: async () => [{ id: 'x', displayName: 'Omar Haddad', spellings: [], attributes: {}, mediaIds: [] }] };
    const posts = { findById: async () => ({ publishedAt: new Date('2024-01-01'), collectedAt: new Date('2024-01-01') }), findDates: async () => new Map() };
    const service = new SuggestionService(mentions as never, persons as never, posts as never, {} as never);
    await service.suggestForPost('p1');
    expect(saved.get('m1')).toHaveLength(1);
    expect(saved.get('m2')).toEqual([]);
  });
});
