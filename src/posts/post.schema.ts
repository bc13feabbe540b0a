import { Schema, Types } from 'mongoose';
import { MediaType } from '../collectors/collected-post';

export const PIPELINE_STATUSES = ['collected', 'extracting', 'extracted', 'failed'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];
export const REVIEW_STATUSES = ['new', 'in_review', 'relevant', 'irrelevant', 'duplicate'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface PostDoc {
  _id: Types.ObjectId;
  sourceId: Types.ObjectId;
  sourceType: string;
  externalId: string;
  url: string | null;
  author: string | null;
  title: string | null;
  text: string;
  lang: string;
  publishedAt: Date | null;
  collectedAt: Date;
  /** UTC day (YYYY-MM-DD) of publication, or of collection when unknown. */
  day: string;
  contentHash: string;
  /** A video keeps its thumbnail's URL: the media stage stores that image (imageUrlsOf). */
  media: { url: string; type: MediaType; description?: string | null; thumbnailUrl?: string | null }[];
  searchTerms: string[];
  raw: { body: string; sha256: string };
  pipeline: { status: PipelineStatus; error: string | null; extractorVersion: string | null; updatedAt: Date };
  /** assignee holds a claim until claimedAt + the claim time; an expired claim is free again. */
  review: {
    status: ReviewStatus;
    assignee: string | null;
    assigneeName?: string | null;
    claimedAt?: Date | null;
    by?: string | null;
    at?: Date | null;
    /** For status duplicate: the post this one repeats. */
    duplicateOf?: string | null;
  };
  /** Set by extraction: the triage queue sorts by it. */
  mentionCount: number;
  /** Source-specific facts (views, forwarded-from, album ids…). */
  extra: Record<string, unknown>;
  /** For tips: who submitted it, and what they said about it. */
  submittedBy: string | null;
  note: string | null;
  /**
   * URL hashes of the post's images queued for the media stage and not yet settled (stored,
   * linked, or refused): the sweeper re-queues them when a queue outage lost their jobs.
   */
  mediaPending?: string[];
  /**
   * Copy groups: the same announcement re-posted by many sources. The first post of a group has
   * null here; each later copy names that first post. Reviewed once; counted as one source.
   */
  copyOf?: string | null;
  /** MinHash LSH band keys of the text (src/text/copies.ts): posts sharing one are copy candidates. */
  copyKeys?: string[];
  /** Canonical ids of the places and facilities the text names, in any script (src/places). */
  placeIds?: string[];
  /** When the post is listed: its publication date, or its collection date when it has none. */
  sortAt?: Date;
  /** UTC day (YYYY-MM-DD) the post was collected: "posts collected per day" groups by it. */
  collectedDay?: string;
}

export const POST_MODEL = 'Post';

export const PostSchema = new Schema<PostDoc>(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    sourceType: { type: String, required: true },
    externalId: { type: String, required: true },
    url: { type: String, default: null },
    author: { type: String, default: null },
    title: { type: String, default: null },
    text: { type: String, required: true },
    lang: { type: String, required: true },
    publishedAt: { type: Date, default: null },
    collectedAt: { type: Date, required: true },
    day: { type: String, required: true },
    contentHash: { type: String, required: true },
    media: [{ _id: false, url: String, type: { type: String }, description: String, thumbnailUrl: String }],
    searchTerms: { type: [String], default: [] },
    raw: { body: String, sha256: String },
    pipeline: {
      status: { type: String, required: true },
      error: { type: String, default: null },
      extractorVersion: { type: String, default: null },
      updatedAt: { type: Date, required: true },
    },
    review: {
      status: { type: String, default: 'new' },
      assignee: { type: String, default: null },
      assigneeName: { type: String, default: null },
      claimedAt: { type: Date, default: null },
      by: { type: String, default: null },
      at: { type: Date, default: null },
      duplicateOf: { type: String, default: null },
    },
    mentionCount: { type: Number, default: 0 },
    extra: { type: Schema.Types.Mixed, default: {} },
    submittedBy: { type: String, default: null },
    note: { type: String, default: null },
    mediaPending: { type: [String], default: undefined },
    copyOf: { type: String, default: null },
    copyKeys: { type: [String], default: undefined },
    placeIds: { type: [String], default: undefined },
    sortAt: { type: Date },
    collectedDay: { type: String },
  },
  { collection: 'posts', minimize: false },
);
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
