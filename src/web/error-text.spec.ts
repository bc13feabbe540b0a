import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorText } from './error-text';

describe("errorText: a service refusal in the reader's language", () => {
  it('leaves English as the service said it', () => {
    expect(errorText({ lang: 'en' }, 'Faces are switched off: switch them on first.')).toBe('Faces are switched off: switch them on first.');
  });

  it('shows an unknown sentence as it is rather than hiding it', () => {
    expect(errorText({ lang: 'ar' }, 'Something nobody translated.')).toBe('Something nobody translated.');
  });

  it("puts numbers in the reader's digits", () => {
    expect(errorText({ lang: 'ar', digits: 'arab' }, 'A note may be at most 2000 characters.')).toBe('يجب ألا تزيد الملاحظة على ٢٠٠٠ حرف.');
  });

  it('has Arabic for every refusal the face pages can show', () => {
    const dir = join(__dirname, '..', 'faces');
    const messages = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/Exception\(\s*'((?:[^'\\]|\\.)+)',?\s*\)/g)].map((m) => m[1]));
    expect(messages.length).toBeGreaterThanOrEqual(8);
    const untranslated = messages.filter((m) => /[A-Za-z]{3,}/.test(errorText({ lang: 'ar' }, m)));
    expect(untranslated).toEqual([]);
  });
});
