import { compareNames, SAME_THRESHOLD } from './name-match';

const SAME: [string, string][] = [
  ['محمد أحمد الخطيب', 'Mohammed Ahmad al-Khatib'],
  ['Mhd Al Khatib', 'محمد الخطيب'],
  ['عبد الرحمن الحلبي', 'Abdulrahman Al-Halabi'],
  ['عبد الرحمن الحلبي', 'Abd al-Rahman al-Halabi'],
  ['عبد الرحمن الحلبي', 'Abdel Rahman Halabi'],
  ['Abdulrahman Al-Halabi', 'Abdel Rahman Halabi'],
  ['حسين العلي', 'Hussein Al-Ali'],
  ['يوسف الحلبي', 'Youssef Halabi'],
  ['Yousef Halabi', 'Yusuf al-Halabi'],
  ['Samir Haddad', 'سمير حداد'],
  ['Razan Zaitouneh', 'رزان زيتونة'],
  ['Mohamed El Khatib', 'محمد الخطيب'],
  ['Mohamed Elkhatib', 'محمد الخطيب'],
  ['محمد الخطيب', 'محمد أحمد الخطيب'],
  ['Mohammed al-Khatib', 'Mohammed Ahmad Ali al-Khatib'],
  ['أبو محمد الحلبي', 'Abu Mohammed al-Halabi'],
  ['Hicham Bitar', 'هشام البيطار'],
  ['Jussuf Chatib', 'يوسف الخطيب'],
  ['Mouhammed Darwish', 'محمد درويش'],
  ['رضوان العبدالله', 'Redouane Abdallah'],
];

const DIFFERENT: [string, string][] = [
  ['محمد الخطيب', 'محمد الحلبي'],
  ['Ahmad Darwish', 'Ahmad Dabbagh'],
  ['محمد أحمد علي', 'محمد أحمد حسن'],
  ['Ali Hassan', 'Alaa Hassan'],
  ['أبو محمد', 'محمد'],
  ['Youssef Haddad', 'Joseph Haddad'],
  ['Mohammed Khatib', 'Mohammed Khattab'],
  ['محمد الخطيب', 'محمود الخطيب'],
  ['Omar Hamdan', 'Omar Hamdoun'],
  ['Rami Tawil', 'Rami Tawileh'],
];

describe('compareNames', () => {
  it.each(SAME)('%s = %s', (a, b) => {
    const c = compareNames(a, b);
    expect(c).toMatchObject({ same: true });
    expect(c.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    expect(compareNames(b, a).same).toBe(true);
  });

  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
    expect(compareNames(b, a).same).toBe(false);
  });

  it('explains a match part by part', () => {
    expect(compareNames('محمد أحمد الخطيب', 'Mohammed Ahmad al-Khatib')).toEqual({
      score: expect.any(Number),
      same: true,
      reasons: ['given name matches (محمد = Mohammed)', 'family name matches (الخطيب = al-Khatib)', "father's name matches (أحمد = Ahmad)"],
    });
  });

  it('treats a different family name as strong evidence against', () => {
    const c = compareNames('Mohammed al-Khatib', 'محمد حداد');
    expect(c.same).toBe(false);
    expect(c.score).toBeLessThan(0.4);
    expect(c.reasons).toContain('family name differs (al-Khatib ≠ حداد)');
  });

  it('tells the vowels apart when the consonants agree', () => {
    const c = compareNames('محمد الخطيب', 'Mohammed Khattab');
    expect(c.same).toBe(false);
    expect(c.reasons).toContain('family name differs (الخطيب ≠ Khattab)');
  });

  it('lets the father/grandfather chain be missing on one side only', () => {
    const c = compareNames('محمد الخطيب', 'محمد أحمد الخطيب');
    expect(c.same).toBe(true);
    expect(c.reasons).toContain('father/grandfather chain given in only one name');
    expect(compareNames('محمد أحمد علي الخطيب', 'محمد أحمد الخطيب').same).toBe(true);
  });

  it('refuses cousins: same given and family name, different father or grandfather', () => {
    const father = compareNames('محمد أحمد الخطيب', 'محمد علي الخطيب');
    expect(father.same).toBe(false);
    expect(father.score).toBeLessThanOrEqual(0.5);
    expect(father.reasons).toContain("father's name differs (أحمد ≠ علي)");
    expect(compareNames('محمد أحمد حسن الخطيب', 'محمد أحمد علي الخطيب').same).toBe(false);
    // A nephew named after his uncle: محمد بن علي بن أحمد vs محمد بن أحمد.
    expect(compareNames('محمد علي أحمد الخطيب', 'محمد أحمد الخطيب').same).toBe(false);
  });

  it('does not accept a matching chain without the family name', () => {
    expect(compareNames('محمد أحمد علي', 'محمد أحمد حسن').same).toBe(false);
    const missing = compareNames('محمد أحمد', 'محمد أحمد الخطيب');
    expect(missing.same).toBe(false);
    expect(missing.score).toBeGreaterThan(0.55);
    expect(missing.score).toBeLessThan(SAME_THRESHOLD);
    expect(missing.reasons).toContain('family name missing in one name: not enough to identify a person');
  });

  it('never calls single-part names the same', () => {
    for (const [a, b] of [
      ['يوسف', 'Youssef'],
      ['Yousef', 'Yusuf'],
      ['محمد', 'Mohammed'],
    ]) {
      const c = compareNames(a, b);
      expect(c.same).toBe(false);
      expect(c.reasons).toEqual([expect.stringMatching(/^name matches/), 'single-part name: not enough to identify a person']);
    }
    expect(compareNames('Youssef', 'Joseph').reasons[0]).toBe('name differs (Youssef ≠ Joseph)');
  });

  it('matches a kunya only with a kunya', () => {
    expect(compareNames('أبو محمد', 'محمد').reasons[0]).toBe('a kunya only matches a kunya (أبو محمد ≠ محمد)');
    expect(compareNames('أبو محمد الحلبي', 'محمد الحلبي').same).toBe(false);
    expect(compareNames('أم محمد الحلبي', 'أبو محمد الحلبي').same).toBe(false);
    expect(compareNames('Youssef Abou Zeid', 'يوسف أبو زيد').same).toBe(true);
    expect(compareNames('Youssef Abou Zeid', 'Youssef Zeid').same).toBe(false);
  });

  it('knows given names apart even where their skeletons meet', () => {
    expect(compareNames('علي حسن', 'Alaa Hassan').same).toBe(false);
    expect(compareNames('Samer Haddad', 'Samir Haddad').same).toBe(false);
    expect(compareNames('Hasan Ali', 'Hussein Ali').same).toBe(false);
    expect(compareNames('Omar Sabbagh', 'Amr Sabbagh').same).toBe(false);
  });

  it('scores within 0..1 and handles empty input', () => {
    expect(compareNames('', 'محمد الخطيب')).toEqual({ score: 0, same: false, reasons: ['no name to compare'] });
    for (const [a, b] of [...SAME, ...DIFFERENT]) {
      const { score } = compareNames(a, b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
