import type { Digits, Language } from './i18n';
import { DEFAULT_TIME_ZONE } from '../auth/user.schema';

/** Dates and times as the reader reads them: their language's month names, their clock, their digits. */
export interface DateLocale {
  lang: Language;
  digits?: Digits;
  timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: DateLocale, style: 'date' | 'datetime' | 'day'): Intl.DateTimeFormat {
  const zone = style === 'day' ? 'UTC' : (locale.timeZone ?? DEFAULT_TIME_ZONE);
  const key = `${locale.lang}|${locale.digits ?? 'latn'}|${zone}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale.lang === 'ar' ? 'ar-SY' : 'en-GB', {
      timeZone: zone,
      numberingSystem: locale.digits ?? 'latn',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(style === 'datetime' ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/** "4 December 2026, 18:20 GMT+3" / «٤ كانون الأول ٢٠٢٦، ١٨:٢٠ غرينتش+٣». */
export function formatDateTime(locale: DateLocale, d: Date): string {
  return format(locale, 'datetime').format(d);
}

/** The calendar date in the reader's time zone. */
export function formatDate(locale: DateLocale, d: Date): string {
  return format(locale, 'date').format(d);
}

/** A stored UTC day ("2026-12-04", as charts group by) in the reader's words. */
export function formatDay(locale: DateLocale, day: string): string {
  return format(locale, 'day').format(new Date(`${day}T00:00:00Z`));
}

/** The machine form, for a <time datetime> attribute. */
export const isoOf = (d: Date) => d.toISOString();

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** A chart's axis label for a UTC day: "4 Dec" / «٤ كانون الأول». */
export function shortDay(locale: DateLocale, day: string): string {
  const key = `${locale.lang}|${locale.digits ?? 'latn'}`;
  let f = shortFormats.get(key);
  if (!f)
    shortFormats.set(
      key,
      (f = new Intl.DateTimeFormat(locale.lang === 'ar' ? 'ar-SY' : 'en-GB', {
        timeZone: 'UTC',
        numberingSystem: locale.digits ?? 'latn',
        day: 'numeric',
        month: 'short',
      })),
    );
  return f.format(new Date(`${day}T00:00:00Z`));
}
