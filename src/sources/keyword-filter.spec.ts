import { applyKeywordFilter, KeywordFilter } from './keyword-filter';

const filter = (include: string[], exclude: string[] = []): KeywordFilter => ({ include, exclude });

describe('applyKeywordFilter', () => {
  it('keeps everything when the include list is empty', () => {
    expect(applyKeywordFilter('أي نص', filter([]))).toEqual({ keep: true });
    expect(applyKeywordFilter('', filter([]))).toEqual({ keep: true });
  });

  it('rejects text that matches no include keyword', () => {
    expect(applyKeywordFilter('مباراة كرة القدم اليوم', filter(['معتقل', 'صيدنايا']))).toEqual({
      keep: false,
      reason: 'no-include-match',
    });
  });

  describe('Arabic', () => {
    it('matches through the article, diacritics and tatweel', () => {
      expect(applyKeywordFilter('أفرج عن المُعتَقـل محمد', filter(['معتقل']))).toEqual({ keep: true });
    });

    it('matches through a leading و', () => {
      expect(applyKeywordFilter('والمعتقلين في سجن صيدنايا', filter(['معتقل']))).toEqual({ keep: true });
    });

    it('matches across hamza, alef and teh marbuta variants', () => {
      expect(applyKeywordFilter('الإفراج عن اسرى', filter(['أسرى']))).toEqual({ keep: true });
      expect(applyKeywordFilter('الافراج عن أسرى', filter(['اسرى']))).toEqual({ keep: true });
      expect(applyKeywordFilter('الإفراج عن الأسيرة', filter(['اسيره']))).toEqual({ keep: true });
      expect(applyKeywordFilter('الإفراج عن اسري', filter(['أسرى']))).toEqual({ keep: true });
    });

    it('matches Arabic-Indic digits against ASCII ones', () => {
      expect(applyKeywordFilter('معتقل منذ عام ٢٠١٢', filter(['2012']))).toEqual({ keep: true });
    });

    it('ignores invisible characters inside words', () => {
      expect(applyKeywordFilter('صيد\u200Cنايا', filter(['صيدنايا']))).toEqual({ keep: true });
    });
  });

  describe('Latin', () => {
    it('ignores case', () => {
      expect(applyKeywordFilter('Released from SEDNAYA prison', filter(['Sednaya']))).toEqual({ keep: true });
    });

    it('ignores accents on either side', () => {
      expect(applyKeywordFilter('Il a été libere hier', filter(['libéré']))).toEqual({ keep: true });
      expect(applyKeywordFilter('Il a été libéré hier', filter(['libere']))).toEqual({ keep: true });
    });

    it('matches multi-word keywords across collapsed whitespace', () => {
      expect(applyKeywordFilter('forcibly\n  disappeared in 2013', filter(['Forcibly disappeared']))).toEqual({
        keep: true,
      });
    });
  });

  describe('exclusion', () => {
    it('wins over inclusion and names the keyword as configured', () => {
      expect(applyKeywordFilter('المعتقل محمد في الدوري الممتاز', filter(['معتقل'], ['الدوري']))).toEqual({
        keep: false,
        reason: 'excluded',
        keyword: 'الدوري',
      });
    });

    it('applies with an empty include list', () => {
      expect(applyKeywordFilter('Football: SEDNAYA FC wins', filter([], ['football']))).toEqual({
        keep: false,
        reason: 'excluded',
        keyword: 'football',
      });
    });

    it('is normalised like inclusion', () => {
      expect(applyKeywordFilter('إعلان مُمَوَّل', filter([], ['ممول']))).toEqual({
        keep: false,
        reason: 'excluded',
        keyword: 'ممول',
      });
    });

    it('keeps text that matches no exclude keyword', () => {
      expect(applyKeywordFilter('Released from Sednaya', filter(['sednaya'], ['football']))).toEqual({ keep: true });
    });
  });

  it('ignores keywords that normalise to nothing', () => {
    expect(applyKeywordFilter('any text', filter([], ['', '  ', 'ـ', '\u064E']))).toEqual({ keep: true });
    expect(applyKeywordFilter('any text', filter([' ']))).toEqual({ keep: true });
    expect(applyKeywordFilter('any text', filter([' ', 'sednaya']))).toEqual({
      keep: false,
      reason: 'no-include-match',
    });
  });
});
