import { describe, expect, test } from 'vitest'

import { decideChange, type LastEvent, type PublishedState } from './changeDecision'

const live = (hash: string, version = 1): LastEvent => ({
  kind: 'updated',
  contentHashes: { en: hash },
  version,
})
const published = (hash: string, lastReviewed?: string): PublishedState => ({
  published: true,
  contentHashes: { en: hash },
  ...(lastReviewed ? { lastReviewed } : {}),
})

describe('decideChange', () => {
  test.each<[string, LastEvent | null, PublishedState, ReturnType<typeof decideChange>]>([
    ['a first publish', null, published('a'), { kind: 'created', version: 1 }],
    ['a new draft never published', null, { published: false }, null],
    ['a re-save with the same content', live('a', 2), published('a'), null],
    ['an edit that was published', live('a', 2), published('b'), { kind: 'updated', version: 3 }],
    ['a withdrawal', live('a', 2), { published: false }, { kind: 'unpublished', version: 2 }],
    [
      'a republish after withdrawal',
      { kind: 'unpublished', contentHashes: { en: 'a' }, version: 2 },
      published('a'),
      { kind: 'created', version: 3 },
    ],
    [
      'a second unpublish',
      { kind: 'unpublished', contentHashes: {}, version: 2 },
      { published: false },
      null,
    ],
    ['a deletion of a live page', live('a', 4), { deleted: true }, { kind: 'deleted', version: 4 }],
    [
      'a deletion after withdrawal',
      { kind: 'unpublished', contentHashes: {}, version: 4 },
      { deleted: true },
      { kind: 'deleted', version: 4 },
    ],
    ['a deletion of a draft partners never saw', null, { deleted: true }, null],
    [
      'a Spanish-only edit',
      { kind: 'updated', contentHashes: { en: 'a', es: 'x' }, version: 1 },
      { published: true, contentHashes: { en: 'a', es: 'y' } },
      { kind: 'updated', version: 2 },
    ],
    [
      'a re-review of unchanged text',
      { ...live('a', 2), lastReviewed: '2026-01-01T00:00:00.000Z' },
      published('a', '2026-06-01T00:00:00.000Z'),
      { kind: 'reviewed', version: 3 },
    ],
    [
      'a re-save that keeps the review date',
      { ...live('a', 2), lastReviewed: '2026-01-01T00:00:00.000Z' },
      published('a', '2026-01-01T00:00:00Z'),
      null,
    ],
    [
      'an edit published with a new review',
      { ...live('a', 2), lastReviewed: '2026-01-01T00:00:00.000Z' },
      published('b', '2026-06-01T00:00:00.000Z'),
      { kind: 'updated', version: 3 },
    ],
    [
      'a locale added',
      live('a', 1),
      { published: true, contentHashes: { en: 'a', es: 'y' } },
      { kind: 'updated', version: 2 },
    ],
  ])('should decide %s', (_name, last, now, expected) => {
    expect(decideChange(last, now)).toEqual(expected)
  })
})
