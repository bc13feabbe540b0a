import { Schema, Types } from 'mongoose';
import type { FaceBox } from './engine/face-engine';

/**
 * One face found in one stored image by one model version. The descriptor and the thumbnail are
 * binary and never leave the repository except to the search index (descriptor) and the
 * reviewers' thumbnail route; `FaceRecord` has neither.
 */
export interface FaceDoc {
  _id: Types.ObjectId;
  mediaId: string;
  modelVersion: string;
  /** Position among the image's faces, biggest first: with mediaId and modelVersion, the face's key. */
  index: number;
  box: FaceBox;
  confidence: number;
  /** 1,024 float32 values, little-endian, unit length. */
  descriptor: Buffer;
  /** JPEG of the face, about 160 px, no metadata. */
  thumbnail: Buffer | null;
  /** A reviewer's decision that this face is this person's (never the machine's). */
  personId: string | null;
  attachedBy: string | null;
  attachedAt: Date | null;
  createdAt: Date;
}

/** That an image was read by a model version, whatever it found (no face is an answer too). */
export interface FaceScanDoc {
  _id: Types.ObjectId;
  mediaId: string;
  modelVersion: string;
  faceCount: number;
  /** Why the image could not be read for faces. */
  error: string | null;
  scannedAt: Date;
}

/** The admins' switch: faces are off until switched on; switching off bumps the generation. */
export interface FaceSettingsDoc {
  _id: string;
  enabled: boolean;
  /** Counts switch-offs: a scan or an index from an earlier generation holds deleted faces. */
  generation: number;
  changedBy: string | null;
  changedAt: Date | null;
}

export const FACE_MODEL = 'Face';
export const FACE_SCAN_MODEL = 'FaceScan';
export const FACE_SETTINGS_MODEL = 'FaceSettings';

export const FaceSchema = new Schema<FaceDoc>(
  {
    mediaId: { type: String, required: true },
    modelVersion: { type: String, required: true },
    index: { type: Number, required: true },
    box: { _id: false, x: Number, y: Number, width: Number, height: Number },
    confidence: { type: Number, required: true },
    descriptor: { type: Buffer, required: true },
    thumbnail: { type: Buffer, default: null },
    personId: { type: String, default: null },
    attachedBy: { type: String, default: null },
    attachedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'faces', minimize: false },
);
FaceSchema.index({ mediaId: 1, modelVersion: 1, index: 1 }, { unique: true });
FaceSchema.index({ modelVersion: 1 });
FaceSchema.index({ personId: 1 });

export const FaceScanSchema = new Schema<FaceScanDoc>(
  {
    mediaId: { type: String, required: true },
    modelVersion: { type: String, required: true },
    faceCount: { type: Number, required: true },
    error: { type: String, default: null },
    scannedAt: { type: Date, required: true },
  },
  { collection: 'face_scans', minimize: false },
);
FaceScanSchema.index({ mediaId: 1, modelVersion: 1 }, { unique: true });

export const FaceSettingsSchema = new Schema<FaceSettingsDoc>(
  {
    _id: { type: String, required: true },
    enabled: { type: Boolean, required: true },
    generation: { type: Number, required: true },
    changedBy: { type: String, default: null },
    changedAt: { type: Date, default: null },
  },
  { collection: 'settings', minimize: false },
);
