import { bothForms, placeById, placeLabel, placesIn, resolvePlace, splitPlaces } from './places';

describe('places and facilities under canonical ids', () => {
  it('gives a town one id in every script and spelling', () => {
    const ids = ['Daraya', 'داريا', 'Darayya', 'DARAYA', 'the town of Daraya', 'مدينة داريا'].map((s) => resolvePlace(s)?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe('daraya');
  });

  it('gives a prison one id by any alias, in Arabic, English and French', () => {
    for (const s of ['صيدنايا', 'Saydnaya', 'Sednaya prison', 'prison de Saydnaya', 'سجن صيدنايا العسكري'])
      expect([s, resolvePlace(s)?.id]).toEqual([s, 'saydnaya']);
    expect(resolvePlace('فرع فلسطين')?.id).toBe('branch-235');
    expect(resolvePlace('Palestine Branch')?.kind).toBe('facility');
  });

  it('folds the Arabic article and a Latin al-', () => {
    expect(resolvePlace('الرقة')?.id).toBe(resolvePlace('Raqqa')?.id);
    expect(resolvePlace('al-Raqqa')?.id).toBe(resolvePlace('Raqqa')?.id);
  });

  it('knows nothing of places not in the gazetteers, and never guesses from a part of a name', () => {
    expect(resolvePlace('Atlantis')).toBeNull();
    expect(resolvePlace('')).toBeNull();
    expect(resolvePlace('Daraya Street Bakery')).toBeNull();
  });

  it("shows a place by its name in the reader's language, never by its id", () => {
    expect(placeLabel('saydnaya', 'en')).toBe('Saydnaya Military Prison');
    expect(placeLabel('saydnaya', 'ar')).toMatch(/صيدنايا/);
    expect(placeLabel('Darayya', 'ar')).toBe('داريا');
    expect(placeLabel('داريا', 'en')).toBe('Daraya');
    expect(placeLabel('Some hamlet', 'ar')).toBe('Some hamlet');
    expect(placeById('daraya')?.governorate).toBe('rif-dimashq');
  });

  it('writes both forms of a compared pair once when they are the same', () => {
    expect(bothForms('Daraya', 'داريا')).toBe('Daraya = داريا');
    expect(bothForms('Daraya', 'Daraya')).toBe('Daraya');
  });
});

describe('places named in a text', () => {
  it('finds every place and facility by any spelling, as canonical ids', () => {
    expect(placesIn('Released from Sednaya, he returned to Darayya.').sort()).toEqual(['daraya', 'saydnaya']);
    expect(placesIn('أفرج عنه من سجن صيدنايا وعاد إلى داريا').sort()).toEqual(['daraya', 'saydnaya']);
    expect(placesIn('held in the Palestine Branch')).toEqual(['branch-235']);
    expect(placesIn('No place here.')).toEqual([]);
  });

  it('splits a query into its places and its other words', () => {
    expect(splitPlaces('محمد الخطيب صيدنايا')).toEqual({ places: [{ id: 'saydnaya', words: 'صيدنايا' }], rest: 'محمد الخطيب' });
    expect(splitPlaces('Saydnaya')).toEqual({ places: [{ id: 'saydnaya', words: 'saydnaya' }], rest: '' });
  });
});
