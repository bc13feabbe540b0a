import { DefinitionsFactory, Prop, raw, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';
import type { MediaType } from '../parsers/collected-post';

export const PIPELINE_STATUSES = ['collected', 'extracting', 'extracted', 'failed'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];
export const REVIEW_STATUSES = ['new', 'in_review', 'relevant', 'irrelevant', 'duplicate'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A video keeps its thumbnail's URL: the media stage stores that image (imageUrlsOf). */
@Schema()
export class PostMedia {
  @Prop({ type: String }) url!: string;
  @Prop({ type: String }) type!: MediaType;
  @Prop({ type: String }) description?: string | null;
  @Prop({ type: String }) thumbnailUrl?: string | null;
}

@Schema()
export class PostRaw {
  @Prop({ type: String }) body!: string;
  @Prop({ type: String }) sha256!: string;
}

@Schema()
export class PostPipeline {
  @Prop({ type: String, required: true, enum: PIPELINE_STATUSES }) status!: PipelineStatus;
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ type: String, default: null }) extractorVersion!: string | null;
  @Prop({ type: Date, required: true }) updatedAt!: Date;
}

/** assignee holds a claim until claimedAt + the claim time; an expired claim is free again. */
@Schema()
export class PostReview {
  @Prop({ type: String, default: 'new', enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @Prop({ type: String, default: null }) assignee!: string | null;
  @Prop({ type: String, default: null }) assigneeName?: string | null;
  @Prop({ type: Date, default: null }) claimedAt?: Date | null;
  @Prop({ type: String, default: null }) by?: string | null;
  @Prop({ type: Date, default: null }) at?: Date | null;
  /** For status duplicate: the post this one repeats. */
  @Prop({ type: String, default: null }) duplicateOf?: string | null;
}

@Schema({ collection: 'posts', minimize: false })
export class PostDoc {
  _id!: Types.ObjectId;
  @Prop({ type: MongooseSchema.Types.ObjectId, required: true }) sourceId!: Types.ObjectId;
  @Prop({ type: String, required: true }) sourceType!: string;
  @Prop({ type: String, required: true }) externalId!: string;
  @Prop({ type: String, default: null }) url!: string | null;
  @Prop({ type: String, default: null }) author!: string | null;
  @Prop({ type: String, default: null }) title!: string | null;
  @Prop({ type: String, required: true }) text!: string;
  @Prop({ type: String, required: true }) lang!: string;
  @Prop({ type: Date, default: null }) publishedAt!: Date | null;
  @Prop({ type: Date, required: true }) collectedAt!: Date;
  /** UTC day (YYYY-MM-DD) of publication, or of collection when unknown. */
  @Prop({ type: String, required: true }) day!: string;
  @Prop({ type: String, required: true }) contentHash!: string;
  @Prop({ type: [{ _id: false, ...DefinitionsFactory.createForClass(PostMedia) }] }) media!: PostMedia[];
  @Prop({ type: [String], default: [] }) searchTerms!: string[];
  @Prop(raw(DefinitionsFactory.createForClass(PostRaw))) raw!: PostRaw;
  @Prop(raw(DefinitionsFactory.createForClass(PostPipeline))) pipeline!: PostPipeline;
  @Prop(raw(DefinitionsFactory.createForClass(PostReview))) review!: PostReview;
  /** Set by extraction: the triage queue sorts by it. */
  @Prop({ type: Number, default: 0 }) mentionCount!: number;
  /** Source-specific facts (views, forwarded-from, album ids…). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) extra!: Record<string, unknown>;
  /** For tips: who submitted it, and what they said about it. */
  @Prop({ type: String, default: null }) submittedBy!: string | null;
  @Prop({ type: String, default: null }) note!: string | null;
  /**
   * URL hashes of the post's images queued for the media stage and not yet settled (stored,
   * linked, or refused): the sweeper re-queues them when a queue outage lost their jobs.
   */
  @Prop({ type: [String], default: undefined }) mediaPending?: string[];
  /**
   * Copy groups: the same announcement re-posted by many sources. The first post of a group has
   * null here; each later copy names that first post. Reviewed once; counted as one source.
   */
  @Prop({ type: String, default: null }) copyOf?: string | null;
  /** MinHash LSH band keys of the text (src/text/copies.ts): posts sharing one are copy candidates. */
  @Prop({ type: [String], default: undefined }) copyKeys?: string[];
  /** Canonical ids of the places and facilities the text names, in any script (src/places). */
  @Prop({ type: [String], default: undefined }) placeIds?: string[];
  /** When the post is listed: its publication date, or its collection date when it has none. */
  @Prop({ type: Date }) sortAt?: Date;
  /** UTC day (YYYY-MM-DD) the post was collected: "posts collected per day" groups by it. */
  @Prop({ type: String }) collectedDay?: string;
}

export const POST_MODEL = 'Post';

export const PostSchema = SchemaFactory.createForClass(PostDoc);
PostSchema.index({ sourceId: 1, externalId: 1 }, { unique: true });
PostSchema.index({ 'pipeline.status': 1, 'pipeline.updatedAt': 1 });
PostSchema.index({ mediaPending: 1 });
PostSchema.index({ copyKeys: 1 });
PostSchema.index({ copyOf: 1 });
PostSchema.index({ placeIds: 1 });
// Lists and search pages sort by publication (else collection) date; _id breaks ties for the cursor.
PostSchema.index({ sortAt: -1, _id: -1 });
// The filters pages combine with that order: one compound index each, so MongoDB filters and
// sorts from the index (test/query-plans.int-spec.ts checks each list query's plan).
PostSchema.index({ sourceId: 1, sortAt: -1, _id: -1 });
PostSchema.index({ 'review.status': 1, sortAt: -1, _id: -1 });
PostSchema.index({ 'review.status': 1, mentionCount: -1, sortAt: -1, _id: -1 });
PostSchema.index({ lang: 1, sortAt: -1, _id: -1 });
PostSchema.index({ publishedAt: -1 });
PostSchema.index({ collectedDay: 1, sourceId: 1 });
PostSchema.index({ contentHash: 1 });
PostSchema.index({ searchTerms: 1 });
