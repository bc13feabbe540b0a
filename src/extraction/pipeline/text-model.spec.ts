import { buildTextModel, mapPacked, PhraseIndex } from './text-model';

/** The tokeniser's definition, as a regular expression over the folded text. */
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)|(\p{Nd}+)|( +)|(\n+)|([\s\S])/gu;

function byExpression(folded: string): { norm: string; fs: number; kind: string }[] {
  return [...folded.matchAll(TOKEN)].map((m) => ({
    norm: m[0],
    fs: m.index,
    kind:
      m[1] !== undefined
        ? /\p{Script=Arabic}/u.test(m[1][0])
          ? 'ar'
          : 'lat'
        : m[2] !== undefined
          ? 'num'
          : m[3] !== undefined
            ? 'sp'
            : m[4] !== undefined
              ? 'nl'
              : 'p',
  }));
}

// Posts are hostile input: broken surrogates, marks with no letter, astral letters and digits, long runs.
const HOSTILE = [
  'Omar Haddad was released from Saydnaya.',
  'أُفرج عن محمد الحداد من سجن صيدنايا، وعاد إلى داريا',
  "Al-Khatib's brother, d'Alep, l'avocat — Jean-Pierre-Marie",
  'x- -y a--b ا-ب ١٢٣٤ 12a 𝟙𝟚 𝐀𝐁c',
  '\ud83d lone high, lone low \ude00, pair 😀 end\ud83d',
  '\u0301 mark first, ـــ tatweel, \u200c\u200d joiners',
  'tab\tand\r\nlines\u2028\u2029\v\f and nbsp\u00a0here',
  `${'محمد '.repeat(3000)}Omar`,
];

describe('the text model', () => {
  it.each(HOSTILE.map((t) => [t.slice(0, 30), t]))('tokenises %j as its expression does, each token mapped back to the text', (_label, text) => {
    const model = buildTextModel(text);
    const tokens = model.tokens.map((t) => ({ norm: t.norm, fs: t.fs, kind: t.kind }));
    expect(tokens).toEqual(byExpression(model.folded));
    for (const t of model.tokens) {
      expect(t.fe - t.fs).toBe(t.norm.length);
      expect(t.s).toBeLessThan(t.e);
      expect(t.e).toBeLessThanOrEqual(text.length);
    }
  });

  it('keeps broken surrogates and folds case, as normalising each character does', () => {
    expect(buildTextModel('Omar \ud83d X').folded).toBe('omar \ud83d x');
    expect(buildTextModel('\ude00Haddad').tokens.map((t) => t.norm)).toEqual(['\ude00', 'haddad']);
  });

  it('gives the same model for the same text, one post after another', () => {
    const a = buildTextModel(HOSTILE[7]);
    const b = buildTextModel(HOSTILE[1]);
    // A very long post in between: its buffers are let go, the next models are the same.
    expect(buildTextModel('Omar Haddad '.repeat(8000)).tokens).toHaveLength(8000 * 4);
    expect(buildTextModel(HOSTILE[1])).toEqual(b);
    expect(buildTextModel(HOSTILE[7])).toEqual(a);
  });
});

describe('a phrase index', () => {
  it('finds phrases with and without an Arabic prefix, in one post after another', () => {
    const index = new PhraseIndex<string>(['', 'و']);
    index.add('أفرج عن', 'release');
    index.add('released from', 'release');
    const post = buildTextModel('وأفرج عن محمد');
    expect(index.match(post.tokens, 0)).toMatchObject({ value: 'release', first: 0, last: 2, prefix: 1 });
    const other = buildTextModel('He was released from Adra');
    expect(index.match(other.tokens, 4)).toMatchObject({ value: 'release', first: 4, last: 6, prefix: 0 });
    expect(index.match(other.tokens, 0)).toBeNull();
    // A word read before an index knew it (its readings are kept from post to post) is found in the next post.
    expect(index.match(buildTextModel('Adra prison').tokens, 0)).toBeNull();
    const later = new PhraseIndex<string>();
    later.add('Adra', 'prison');
    // A post longer than the memo keeps, then a short one: both read.
    const long = buildTextModel('from Adra '.repeat(9000));
    expect(later.match(long.tokens, 4 * 8999 + 2)).toMatchObject({ value: 'prison' });
    expect(later.match(buildTextModel('He was released from Adra').tokens, 8)).toMatchObject({ value: 'prison', first: 8, last: 8 });
  });
});

describe('mapPacked', () => {
  it('is Array.prototype.map', () => {
    const xs = ['a', 'b', 'c'];
    expect(mapPacked(xs, (x, i) => `${x}${i}`)).toEqual(xs.map((x, i) => `${x}${i}`));
    expect(mapPacked([], () => 1)).toEqual([]);
  });
});
