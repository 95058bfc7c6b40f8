import { describe, expect, test } from 'vitest'

import { idKindOf } from '../../database/idKind'
import { checkApiPath, checkQueryParams, type ApiShape } from './validateRequestShape'

const sqlite: ApiShape = {
  collections: new Set(['conditions', 'users', 'payload-preferences']),
  globals: new Set(['clinic-settings']),
  localeCodes: ['en', 'es'],
  ids: idKindOf('sqlite'),
  verifiable: new Set(),
}
const postgres: ApiShape = { ...sqlite, ids: idKindOf('postgres') }
const mongodb: ApiShape = { ...sqlite, ids: idKindOf('mongodb') }
const uuid = '0b4e7c1e-9a7d-4f7e-8c2b-6f1f2d3e4a5b'

describe('checkApiPath', () => {
  test.each([
    ['/conditions', sqlite],
    ['/conditions/12', sqlite],
    [`/conditions/${uuid}`, sqlite],
    [`/conditions/${uuid}`, postgres],
    ['/conditions/65a1f0c2e4b0a1b2c3d4e5f6', mongodb],
    ['/conditions/count', sqlite],
    ['/users/login', sqlite],
    ['/users/verify/abc', { ...sqlite, verifiable: new Set(['users']) }],
    ['/conditions/versions/3', sqlite],
    ['/globals/clinic-settings', sqlite],
    ['/unknown-collection/abc', sqlite],
    ['/', sqlite],
    ['/payload-preferences/locale', sqlite],
    ['/payload-preferences/conditions-list', postgres],
    [`/payload-preferences/collection-conditions-${uuid}`, postgres],
    ['/payload-preferences/12', sqlite],
  ])('should let %s through', (path, shape) => {
    expect(checkApiPath(path, shape)).toBeNull()
  })

  test.each([
    ['/conditions/abc', sqlite, /UUIDs, or whole numbers/],
    ['/conditions/1e309', sqlite, /UUIDs, or whole numbers/],
    ['/conditions/-1', sqlite, /UUIDs, or whole numbers/],
    ['/conditions/12', postgres, /UUIDs/],
    [`/conditions/${uuid}`, mongodb, /hexadecimal/],
    ['/constructor/__proto__', sqlite, /Nothing is served/],
    ['/__proto__', sqlite, /Nothing is served/],
    ['/globals/toString', sqlite, /Nothing is served/],
    ['/payload-preferences/a%20b', sqlite, /key/],
    [`/payload-preferences/${'x'.repeat(201)}`, sqlite, /key/],
    ['/users/verify/abc', sqlite, /no email verification/],
  ])('should answer %s with 404', (path, shape, message) => {
    expect(checkApiPath(path, shape)).toEqual({
      status: 404,
      message: expect.stringMatching(message),
    })
  })
})

describe('checkApiPath and broken %-escapes', () => {
  test.each([
    '/conditions/%E0%A4%A',
    '/conditions/versions/%E0%A4%A',
    '/media/file/%E0%A4%A',
    '/partners/12/keys/%E0%A4%A/revoke',
    '/%zz',
  ])('should answer %s with 400, saying how to write a %', (path) => {
    expect(checkApiPath(path, sqlite)).toEqual({
      status: 400,
      message: expect.stringMatching(/broken %-escape.*%25/),
    })
  })
})

describe('checkQueryParams', () => {
  test.each([
    [{}, 'GET'],
    [{ select: { name: 'true', meta: { title: 'true' } } }, 'GET'],
    [{ locale: 'all' }, 'GET'],
    [{ locale: 'es', 'fallback-locale': 'none' }, 'PATCH'],
    [{ fallbackLocale: 'en' }, 'GET'],
  ])('should accept %j on %s', (query, method) => {
    expect(checkQueryParams(query, method, sqlite)).toBeNull()
  })

  test.each([
    [{ select: ['1e309'] }, 'GET', /select takes true, false/],
    [{ select: { _status: '' } }, 'PATCH', /select\[_status\] takes/],
    [{ select: { 'a;b': 'true' } }, 'GET', /not a field name/],
    [{ locale: 'xx' }, 'GET', /locale must be one of en, es, all/],
    [{ locale: 'all' }, 'POST', /one locale at a time/],
    [{ locale: ['en', 'es'] }, 'GET', /locale must be/],
    [{ 'fallback-locale': '\u0000' }, 'POST', /fallback-locale must be one of en, es, none/],
  ])('should refuse %j on %s', (query, method, message) => {
    expect(checkQueryParams(query, method, sqlite)).toEqual({
      status: 400,
      message: expect.stringMatching(message),
    })
  })
})

describe('IDs in where', () => {
  test.each([
    [{ where: { id: { in: ['12', '13'] } } }, sqlite],
    [{ where: { and: [{ id: { not_in: uuid } }] } }, postgres],
    [{ where: { id: { exists: 'true' } } }, postgres],
    [{ where: { name: { equals: 'abc' } } }, postgres],
  ])('should let %j through', (query, shape) => {
    expect(checkQueryParams(query, 'GET', shape)).toBeNull()
  })

  test.each([
    [{ where: { id: { in: '1' } } }, postgres, /UUIDs/],
    [{ where: { or: [{ id: { equals: 'abc' } }] } }, sqlite, /UUIDs, or whole numbers/],
  ])('should refuse %j with 400', (query, shape, message) => {
    expect(checkQueryParams(query, 'GET', shape)).toEqual({
      status: 400,
      message: expect.stringMatching(message),
    })
  })
})
