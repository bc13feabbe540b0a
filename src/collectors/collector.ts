import { SourceCursor, SourceType } from '../sources/source.schema';
import { SourceWithSecrets } from '../sources/source.repository';
import { CollectedPost } from '../parsers/collected-post';

export interface CollectResult {
  items: CollectedPost[];
  httpStatus: number | null;
  /** The source answered "nothing changed" (HTTP 304). */
  notModified: boolean;
  /** Saved only after the items are stored, so a failed store refetches them next time. */
  cursor: SourceCursor;
  /** Items the collector itself left out, with why (e.g. authors who opted out of logged-out viewing). */
  skipped?: { count: number; reason: string };
  /** What went wrong without sinking the run (an older page that could not be read), for the run's note. */
  warnings?: string[];
}

export interface CollectContext {
  /** A dry run: read the first page afresh, ignore the cursor, follow no further pages. */
  preview: boolean;
}

/** One implementation per source type. Errors: FetchError (network) or CollectError (content, config). */
export interface Collector {
  readonly type: SourceType;
  collect(source: SourceWithSecrets, context: CollectContext): Promise<CollectResult>;
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
