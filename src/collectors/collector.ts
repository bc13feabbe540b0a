import { SourceCursor, SourceType } from '../sources/source.schema';
import { SourceRecord } from '../sources/source.repository';
import { CollectedPost } from './collected-post';

export interface CollectResult {
  items: CollectedPost[];
  httpStatus: number | null;
  /** The source answered "nothing changed" (HTTP 304). */
  notModified: boolean;
  /** Saved only after the items are stored, so a failed store refetches them next time. */
  cursor: SourceCursor;
}

/** One implementation per source type. Errors: FetchError (network) or CollectError (content). */
export interface Collector {
  readonly type: SourceType;
  collect(source: SourceRecord): Promise<CollectResult>;
}

/** The source answered, but with something we cannot use (not a feed, bad config): retrying will not help. */
export class CollectError extends Error {
  override name = 'CollectError';
  constructor(
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

export const COLLECTORS = Symbol('COLLECTORS');
