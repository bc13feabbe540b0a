import { z } from 'zod';

/** Shared field shapes of request schemas. */

/** A day (YYYY-MM-DD) or a date-time with offset, as a Date. */
export const isoDate = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v));

/** A yes/no query flag. */
export const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);
