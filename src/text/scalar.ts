/**
 * A stored or configured value of unknown type as text: strings as they are, numbers, booleans
 * and bigints in their usual form, dates in ISO 8601, null and undefined as '', an object with a
 * text form of its own (an ObjectId) in that form, and anything else (a plain object, an array)
 * as JSON rather than '[object Object]'.
 */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && !Array.isArray(value) && value.toString !== Object.prototype.toString) return (value as { toString(): string }).toString();
  return JSON.stringify(value) ?? '';
}
