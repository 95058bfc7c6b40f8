import { describe, expect, test } from 'vitest'

import {
  changesStart,
  decodeChangesCursor,
  decodeListCursor,
  encodeChangesCursor,
  encodeListCursor,
} from './cursor'
import { SyndicationProblem } from './problem'

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('cursors', () => {
  test.each(['tmj-disorder', 'a', 'z-9'])('should round-trip a list cursor after %s', (slug) => {
    expect(decodeListCursor(encodeListCursor(slug))).toBe(slug)
  })

  test.each([0, 1, 42, 1_000_000])('should round-trip a changes cursor at %s', (sequence) => {
    expect(decodeChangesCursor(encodeChangesCursor(sequence))).toBe(sequence)
  })

  test('should start the change log at sequence 0', () => {
    expect(decodeChangesCursor(changesStart)).toBe(0)
  })

  test.each([
    ['not base64url', 'abc$%'],
    ['empty JSON', b64({})],
    ['a wrong version', b64({ v: 2, seq: 3 })],
    ['a negative sequence', b64({ v: 1, seq: -1 })],
    ['a fractional sequence', b64({ v: 1, seq: 1.5 })],
    ['a string sequence', b64({ v: 1, seq: '3' })],
    ['garbage bytes', Buffer.from('not json').toString('base64url')],
    ['an overlong value', 'a'.repeat(600)],
  ])('should refuse %s as a changes cursor with invalid-cursor', (_name, cursor) => {
    expect(() => decodeChangesCursor(cursor)).toThrow(SyndicationProblem)
    try {
      decodeChangesCursor(cursor)
    } catch (error) {
      expect((error as SyndicationProblem).problemType).toBe('invalid-cursor')
    }
  })

  test.each([
    ['an empty slug', b64({ v: 1, after: '' })],
    ['a numeric slug', b64({ v: 1, after: 5 })],
    ['a changes cursor', encodeChangesCursor(4)],
  ])('should refuse %s as a list cursor', (_name, cursor) => {
    expect(() => decodeListCursor(cursor)).toThrow(SyndicationProblem)
  })
})
