import { guessLanguage, normalizeArabic, normalizeLatin, normalizeText, searchTerms, sha256Hex, tokenize } from './normalize';

describe('normalizeArabic', () => {
  it('removes harakat, superscript alef, Quranic marks and tatweel', () => {
    expect(normalizeArabic('المُعتَقَلُ')).toBe('المعتقل');
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('الرَّحِيمِ ۚ')).toBe('الرحيم ');
    expect(normalizeArabic('المعتقـــل')).toBe('المعتقل');
  });

  it('unifies alef, teh marbuta, alef maksura and hamza seats', () => {
    expect(normalizeArabic('أسرى إدلب آمنة ٱلله')).toBe('اسري ادلب امنه الله');
    expect(normalizeArabic('المعتقلة')).toBe('المعتقله');
    expect(normalizeArabic('مسؤول')).toBe('مسوول');
    expect(normalizeArabic('رئيس')).toBe('رييس');
  });

  it('keeps the standalone hamza', () => {
    expect(normalizeArabic('شهداء')).toBe('شهداء');
    expect(normalizeArabic('ماء')).not.toBe(normalizeArabic('ما'));
  });

  it('treats decomposed hamza forms like composed ones', () => {
    expect(normalizeArabic('\u0627\u0654سرى')).toBe(normalizeArabic('أسرى'));
  });

  it('converts Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(normalizeArabic('٢٠١٢ و ۱۳۹۰')).toBe('2012 و 1390');
  });

  it('maps Persian kaf and yeh to their Arabic forms', () => {
    expect(normalizeArabic('کردی')).toBe('كردي');
  });

  it('leaves Latin text alone', () => {
    expect(normalizeArabic('Sednaya Libéré')).toBe('Sednaya Libéré');
  });
});

describe('normalizeLatin', () => {
  it('strips accents and lowercases', () => {
    expect(normalizeLatin('Libéré À Alep')).toBe('libere a alep');
    expect(normalizeLatin('ŞAM Ḥalab')).toBe('sam halab');
  });

  it('spells out ß and ligatures', () => {
    expect(normalizeLatin('Straße sœur Æ')).toBe('strasse soeur ae');
  });

  it('drops apostrophes and transliteration ayn/hamza so spellings meet', () => {
    const variants = ["Sa'id", 'Sa’id', 'Saʿid', 'Saʾid', 'Said'].map(normalizeLatin);
    expect(new Set(variants)).toEqual(new Set(['said']));
  });
});

describe('normalizeText', () => {
  it('combines Arabic and Latin folding, lowercases and collapses whitespace', () => {
    expect(normalizeText('  المُعتَقـلة \n\t أسرى   SEDNAYA  Libéré ')).toBe('المعتقله اسري sednaya libere');
  });

  it('removes zero-width and bidi control characters', () => {
    expect(normalizeText('صيد\u200Bنايا')).toBe('صيدنايا');
    expect(normalizeText('\u202Bمعتقل\u202C\u200F')).toBe('معتقل');
    expect(normalizeText('\uFEFFSed\u200Dnaya\u061C')).toBe('sednaya');
  });

  it('folds presentation forms and full-width letters through NFKC', () => {
    expect(normalizeText('\uFEFB')).toBe('لا');
    expect(normalizeText('ＳＥＤＮＡＹＡ')).toBe('sednaya');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \u200B ـ ')).toBe('');
  });
});

describe('tokenize', () => {
  it('splits Arabic and Latin text into word tokens without punctuation', () => {
    expect(tokenize('أُفرج عن المعتقل، محمد! (Released: al-Khatib, 2012.)')).toEqual(['افرج', 'عن', 'المعتقل', 'محمد', 'released', 'al', 'khatib', '2012']);
  });

  it('returns [] when there are no words', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('... !!! 🙏')).toEqual([]);
  });
});

