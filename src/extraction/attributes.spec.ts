import { extractAttributes, hijriToGregorianYear, parseDateAt } from './attributes';
import { buildTextModel } from './pipeline/text-model';
import type { MentionAttributes } from './types';

function attrs(text: string): Partial<MentionAttributes> {
  const all = extractAttributes(text);
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null));
}

describe('buildTextModel', () => {
  it('folds with normalizeText but keeps the original offsets of every token', () => {
    const text = 'المُعتقَـــل مُحَمَّد ٢٠١٢';
    const { tokens } = buildTextModel(text);
    const words = tokens.filter((t) => t.kind !== 'sp');
    expect(words.map((t) => t.norm)).toEqual(['المعتقل', 'محمد', '2012']);
    for (const t of words) expect(text.slice(t.s, t.e)).not.toMatch(/^\s|\s$/);
    expect(text.slice(words[1].s, words[1].e)).toBe('مُحَمَّد');
  });

  it('splits French elisions and English possessives but joins transliterated ayn', () => {
    const norms = (s: string) =>
      buildTextModel(s)
        .tokens.filter((t) => t.kind === 'lat')
        .map((t) => t.norm);
    expect(norms("l'avocat d'Alep")).toEqual(['l', 'avocat', 'd', 'alep']);
    expect(norms('Darwish’s family')).toEqual(['darwish', 's', 'family']);
    expect(norms("Sa'id Ma’arrat al-Nu'man")).toEqual(['said', 'maarrat', 'al-numan']);
  });

  it('marks capitalised Latin words and drops bidi marks', () => {
    const { tokens } = buildTextModel('\u202BAhmad darwish\u202C');
    const lat = tokens.filter((t) => t.kind === 'lat');
    expect(lat.map((t) => [t.norm, t.cap])).toEqual([
      ['ahmad', true],
      ['darwish', false],
    ]);
  });

  it('never throws on lone surrogates and odd characters', () => {
    expect(() => buildTextModel('\uD800ab\uDC00 ﷽ ﻻ 1️⃣ \r\n')).not.toThrow();
  });
});

describe('dates', () => {
  const at = (s: string) => parseDateAt(buildTextModel(s).tokens, 0)?.value ?? null;

  it('reads ISO, day/month/year (Syrian order) and month names in three languages', () => {
    expect(at('2024-12-08')).toBe('2024-12-08');
    expect(at('8/12/2024')).toBe('2024-12-08');
    expect(at('٨/١٢/٢٠٢٤')).toBe('2024-12-08');
    expect(at('12/25/2013')).toBe('2013-12-25');
    expect(at('5 كانون الثاني 2014')).toBe('2014-01-05');
    expect(at('8 ديسمبر 2024')).toBe('2024-12-08');
    expect(at('8 December 2024')).toBe('2024-12-08');
    expect(at('December 8, 2024')).toBe('2024-12-08');
    expect(at('8 décembre 2024')).toBe('2024-12-08');
    expect(at('13 كانون الأول/ديسمبر 2025')).toBe('2025-12-13');
    expect(at('آذار 2013')).toBe('2013');
    expect(at('2013')).toBe('2013');
    expect(at('12')).toBeNull();
  });

  it('converts Hijri years to the Gregorian year holding most of them', () => {
    expect(hijriToGregorianYear(1434)).toBe(2013);
    expect(hijriToGregorianYear(1433)).toBe(2012);
    expect(hijriToGregorianYear(1446)).toBe(2025);
    expect(at('١٤٣٤ هـ')).toBe('2013');
  });
});

