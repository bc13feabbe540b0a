import { z } from 'zod';
import type { RouteInput } from '../validation/zod.pipe';
import type { ApiRouteDoc, JsonSchema } from '../validation/api-route.decorator';
import { RESPONSE_SCHEMAS } from './openapi.components';

/** One registered route of the API, as Nest knows it: what the document is built from. */
export interface ApiRouteInfo {
  /** The path as Express matches it (`/api/sources/:id`). */
  path: string;
  /** Lower case: get, post, patch, put, delete. */
  method: string;
  /** The roles that may call it; empty when none may (deny by default). */
  roles: string[];
  /** No token needed. */
  isPublic: boolean;
  /** From @HttpCode. */
  httpCode?: number;
  /** What the validation decorators recorded (ValidQuery, ValidBody, ValidId). */
  inputs: RouteInput[];
  /** From @ApiRoute. */
  doc?: ApiRouteDoc;
  /** The controller and handler, for a route nobody documented. */
  handler: string;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorAnswer = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const TAGS = ['sources', 'posts', 'tips', 'media', 'search', 'persons', 'exports', 'faces', 'docs'];

const COMMON_ERRORS = {
  401: errorAnswer('No token, a malformed Authorization header, or an unknown/revoked token (with WWW-Authenticate: Bearer).'),
  403: errorAnswer("The token's user lacks the roles this route needs."),
  429: {
    description: 'Too many requests for this token in the current minute.',
    headers: { 'Retry-After': { description: 'Seconds until the window ends.', schema: { type: 'integer' } } },
    content: { 'application/json': { schema: ref('Error') } },
  },
};

/** `/api/sources/:id` → `/api/sources/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** A request schema as JSON Schema: what a caller sends (the input side of transforms and defaults). */
export function requestSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** A query schema as OpenAPI parameters, one per property, its description lifted out of the schema. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = requestSchema(schema);
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties as Record<string, JsonSchema> | undefined) ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(route: ApiRouteInfo): JsonSchema[] {
  const names = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
  return names.map((name) => {
    const id = route.inputs.find((i) => i.in === 'path' && i.name === name);
    return id
      ? {
          name,
          in: 'path',
          required: true,
          description: `The ${id.what} id (24 hex digits); anything else is a 404.`,
          schema: { type: 'string', pattern: '^[0-9a-f]{24}$' },
        }
      : { name, in: 'path', required: true, schema: { type: 'string' } };
  });
}

function successAnswer(route: ApiRouteInfo): [string, JsonSchema] {
  const answer = route.doc?.response ?? {};
  const status = route.httpCode ?? answer.status ?? (route.method === 'post' ? 201 : 200);
  const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
  const body = answer.list
    ? json({
        type: 'object',
        required: ['items'],
        properties: {
          items: { type: 'array', items: ref(answer.list) },
          ...(answer.cursor
            ? { nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next (older) page; null on the last page.' } }
            : {}),
        },
      })
    : answer.ref
      ? json(ref(answer.ref))
      : answer.schema
        ? json(answer.schema)
        : answer.content
          ? { content: Object.fromEntries(Object.entries(answer.content).map(([mime, schema]) => [mime, { schema }])) }
          : {};
  const description =
    answer.description ?? (answer.list ? 'A list' : answer.ref ? `The ${answer.ref.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` : 'Done');
  return [String(status), { description, ...body }];
}

function operation(route: ApiRouteInfo): JsonSchema {
  const doc = route.doc;
  const query = route.inputs.filter((i) => i.in === 'query' && i.schema);
  const body = route.inputs.find((i) => (i.in === 'body' || i.in === 'form') && i.schema);
  const validated = query.length > 0 || body !== undefined;
  const hasId = route.inputs.some((i) => i.in === 'path');
  const roles = route.isPublic ? 'Public: no token needed.' : route.roles.length ? `Roles: ${route.roles.join(', ')}.` : 'No role may call it.';
  const [status, success] = successAnswer(route);
  const errors: Record<string, JsonSchema> = {};
  if (validated) errors[400] = errorAnswer('Invalid input: the message names every offending field (also in `details`).');
  if (hasId) errors[404] = errorAnswer('Not found.');
  for (const [code, description] of Object.entries(doc?.errors ?? {})) errors[code] = errorAnswer(description);
  const parameters = [
    ...pathParameters(route),
    ...query.flatMap((q) => queryParameters(q.schema!)),
    ...(doc?.query ? queryParameters(doc.query) : []),
    ...(doc?.parameters ?? []),
  ];
  const requestBody = body
    ? { required: true, content: { 'application/json': { schema: requestSchema(body.schema!) } } }
    : doc?.body
      ? { required: true, content: Object.fromEntries(Object.entries(doc.body).map(([mime, schema]) => [mime, { schema }])) }
      : undefined;
  return {
    tags: [doc?.tag ?? route.path.split('/')[2] ?? 'api'],
    summary: doc?.summary ?? `${route.handler} (not documented yet)`,
    description: [doc?.description, roles].filter(Boolean).join(' '),
    operationId: route.handler.replace(/[^A-Za-z0-9_]/g, '_') + (route.path.includes('.') ? `_${route.path.split('.').slice(1).join('_')}` : ''),
    ...(route.isPublic ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { [status]: success, ...errors, ...(route.isPublic ? {} : COMMON_ERRORS) },
  };
}

/** The API's OpenAPI 3.1 document, from its registered routes (see collectApiRoutes). Pure. */
export function buildOpenApi(routes: ApiRouteInfo[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const item = (paths[openApiPath(route.path)] ??= {});
    item[route.method] = operation(route);
  }
  const used = new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags as string[])));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Athar API',
      version: '1',
      summary: 'Collected posts about detainees, the names found in them, and the persons reviewers confirmed.',
      description:
        'Every route needs an API token (`Authorization: Bearer <token>`, created with the CLI) unless marked public. ' +
        'Each token may make API_RATE_LIMIT_PER_MINUTE requests per minute (default 120): the window starts with its first request; past the limit the answer is 429 with Retry-After. ' +
        'Errors are JSON: `{statusCode, error, message}` (400s add `details`, each offending field and its message). Lists that page use an opaque `cursor`: pages are newest first by publication date (collection date when there is none) and id, so posts inserted while paging never repeat or shift a page. ' +
        'This document is built from the routes the server registers and the schemas it validates requests with.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: [...TAGS.filter((t) => used.has(t)), ...[...used].filter((t) => !TAGS.includes(t)).sort()].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `athar token create`; revocable. Rate-limited per token.' },
      },
      schemas: RESPONSE_SCHEMAS,
    },
  };
}
