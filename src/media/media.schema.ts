import { Schema, Types } from 'mongoose';

export interface NearDuplicate {
  mediaId: string;
  /** Hamming distance of the 64-bit perceptual hashes (the smaller of direct and mirrored). */
  distance: number;
  mirrored: boolean;
}

export interface MediaDoc {
  _id: Types.ObjectId;
  /** `sha256:<hex>` for a stored image; `url:<sha256 of the url>` for one that could not be stored. */
  key: string;
  sha256: string | null;
  perceptualHash: string | null;
  perceptualHashMirrored: string | null;
  /** 8-bit bands of both hashes (`<band>:<hex>`): any image within distance 7 shares one, so candidates come from an index. */
  hashBands: string[];
  size: number | null;
  mime: string | null;
  width: number | null;
  height: number | null;
  urls: string[];
  postIds: string[];
  originalFileId: string | null;
  thumbnailFileId: string | null;
  nearDuplicates: NearDuplicate[];
  /** Why the image could not be stored (corrupt, too large, not an image, unreachable). */
  error: string | null;
  createdAt: Date;
}

export const MEDIA_MODEL = 'Media';

export const MediaSchema = new Schema<MediaDoc>(
  {
    key: { type: String, required: true },
    sha256: { type: String, default: null },
    perceptualHash: { type: String, default: null },
    perceptualHashMirrored: { type: String, default: null },
    hashBands: { type: [String], default: [] },
    size: { type: Number, default: null },
    mime: { type: String, default: null },
    width: { type: Number, default: null },
    height: { type: Number, default: null },
    urls: { type: [String], default: [] },
    postIds: { type: [String], default: [] },
    originalFileId: { type: String, default: null },
    thumbnailFileId: { type: String, default: null },
    nearDuplicates: [{ _id: false, mediaId: String, distance: Number, mirrored: Boolean }],
    error: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'media', minimize: false },
);
MediaSchema.index({ key: 1 }, { unique: true });
MediaSchema.index({ sha256: 1 });
MediaSchema.index({ postIds: 1 });
MediaSchema.index({ urls: 1 });
MediaSchema.index({ hashBands: 1 });
