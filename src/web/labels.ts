import { placeLabel } from '../places/places';
import { html, SafeHtml } from './html';
import { localDigits, MESSAGE_KEYS, t, type Locale, type MessageKey } from './i18n';

/** Names shown for stored codes, in the reader's language: pages print these, never the code. */
const KNOWN = new Set<string>(MESSAGE_KEYS);

export type LabelKind =
  | 'role'
  | 'status'
  | 'verification'
  | 'reviewStatus'
  | 'mentionStatus'
  | 'pipeline'
  | 'runStatus'
  | 'sourceState'
  | 'sourceType'
  | 'queue'
  | 'userRole'
  | 'attr'
  | 'lang';

const PREFIX: Record<LabelKind, string> = { sourceState: 'state' } as Record<LabelKind, string>;

export function hasLabel(kind: LabelKind, code: string): boolean {
  return KNOWN.has(`${PREFIX[kind] ?? kind}.${code}`);
}

/** The name of a code; a code nobody named yet is shown as code (and the i18n spec fails on it). */
export function label(locale: Locale, kind: LabelKind, code: string): string {
  const key = `${PREFIX[kind] ?? kind}.${code}`;
  return KNOWN.has(key) ? t(locale, key as MessageKey) : code;
}

export const statusLabel = (locale: Locale, status: string) => label(locale, 'status', status);
export const roleLabel = (locale: Locale, role: string) => label(locale, 'role', role);

/** An audit action in words ("confirmed a name as a new person"), the code kept for the curious. */
export function actionLabel(locale: Locale, action: string): SafeHtml {
  const key = `action.${action}`;
  return KNOWN.has(key)
    ? html`<span title="${action}">${t(locale, key as MessageKey)}</span>`
    : html`<span>${t(locale, 'action.unknown')}</span> <bdi><code>${action}</code></bdi>`;
}

const FACT_ORDER = ['hometown', 'prison', 'age', 'birthYear', 'arrestYear', 'releaseYear', 'releaseDate', 'deathDate'];

/**
 * Facts of a name or a person: labelled in the reader's language, places and prisons by their
 * name (never a canonical id), years and ages in the reader's digits.
 */
export function facts(locale: Locale, attributes: Record<string, unknown>): SafeHtml[] {
  return Object.entries(attributes)
    .filter(([k, v]) => v !== null && v !== undefined && v !== '' && hasLabel('attr', k))
    .sort(([a], [b]) => FACT_ORDER.indexOf(a) - FACT_ORDER.indexOf(b))
    .map(([k, v]) => {
      const value = k === 'hometown' || k === 'prison' ? placeLabel(String(v), locale.lang) : typeof v === 'number' ? String(v) : String(v);
      return html`<span class="badge fact" data-fact="${k}">${label(locale, 'attr', k)}: <bdi>${value}</bdi></span> `;
    });
}

/**
 * An interface string as markup: each {param} that is text (a name, a title, an email) is
 * isolated in <bdi>, so Latin in an Arabic sentence, or Arabic in an English one, never
 * reorders what surrounds it. Numbers are written in the reader's digits.
 */
export function th(locale: Locale, key: MessageKey, params: Record<string, string | number | SafeHtml> = {}): SafeHtml {
  const marker = '\u0000';
  const names: string[] = [];
  const plain: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && k === 'n') plain[k] = v;
    else {
      plain[k] = `${marker}${names.length}${marker}`;
      names.push(k);
    }
  }
  const text = t(locale, key, plain);
  const parts = text.split(new RegExp(`${marker}(\\d+)${marker}`));
  return html`${parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const value = params[names[Number(part)]];
    if (value instanceof SafeHtml) return value;
    return typeof value === 'number' ? localDigits(locale, String(value)) : html`<bdi>${String(value)}</bdi>`;
  })}`;
}

