import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import type { FaceBox } from './engine/face-engine';

@Schema()
class StoredFaceBox implements FaceBox {
  @Prop({ type: Number }) x!: number;
  @Prop({ type: Number }) y!: number;
  @Prop({ type: Number }) width!: number;
  @Prop({ type: Number }) height!: number;
}

/**
 * One face found in one stored image by one model version. The descriptor and the thumbnail are
 * binary and never leave the repository except to the search index (descriptor) and the
 * reviewers' thumbnail route; `FaceRecord` has neither.
 */
@Schema({ collection: 'faces', minimize: false })
export class FaceDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true }) mediaId!: string;
  @Prop({ type: String, required: true }) modelVersion!: string;
  /** Position among the image's faces, biggest first: with mediaId and modelVersion, the face's key. */
  @Prop({ type: Number, required: true }) index!: number;
  @Prop(raw({ _id: false, ...DefinitionsFactory.createForClass(StoredFaceBox) })) box!: FaceBox;
  @Prop({ type: Number, required: true }) confidence!: number;
  /** 1,024 float32 values, little-endian, unit length. */
  @Prop({ type: Buffer, required: true }) descriptor!: Buffer;
  /** JPEG of the face, about 160 px, no metadata. */
  @Prop({ type: Buffer, default: null }) thumbnail!: Buffer | null;
  /** A reviewer's decision that this face is this person's (never the machine's). */
  @Prop({ type: String, default: null }) personId!: string | null;
  @Prop({ type: String, default: null }) attachedBy!: string | null;
  @Prop({ type: Date, default: null }) attachedAt!: Date | null;
  @Prop({ type: Date, required: true }) createdAt!: Date;
}

/** That an image was read by a model version, whatever it found (no face is an answer too). */
@Schema({ collection: 'face_scans', minimize: false })
export class FaceScanDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true }) mediaId!: string;
  @Prop({ type: String, required: true }) modelVersion!: string;
  @Prop({ type: Number, required: true }) faceCount!: number;
  /** Why the image could not be read for faces. */
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ type: Date, required: true }) scannedAt!: Date;
}

/** The admins' switch: faces are off until switched on; switching off bumps the generation. */
@Schema({ collection: 'settings', minimize: false })
export class FaceSettingsDoc {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: Boolean, required: true }) enabled!: boolean;
  /** Counts switch-offs: a scan or an index from an earlier generation holds deleted faces. */
  @Prop({ type: Number, required: true }) generation!: number;
  @Prop({ type: String, default: null }) changedBy!: string | null;
  @Prop({ type: Date, default: null }) changedAt!: Date | null;
}

export const FACE_MODEL = 'Face';
export const FACE_SCAN_MODEL = 'FaceScan';
export const FACE_SETTINGS_MODEL = 'FaceSettings';

export const FaceSchema = SchemaFactory.createForClass(FaceDoc);
FaceSchema.index({ mediaId: 1, modelVersion: 1, index: 1 }, { unique: true });
FaceSchema.index({ modelVersion: 1 });
FaceSchema.index({ personId: 1 });

export const FaceScanSchema = SchemaFactory.createForClass(FaceScanDoc);
FaceScanSchema.index({ mediaId: 1, modelVersion: 1 }, { unique: true });

export const FaceSettingsSchema = SchemaFactory.createForClass(FaceSettingsDoc);
