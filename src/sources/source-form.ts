import type { FormValues } from '../validation/form';
import type { SourceView } from './sources.service';
import { SOURCE_TYPES, type SourceType } from './source.schema';
import { scalarText } from '../text/scalar';

/**
 * The dashboard's source form, as plain strings keyed by field name, and its mapping to and from
 * the definitions the API schemas (createSourceInput / updateSourceInput) validate. Field names
 * are the schema paths joined with dots, so a zod issue's path names the field it belongs to.
 * The form schemas themselves are in sources.dto.ts.
 */
export type SourceFormValues = FormValues;

export interface ConfigField {
  name: string;
  kind: 'text' | 'url' | 'number' | 'date' | 'password';
  required?: boolean;
}

export const CONFIG_FIELDS: Record<SourceType, ConfigField[]> = {
  rss: [{ name: 'config.url', kind: 'url', required: true }],
  telegram: [
    { name: 'config.channel', kind: 'text', required: true },
    { name: 'config.backfillPages', kind: 'number' },
    { name: 'config.backfillUntil', kind: 'date' },
  ],
  html: [
    { name: 'config.url', kind: 'url', required: true },
    { name: 'config.selectors.item', kind: 'text', required: true },
    { name: 'config.selectors.title', kind: 'text' },
    { name: 'config.selectors.text', kind: 'text' },
    { name: 'config.selectors.link', kind: 'text' },
    { name: 'config.selectors.date', kind: 'text' },
    { name: 'config.selectors.image', kind: 'text' },
  ],
  mastodon: [
    { name: 'config.instance', kind: 'url', required: true },
    { name: 'config.hashtag', kind: 'text' },
    { name: 'config.account', kind: 'text' },
  ],
  bluesky: [
    { name: 'config.query', kind: 'text', required: true },
    { name: 'config.identifier', kind: 'text', required: true },
    { name: 'config.appPassword', kind: 'password' },
    { name: 'config.service', kind: 'url' },
  ],
  manual: [],
};

/** Fields never shown back to the browser. */
export const SECRET_FORM_FIELDS = new Set(['config.appPassword']);

export function isSourceType(value: unknown): value is SourceType {
  return typeof value === 'string' && (SOURCE_TYPES as readonly string[]).includes(value);
}

/** Keywords typed one a line or separated by commas (Arabic commas too). */
export function splitKeywords(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n\r,،]+/)
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

/** A number field: a number when it reads as one, else the text itself so the schema names the error. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]] = value;
}

/** The config object of a type from the form: empty optional fields are left out (defaults apply). */
export function configFromForm(type: SourceType, values: SourceFormValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of CONFIG_FIELDS[type]) {
    const raw = values[field.name] ?? '';
    const text = field.kind === 'password' ? raw : raw.trim();
    if (text === '' && !field.required) continue;
    setPath(config, field.name.split('.').slice(1), field.kind === 'number' ? numberOrText(text) : text);
  }
  return config;
}

function scheduleFromForm(values: SourceFormValues): { intervalMinutes?: number | string; cron?: string } {
  const out: { intervalMinutes?: number | string; cron?: string } = {};
  const interval = (values.intervalMinutes ?? '').trim();
  const cron = (values.cron ?? '').trim();
  if (interval !== '') out.intervalMinutes = numberOrText(interval);
  if (cron !== '') out.cron = cron;
  return out;
}

/** The body for createSourceInput. */
export function createInputFromForm(type: SourceType, values: SourceFormValues): Record<string, unknown> {
  return {
    type,
    name: values.name ?? '',
    config: configFromForm(type, values),
    ...scheduleFromForm(values),
    keywords: { include: splitKeywords(values['keywords.include']), exclude: splitKeywords(values['keywords.exclude']) },
    enabled: values.enabled === 'on' || values.enabled === 'true' || values.enabled === '1',
  };
}

/**
 * The body for updateSourceInput. An empty password field is left out, so the stored one is kept;
 * no cron means the interval schedule (cron cleared); `stored` is the source's current config.
 */
export function patchFromForm(type: SourceType, values: SourceFormValues, stored: Record<string, unknown> = {}): Record<string, unknown> {
  const schedule = scheduleFromForm(values);
  const patch: Record<string, unknown> = {
    name: values.name ?? '',
    keywords: { include: splitKeywords(values['keywords.include']), exclude: splitKeywords(values['keywords.exclude']) },
    enabled: values.enabled === 'on' || values.enabled === 'true' || values.enabled === '1',
    ...schedule,
  };
  if (schedule.cron === undefined) patch.cron = null;
  if (type !== 'manual') {
    // The service replaces the whole config: stored fields the form does not offer (maxPages) are carried over.
    const offered = new Set(CONFIG_FIELDS[type].map((f) => f.name.split('.')[1]));
    const kept = Object.fromEntries(Object.entries(stored).filter(([k, v]) => !offered.has(k) && v !== null && v !== undefined));
    patch.config = { ...kept, ...configFromForm(type, values) };
  }
  return patch;
}

function flatten(prefix: string, value: unknown, out: SourceFormValues): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(`${prefix}.${k}`, v, out);
    return;
  }
  out[prefix] = scalarText(value);
}

/** A stored source as form values (for the edit form); secrets are never among them. */
export function formFromSource(source: SourceView): SourceFormValues {
  const values: SourceFormValues = { name: source.name };
  flatten('config', source.config, values);
  for (const secret of SECRET_FORM_FIELDS) delete values[secret];
  if (source.cron) values.cron = source.cron;
  else values.intervalMinutes = String(source.intervalMinutes);
  values['keywords.include'] = source.keywords.include.join('\n');
  values['keywords.exclude'] = source.keywords.exclude.join('\n');
  if (source.enabled) values.enabled = 'on';
  return values;
}

/** The defaults of a new form. */
export function newFormValues(): SourceFormValues {
  return { intervalMinutes: '60', enabled: 'on' };
}