/**
 * A suggestion's reason (stored in English by the matcher) in the reader's language. Reasons
 * follow a few fixed shapes; each shape has its Arabic, and the names or places inside keep
 * their own script, isolated. A reason of an unknown shape is shown as stored.
 */
const REASONS: { pattern: RegExp; ar: (m: RegExpExecArray) => string }[] = [
  {
    pattern: /^given name (matches|differs) \((.+) (=|≠) (.+)\)$/,
    ar: (m) => `${m[1] === 'matches' ? 'الاسم الأول متطابق' : 'الاسم الأول مختلف'} (${m[2]} ${m[3]} ${m[4]})`,
  },
  {
    pattern: /^family name (matches|differs) \((.+) (=|≠) (.+)\)$/,
    ar: (m) => `${m[1] === 'matches' ? 'اسم العائلة متطابق' : 'اسم العائلة مختلف'} (${m[2]} ${m[3]} ${m[4]})`,
  },
  {
    pattern: /^father's name (matches|differs) \((.+) (=|≠) (.+)\)$/,
    ar: (m) => `${m[1] === 'matches' ? 'اسم الأب متطابق' : 'اسم الأب مختلف'} (${m[2]} ${m[3]} ${m[4]})`,
  },
  {
    pattern: /^grandfather's name (matches|differs) \((.+) (=|≠) (.+)\)$/,
    ar: (m) => `${m[1] === 'matches' ? 'اسم الجد متطابق' : 'اسم الجد مختلف'} (${m[2]} ${m[3]} ${m[4]})`,
  },
  {
    pattern: /^ancestor's name (matches|differs) \((.+) (=|≠) (.+)\)$/,
    ar: (m) => `${m[1] === 'matches' ? 'اسم في النسب متطابق' : 'اسم في النسب مختلف'} (${m[2]} ${m[3]} ${m[4]})`,
  },
  { pattern: /^a kunya only matches a kunya \((.+) ≠ (.+)\)$/, ar: (m) => `الكنية لا تطابق إلا كنية (${m[1]} ≠ ${m[2]})` },
  { pattern: /^single-part name: not enough to identify a person$/, ar: () => 'اسم من جزء واحد: لا يكفي لتحديد شخص' },
  { pattern: /^family name missing in one name: not enough to identify a person$/, ar: () => 'اسم العائلة غائب في أحد الاسمين: لا يكفي لتحديد شخص' },
  { pattern: /^same hometown \((.+)\)$/, ar: (m) => `البلدة نفسها (${m[1]})` },
  { pattern: /^different hometown \((.+)\)$/, ar: (m) => `بلدة مختلفة (${m[1]})` },
  { pattern: /^same place of detention \((.+)\)$/, ar: (m) => `مكان الاحتجاز نفسه (${m[1]})` },
  { pattern: /^different place of detention \((.+)\)$/, ar: (m) => `مكان احتجاز مختلف (${m[1]})` },
  { pattern: /^consistent age \(born (\d+)\)$/, ar: (m) => `عمر متوافق (مواليد ${m[1]})` },
  { pattern: /^inconsistent age \(born (\d+) vs (\d+)\)$/, ar: (m) => `عمر غير متوافق (مواليد ${m[1]} مقابل ${m[2]})` },
  { pattern: /^shares a photo$/, ar: () => 'يشترك في صورة' },
  { pattern: /^shares (\d+) photos$/, ar: (m) => `يشترك في ${m[1]} صور` },
];

export function reasonText(locale: Locale, reason: string): string {
  if (locale.lang !== 'ar') return reason;
  for (const { pattern, ar } of REASONS) {
    const m = pattern.exec(reason);
    if (m) return localDigits(locale, ar(m));
  }
  return reason;
}

/** Reasons joined for a page, each isolated so that mixed scripts keep their order. */
export function reasons(locale: Locale, list: string[]): SafeHtml {
  return html`${list.map((r, i) => html`${i ? '; ' : ''}<bdi>${reasonText(locale, r)}</bdi>`)}`;
}
