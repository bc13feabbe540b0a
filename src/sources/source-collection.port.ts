import type { CollectedPost } from '../parsers/collected-post';
import type { FilterVerdict } from './keyword-filter';
import type { SourceWithSecrets } from './source.repository';

/** What a dry run of a source definition found; nothing of it is stored. */
export interface PreviewResult {
  ok: boolean;
  error: string | null;
  httpStatus: number | null;
  items: { post: Omit<CollectedPost, 'raw'> & { lang: string; rawSha256: string }; filter: FilterVerdict }[];
  counts: { fetched: number; kept: number; filtered: number };
}

/**
 * The one interface between source management and collection. sources/ owns the source records, their
 * schedule, keyword filters and run history; what only a collector can do is asked through this port,
 * implemented in collectors/ and bound by the wiring (SourcesModule.withCollection), so that sources/
 * never imports collectors/. Collectors, above, read and update sources through the source repository.
 */
export interface SourceCollection {
  /** Collects an unsaved definition once, as a dry run. */
  preview(source: SourceWithSecrets): Promise<PreviewResult>;
  /** Whether a run of this source is going on right now (it holds the source's lock). */
  isCollecting(sourceId: string): Promise<boolean>;
}

export const SOURCE_COLLECTION = Symbol('SOURCE_COLLECTION');
