import { MediaRecord } from './media.repository';

/** What the API shows of an image: no storage internals. */
export type MediaView = Omit<MediaRecord, 'hashBands' | 'originalFileId' | 'thumbnailFileId'>;

export function toMediaView(media: MediaRecord): MediaView {
  const { hashBands, originalFileId, thumbnailFileId, ...view } = media;
  void hashBands;
  void originalFileId;
  void thumbnailFileId;
  return view;
}
