import { infobuttonPaths } from '../../infobutton/openapi'
import { problemTypes, problemTypeUri } from '../shape/problem'
import { maxPageSize } from '../shape/query'
import { rateLimitTiers } from '../shape/rateLimitTiers'
import { schemas } from './schemas'

type Operation = Record<string, unknown>

const problem = (description: string) => ({
  description,
  headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})

const cachedHeaders = {
  ETag: {
    description: 'Strong validator; send it back as If-None-Match.',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string' } },
  Vary: { schema: { type: 'string' } },
  RateLimit: { description: 'IETF RateLimit: remaining quota.', schema: { type: 'string' } },
  'RateLimit-Policy': {
    description: 'IETF RateLimit-Policy: quota and window.',
    schema: { type: 'string' },
  },
}

const errors = {
  '304': {
    description: 'Not modified: your copy (If-None-Match) is current. No body.',
    headers: cachedHeaders,
  },
  '400': problem('A parameter or cursor is not valid.'),
  '401': problem('The key is missing, unknown, expired or revoked.'),
  '403': problem('The partner is suspended, or the request is outside the key’s scope or origins.'),
  '429': {
    ...problem('Over the rate limit: wait Retry-After seconds.'),
    headers: { 'Retry-After': { schema: { type: 'integer' } }, ...cachedHeaders },
  },
  '500': problem('Something went wrong on the server; the fault is logged there.'),
  '503': {
    ...problem(
      'The content database cannot be reached, or this server is shutting down: send the same request again after Retry-After seconds.',
    ),
    headers: {
      'Retry-After': { schema: { type: 'integer' } },
      'Cache-Control': { schema: { const: 'no-store' } },
    },
  },
}

const param = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
})

const locale = param('locale', 'A locale within your key’s scope (default: its first).', {
  type: 'string',
  enum: ['en', 'es'],
})
const limit = param('limit', `Page size, 1 to ${maxPageSize} (default 20).`, {
  type: 'integer',
  minimum: 1,
  maximum: maxPageSize,
})
const codeParam = param(
  'code',
  'Only conditions carrying this code, as SYSTEM:CODE: ICD10CM:G47.63 or SNOMEDCT:<id>.',
  { type: 'string', pattern: '^(ICD10CM|SNOMEDCT):.+$', examples: ['ICD10CM:G47.63'] },
)
const cursor = param('cursor', 'The nextCursor of the previous page.', { type: 'string' })
const since = param(
  'since',
  'A cursor from an event or a previous page; omit to start from the beginning.',
  {
    type: 'string',
  },
)
const format = (options: string[]) =>
  param('format', 'Representation; `Accept: application/ld+json` also selects JSON-LD.', {
    type: 'string',
    enum: options,
  })

