import data from '../data/given-names.json';
import { GIVEN_NAMES } from './gazetteer';
import { analyzeName, nameKey } from './name-analysis';

/** Pairs that must meet on at least one key (candidate retrieval), whatever compareNames decides. */
const MUST_MEET: [string, string][] = [
  ['محمد أحمد الخطيب', 'Mohammed Ahmad al-Khatib'],
  ['Mhd Al Khatib', 'محمد الخطيب'],
  ['عبد الرحمن الحلبي', 'Abdulrahman Al-Halabi'],
  ['عبد الرحمن الحلبي', 'Abd al-Rahman al-Halabi'],
  ['عبد الرحمن الحلبي', 'Abdel Rahman Halabi'],
  ['حسين العلي', 'Hussein Al-Ali'],
  ['يوسف', 'Youssef'],
  ['يوسف', 'Yousef'],
  ['يوسف', 'Yusuf'],
  ['Samir Haddad', 'سمير حداد'],
  ['Razan Zaitouneh', 'رزان زيتونة'],
  ['Mohamed El Khatib', 'محمد الخطيب'],
  ['محمد الخطيب', 'محمد أحمد الخطيب'],
];

describe('nameKey', () => {
  it.each([
    ['محمد', ['Mohammed', 'Muhammad', 'Mohamed', 'Mohamad', 'Mhd', 'Mohd', 'Mouhammad', 'مُحَمَّد']],
    ['الخطيب', ['al-Khatib', 'Al Khatib', 'Alkhatib', 'El Khatib', 'Elkhatib', 'el-Khateeb', 'Khatib', 'خطيب']],
    ['عبد الرحمن', ['Abdulrahman', 'Abdul Rahman', 'Abd al-Rahman', 'Abdel Rahman', 'Abdel-Rahman', 'Abdurrahman', 'عبدالرحمن']],
    ['يوسف', ['Youssef', 'Yousef', 'Yusuf', 'Youssouf', 'Jussuf', 'Yousseff']],
    ['حسين', ['Hussein', 'Husain', 'Houssein', 'Hussain']],
    ['زيتونة', ['Zaitouneh', 'Zeitouneh', 'Zaytouna', 'زيتونه']],
    ['الحلبي', ['Halabi', 'al-Halabi', 'Alhalabi', 'Halaby']],
    ['نور الدين', ['Nour al-Din', 'Nour Eddine', 'Noureddine', 'Nureddin', 'Nour Eldin', 'نورالدين']],
    ['عبد الله', ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla', 'عبدالله']],
    ['مصطفى', ['Mustafa', 'Moustapha', 'مصطفي']],
  ])('%s has the key of every spelling', (arabic, spellings) => {
    const key = nameKey(arabic);
    expect(key).not.toBe('');
    for (const s of spellings) expect([s, nameKey(s)]).toEqual([s, key]);
  });

  it('keeps names that only look like they carry an article', () => {
    expect(nameKey('Ali')).toBe(nameKey('علي'));
    expect(nameKey('Alaa')).toBe(nameKey('علاء'));
    expect(nameKey('Elias')).toBe(nameKey('إلياس'));
    expect(nameKey('الياس')).toBe(nameKey('إلياس'));
    expect(nameKey('Alia')).toBe(nameKey('عالية'));
    expect(nameKey('Alwan')).toBe(nameKey('علوان'));
    expect(nameKey('Aloush')).toBe(nameKey('علوش'));
  });

  it('drops an attached article before a family name', () => {
    expect(nameKey('Alomari')).toBe(nameKey('العمري'));
    expect(nameKey('Alali')).toBe(nameKey('العلي'));
    expect(nameKey('Elhomsi')).toBe(nameKey('الحمصي'));
    expect(nameKey('العبدالله')).toBe(nameKey('عبد الله'));
  });

  it('keeps different names apart where the skeleton can', () => {
    expect(nameKey('Ali')).not.toBe(nameKey('Alaa'));
    expect(nameKey('الحمدي')).not.toBe(nameKey('الحمد'));
    expect(nameKey('Khatib')).not.toBe(nameKey('Kateb'));
    expect(nameKey('Darwish')).not.toBe(nameKey('Dabbagh'));
    expect(nameKey('Youssef')).not.toBe(nameKey('Joseph'));
  });

  it('gives a kunya its own key', () => {
    expect(nameKey('أبو محمد')).toBe(nameKey('Abu Mohammed'));
    expect(nameKey('أبو محمد')).toBe(nameKey('Abou Mohamed'));
    expect(nameKey('أبو محمد')).not.toBe(nameKey('محمد'));
    expect(nameKey('أم محمد')).toBe(nameKey('Umm Mohammed'));
    expect(nameKey('أم محمد')).not.toBe(nameKey('أبو محمد'));
  });

  it('reads Arabizi and Turkish letters', () => {
    expect(nameKey('7asan')).toBe(nameKey('حسن'));
    expect(nameKey('Sa3eed')).toBe(nameKey('سعيد'));
    expect(nameKey('Şiyar')).toBe(nameKey('شيار'));
  });
});

describe('analyzeName', () => {
  it('analyses an Arabic name', () => {
    expect(analyzeName('محمد أحمد الخطيب')).toEqual({
      normalized: 'محمد احمد الخطيب',
      latin: 'Mohammed Ahmad al-Khatib',
      tokens: ['mhmd', 'hmd', 'xtb'],
      keys: ['mhmd', 'hmd', 'xtb', 'mhmd:xtb', 'mhmd:hmd:xtb'],
    });
  });

  it('analyses a Latin name into the same keys', () => {
    const a = analyzeName('Mohammed Ahmad AL-KHATIB');
    expect(a.normalized).toBe('mohammed ahmad al khatib');
    expect(a.latin).toBe('Mohammed Ahmad al-Khatib');
    expect(a.keys).toEqual(analyzeName('محمد أحمد الخطيب').keys);
  });

  it('folds accents and keeps the writer’s article in the Latin form', () => {
    const a = analyzeName('Mohamed El-Khatib');
    expect(a.normalized).toBe('mohamed el khatib');
    expect(a.latin).toBe('Mohamed el-Khatib');
    expect(analyzeName('Waël Hamdân').normalized).toBe('wael hamdan');
  });

  it('keeps compounds as one part', () => {
    expect(analyzeName('عبد الرحمن الحلبي').tokens).toHaveLength(2);
    expect(analyzeName('Abd al-Rahman al-Halabi').tokens).toHaveLength(2);
    expect(analyzeName('Abdel Karim Othman').tokens).toHaveLength(2);
    expect(analyzeName('Nour Eddine Hussein').tokens).toHaveLength(2);
    expect(analyzeName('حسن نصر الله').tokens).toEqual(analyzeName('Hassan Nasrallah').tokens);
    expect(analyzeName('أبو محمد الحلبي').tokens).toHaveLength(2);
    expect(analyzeName('أحمد الحاج علي').tokens).toEqual(analyzeName('Ahmad Haj Ali').tokens);
  });

  it('leaves out ibn/bin, leading titles, bracketed aliases and digits', () => {
    expect(analyzeName('حسين بن علي العمر').tokens).toEqual(analyzeName('Hussein Ali al-Omar').tokens);
    expect(analyzeName('Hussein ibn Ali al-Omar').tokens).toEqual(analyzeName('Hussein Ali al-Omar').tokens);
    expect(analyzeName('الشهيد محمد الخطيب').tokens).toEqual(['mhmd', 'xtb']);
    expect(analyzeName('Dr. Samir Haddad').tokens).toEqual(analyzeName('سمير حداد').tokens);
    expect(analyzeName('محمد الخطيب (أبو أحمد)').tokens).toEqual(['mhmd', 'xtb']);
    expect(analyzeName('١- محمد الخطيب، ٢٠١٣').normalized).toBe('محمد الخطيب');
  });

  it('transliterates Arabic names readably', () => {
    expect(analyzeName('عبد الرحمن الخطيب').latin).toBe('Abdulrahman al-Khatib');
    expect(analyzeName('أبو محمد حداد').latin).toBe('Abu Mohammed Hadad');
    expect(analyzeName('حسين العلي').latin).toBe('Hussein al-Ali');
    expect(analyzeName('خالد درويش').latin).toBe('Khaled Darwish');
    expect(analyzeName('أحمد الحاج علي').latin).toBe('Ahmad al-Haj Ali');
  });

  it('returns empty results for text without a name', () => {
    expect(analyzeName('')).toEqual({ normalized: '', latin: '', tokens: [], keys: [] });
    expect(analyzeName('٢٠١٣ - ...')).toEqual({ normalized: '', latin: '', tokens: [], keys: [] });
  });

  it.each(MUST_MEET)('%s and %s share a key', (a, b) => {
    const kb = new Set(analyzeName(b).keys);
    expect(analyzeName(a).keys.some((k) => kb.has(k))).toBe(true);
  });

  it('makes lower-case ASCII keys', () => {
    for (const row of GIVEN_NAMES) {
      for (const k of [...analyzeName(row.ar).keys, ...row.latin.flatMap((v) => analyzeName(`${v} al-Khatib`).keys)]) {
        expect(k).toMatch(/^[a-z:]+$/);
      }
    }
  });
});

describe('given-names.json', () => {
  const rows = data as { ar: string; latin: string[]; g: string; arVariants?: string[] }[];

  it('lists enough names, each once, with a gender', () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(new Set(rows.map((r) => r.ar)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['m', 'f', 'u']).toContain(r.g);
      expect(r.latin.length).toBeGreaterThan(0);
    }
    const has = (ar: string) => rows.some((r) => r.ar === ar);
    for (const ar of ['محمد', 'عبد الرحمن', 'بشار', 'فاطمة', 'جورج', 'إلياس', 'آزاد', 'شيار', 'جوان', 'رودي', 'حنا', 'ميشيل']) {
      expect([ar, has(ar)]).toEqual([ar, true]);
    }
  });

  it('gives every listed spelling the key of its Arabic form', () => {
    for (const row of GIVEN_NAMES) {
      const key = nameKey(row.ar);
      expect([row.ar, key]).toEqual([row.ar, row.key]);
      for (const v of row.latin) {
        const a = analyzeName(v);
        expect([v, a.tokens.length === 1 && (a.tokens[0] === key || a.keys.includes(key))]).toEqual([v, true]);
      }
    }
  });
});
