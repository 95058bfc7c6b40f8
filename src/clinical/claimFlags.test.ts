import { describe, expect, test } from 'vitest'

import { mergeClaimFlags, type ClaimFlag } from './claimFlags'
import type { ClaimFinding } from './findClaims'

const at = new Date('2026-11-30T12:00:00Z')
const finding = (phrase: string): ClaimFinding => ({
  field: 'summary',
  locale: 'en',
  kind: 'absolute',
  match: 'safe',
  phrase,
  reason: 'r',
})
const acknowledged = (phrase: string): ClaimFlag => ({
  id: 'f1',
  ...finding(phrase),
  status: 'acknowledged',
  acknowledgedBy: 7,
  acknowledgedAt: '2026-11-01T00:00:00.000Z',
})
const reviewer = { kind: 'reviewer', id: 9 } as const
const editor = { kind: 'editor', id: 3 } as const

describe('mergeClaimFlags', () => {
  test('should keep the acknowledgement of an unchanged phrase', () => {
    const { flags } = mergeClaimFlags({
      findings: [finding('It is safe.')],
      previous: [acknowledged('It is safe.')],
      submitted: undefined,
      actor: editor,
      at,
    })
    expect(flags).toMatchObject([{ id: 'f1', status: 'acknowledged', acknowledgedBy: 7 }])
  })

  test('should open a new flag when the phrase changed', () => {
    const { flags } = mergeClaimFlags({
      findings: [finding('It is very safe.')],
      previous: [acknowledged('It is safe.')],
      submitted: undefined,
      actor: reviewer,
      at,
    })
    expect(flags).toEqual([
      {
        ...finding('It is very safe.'),
        status: 'open',
        acknowledgedBy: null,
        acknowledgedAt: null,
      },
    ])
  })

  test('should record a reviewer acknowledging by id, as them and now', () => {
    const { flags, refused } = mergeClaimFlags({
      findings: [finding('It is safe.')],
      previous: [{ ...acknowledged('It is safe.'), status: 'open' }],
      submitted: [{ id: 'f1', status: 'acknowledged', acknowledgedBy: 1 }],
      actor: reviewer,
      at,
    })
    expect(refused).toEqual([])
    expect(flags[0]).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 9,
      acknowledgedAt: at.toISOString(),
    })
  })

  test('should refuse an editor acknowledging, and let them reopen', () => {
    const open = mergeClaimFlags({
      findings: [finding('It is safe.')],
      previous: [{ ...acknowledged('It is safe.'), status: 'open' }],
      submitted: [{ id: 'f1', status: 'acknowledged' }],
      actor: editor,
      at,
    })
    expect(open.refused).toHaveLength(1)
    expect(open.flags[0]!.status).toBe('open')
    const reopened = mergeClaimFlags({
      findings: [finding('It is safe.')],
      previous: [acknowledged('It is safe.')],
      submitted: [{ id: 'f1', status: 'open' }],
      actor: editor,
      at,
    })
    expect(reopened.flags[0]).toMatchObject({ status: 'open', acknowledgedBy: null })
  })

  test('should drop flags whose phrase is gone and ignore rows for them', () => {
    const { flags } = mergeClaimFlags({
      findings: [],
      previous: [acknowledged('It is safe.')],
      submitted: [{ id: 'f1', status: 'acknowledged' }],
      actor: reviewer,
      at,
    })
    expect(flags).toEqual([])
  })
})
