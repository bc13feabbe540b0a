import { z } from 'zod';
import { PERSON_STATUSES } from '../persons/person.schema';
import { personIdFrom, postIdFrom } from '../validation/record-links';

/**
 * The person pages' request schemas. Their messages are the sentences the error page shows, in
 * the reader's language (src/web/error-text.ts knows each).
 */

/** GET /persons: the name searched, if any. */
export const personsListQuery = z.object({ q: z.string().catch('') });

/** GET /persons/:id: candidates to merge into, when asked for by name. */
export const personPageQuery = z.object({
  merge: z
    .string()
    .transform((s) => s.slice(0, 300))
    .catch(''),
});

const STATUS = 'Choose a status: missing, detained, released, dead or unknown.';
const personStatus = z.enum(PERSON_STATUSES, { error: STATUS });

/** POST /persons/:id/status. */
export const statusForm = z.object({ status: personStatus });
export type StatusForm = z.infer<typeof statusForm>;

const NO_TEXT = 'A note needs some text.';
const BAD_POST = 'The linked post must be the id or page URL of one of our posts.';

/** Present only when filled in: an empty (or repeated) field is no value. */
const filled = <S extends z.ZodType<unknown, string>>(schema: S) =>
  z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' && v.trim() ? v : null))
    .pipe(schema.nullable());

/** POST /persons/:id/notes: a note, perhaps reporting a status and linking one of our posts (by id or page URL). */
export const noteForm = z
  .object({
    text: z.string({ error: NO_TEXT }).trim().min(1, NO_TEXT).max(5000, 'A note may be at most 5000 characters.'),
    post: filled(z.string().transform((s, ctx) => postIdFrom(s) ?? (ctx.addIssue({ code: 'custom', message: BAD_POST }), z.NEVER))),
    status: filled(personStatus),
  })
  .transform(({ text, post, status }) => ({ text, postId: post, status }));
export type NoteInput = z.infer<typeof noteForm>;

const INTO = 'Give the id (or page URL) of the person to merge into.';

/** POST /persons/:id/merge: the person to merge into (by id or page URL), and why. */
export const mergeForm = z.object({
  reason: z.string({ error: 'Give a reason for the merge.' }).trim().min(1, 'Give a reason for the merge.'),
  into: z.string({ error: INTO }).transform((s, ctx) => personIdFrom(s) ?? (ctx.addIssue({ code: 'custom', message: INTO }), z.NEVER)),
});
export type MergeInput = z.infer<typeof mergeForm>;
