import { describe, expect, test } from 'vitest'

import { asMiss, toCachedResponse } from './cachedResponse'
import { strongETag } from './etag'

const body = Buffer.from('{"docs":[]}')

const asObject = (flat: string[]) => {
  const pairs: [string, string][] = []
  for (let index = 0; index < flat.length; index += 2) pairs.push([flat[index], flat[index + 1]])
  return pairs
}

describe('toCachedResponse', () => {
  test('should keep the handler headers and add a strong ETag, length and X-Cache', () => {
    const entry = toCachedResponse({
      status: 200,
      headers: {
        'content-type': 'application/json',
        vary: 'Origin',
        'x-frame-options': 'SAMEORIGIN',
      },
      body,
    })
    expect(entry.etag).toBe(strongETag(body))
    expect(asObject(entry.headers)).toEqual([
      ['content-type', 'application/json'],
      ['vary', 'Origin'],
      ['x-frame-options', 'SAMEORIGIN'],
      ['etag', entry.etag],
      ['content-length', String(body.length)],
      ['x-cache', 'HIT'],
    ])
  })

  test('should drop per-connection headers the handler set', () => {
    const entry = toCachedResponse({
      status: 200,
      headers: {
        connection: 'close',
        date: 'x',
        'content-length': '999',
        'transfer-encoding': 'chunked',
      },
      body,
    })
    expect(entry.headers.filter((_, index) => index % 2 === 0)).toEqual([
      'etag',
      'content-length',
      'x-cache',
    ])
  })

  test('should keep an ETag the handler chose', () => {
    const entry = toCachedResponse({ status: 200, headers: { etag: '"v7"' }, body })
    expect(entry.etag).toBe('"v7"')
  })

  test('should repeat only validators and caching headers on a 304', () => {
    const entry = toCachedResponse({
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', vary: 'Origin' },
      body,
    })
    expect(asObject(entry.notModifiedHeaders)).toEqual([
      ['cache-control', 'no-cache'],
      ['vary', 'Origin'],
      ['etag', entry.etag],
      ['x-cache', 'HIT'],
    ])
  })

  test('should write repeated headers as repeated fields', () => {
    const entry = toCachedResponse({ status: 200, headers: { link: ['<a>', '<b>'] }, body })
    expect(asObject(entry.headers).filter(([name]) => name === 'link')).toEqual([
      ['link', '<a>'],
      ['link', '<b>'],
    ])
  })
})

describe('asMiss', () => {
  test('should mark the copy as a miss and leave the entry as a hit', () => {
    const entry = toCachedResponse({ status: 200, headers: {}, body })
    expect(asMiss(entry.headers).at(-1)).toBe('MISS')
    expect(entry.headers.at(-1)).toBe('HIT')
  })
})