describe('extractAttributes', () => {
  it('reads the brief examples', () => {
    expect(attrs('أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في صيدنايا')).toEqual({ hometown: 'داريا', prison: 'saydnaya' });
    expect(attrs('Ahmad Darwish, detained since 2012, was found in Saydnaya')).toEqual({ prison: 'saydnaya', arrestYear: 2012 });
    expect(attrs('Samir Haddad, avocat disparu depuis 2013')).toEqual({ arrestYear: 2013 });
  });

  describe('hometown', () => {
    it('takes the place as written after an origin phrase', () => {
      expect(attrs('من داريا').hometown).toBe('داريا');
      expect(attrs('ابن مدينة دوما').hometown).toBe('دوما');
      expect(attrs('من أهالي حرستا').hometown).toBe('حرستا');
      expect(attrs('من مدينة معضمية الشام بريف دمشق').hometown).toBe('معضمية الشام');
      expect(attrs('from Daraya').hometown).toBe('Daraya');
      expect(attrs('a native of Deir ez-Zor').hometown).toBe('Deir ez-Zor');
      expect(attrs('from the town of Douma').hometown).toBe('Douma');
      expect(attrs('originaire de Daraya').hometown).toBe('Daraya');
      expect(attrs("originaire d'Alep").hometown).toBe('Alep');
      expect(attrs('released yesterday (Douma)').hometown).toBe('Douma');
    });

    it('accepts an unknown village after a place type', () => {
      expect(attrs('من بلدة كفرعويد بريف إدلب').hometown).toBe('كفرعويد');
      expect(attrs('من قرية تل الزعتر').hometown).toBe('تل الزعتر');
      expect(attrs('from the village of Kafr Zeta').hometown).toBe('Kafr Zeta');
    });

    it('does not read a prison or a movement as a hometown', () => {
      expect(attrs('خرج من صيدنايا').hometown).toBeUndefined();
      expect(attrs('released from Adra').hometown).toBeUndefined();
      expect(attrs('نقل من حمص إلى دمشق').hometown).toBeUndefined();
      expect(attrs('اعتقل في داريا').hometown).toBeUndefined();
      expect(attrs('le régime de Damas').hometown).toBeUndefined();
    });

    it('keeps the town when someone is a son of the town that shares a prison name', () => {
      expect(attrs('ابن مدينة صيدنايا').hometown).toBe('صيدنايا');
    });
  });

  describe('prison', () => {
    it('maps aliases in three languages to one facility id', () => {
      expect(attrs('في سجن صيدنايا العسكري').prison).toBe('saydnaya');
      expect(attrs('المسلخ البشري').prison).toBe('saydnaya');
      expect(attrs('held in Sednaya prison').prison).toBe('saydnaya');
      expect(attrs('the human slaughterhouse').prison).toBe('saydnaya');
      expect(attrs('بفرع فلسطين').prison).toBe('branch-235');
      expect(attrs('في الفرع 235').prison).toBe('branch-235');
      expect(attrs('in Branch 215').prison).toBe('branch-215');
      expect(attrs('فرع الـ٢٢٧').prison).toBe('branch-227');
      expect(attrs('في فرع الخطيب').prison).toBe('branch-251');
      expect(attrs('لدى المخابرات الجوية').prison).toBe('air-force-intelligence');
      expect(attrs('في مطار المزة العسكري').prison).toBe('mezzeh-airport');
      expect(attrs("à la prison d'Adra").prison).toBe('adra');
      expect(attrs('Palmyra prison').prison).toBe('tadmur');
      expect(attrs('الشرطة العسكرية في القابون').prison).toBe('military-police-qaboun');
      expect(attrs('سجن حماة المركزي').prison).toBe('hama-central');
    });

    it('does not take the family name الخطيب for the al-Khatib branch', () => {
      expect(attrs('محمد أحمد الخطيب').prison).toBeUndefined();
      expect(attrs('Mohammed al-Khatib').prison).toBeUndefined();
    });

    it('prefers the facility someone was moved to or released from', () => {
      expect(attrs('اعتقل في فرع فلسطين ثم نقل إلى صيدنايا').prison).toBe('saydnaya');
      expect(attrs('held in Branch 215, then transferred to Sednaya').prison).toBe('saydnaya');
      expect(attrs('خرج من صيدنايا بعد سنوات في فرع فلسطين').prison).toBe('saydnaya');
    });
  });

  describe('age and birth year', () => {
    it('reads ages with an age word, a unit in brackets, or "-year-old"', () => {
      expect(attrs('عمره ٢٥ عاماً').age).toBe(25);
      expect(attrs('البالغ من العمر 34 عاما').age).toBe(34);
      expect(attrs('ابن الـ19 عاماً').age).toBe(19);
      expect(attrs('(25 عاماً)').age).toBe(25);
      expect(attrs('aged 25').age).toBe(25);
      expect(attrs('a 25-year-old engineer').age).toBe(25);
      expect(attrs('he is 40 years old').age).toBe(40);
      expect(attrs('âgé de 25 ans').age).toBe(25);
      expect(attrs('(25 ans)').age).toBe(25);
      expect(attrs("elle a aujourd'hui 33 ans").age).toBe(33);
      expect(attrs('who is now 34').age).toBe(34);
      expect(attrs('وعمر كل منهما 17 سنة').age).toBe(17);
      expect(attrs('arrêté il y a 10 ans').age).toBeUndefined();
    });

    it('does not take a duration for an age', () => {
      expect(attrs('بعد 12 عاماً في صيدنايا').age).toBeUndefined();
      expect(attrs('after 11 years in detention').age).toBeUndefined();
      expect(attrs('détenu depuis 12 ans').age).toBeUndefined();
    });

    it('reads birth years', () => {
      expect(attrs('مواليد ١٩٨٥').birthYear).toBe(1985);
      expect(attrs('من مواليد عام 1990').birthYear).toBe(1990);
      expect(attrs('تولد 1979').birthYear).toBe(1979);
      expect(attrs('born in 1985').birthYear).toBe(1985);
      expect(attrs('né en 1985').birthYear).toBe(1985);
      expect(attrs('née le 3 mars 1992').birthYear).toBe(1992);
    });
  });

  describe('arrest, release and death dates', () => {
    it('reads no year from a decade: "the 1980s", "1990\'s", «les années 1980»', () => {
      expect(attrs('detained since the 1980s').arrestYear).toBeUndefined();
      expect(attrs("arrested in the 1990's").arrestYear).toBeUndefined();
      expect(attrs('détenu depuis les années 1980').arrestYear).toBeUndefined();
      expect(attrs('détenu depuis 1980').arrestYear).toBe(1980);
      expect(attrs('arrested in 1980 and held ever since').arrestYear).toBe(1980);
    });

    it('reads arrest years after detention words, also in Hijri', () => {
      expect(attrs('اعتقل عام ٢٠١٢').arrestYear).toBe(2012);
      expect(attrs('معتقل منذ 2013').arrestYear).toBe(2013);
      expect(attrs('اعتقلوه على حاجز القطيفة سنة 2013').arrestYear).toBe(2013);
      expect(attrs('اعتقل بتاريخ 15/6/2012').arrestYear).toBe(2012);
      expect(attrs('مختفٍ قسرياً منذ عام 2014').arrestYear).toBe(2014);
      expect(attrs('اعتقل عام ١٤٣٤ هـ').arrestYear).toBe(2013);
      expect(attrs('arrested in 2013').arrestYear).toBe(2013);
      expect(attrs('arrested in March 2013').arrestYear).toBe(2013);
      expect(attrs('missing since 2012').arrestYear).toBe(2012);
      expect(attrs('arrêté en 2013').arrestYear).toBe(2013);
      expect(attrs('disparu depuis 2015').arrestYear).toBe(2015);
    });

    it('reads the date that opens the sentence of an arrest as its year, unless the sentence tells of a release or death', () => {
      expect(attrs('وبتاريخ 6 أيلول 2011، اعتقل عناصر الأمن الشاب من منزله.').arrestYear).toBe(2011);
      expect(attrs('في 28/8/2013 اعتقلت قوات النظام الشاب على طريق حماة.').arrestYear).toBe(2013);
      expect(attrs('On August 19th, 2017, the General Intelligence raided my home in Mazzeh and detained me.').arrestYear).toBe(2017);
      expect(attrs("C'est le 14 mai 2006 que le journaliste a été interpellé.").arrestYear).toBe(2006);
      expect(attrs('Since October 2012, the two brothers have been held in Adra.').arrestYear).toBe(2012);
      expect(attrs('In 2020, the man, arrested years earlier, was released.').arrestYear).toBeUndefined();
      expect(attrs('Born in 1985, he was arrested at a checkpoint.')).toEqual({ birthYear: 1985 });
    });

    it('reads more arrest words: interpellé, locked up, «أوقفت», held in captivity since', () => {
      expect(attrs('a été interpellé le 14 mai 2006').arrestYear).toBe(2006);
      expect(attrs('was locked up at the beginning of 2013').arrestYear).toBe(2013);
      expect(attrs('أوقفت الهيئة الناشط بتاريخ 25 آب 2018').arrestYear).toBe(2018);
      expect(attrs('en captivité depuis juin 2013').arrestYear).toBe(2013);
    });

    it('needs "since" after a status word', () => {
      expect(attrs('the detainee died in 2015').arrestYear).toBeUndefined();
      expect(attrs('المعتقل توفي عام 2015').arrestYear).toBeUndefined();
    });

    it('reads release and death dates as ISO dates or years', () => {
      expect(attrs('أفرج عنه بتاريخ 8/12/2024').releaseDate).toBe('2024-12-08');
      expect(attrs('released on December 8, 2024').releaseDate).toBe('2024-12-08');
      expect(attrs('libéré le 9 décembre 2024').releaseDate).toBe('2024-12-09');
      expect(attrs('توفي تحت التعذيب في 5 كانون الثاني 2014').deathDate).toBe('2014-01-05');
      expect(attrs('استشهد عام 2013').deathDate).toBe('2013');
      expect(attrs('died in Saydnaya in 2015').deathDate).toBe('2015');
      expect(attrs('mort sous la torture en 2011').deathDate).toBe('2011');
    });

    it('keeps each date with its own event', () => {
      expect(attrs('اعتقل عام 2012 وأفرج عنه عام 2024')).toEqual({ arrestYear: 2012, releaseDate: '2024' });
      expect(attrs('arrested in 2012 and died in custody in 2014')).toEqual({ arrestYear: 2012, deathDate: '2014' });
      expect(attrs('libéré, détenu depuis 2012').releaseDate).toBeUndefined();
    });
  });

  it('returns empty attributes for empty or odd input', () => {
    const empty = { hometown: null, prison: null, age: null, birthYear: null, arrestYear: null, releaseDate: null, deathDate: null };
    expect(extractAttributes('')).toEqual(empty);
    expect(extractAttributes('🙂🙂')).toEqual(empty);
    expect(extractAttributes(undefined as unknown as string)).toEqual(empty);
  });
});
