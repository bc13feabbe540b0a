import { z } from 'zod';
import { isTimeZone } from '../auth/auth.service';

/**
 * The request schemas of the sign-in, account and users pages. Forms here are lenient where the
 * pages always were (a missing field is an empty one); what a value must be is the service's to
 * say when it is a rule users and the CLI share (an email address, the roles).
 */

/** A field as text, '' when absent or not text. */
const textField = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v : ''));

/** The values of a field that may be repeated (checkboxes), text only. */
const textList = z
  .unknown()
  .optional()
  .transform((v) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string'));

/** Only same-site paths: an attacker's ?next= cannot send a person elsewhere after sign-in. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

const nextField = z.unknown().optional().transform(safeNext);

/** GET /login. */
export const loginQuery = z.object({ next: nextField });

/** POST /login. */
export const loginForm = z.object({
  email: textField.transform((v) => v.trim().toLowerCase()),
  password: textField,
  next: nextField,
  _csrf: z.unknown().optional(),
});
export type LoginForm = z.infer<typeof loginForm>;

/** The flash after a change: `?done=…`. */
export const doneQuery = z.object({ done: z.string().optional().catch(undefined) });

/** POST /account/tokens: the new token's label. */
export const tokenForm = z.object({ name: textField.transform((v) => v.trim().slice(0, 100) || 'token') });

/** POST /account/language. */
export const languageForm = z.object({ language: z.enum(['en', 'ar']).optional().catch(undefined), back: nextField });

/** POST /account/display: a time zone Intl knows, and the digits. */
export const displayForm = z.object({
  timeZone: textField.transform((v) => v.trim()).refine(isTimeZone, 'not a time zone'),
  digits: z
    .unknown()
    .optional()
    .transform((v) => (v === 'arab' ? ('arab' as const) : ('latn' as const))),
});
export type DisplayForm = z.infer<typeof displayForm>;

/** POST /account/password. */
export const passwordForm = z.object({
  current: textField,
  password: textField,
  keepTokens: z
    .unknown()
    .optional()
    .transform((v) => v === 'yes'),
});
export type PasswordForm = z.infer<typeof passwordForm>;

/** POST /users: a new user. */
export const addUserForm = z.object({ email: textField, name: textField, roles: textList });
export type AddUserForm = z.infer<typeof addUserForm>;

/** POST /users/:id/roles: the ticked roles. */
export const rolesForm = z.object({ roles: textList });

/** POST /reset/:token: the new password. */
export const resetForm = z.object({ password: textField });
