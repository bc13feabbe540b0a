import { buildPostFilter, escapeRegex, matchReasons, queryParts, queryTerms, relevance, sortByRelevance } from './post-search';
import type { PostSearchQuery } from './search.types';

const id = (s: string) => `oid(${s})`;
const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';

describe('queryTerms', () => {
  it('normalises words and matches 4+ letters as prefixes', () => {
    expect(queryTerms('Mohammed al-Khatib')).toEqual([
      { term: 'mohammed', prefix: true },
      { term: 'al', prefix: false },
      { term: 'khatib', prefix: true },
    ]);
    expect(queryTerms('  Saʿīd ')).toEqual([{ term: 'said', prefix: true }]);
  });

  it('reduces Arabic words to their stored form without article or و, and folds letters', () => {
    expect(queryTerms('الخطيب')).toEqual([{ term: 'خطيب', prefix: true }]);
    expect(queryTerms('والمعتقلين')).toEqual([{ term: 'معتقلين', prefix: true }]);
    expect(queryTerms('أحمد')).toEqual([{ term: 'احمد', prefix: true }]);
    expect(queryTerms('سجن')).toEqual([{ term: 'سجن', prefix: false }]);
  });

  it('drops single letters and repeats, and keeps regex characters out', () => {
    expect(queryTerms('a b khatib KHATIB (.*)')).toEqual([{ term: 'khatib', prefix: true }]);
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(undefined)).toEqual([]);
    expect(escapeRegex('a.b*c')).toBe('a\\.b\\*c');
  });
});

describe('buildPostFilter', () => {
  const base: PostSearchQuery = { sort: 'date' };

  it('is empty without criteria', () => {
    expect(buildPostFilter(base, {}, id)).toEqual({});
  });

  it('uses $all for short terms and an anchored $regex for each long one', () => {
    expect(buildPostFilter({ ...base, text: 'حر معتقلين al' }, {}, id)).toEqual({
      $and: [{ searchTerms: { $all: ['حر', 'al'] } }, { searchTerms: { $regex: '^معتقلين' } }],
    });
    expect(buildPostFilter({ ...base, text: 'khatib' }, {}, id)).toEqual({ searchTerms: { $regex: '^khatib' } });
  });

  it('combines every filter with $and', () => {
    const filter = buildPostFilter(
      {
        sort: 'relevance',
        text: 'sa',
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2026-01-31T12:00:00Z'),
        sourceId: A,
        sourceType: 'rss',
        lang: 'ar',
        reviewStatus: 'relevant',
        hasPhoto: true,
        hasMentions: false,
        personId: B,
      },
      { postIds: [A, B], before: { at: new Date('2026-01-20T00:00:00Z'), id: B } },
      id,
    );
    expect(filter).toEqual({
      $and: [
        { searchTerms: { $all: ['sa'] } },
        { day: { $gte: '2026-01-01' } },
        { day: { $lte: '2026-01-31' } },
        { sourceId: `oid(${A})` },
        { sourceType: 'rss' },
        { lang: 'ar' },
        { 'review.status': 'relevant' },
        { 'media.type': 'image' },
        { mentionCount: { $lte: 0 } },
        { _id: { $in: [`oid(${A})`, `oid(${B})`] } },
        { $or: [{ sortAt: { $lt: new Date('2026-01-20T00:00:00Z') } }, { sortAt: new Date('2026-01-20T00:00:00Z'), _id: { $lt: `oid(${B})` } }] },
      ],
    });
  });

  it('finds nothing for a person without confirmed mentions, and handles the negative flags', () => {
    expect(buildPostFilter({ ...base, personId: A }, { postIds: [] }, id)).toEqual({ _id: { $in: [] } });
    expect(buildPostFilter({ ...base, hasPhoto: false }, {}, id)).toEqual({ 'media.type': { $ne: 'image' } });
    expect(buildPostFilter({ ...base, hasMentions: true }, {}, id)).toEqual({ mentionCount: { $gt: 0 } });
  });
});

describe('relevance', () => {
  it('counts the post terms matched exactly or by prefix', () => {
    const terms = queryTerms('khatib al');
    expect(relevance(['khatib', 'khatibs', 'al', 'alive', 'other'], terms)).toBe(3);
    expect(relevance(['khatib'], [])).toBe(0);
  });

  it('orders a page by relevance, newest first among equals', () => {
    const page = [
      { id: '3', relevance: 1 },
      { id: '2', relevance: 4 },
      { id: '1', relevance: 1 },
      { id: '0', relevance: 4 },
    ];
    expect(sortByRelevance(page).map((p) => p.id)).toEqual(['2', '0', '3', '1']);
  });
});

describe('queries across scripts', () => {
  it('reads places and prisons by canonical id and the other words as a name', () => {
    expect(queryParts('محمد الخطيب صيدنايا')).toEqual({
      places: [{ id: 'saydnaya', words: 'صيدنايا' }],
      rest: 'محمد الخطيب',
      nameKey: queryParts('Mohammed al-Khatib').nameKey,
    });
    expect(queryParts('Mohammed al-Khatib').nameKey).toMatch(/:/);
    expect(queryParts('Sednaya').places.map((p) => p.id)).toEqual(queryParts('صيدنايا').places.map((p) => p.id));
    expect(queryParts('').nameKey).toBeNull();
  });

  it('matches a place by id or, for posts without place ids, by its words', () => {
    expect(buildPostFilter({ sort: 'date', text: 'Sednaya' }, {}, id)).toEqual({ $or: [{ placeIds: 'saydnaya' }, { searchTerms: { $regex: '^sednaya' } }] });
  });

  it('matches the other words as words of the text or as a name through the posts found by name key', () => {
    expect(buildPostFilter({ sort: 'date', text: 'khatib' }, { namePostIds: [A] }, id)).toEqual({
      $or: [{ searchTerms: { $regex: '^khatib' } }, { _id: { $in: [`oid(${A})`] } }],
    });
  });

  it('says why each post matched', () => {
    const parts = queryParts('محمد الخطيب Saydnaya');
    const names = new Map([[A, ['Mohammed al-Khatib']]]);
    expect(matchReasons({ id: A, searchTerms: ['released'], placeIds: ['saydnaya'] }, parts, names)).toEqual([
      { kind: 'place', placeId: 'saydnaya' },
      { kind: 'name', names: ['Mohammed al-Khatib'] },
    ]);
    expect(matchReasons({ id: B, searchTerms: ['محمد', 'خطيب', 'saydnaya'], placeIds: [] }, parts, names)).toEqual([{ kind: 'words' }]);
  });
});
