import { describe, expect, test } from 'vitest'

import { editorWriteDecision, type WriteIntent } from './publishRights'

describe('editorWriteDecision', () => {
  test.each<[string, WriteIntent, boolean]>([
    [
      'publish a new document',
      { operation: 'create', submittedStatus: 'published', draft: false },
      false,
    ],
    [
      'publish with draft=true',
      { operation: 'update', submittedStatus: 'published', draft: true, currentStatus: 'draft' },
      false,
    ],
    ['create a draft', { operation: 'create', submittedStatus: 'draft', draft: false }, true],
    [
      'create without a status',
      { operation: 'create', submittedStatus: undefined, draft: true },
      true,
    ],
    [
      'save a draft over a published page',
      { operation: 'update', submittedStatus: 'draft', draft: true, currentStatus: 'published' },
      true,
    ],
    [
      'rewrite a published page in place',
      { operation: 'update', submittedStatus: undefined, draft: false, currentStatus: 'published' },
      false,
    ],
    [
      'unpublish a page',
      { operation: 'update', submittedStatus: 'draft', draft: false, currentStatus: 'published' },
      false,
    ],
    [
      'rewrite an unpublished draft in place',
      { operation: 'update', submittedStatus: undefined, draft: false, currentStatus: 'draft' },
      true,
    ],
    [
      'bulk-edit without draft=true',
      { operation: 'update', submittedStatus: 'draft', draft: false },
      false,
    ],
    ['bulk-edit drafts', { operation: 'update', submittedStatus: undefined, draft: true }, true],
  ])('should, when an editor tries to %s, allow it: %s', (_case, intent, allowed) => {
    const decision = editorWriteDecision(intent)
    expect(decision.allowed).toBe(allowed)
    if (!decision.allowed) expect(decision.reason).toMatch(/reviewer/)
  })
})
