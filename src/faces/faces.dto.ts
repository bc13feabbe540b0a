import { z } from 'zod';
import { objectIdField } from '../validation/object-id';

/** The faces' request schemas: the face search API and the dashboard's face forms. */

const purpose = z
  .string()
  .trim()
  .min(8, 'say why you are searching, in a sentence (at least 8 characters)')
  .max(500)
  .meta({ description: 'Why you search (8–500 characters): kept in the audit log. Required.' });
const limit = z.coerce.number().int().min(1).max(50).default(20).meta({ description: 'Results, 1–50.' });
const faceId = objectIdField('must be a face id');

/** POST /api/faces/search. */
export const faceSearchInput = z.object({ faceId, purpose, limit });
export type FaceSearchInput = z.infer<typeof faceSearchInput>;

/** POST /api/faces/search/upload: the query string (or the multipart form's fields). */
export const uploadSearchInput = z.object({ purpose, limit });

/** POST /faces/search: "find this face" on a face's page. */
export const pageSearchForm = z.object({ face: faceId, purpose });
export type PageSearchForm = z.infer<typeof pageSearchForm>;

/** POST /faces/:id/attach: the person, by id or page URL (from the list or typed). */
export const attachForm = z
  .object({ person: z.string().max(300).optional(), personUrl: z.string().max(300).optional() })
  .transform((f) => f.person || f.personUrl || '');

/** POST /faces/switch-off: only with the confirmation box ticked. */
export const switchOffForm = z.object({ confirm: z.unknown().optional() }).transform((f) => f.confirm === 'yes');

/** GET /faces: the flash after a change. */
export const facesHomeQuery = z
  .object({ done: z.string().optional().catch(undefined), n: z.unknown().optional() })
  .transform((q) => ({ done: q.done, n: Number(q.n) || 0 }));
