import type { InputIssue } from './input';

/** A posted form as plain strings keyed by field name (a repeated field keeps its last value). */
export type FormValues = Record<string, string>;

/** Only the string fields of a posted body (a repeated field keeps its last value). */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const v: unknown = Array.isArray(value) ? (value as unknown[])[value.length - 1] : value;
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

/** A list item's issue belongs to the list's field ("keywords.include.2" → "keywords.include"). */
function cutAtIndex(path: string[]): string[] {
  const at = path.findIndex((p) => /^\d+$/.test(p));
  return at === -1 ? path : path.slice(0, at);
}

export interface FieldIssue {
  path: readonly PropertyKey[] | string;
  message: string;
}

/**
 * Validation issues as messages per form field (the first for each); `prefix` places issues of a
 * nested validation (a source's config, checked against its type) under their form field.
 */
export function fieldErrors(issues: FieldIssue[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? (issue.path === '(body)' ? '' : issue.path) : cutAtIndex(issue.path.map(String)).join('.');
    const field = [prefix, path].filter((p) => p !== '').join('.') || '_form';
    out[field] ??= issue.message;
  }
  return out;
}

/** InputIssues (fields joined with dots) as field errors. */
export function issueErrors(issues: InputIssue[], prefix = ''): Record<string, string> {
  return fieldErrors(
    issues.map((i) => ({ path: i.field === '(body)' ? [] : i.field.split('.'), message: i.message })),
    prefix,
  );
}
