import type { PhotoView } from '../web/post-parts.view';
import type { MediaRepository } from './media.repository';

/** A post's photos, each with the other posts that carry a near-duplicate of it (its re-posts). */
export async function photosWithReposts(media: MediaRepository, postId: string): Promise<PhotoView[]> {
  const photos = await media.findByPost(postId);
  const duplicates = new Map((await media.findByIds([...new Set(photos.flatMap((p) => p.nearDuplicates.map((d) => d.mediaId)))])).map((m) => [m.id, m] as const));
  return photos.map((photo) => ({
    photo,
    reposts: photo.nearDuplicates.flatMap((d) => {
      const other = duplicates.get(d.mediaId)?.postIds.find((p) => p !== postId);
      return other ? [{ postId: other, distance: d.distance }] : [];
    }),
  }));
}
