import { GIVEN_NAMES } from './gazetteer';
import { parseName } from './parse';
import { arabicForms, arabicKey, formKey, formsAgree, latinForms, latinKey } from './skeleton';

const agree = (a: string, b: string) => arabicForms(a).some((f) => latinForms(b).some((g) => formsAgree(f, g)));

describe('skeleton keys', () => {
  it('maps Arabic letters and their usual spellings to one class', () => {
    expect(arabicKey('محمد')).toBe(latinKey('muhammad'));
    expect(arabicKey('خطيب')).toBe(latinKey('khatib'));
    expect(arabicKey('شامي')).toBe(latinKey('chami'));
    expect(arabicKey('شامي')).toBe(latinKey('schami'));
    expect(arabicKey('غسان')).toBe(latinKey('ghassan'));
    expect(arabicKey('قاسم')).toBe(latinKey('kassem'));
    expect(arabicKey('قاسم')).toBe(latinKey('qasim'));
    expect(arabicKey('رمضان')).toBe(latinKey('ramadhan'));
    expect(arabicKey('عثمان')).toBe(latinKey('othman'));
    expect(arabicKey('فاطمة')).toBe(latinKey('fatmeh'));
    expect(arabicKey('صالح')).toBe(latinKey('saleh'));
  });

  it('marks a final written -i', () => {
    expect(arabicKey('حلبي')).toBe('hlbi');
    expect(latinKey('halaby')).toBe('hlbi');
    expect(arabicKey('مصطفى')).toBe(latinKey('mustafa'));
    expect(arabicKey('ربيع')).toBe(latinKey('rabie'));
  });

  it('computes the same key on the fast path as from the full forms', () => {
    for (const row of GIVEN_NAMES) {
      for (const part of parseName(row.ar, null).parts) {
        expect([part.core, arabicKey(part.core)]).toEqual([part.core, formKey(arabicForms(part.core)[0])]);
      }
      for (const v of row.latin) {
        for (const part of parseName(v, null).parts) {
          const primary = latinForms(part.core).find((f) => f.primary)!;
          expect([part.core, latinKey(part.core)]).toEqual([part.core, formKey(primary)]);
        }
      }
    }
  });
});

describe('skeleton forms', () => {
  it('accepts the other readings of ambiguous Latin digraphs', () => {
    expect(agree('أدهم', 'adham')).toBe(true);
    expect(agree('فتحي', 'fathi')).toBe(true);
    expect(agree('منذر', 'munther')).toBe(true);
    expect(agree('إسحاق', 'ishaq')).toBe(true);
    expect(agree('خالد', 'chaled')).toBe(true);
  });

  it('checks long vowels written in Arabic against the Latin vowels', () => {
    expect(agree('خطيب', 'khatib')).toBe(true);
    expect(agree('خطيب', 'khateeb')).toBe(true);
    expect(agree('خطيب', 'khattab')).toBe(false);
    expect(agree('حمدان', 'hamdoun')).toBe(false);
    expect(agree('زيتونة', 'zaitouneh')).toBe(true);
  });

  it('checks how the name ends', () => {
    expect(agree('طويل', 'tawileh')).toBe(false);
    expect(agree('طويلة', 'tawileh')).toBe(true);
    expect(agree('طويلة', 'tawil')).toBe(false);
    expect(agree('ياسين', 'yassine')).toBe(true);
  });
});
