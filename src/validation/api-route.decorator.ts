import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

/** A JSON Schema fragment, as OpenAPI 3.1 takes it. */
export type JsonSchema = Record<string, unknown>;

/**
 * What the API document says of a route beyond what the code already tells (path, method, roles,
 * public or not, the validated query, body and path id, the status code): its tag and summary,
 * its answer, and anything it reads by itself.
 */
export interface ApiRouteDoc {
  tag: string;
  summary: string;
  description?: string;
  /**
   * The success answer: `ref` names a component schema, `list` a component listed as
   * `{items}` (with `nextCursor` when `cursor`), `schema` any JSON schema, `content` other media
   * types; without any, an answer without a body. `status` when the code does not say it.
   */
  response?: {
    ref?: string;
    list?: string;
    cursor?: boolean;
    schema?: JsonSchema;
    content?: Record<string, JsonSchema>;
    description?: string;
    status?: number;
  };
  /** Refusals beyond the ones the document adds itself (400 for validated input, 404 for a path id, and 401/403/429). */
  errors?: Record<number, string>;
  /** A body the route reads by itself (not through ValidBody): media type → schema. */
  body?: Record<string, JsonSchema>;
  /** A query the route parses by itself (with parseInput, after a check of its own), by its schema. */
  query?: z.ZodType;
  /** Query parameters the route reads by itself, as OpenAPI parameter objects. */
  parameters?: JsonSchema[];
}

export const API_ROUTE_KEY = 'athar:api-route';

/** Documents a route of the API (see ApiRouteDoc); the document is built from it and the code. */
export const ApiRoute = (doc: ApiRouteDoc) => SetMetadata(API_ROUTE_KEY, doc);