function collectionPaths(collection: string, schema: string, label: string) {
  const ok = (content: Record<string, unknown>) => ({
    description: 'OK',
    headers: cachedHeaders,
    content,
  })
  const list: Operation = {
    operationId: `list${schema}s`,
    summary: `List published ${label}`,
    tags: ['Content'],
    parameters: [
      locale,
      cursor,
      limit,
      format(['json', 'jsonld']),
      ...(collection === 'conditions' ? [codeParam] : []),
    ],
    responses: {
      '200': ok({
        'application/json': { schema: { $ref: `#/components/schemas/${schema}List` } },
        // FAQs are one FAQPage; other lists a @graph of pages (shape/jsonld.ts listToJsonLd).
        'application/ld+json': {
          schema: {
            $ref: `#/components/schemas/${collection === 'faqs' ? 'JsonLdPage' : 'JsonLdGraph'}`,
          },
        },
      }),
      ...errors,
    },
  }
  const item: Operation = {
    operationId: `get${schema}`,
    summary: `One published ${label.replace(/s$/, '')} by slug`,
    tags: ['Content'],
    parameters: [
      { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
      locale,
      format(['json', 'jsonld', 'html']),
    ],
    responses: {
      '200': ok({
        'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
        'application/ld+json': { schema: { $ref: '#/components/schemas/JsonLdPage' } },
        'text/html': {
          schema: {
            type: 'string',
            description: 'A sanitised, embeddable fragment including the attribution.',
          },
        },
      }),
      ...errors,
      '404': problem('No published document has this slug (it may have been withdrawn).'),
    },
  }
  return { [`/${collection}`]: { get: list }, [`/${collection}/{slug}`]: { get: item } }
}

const changesParams = [since, limit]

/** The OpenAPI 3.1 contract of the syndication API. Contract tests validate every answer with it. */
export function openApiDocument(apiBase: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Clinic content syndication API',
      version: '1.0.0',
      description:
        'Published, clinically reviewed treatment content for partner clinics to republish, with the attribution they must show. Read-only. Guide: /syndication/docs.',
    },
    servers: [{ url: apiBase }],
    security: [{ partnerKey: [] }],
    tags: [
      { name: 'Content', description: 'Published documents.' },
      { name: 'Changes', description: 'What changed since a cursor.' },
    ],
    paths: {
      ...infobuttonPaths(new URL(apiBase).origin),
      ...collectionPaths('conditions', 'Condition', 'conditions'),
      ...collectionPaths('procedures', 'Procedure', 'procedures'),
      ...collectionPaths('aftercare-steps', 'AftercareStep', 'aftercare steps'),
      ...collectionPaths('faqs', 'Faq', 'FAQs'),
      '/changes': {
        get: {
          operationId: 'listChanges',
          summary: 'Changes since a cursor, oldest first, with tombstones',
          tags: ['Changes'],
          parameters: changesParams,
          responses: {
            '200': {
              description: 'OK',
              headers: cachedHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ChangesPage' } },
              },
            },
            ...errors,
          },
        },
      },
      '/feed.atom': {
        get: {
          operationId: 'changesAtom',
          summary: 'The changes as an Atom feed',
          tags: ['Changes'],
          parameters: changesParams,
          responses: {
            '200': {
              description: 'Atom 1.0',
              headers: cachedHeaders,
              content: { 'application/atom+xml': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/feed.json': {
        get: {
          operationId: 'changesJsonFeed',
          summary: 'The changes as a JSON Feed',
          tags: ['Changes'],
          parameters: changesParams,
          responses: {
            '200': {
              description: 'JSON Feed',
              headers: cachedHeaders,
              content: {
                'application/feed+json': { schema: { $ref: '#/components/schemas/JsonFeed' } },
              },
            },
            ...errors,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document',
          security: [],
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    webhooks: {
      contentChanged: {
        post: {
          operationId: 'contentChanged',
          summary: 'A document was published, updated, unpublished or deleted',
          description:
            'Signed the Standard Webhooks way: headers webhook-id, webhook-timestamp (Unix seconds) and webhook-signature ("v1,<base64 HMAC-SHA256 of id.timestamp.body with your whsec_ secret>"). Refuse timestamps more than 5 minutes from now. Answer 2xx within 10 s; otherwise the delivery is retried with exponential backoff. `data.withdrawn` (action "take-down") means remove the text.',
          requestBody: {
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookBody' } },
            },
          },
          responses: { '200': { description: 'Received' } },
        },
      },
    },
    components: {
      securitySchemes: {
        partnerKey: {
          type: 'http',
          scheme: 'bearer',
          description: `Authorization: Bearer <key>. Rate limits per key by tier: ${Object.entries(
            rateLimitTiers,
          )
            .map(([tier, count]) => `${tier} ${count}/min`)
            .join(', ')}.`,
        },
      },
      schemas,
    },
    'x-problem-types': Object.fromEntries(
      Object.entries(problemTypes).map(([name, { status, title }]) => [
        problemTypeUri(name as never),
        { status, title },
      ]),
    ),
  }
}
