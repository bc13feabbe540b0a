import { PERSON_STATUSES } from '../persons/person.schema';
import { REVIEW_STATUSES } from '../posts/post.schema';
import { SEARCH_LANGS, VERIFICATION_STATUSES } from '../search/search.dto';
import { SOURCE_TYPES } from '../sources/source.schema';
import type { JsonSchema } from '../validation/api-route.decorator';

/**
 * The shapes of the API's answers, named for the document's components. The requests' shapes are
 * not here: they come from the zod schemas the routes validate with.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const RESPONSE_SCHEMAS: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', examples: [400] },
      error: { type: 'string', examples: ['Bad Request'] },
      message: { type: 'string', examples: ['Invalid query: limit: Too big: expected number to be <=200'] },
      details: {
        type: 'array',
        description: '400 only: each offending field.',
        items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
  SourceInput: {
    type: 'object',
    required: ['type', 'name', 'config'],
    properties: {
      type: { type: 'string', enum: [...SOURCE_TYPES] },
      name: { type: 'string', maxLength: 200 },
      config: {
        type: 'object',
        description:
          'rss: {url}; telegram: {channel, backfillPages?, backfillUntil?}; html: {url, selectors {item, text?, title?, link?, date?, image?}}; mastodon: {instance, hashtag | account}; bluesky: {query, identifier, appPassword?}; manual: {}.',
      },
      intervalMinutes: { type: 'integer', minimum: 1, maximum: 10080 },
      cron: { type: ['string', 'null'], description: 'UTC cron expression, e.g. "*/30 * * * *".' },
      jitterSeconds: { type: 'integer', minimum: 0, maximum: 3600 },
      keywords: {
        type: 'object',
        properties: { include: { type: 'array', items: { type: 'string' } }, exclude: { type: 'array', items: { type: 'string' } } },
      },
      enabled: { type: 'boolean', default: true },
    },
  },
  Source: {
    allOf: [
      ref('SourceInput'),
      { type: 'object', properties: { id: { type: 'string' }, health: { type: 'object', properties: { state: { type: 'string' } } } } },
    ],
  },
  CollectorRun: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { type: 'string' },
      startedAt: { type: 'string', format: 'date-time' },
      finishedAt: { type: ['string', 'null'], format: 'date-time' },
    },
  },
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
      media: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            url: { type: 'string' },
            type: { type: 'string', enum: ['image', 'video'] },
            description: { type: ['string', 'null'] },
            thumbnailUrl: { type: ['string', 'null'], description: "A video's thumbnail, which the media stage stores among the post's photos." },
          },
        },
      },
      raw: { type: 'object', properties: { sha256: { type: 'string', description: 'Hash of the raw item as collected (evidence).' } } },
      review: { type: 'object', properties: { status: { type: 'string', enum: [...REVIEW_STATUSES] } } },
      mentionCount: { type: 'integer' },
    },
  },
  PostDetail: {
    allOf: [
      ref('Post'),
      { type: 'object', properties: { mentions: { type: 'array', items: ref('Mention') }, photos: { type: 'array', items: ref('Media') } } },
    ],
  },
  PostHit: {
    allOf: [
      ref('Post'),
      {
        type: 'object',
        properties: {
          relevance: { type: 'integer', description: 'Stored terms of the post matched by the query words (0 without q).' },
          matched: {
            type: 'array',
            description:
              'Why the post matched q: a name in any script (with the names as the post wrote them), a place or prison by its canonical id, or the words.',
            items: {
              type: 'object',
              required: ['kind'],
              properties: {
                kind: { type: 'string', enum: ['name', 'place', 'words'] },
                names: { type: 'array', items: { type: 'string' } },
                placeId: { type: 'string' },
              },
            },
          },
        },
      },
    ],
  },
  Mention: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      role: { type: 'string' },
      attributes: { type: 'object' },
      review: { type: 'object', properties: { status: { type: 'string' }, personId: { type: ['string', 'null'] } } },
    },
  },
  Media: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      postId: { type: 'string' },
      status: { type: 'string' },
      sha256: { type: ['string', 'null'] },
      width: { type: ['integer', 'null'] },
      height: { type: ['integer', 'null'] },
    },
  },
  Person: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      displayName: { type: 'string' },
      spellings: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, mentionId: { type: ['string', 'null'] } } } },
      status: { type: 'string', enum: [...PERSON_STATUSES] },
      attributes: { type: 'object', description: 'hometown, prison, age, birthYear, arrestYear… as found or entered.' },
      verification: {
        type: 'object',
        properties: { status: { type: 'string', enum: [...VERIFICATION_STATUSES] }, at: { type: ['string', 'null'], format: 'date-time' } },
      },
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
      posts: {
        type: 'array',
        description: 'The posts that carry this photo, oldest first.',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            url: { type: ['string', 'null'] },
            snippet: { type: 'string' },
            sourceId: { type: 'string' },
            sourceName: { type: ['string', 'null'] },
            sourceType: { type: 'string' },
            publishedAt: { type: ['string', 'null'], format: 'date-time' },
            collectedAt: { type: 'string', format: 'date-time' },
          },
        },
      },
      repostOfRank: {
        type: ['integer', 'null'],
        description: 'The rank of an earlier result whose photo this one re-posts (perceptual hash): not independent evidence.',
      },
      person: {
        type: ['object', 'null'],
        description: 'The person a reviewer attached this face to.',
        properties: { id: { type: 'string' }, displayName: { type: 'string' } },
      },
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
  PersonHit: {
    type: 'object',
    properties: {
      person: ref('Person'),
      score: { type: ['number', 'null'], description: 'How well the best spelling matches `name` (0–1); null without a name.' },
    },
  },
  TipResult: {
    type: 'object',
    properties: {
      postId: { type: 'string' },
      created: { type: 'boolean', description: 'False when the same tip was already stored.' },
      sourceId: { type: 'string' },
    },
  },
  PfifImportResult: {
    type: 'object',
    properties: {
      version: { type: 'string', description: 'The PFIF version the document was written in; its records were read as PFIF 1.4.' },
      imported: { type: 'integer' },
      skipped: {
        type: 'array',
        description: 'Persons not created, and notes whose person is not in the document.',
        items: { type: 'object', properties: { recordId: { type: 'string' }, reason: { type: 'string' } } },
      },
      duplicates: {
        type: 'array',
        description: 'Likely duplicates of stored persons: not created, offered for review.',
        items: { type: 'object', properties: { recordId: { type: 'string' }, personId: { type: 'string' }, score: { type: 'number' } } },
      },
      ignored: {
        type: 'array',
        description: 'Elements PFIF does not define (or an older field a 1.4 one replaced), skipped and counted.',
        items: { type: 'object' },
      },
    },
  },
};
