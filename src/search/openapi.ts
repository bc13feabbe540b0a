import { PERSON_STATUSES } from '../persons/person.schema';
import { PIPELINE_STATUSES, REVIEW_STATUSES } from '../posts/post.schema';
import { SOURCE_TYPES } from '../sources/source.schema';
import { MAX_LIMIT, SEARCH_LANGS, VERIFICATION_STATUSES } from './search.dto';

/**
 * Athar's HTTP API as an OpenAPI 3.1 document, written by hand: it must be kept in step with the
 * controllers (src/**\/*.controller.ts under /api). GET /api/docs renders it, /api/docs/openapi.json serves it.
 */

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const json = (description: string, schema: Json) => ({ description, content: { 'application/json': { schema } } });
const list = (item: string, cursor = false) =>
  json('A list', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref(item) }, ...(cursor ? { nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next (older) page; null on the last page.' } } : {}) } });

const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `The ${what} id (24 hex digits); anything else is a 404.`, schema: { type: 'string', pattern: '^[0-9a-f]{24}$' } });
const q = (name: string, description: string, schema: Json = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const limitParam = (dflt: number) => q('limit', `Items per page, 1–${MAX_LIMIT}.`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: dflt });
const dateParam = (name: string, description: string) => q(name, `${description} ISO date (YYYY-MM-DD) or date-time with offset.`, { type: 'string' });
const flagParam = (name: string, description: string) => q(name, description, { type: 'string', enum: ['true', 'false', '1', '0'] });

const common = { 401: err('No token, a malformed Authorization header, or an unknown/revoked token (with WWW-Authenticate: Bearer).'), 403: err('The token\'s user lacks the roles this route needs.'), 429: { description: 'Too many requests for this token in the current minute.', headers: { 'Retry-After': { description: 'Seconds until the window ends.', schema: { type: 'integer' } } }, content: { 'application/json': { schema: ref('Error') } } } };
const withErrors = (responses: Json, extra: number[] = []) => ({ ...responses, ...Object.fromEntries(extra.map((c) => [c, c === 400 ? err('Invalid input: the message names every offending field (also in `details`).') : err('Not found.')])), ...common });
const roles = (...r: string[]) => `Roles: ${r.join(', ')}.`;
const ANY = ['admin', 'operator', 'reviewer', 'researcher'];
const RESEARCH = ['researcher', 'reviewer', 'admin'];

const op = (tag: string, summary: string, allowed: string[], responses: Json, more: Json = {}) => ({ tags: [tag], summary, description: [more.description, roles(...allowed)].filter(Boolean).join(' '), ...more, responses });

const postSearchParams = [
  q('q', 'Words in Arabic, English or French; all must match. Words of 4+ letters match as prefixes; Arabic articles and a leading و are ignored.'),
  dateParam('from', 'First day (UTC, inclusive) of publication, else collection.'),
  dateParam('to', 'Last day (UTC, inclusive).'),
  q('sourceId', 'Only posts of this source.', { type: 'string', pattern: '^[0-9a-f]{24}$' }),
  q('sourceType', 'Only posts of this source type.', { type: 'string', examples: [...SOURCE_TYPES] }),
  q('lang', 'Guessed language of the post.', { type: 'string', enum: [...SEARCH_LANGS] }),
  q('reviewStatus', 'Triage status.', { type: 'string', enum: [...REVIEW_STATUSES] }),
  flagParam('hasPhoto', 'With (true) or without (false) an image.'),
  flagParam('hasMentions', 'With (true) or without (false) names found by extraction.'),
  q('personId', 'Posts with a mention confirmed as this person.', { type: 'string', pattern: '^[0-9a-f]{24}$' }),
  q('sort', '`date`: newest first by publication date (collection date when there is none). `relevance`: the page (still fetched by date) ordered by matched terms: relevance orders within a page only.', { type: 'string', enum: ['date', 'relevance'], default: 'date' }),
];

