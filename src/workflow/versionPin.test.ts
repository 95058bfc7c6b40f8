import { describe, expect, test } from 'vitest'

import { pinBroken, versionContentHash } from './versionPin'

describe('versionContentHash', () => {
  test('should ignore save bookkeeping and notice any change of text', () => {
    const text = { question: 'Is there downtime?', answer: { root: {} } }
    const a = versionContentHash({ ...text, updatedAt: '1', _status: 'draft', editedBy: 1 })
    const b = versionContentHash({ ...text, updatedAt: '2', _status: 'published', editedBy: 2 })
    expect(a).toBe(b)
    expect(versionContentHash({ ...text, question: 'Any downtime?' })).not.toBe(a)
  })
})

describe('pinBroken', () => {
  const pin = { versionId: '1', contentHash: 'sha256-a' }
  test.each([
    ['the same text in a later version', { versionId: '2', contentHash: 'sha256-a' }, false],
    ['changed text', { versionId: '2', contentHash: 'sha256-b' }, true],
    ['no versions left', null, true],
  ])('should judge %s', (_case, latest, broken) => {
    expect(pinBroken(pin, latest)).toBe(broken)
  })
})
