import type { IncomingHttpHeaders } from 'node:http'
import { describe, expect, test } from 'vitest'

import { cacheableRequest, maxCacheableGraphQLBodyBytes } from './requestPolicy'

const routes = {
  api: '/api',
  graphQL: '/api/graphql',
  collections: new Set(['conditions', 'faqs']),
  globals: new Set(['clinic-settings']),
}
const json = { 'content-type': 'application/json', 'content-length': '40' }

type Row = [string, string, string, string, IncomingHttpHeaders, string | null]

describe('cacheableRequest', () => {
  test.each<Row>([
    ['a list', 'GET', '/api/conditions', 'limit=10', {}, 'rest'],
    ['a document', 'GET', '/api/conditions/12', '', {}, 'rest'],
    ['a global', 'GET', '/api/globals/clinic-settings', '', {}, 'rest'],
    ['a GraphQL GET query', 'GET', '/api/graphql', 'query=%7Ba%7D', {}, 'graphql-get'],
    ['a GraphQL POST', 'POST', '/api/graphql', '', json, 'graphql-post'],
    ['a staff cookie', 'GET', '/api/conditions', '', { cookie: 'payload-token=x' }, null],
    ['any Authorization', 'GET', '/api/conditions', '', { authorization: 'JWT x' }, null],
    [
      'a GraphQL POST with a token',
      'POST',
      '/api/graphql',
      '',
      { ...json, authorization: 'x' },
      null,
    ],
    ['a draft request', 'GET', '/api/conditions', 'draft=true', {}, null],
    ['a draft request later in the query', 'GET', '/api/conditions', 'a=1&draft=false', {}, null],
    ['a write', 'POST', '/api/conditions', '', json, null],
    ['a delete', 'DELETE', '/api/conditions/1', '', {}, null],
    ['HEAD, read as the GET', 'HEAD', '/api/conditions', '', {}, 'rest'],
    ['HEAD of a GraphQL query', 'HEAD', '/api/graphql', 'query=%7Ba%7D', {}, 'graphql-get'],
    ['versions', 'GET', '/api/conditions/versions', '', {}, null],
    ['a version', 'GET', '/api/conditions/versions/3', '', {}, null],
    ['users', 'GET', '/api/users', '', {}, null],
    ['an unknown global', 'GET', '/api/globals/secrets', '', {}, null],
    ['a path outside the API', 'GET', '/admin', '', {}, null],
    ['a lookalike prefix', 'GET', '/apiconditions', '', {}, null],
    ['a trailing slash', 'GET', '/api/conditions/', '', {}, null],
    [
      'a method override',
      'GET',
      '/api/conditions',
      '',
      { 'x-payload-http-method-override': 'GET' },
      null,
    ],
    ['a GraphQL GET without a query', 'GET', '/api/graphql', '', {}, null],
    [
      'a GraphQL POST that is not JSON',
      'POST',
      '/api/graphql',
      '',
      { 'content-type': 'text/plain', 'content-length': '4' },
      null,
    ],
    [
      'a chunked GraphQL POST',
      'POST',
      '/api/graphql',
      '',
      { 'content-type': 'application/json' },
      null,
    ],
    [
      'an oversized GraphQL POST',
      'POST',
      '/api/graphql',
      '',
      {
        'content-type': 'application/json',
        'content-length': String(maxCacheableGraphQLBodyBytes + 1),
      },
      null,
    ],
  ])('should classify %s as %s', (_name, method, path, query, headers, expected) => {
    expect(cacheableRequest(method, path, query, headers, routes)?.kind ?? null).toBe(expected)
  })
})
