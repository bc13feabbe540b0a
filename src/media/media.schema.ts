import { DefinitionsFactory, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

@Schema()
export class NearDuplicate {
  @Prop({ type: String }) mediaId!: string;
  /** Hamming distance of the 64-bit perceptual hashes (the smaller of direct and mirrored). */
  @Prop({ type: Number }) distance!: number;
  @Prop({ type: Boolean }) mirrored!: boolean;
}

@Schema({ collection: 'media', minimize: false })
export class MediaDoc {
  _id!: Types.ObjectId;
  /** `sha256:<hex>` for a stored image; `url:<sha256 of the url>` for one that could not be stored. */
  @Prop({ type: String, required: true }) key!: string;
  @Prop({ type: String, default: null }) sha256!: string | null;
  @Prop({ type: String, default: null }) perceptualHash!: string | null;
  @Prop({ type: String, default: null }) perceptualHashMirrored!: string | null;
  /** 8-bit bands of both hashes (`<band>:<hex>`): any image within distance 7 shares one, so candidates come from an index. */
  @Prop({ type: [String], default: [] }) hashBands!: string[];
  @Prop({ type: Number, default: null }) size!: number | null;
  @Prop({ type: String, default: null }) mime!: string | null;
  @Prop({ type: Number, default: null }) width!: number | null;
  @Prop({ type: Number, default: null }) height!: number | null;
  @Prop({ type: [String], default: [] }) urls!: string[];
  @Prop({ type: [String], default: [] }) postIds!: string[];
  @Prop({ type: String, default: null }) originalFileId!: string | null;
  @Prop({ type: String, default: null }) thumbnailFileId!: string | null;
  @Prop({ type: [{ _id: false, ...DefinitionsFactory.createForClass(NearDuplicate) }] }) nearDuplicates!: NearDuplicate[];
  /** Why the image could not be stored (corrupt, too large, not an image, unreachable). */
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ type: Date, required: true }) createdAt!: Date;
}

export const MEDIA_MODEL = 'Media';

export const MediaSchema = SchemaFactory.createForClass(MediaDoc);
MediaSchema.index({ key: 1 }, { unique: true });
MediaSchema.index({ sha256: 1 });
MediaSchema.index({ postIds: 1 });
MediaSchema.index({ urls: 1 });
MediaSchema.index({ hashBands: 1 });
