import { describe, expect, test } from 'vitest'

import { editorWriteDecision, type WriteIntent } from './publishRights'

type Expected = 'allowed' | 'refused' | 'only if the live page stays as it is'

describe('editorWriteDecision', () => {
  test.each<[string, WriteIntent, Expected]>([
    [
      'publish a new document',
      { operation: 'create', submittedStatus: 'published', draft: false },
      'refused',
    ],
    [
      'publish with draft=true',
      { operation: 'update', submittedStatus: 'published', draft: true, currentStatus: 'draft' },
      'refused',
    ],
    ['create a draft', { operation: 'create', submittedStatus: 'draft', draft: false }, 'allowed'],
    [
      'create without a status',
      { operation: 'create', submittedStatus: undefined, draft: true },
      'allowed',
    ],
    [
      'save a draft over a published page',
      { operation: 'update', submittedStatus: 'draft', draft: true, currentStatus: 'published' },
      'allowed',
    ],
    [
      'save over a published page in place (a live edit, or Revert to published)',
      { operation: 'update', submittedStatus: undefined, draft: false, currentStatus: 'published' },
      'only if the live page stays as it is',
    ],
    [
      'send the published page back as published (Revert to published)',
      {
        operation: 'update',
        submittedStatus: 'published',
        draft: false,
        currentStatus: 'published',
      },
      'only if the live page stays as it is',
    ],
    [
      'unpublish a page',
      { operation: 'update', submittedStatus: 'draft', draft: false, currentStatus: 'published' },
      'refused',
    ],
    [
      'publish a document that was a draft',
      { operation: 'update', submittedStatus: 'published', draft: false, currentStatus: 'draft' },
      'refused',
    ],
    [
      'rewrite an unpublished draft in place',
      { operation: 'update', submittedStatus: undefined, draft: false, currentStatus: 'draft' },
      'allowed',
    ],
    [
      'bulk-edit without draft=true',
      { operation: 'update', submittedStatus: 'draft', draft: false },
      'refused',
    ],
    [
      'bulk-edit drafts',
      { operation: 'update', submittedStatus: undefined, draft: true },
      'allowed',
    ],
  ])('should, when an editor tries to %s, answer: %s', (_case, intent, expected) => {
    const decision = editorWriteDecision(intent)
    const answer: Expected = !decision.allowed
      ? 'refused'
      : decision.onlyIfLiveUnchanged
        ? 'only if the live page stays as it is'
        : 'allowed'
    expect(answer).toBe(expected)
    if (!decision.allowed) expect(decision.reason).toMatch(/reviewer/)
  })
})