const personSearchParams = [
  q('name', 'A name in any script: محمد الخطيب finds Mohammed al-Khatib and the reverse. Best match first.'),
  q('status', 'Person status.', { type: 'string', enum: [...PERSON_STATUSES] }),
  q('verification', 'Verification status; researchers may only ask for `verified` (anything else is a 403).', { type: 'string', enum: [...VERIFICATION_STATUSES] }),
  q('hometown', 'Hometown, whole value, case-insensitive.'),
  q('prison', 'Prison, whole value, case-insensitive.'),
  q('arrestYearFrom', 'Arrested in or after this year.', { type: 'integer', minimum: 1900, maximum: 2100 }),
  q('arrestYearTo', 'Arrested in or before this year.', { type: 'integer', minimum: 1900, maximum: 2100 }),
];

const exportOp = (what: 'posts' | 'persons', format: string, mime: string, params: Json[]) =>
  op('exports', `Export ${what} as ${format}`, RESEARCH, withErrors({ 200: { description: `Every matching ${what.slice(0, -1)}, streamed (${mime}).`, content: { [mime]: { schema: { type: 'string' } } } } }, [400]), {
    description: `The same filters as /api/search/${what}, without paging.${what === 'persons' ? ' Researchers get verified persons only.' : ''}`,
    parameters: params,
  });

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Athar API',
      version: '1',
      summary: 'Collected posts about detainees, the names found in them, and the persons reviewers confirmed.',
      description:
        'Every route needs an API token (`Authorization: Bearer <token>`, created with the CLI) unless marked public. ' +
        'Each token may make API_RATE_LIMIT_PER_MINUTE requests per minute (default 120): the window starts with its first request; past the limit the answer is 429 with Retry-After. ' +
        'Errors are JSON: `{statusCode, error, message}` (400s add `details`). Lists that page use an opaque `cursor`: pages are newest first by publication date (collection date when there is none) and id, so posts inserted while paging never repeat or shift a page.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: ['sources', 'posts', 'tips', 'media', 'search', 'persons', 'exports', 'faces', 'docs'].map((name) => ({ name })),
    paths: {
      '/api/sources': {
        get: op('sources', 'List sources', ['operator', 'admin'], withErrors({ 200: list('Source') })),
        post: op('sources', 'Create a source', ['operator', 'admin'], withErrors({ 201: json('The source', ref('Source')) }, [400]), { requestBody: { required: true, content: { 'application/json': { schema: ref('SourceInput') } } } }),
      },
      '/api/sources/preview': {
        post: op('sources', 'Dry run: what a source definition would collect and keep (nothing stored)', ['operator', 'admin'], withErrors({ 200: json('Preview', { type: 'object' }) }, [400]), { requestBody: { required: true, content: { 'application/json': { schema: ref('SourceInput') } } } }),
      },
      '/api/sources/{id}': {
        parameters: [idParam('source')],
        get: op('sources', 'Read a source', ['operator', 'admin'], withErrors({ 200: json('The source', ref('Source')) }, [404])),
        patch: op('sources', 'Change a source (type cannot change)', ['operator', 'admin'], withErrors({ 200: json('The source', ref('Source')) }, [400, 404]), { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'Any of name, config, intervalMinutes, cron, jitterSeconds, keywords {include, exclude}, enabled.' } } } } }),
        delete: op('sources', 'Delete a source (its posts stay)', ['operator', 'admin'], withErrors({ 204: { description: 'Deleted' } }, [404])),
      },
      '/api/sources/{id}/pause': { parameters: [idParam('source')], post: op('sources', 'Pause scheduled collection', ['operator', 'admin'], withErrors({ 200: json('The source', ref('Source')) }, [404])) },
      '/api/sources/{id}/resume': { parameters: [idParam('source')], post: op('sources', 'Resume scheduled collection', ['operator', 'admin'], withErrors({ 200: json('The source', ref('Source')) }, [404])) },
      '/api/sources/{id}/run': { parameters: [idParam('source')], post: op('sources', 'Collect now (queued)', ['operator', 'admin'], withErrors({ 202: json('Queued', { type: 'object' }) }, [404])) },
      '/api/sources/{id}/runs': {
        parameters: [idParam('source')],
        get: op('sources', 'Recent collector runs of a source', ['operator', 'admin'], withErrors({ 200: list('CollectorRun') }, [400, 404]), { parameters: [q('limit', 'How many, 1–200.', { type: 'integer', minimum: 1, maximum: 200, default: 20 })] }),
      },
      '/api/posts': {
        get: op('posts', 'List posts, newest first', ANY, withErrors({ 200: list('Post', true) }, [400]), {
          parameters: [
            q('sourceId', 'Only this source.', { type: 'string', pattern: '^[0-9a-f]{24}$' }),
            dateParam('from', 'Published at or after.'),
            dateParam('to', 'Published before.'),
            q('status', 'Pipeline status.', { type: 'string', enum: [...PIPELINE_STATUSES] }),
            limitParam(50),
            q('cursor', 'From the previous page\'s nextCursor.'),
          ],
        }),
      },
      '/api/posts/{id}': { parameters: [idParam('post')], get: op('posts', 'A post with its mentions and photos', ANY, withErrors({ 200: json('The post', ref('PostDetail')) }, [404])) },
      '/api/tips': {
        post: op('tips', 'Pass on a tip: a URL fetched once, or pasted text, with a note', ANY, withErrors({ 201: json('The stored tip', { type: 'object' }) }, [400]), {
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { sourceId: { type: 'string' }, url: { type: 'string', format: 'uri' }, text: { type: 'string', maxLength: 100000 }, note: { type: 'string', maxLength: 5000 } }, description: 'Give url or text.' } } } },
        }),
      },
      '/api/media/{id}': { parameters: [idParam('media')], get: op('media', 'Facts about a photo (hashes, size, status)', ANY, withErrors({ 200: json('The media', ref('Media')) }, [404])) },
      '/api/media/{id}/thumbnail': { parameters: [idParam('media')], get: op('media', 'The thumbnail (JPEG)', ANY, withErrors({ 200: { description: 'JPEG', content: { 'image/jpeg': { schema: { type: 'string', contentMediaType: 'image/jpeg' } } } } }, [404])) },
      '/api/media/{id}/original': { parameters: [idParam('media')], get: op('media', 'The original as downloaded, as an attachment (evidence; may carry EXIF)', ANY, withErrors({ 200: { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string' } } } } }, [404])) },
      '/api/search/posts': {
        get: op('search', 'Search posts', RESEARCH, withErrors({ 200: list('PostHit', true) }, [400]), { parameters: [...postSearchParams, limitParam(50), q('cursor', 'From the previous page\'s nextCursor (the date and id of the last post of that page).')] }),
      },
      '/api/search/persons': {
        get: op('search', 'Search persons', RESEARCH, withErrors({ 200: list('PersonHit') }, [400]), { description: 'Merged records are left out. Researchers get verified persons only; reviewers and admins all.', parameters: [...personSearchParams, limitParam(50)] }),
      },
      '/api/persons/{id}': {
        parameters: [idParam('person')],
        get: op('persons', 'A person with the posts that name them (up to 100, newest first)', RESEARCH, withErrors({ 200: json('The person', { type: 'object', properties: { person: ref('Person'), posts: { type: 'array', items: ref('PostHit') } } }) }, [404]), { description: 'An unverified person is a 404 for researchers.' }),
      },
      '/api/export/posts.csv': { get: exportOp('posts', 'CSV', 'text/csv', postSearchParams) },
      '/api/export/posts.ndjson': { get: exportOp('posts', 'NDJSON (one JSON post per line)', 'application/x-ndjson', postSearchParams) },
      '/api/export/persons.csv': { get: exportOp('persons', 'CSV', 'text/csv', personSearchParams) },
      '/api/export/persons.ndjson': { get: exportOp('persons', 'NDJSON (one JSON person per line)', 'application/x-ndjson', personSearchParams) },
      '/api/export/persons.pfif.xml': { get: exportOp('persons', 'PFIF 1.4 XML (People Finder Interchange Format)', 'application/xml', personSearchParams) },
      '/api/faces/search': {
        post: op('faces', 'Find this face: the closest faces in collected photos to a stored face', ['reviewer', 'admin'], withErrors({ 200: json('Faces, most similar first', ref('FaceSearchResult')) }, [400, 404]), {
          description: 'Only while an admin has switched faces on (403 otherwise). Each search is an audit event with the caller and the purpose. Similarity ranks; it never decides. No answer holds a descriptor.',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['faceId', 'purpose'], properties: { faceId: { type: 'string', pattern: '^[0-9a-f]{24}$' }, purpose: { type: 'string', minLength: 8, maxLength: 500, description: 'Why you search: kept in the audit log.' }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 20 } } } } } },
        }),
      },
      '/api/faces/search/upload': {
        post: op('faces', 'Find this face: the closest faces to the largest face in a photo you send', ['reviewer', 'admin'], withErrors({ 200: json('Faces, most similar first', ref('FaceSearchResult')), 413: err('The photo is larger than MEDIA_MAX_BYTES.') }, [400]), {
          description: 'The photo (an image body, or a multipart form with a `photo` file) is checked like collected images, searched with, then deleted: only the audit event is kept. Only while faces are switched on.',
          parameters: [q('purpose', 'Why you search (8–500 characters): kept in the audit log. Required.'), q('limit', 'Results, 1–50.', { type: 'integer', minimum: 1, maximum: 50, default: 20 })],
          requestBody: { required: true, content: { 'image/jpeg': { schema: { type: 'string', contentMediaType: 'image/jpeg' } }, 'image/png': { schema: { type: 'string' } }, 'image/webp': { schema: { type: 'string' } }, 'multipart/form-data': { schema: { type: 'object', properties: { photo: { type: 'string', contentMediaType: 'application/octet-stream' }, purpose: { type: 'string' } } } } } },
        }),
      },
      '/api/docs': { get: { tags: ['docs'], summary: 'This document as a readable page', description: 'Public: it describes the API and holds no data.', security: [], responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
      '/api/docs/openapi.json': { get: { tags: ['docs'], summary: 'This document (OpenAPI 3.1)', description: 'Public: it describes the API and holds no data.', security: [], responses: { 200: json('OpenAPI document', { type: 'object' }) } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `athar token create`; revocable. Rate-limited per token.' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['statusCode', 'error', 'message'],
          properties: {
            statusCode: { type: 'integer', examples: [400] },
            error: { type: 'string', examples: ['Bad Request'] },
            message: { type: 'string', examples: ['Invalid query: limit: Too big: expected number to be <=200'] },
            details: { type: 'array', description: '400 only: each offending field.', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
        SourceInput: {
          type: 'object',
          required: ['type', 'name', 'config'],
          properties: {
            type: { type: 'string', enum: [...SOURCE_TYPES] },
            name: { type: 'string', maxLength: 200 },
            config: { type: 'object', description: 'rss: {url}; telegram: {channel, backfillPages?, backfillUntil?}; html: {url, selectors {item, text?, title?, link?, date?, image?}}; mastodon: {instance, hashtag | account}; bluesky: {query, identifier, appPassword?}; manual: {}.' },
            intervalMinutes: { type: 'integer', minimum: 1, maximum: 10080 },
            cron: { type: ['string', 'null'], description: 'UTC cron expression, e.g. "*/30 * * * *".' },
            jitterSeconds: { type: 'integer', minimum: 0, maximum: 3600 },
            keywords: { type: 'object', properties: { include: { type: 'array', items: { type: 'string' } }, exclude: { type: 'array', items: { type: 'string' } } } },
            enabled: { type: 'boolean', default: true },
          },
        },
        Source: { allOf: [ref('SourceInput'), { type: 'object', properties: { id: { type: 'string' }, health: { type: 'object', properties: { state: { type: 'string' } } } } }] },
        CollectorRun: { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string' }, startedAt: { type: 'string', format: 'date-time' }, finishedAt: { type: ['string', 'null'], format: 'date-time' } } },
        Post: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            sourceId: { type: 'string' },
            sourceType: { type: 'string' },
            externalId: { type: 'string' },
            url: { type: ['string', 'null'] },
            author: { type: ['string', 'null'] },
            title: { type: ['string', 'null'] },
            text: { type: 'string' },
            lang: { type: 'string', enum: [...SEARCH_LANGS] },
            publishedAt: { type: ['string', 'null'], format: 'date-time' },
            collectedAt: { type: 'string', format: 'date-time' },
            day: { type: 'string', description: 'UTC day of publication, else collection (YYYY-MM-DD).' },
            media: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, type: { type: 'string', enum: ['image', 'video'] }, description: { type: ['string', 'null'] } } } },
            raw: { type: 'object', properties: { sha256: { type: 'string', description: 'Hash of the raw item as collected (evidence).' } } },
            review: { type: 'object', properties: { status: { type: 'string', enum: [...REVIEW_STATUSES] } } },
            mentionCount: { type: 'integer' },
          },
        },
        PostDetail: { allOf: [ref('Post'), { type: 'object', properties: { mentions: { type: 'array', items: ref('Mention') }, photos: { type: 'array', items: ref('Media') } } }] },
        PostHit: { allOf: [ref('Post'), { type: 'object', properties: { relevance: { type: 'integer', description: 'Stored terms of the post matched by the query words (0 without q).' }, matched: { type: 'array', description: 'Why the post matched q: a name in any script (with the names as the post wrote them), a place or prison by its canonical id, or the words.', items: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['name', 'place', 'words'] }, names: { type: 'array', items: { type: 'string' } }, placeId: { type: 'string' } } } } } }] },
        Mention: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, role: { type: 'string' }, attributes: { type: 'object' }, review: { type: 'object', properties: { status: { type: 'string' }, personId: { type: ['string', 'null'] } } } } },
        Media: { type: 'object', properties: { id: { type: 'string' }, postId: { type: 'string' }, status: { type: 'string' }, sha256: { type: ['string', 'null'] }, width: { type: ['integer', 'null'] }, height: { type: ['integer', 'null'] } } },
        Person: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            displayName: { type: 'string' },
            spellings: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, mentionId: { type: ['string', 'null'] } } } },
            status: { type: 'string', enum: [...PERSON_STATUSES] },
            attributes: { type: 'object', description: 'hometown, prison, age, birthYear, arrestYear… as found or entered.' },
            verification: { type: 'object', properties: { status: { type: 'string', enum: [...VERIFICATION_STATUSES] }, at: { type: ['string', 'null'], format: 'date-time' } } },
            mergedInto: { type: ['string', 'null'] },
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
          },
        },
        FaceHit: {
          type: 'object',
          properties: {
            rank: { type: 'integer' },
            faceId: { type: 'string' },
            mediaId: { type: 'string' },
            similarity: { type: 'number', description: 'Cosine similarity of the two faces (0–1 in practice): a ranking, never a verdict.' },
            posts: { type: 'array', description: 'The posts that carry this photo, oldest first.', items: { type: 'object', properties: { id: { type: 'string' }, url: { type: ['string', 'null'] }, snippet: { type: 'string' }, sourceId: { type: 'string' }, sourceName: { type: ['string', 'null'] }, sourceType: { type: 'string' }, publishedAt: { type: ['string', 'null'], format: 'date-time' }, collectedAt: { type: 'string', format: 'date-time' } } } },
            repostOfRank: { type: ['integer', 'null'], description: 'The rank of an earlier result whose photo this one re-posts (perceptual hash): not independent evidence.' },
            person: { type: ['object', 'null'], description: 'The person a reviewer attached this face to.', properties: { id: { type: 'string' }, displayName: { type: 'string' } } },
          },
        },
        FaceSearchResult: {
          type: 'object',
          properties: {
            from: { type: 'string', enum: ['face', 'upload'] },
            purpose: { type: 'string' },
            facesInPhoto: { type: 'integer', description: 'Faces found in an uploaded photo (the largest is searched).' },
            copies: { type: 'array', description: 'Faces in copies of the searched picture: listed apart, not independent evidence.', items: ref('FaceHit') },
            hits: { type: 'array', items: ref('FaceHit') },
            compared: { type: 'integer', description: 'Stored faces compared.' },
          },
        },
        PersonHit: { type: 'object', properties: { person: ref('Person'), score: { type: ['number', 'null'], description: 'How well the best spelling matches `name` (0–1); null without a name.' } } },
      },
    },
  };
}
