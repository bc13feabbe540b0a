/**
 * Paging through posts newest first by publication date (collection date for posts without one),
 * exactly: the cursor is the last post's sort date and id, so a page never repeats or skips a post
 * that existed when paging began, whatever arrives meanwhile.
 */
export interface PostCursor {
  at: Date;
  id: string;
}

export function encodePostCursor(post: { sortAt?: Date; publishedAt: Date | null; collectedAt: Date; id: string }): string {
  const at = post.sortAt ?? post.publishedAt ?? post.collectedAt;
  return Buffer.from(`${at.getTime()}.${post.id}`, 'utf8').toString('base64url');
}

export function decodePostCursor(cursor: string): PostCursor | null {
  const m = /^(-?\d{1,15})\.([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) return null;
  const at = new Date(Number(m[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2] };
}

/** Posts after the cursor in the order { sortAt: -1, _id: -1 }. */
export function afterCursor<Id>(cursor: PostCursor, toObjectId: (id: string) => Id): Record<string, unknown> {
  return { $or: [{ sortAt: { $lt: cursor.at } }, { sortAt: cursor.at, _id: { $lt: toObjectId(cursor.id) } }] };
}

export const POST_ORDER = { sortAt: -1, _id: -1 } as const;
