import { t, type MessageKey } from './i18n';
import type { PageContext } from './layout';

/** Names shown for stored codes, in the reader's language. */
const PERSON_STATUSES = ['missing', 'detained', 'released', 'dead', 'unknown'];

export const statusLabel = (ctx: PageContext, status: string) => (PERSON_STATUSES.includes(status) ? t(ctx.lang, `status.${status}` as MessageKey) : status);

export const roleLabel = (ctx: PageContext, role: string) => t(ctx.lang, `role.${role}` as MessageKey);
