import { Schema, Types } from 'mongoose';

export interface MediaDoc {
  _id: Types.ObjectId;
  sha256: string;
  perceptualHash: string | null;
  size: number;
  mime: string;
  width: number | null;
  height: number | null;
  urls: string[];
  postIds: string[];
  originalFileId: string | null;
  thumbnailFileId: string | null;
  error: string | null;
  createdAt: Date;
}

export const MEDIA_MODEL = 'Media';

export const MediaSchema = new Schema<MediaDoc>(
  {
    sha256: { type: String, required: true },
    perceptualHash: { type: String, default: null },
    size: { type: Number, required: true },
    mime: { type: String, required: true },
    width: { type: Number, default: null },
    height: { type: Number, default: null },
    urls: { type: [String], default: [] },
    postIds: { type: [String], default: [] },
    originalFileId: { type: String, default: null },
    thumbnailFileId: { type: String, default: null },
    error: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'media', minimize: false },
);
MediaSchema.index({ sha256: 1 }, { unique: true });
MediaSchema.index({ postIds: 1 });
MediaSchema.index({ perceptualHash: 1 });
