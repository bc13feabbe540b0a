/** Reading fields of an API's JSON answer without trusting its shape (Mastodon, Bluesky). */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** An ISO timestamp as a Date; null when missing or unreadable. */
export function parseDate(value: unknown): Date | null {
  const text = str(value);
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A short, one-line excerpt of a body for an error message. */
export function snippet(body: string, max = 200): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (!text) return 'empty body';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
