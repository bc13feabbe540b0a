import { z } from 'zod';
import { MENTION_ROLES, type MentionRoleName } from '../posts/mention.schema';
import { postIdFrom } from '../validation/record-links';

/**
 * The review pages' request schemas. Their messages are the sentences the error page shows, in
 * the reader's language (src/web/error-text.ts knows each).
 */

/** A field as trimmed text, or null when empty or not text. */
const optionalText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v.trim() || null : null));

/** The values of a field that may be repeated (checkboxes), text only. */
const textList = z
  .unknown()
  .optional()
  .transform((v) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string'));

/** A field's text; `absent` when there is none; anything else as JSON (which names no record). */
const asText = (v: unknown, absent: string): string => (typeof v === 'string' ? v : v === undefined || v === null ? absent : JSON.stringify(v));

/** Where a form on a post's page goes back to: the post named in it. */
const backTo = z
  .unknown()
  .optional()
  .transform((v) => String(v));

/** GET /review: the triage queue's filters; anything else is the default. */
export const triageQuery = z.object({ sort: z.unknown().optional(), lang: z.unknown().optional(), photo: z.unknown().optional() }).transform((q) => ({
  sort: q.sort === 'mentions' ? ('mentions' as const) : ('newest' as const),
  lang: q.lang === 'ar' || q.lang === 'en' || q.lang === 'fr' ? q.lang : undefined,
  hasPhoto: q.photo === '1',
}));
export type TriageQuery = z.infer<typeof triageQuery>;

/** GET /review/posts/:id: how many names the last "link all" linked and skipped. */
export const reviewPostQuery = z.object({ linked: z.coerce.number().catch(0), skipped: z.coerce.number().catch(0) });

/** POST /review/bulk-irrelevant: the ticked posts. */
export const bulkForm = z.object({ posts: textList }).transform((f) => f.posts);

/** POST /review/posts/:id/decide. */
export const decideForm = z
  .object({ status: z.unknown().optional(), copies: z.unknown().optional() })
  .transform((f) => ({ status: f.status === 'irrelevant' ? ('irrelevant' as const) : ('relevant' as const), withCopies: f.copies === 'yes' }));

/** The forms on a mention that only go back to their post (new person, reject). */
export const mentionForm = z.object({ post: backTo });

/** POST /review/mentions/:id/into: the person chosen. */
export const intoForm = z.object({
  post: backTo,
  person: z
    .unknown()
    .optional()
    .transform((v) => asText(v, '')),
});

/** POST /review/mentions/:id/link-all: the person chosen, or a new one. */
export const linkAllForm = z.object({
  post: backTo,
  person: z
    .unknown()
    .optional()
    .transform((v) => asText(v, 'new')),
});

const wholeNumber = (key: string, lo: number, hi: number) =>
  optionalText.transform((v, ctx) => {
    if (v === null) return null;
    const n = Number(v);
    if (Number.isInteger(n) && n >= lo && n <= hi) return n;
    ctx.addIssue({ code: 'custom', message: `${key} must be a whole number from ${lo} to ${hi}.` });
    return z.NEVER;
  });

/** POST /review/mentions/:id/edit: a reviewer's reading of a mention (empty fields are no value). */
export const mentionEditForm = z.object({
  post: backTo,
  name: optionalText.transform((v) => v ?? '').refine((v) => v.length <= 200, 'A name may be at most 200 characters.'),
  role: optionalText.transform((v, ctx): MentionRoleName | null => {
    if (v === null || (MENTION_ROLES as readonly string[]).includes(v)) return v as MentionRoleName | null;
    ctx.addIssue({ code: 'custom', message: `Unknown role ${v}.` });
    return z.NEVER;
  }),
  hometown: optionalText,
  prison: optionalText,
  age: wholeNumber('age', 0, 120),
  birthYear: wholeNumber('birthYear', 1900, 2100),
  arrestYear: wholeNumber('arrestYear', 1900, 2100),
});
export type MentionEditInput = z.infer<typeof mentionEditForm>;

/** POST /review/posts/:id/duplicate: the post this one duplicates, by id or page address. */
export const duplicateForm = z.object({
  of: z
    .unknown()
    .optional()
    .transform(
      (v, ctx) =>
        (typeof v === 'string' && postIdFrom(v)) ||
        (ctx.addIssue({ code: 'custom', message: 'Give the id or page address of the post this one duplicates.' }), z.NEVER),
    ),
});