describe('searchTerms', () => {
  it('keeps unique tokens of at least two characters', () => {
    expect(searchTerms('a released Released ab')).toEqual(['released', 'ab']);
  });

  it('adds Arabic forms without the article', () => {
    const terms = searchTerms('المعتقل والمعتقلة بالسجن للمعتقلين');
    expect(terms).toEqual(expect.arrayContaining(['المعتقل', 'معتقل', 'والمعتقله', 'معتقله', 'بالسجن', 'سجن', 'للمعتقلين', 'معتقلين']));
  });

  it('does not strip an article that would leave fewer than two letters', () => {
    expect(searchTerms('الف')).toEqual(['الف']);
    expect(searchTerms('اله')).toEqual(['اله']);
  });

  it('strips a leading و only from tokens longer than three letters', () => {
    expect(searchTerms('ومعتقل')).toEqual(['ومعتقل', 'معتقل']);
    expect(searchTerms('ولد')).toEqual(['ولد']);
  });

  it('strips a و before the article too', () => {
    expect(searchTerms('وللمعتقل')).toEqual(['وللمعتقل', 'للمعتقل', 'معتقل']);
  });

  it('does not strip Arabic prefixes from Latin tokens', () => {
    expect(searchTerms('allah wall')).toEqual(['allah', 'wall']);
  });

  it('caps the number of terms at 500', () => {
    const text = Array.from({ length: 800 }, (_, i) => `w${i}`).join(' ');
    const terms = searchTerms(text);
    expect(terms).toHaveLength(500);
    expect(terms[0]).toBe('w0');
  });
});

describe('guessLanguage', () => {
  it('detects Arabic when Arabic letters are at least 30% of letters', () => {
    expect(guessLanguage('أفرج عن المعتقل محمد أحمد الخطيب من داريا')).toBe('ar');
    expect(guessLanguage('معتقل in Sednaya')).toBe('ar');
  });

  it('detects English and French by their common words', () => {
    expect(guessLanguage('The detainee was released from the prison in Sednaya after 12 years.')).toBe('en');
    expect(guessLanguage('Le détenu a été libéré de la prison de Saydnaya après douze ans.')).toBe('fr');
    expect(guessLanguage('صيدنايا Sednaya prison near Damascus, the detainees were freed')).toBe('en');
  });

  it('tags short posts by a single telling word', () => {
    expect(guessLanguage('BREAKING: Doors of Saydnaya open. Detainees walking out. #Syria #Saydnaya')).toBe('en');
    expect(guessLanguage('Toot number 5!')).toBe('en');
    expect(guessLanguage('Libéré hier soir, Saydnaya')).toBe('fr');
  });

  it('does not take Portuguese, Spanish or German for French or English', () => {
    expect(guessLanguage('PSP deteve mais de 800 pessoas nas festas de Natal e fim de ano')).toBe('und');
    expect(guessLanguage('Liberan a los detenidos de la prisión de Saydnaya')).toBe('und');
    expect(guessLanguage('Die Gefangenen wurden aus dem Gefängnis Saydnaya entlassen')).toBe('und');
  });

  it('returns und without a clear winner', () => {
    expect(guessLanguage('Ahmad Darwish, Sednaya, 2012')).toBe('und');
    expect(guessLanguage('the prison de Saydnaya')).toBe('und');
    expect(guessLanguage('#hoot (hashtag toot)')).toBe('und');
  });

  it('returns und for short or empty input', () => {
    expect(guessLanguage('')).toBe('und');
    expect(guessLanguage('ok')).toBe('und');
    expect(guessLanguage('12345 !!!')).toBe('und');
  });
});

describe('sha256Hex', () => {
  it('hashes strings as UTF-8 and buffers as bytes', () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Hex('')).toBe(empty);
    expect(sha256Hex(Buffer.alloc(0))).toBe(empty);
    expect(sha256Hex('معتقل')).toBe(sha256Hex(Buffer.from('معتقل', 'utf8')));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
