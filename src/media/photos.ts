import type { MediaRecord, MediaRepository } from './media.repository';

export interface PhotoView {
  photo: MediaRecord;
  /** Other posts carrying a near-duplicate of this photo (a re-post), with the hash distance. */
  reposts: { postId: string; distance: number }[];
}

/** A post's photos, each with the other posts that carry a near-duplicate of it (its re-posts). */
export async function photosWithReposts(media: MediaRepository, postId: string): Promise<PhotoView[]> {
  const photos = await media.findByPost(postId);
  const duplicates = new Map(
    (await media.findByIds([...new Set(photos.flatMap((p) => p.nearDuplicates.map((d) => d.mediaId)))])).map((m) => [m.id, m] as const),
  );
  return photos.map((photo) => ({
    photo,
    reposts: photo.nearDuplicates.flatMap((d) => {
      const other = duplicates.get(d.mediaId)?.postIds.find((p) => p !== postId);
      return other ? [{ postId: other, distance: d.distance }] : [];
    }),
  }));
}
