import { z } from 'zod';
import { httpUrl } from '../sources/sources.dto';
import { objectIdField } from '../validation/object-id';

/** The tips' request schemas: POST /api/tips and the dashboard's tip form. */

/** A manual source's tip: a URL to fetch once, or pasted text; with an optional note. */
export const tipInput = z
  .object({
    sourceId: objectIdField('must be a source id').optional().meta({ description: 'The manual source to file the tip under (default: the tips source).' }),
    url: httpUrl.optional().meta({ description: 'A page to fetch once.' }),
    text: z.string().trim().min(1).max(100_000).optional().meta({ description: 'Pasted text.' }),
    note: z.string().trim().max(5000).optional().meta({ description: 'Why it matters, where it was seen: shown to reviewers.' }),
  })
  .strict()
  .refine((t) => t.url || t.text, 'give a url or a text')
  .meta({ description: 'Give url or text.' });
export type TipInput = z.infer<typeof tipInput>;

const TIP_FIELDS = ['url', 'text', 'note'] as const;

/** The tip form's fields, trimmed; empty fields are absent, as in the API. */
export function tipFields(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(TIP_FIELDS.flatMap((k) => (typeof values[k] === 'string' && values[k].trim() ? [[k, values[k].trim()]] : [])));
}

/** POST /tips. */
export const tipForm = z.record(z.string(), z.unknown()).transform(tipFields).pipe(tipInput);
