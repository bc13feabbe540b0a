import { z } from 'zod';
import { PIPELINE_STATUSES } from '../posts/post.schema';
import { isoDate } from '../validation/fields';
import { objectIdField } from '../validation/object-id';
import { cursorField, DEFAULT_LIMIT, limitField } from './search.dto';

/** The posts API's request schemas. */

/** GET /api/posts. */
export const postListQuery = z
  .object({
    sourceId: objectIdField('must be a source id').meta({ description: 'Only this source.' }),
    from: isoDate.meta({ description: 'Published at or after. ISO date (YYYY-MM-DD) or date-time with offset.' }),
    to: isoDate.meta({ description: 'Published before. ISO date (YYYY-MM-DD) or date-time with offset.' }),
    status: z.enum(PIPELINE_STATUSES).meta({ description: 'Pipeline status.' }),
    limit: limitField,
    cursor: cursorField,
  })
  .partial()
  .strict();
export type PostListInput = z.infer<typeof postListQuery>;
export { DEFAULT_LIMIT };
