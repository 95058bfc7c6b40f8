import { describe, expect, test } from 'vitest'

import { contentFingerprint, normaliseContent } from './fingerprint'

describe('normaliseContent', () => {
  test('should drop system keys, empty values and sort keys', () => {
    expect(
      normaliseContent({
        id: 7,
        updatedAt: 'x',
        b: [],
        a: { z: null, y: '', x: 1, id: 'row' },
        c: [{ id: 'r1', v: 'kept' }],
        provenance: { seedHash: 'h' },
      }),
    ).toEqual({ a: { x: 1 }, c: [{ v: 'kept' }] })
  })

  test('should keep false and zero, which are facts', () => {
    expect(normaliseContent({ downtime: { required: false }, min: 0 })).toEqual({
      downtime: { required: false },
      min: 0,
    })
  })
})

describe('contentFingerprint', () => {
  test('should ignore key order and system fields', () => {
    expect(contentFingerprint({ a: 1, b: 'two', id: 1 })).toBe(
      contentFingerprint({ b: 'two', a: 1, updatedAt: 'now' }),
    )
  })

  test('should change when any content changes', () => {
    const base = { summary: 'text', symptoms: ['pain'] }
    expect(contentFingerprint(base)).not.toBe(contentFingerprint({ ...base, summary: 'text!' }))
    expect(contentFingerprint(base)).not.toBe(
      contentFingerprint({ ...base, symptoms: ['pain', 'x'] }),
    )
  })
})
