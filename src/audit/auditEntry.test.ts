import { describe, expect, test } from 'vitest'

import { auditOperationOf, changedFields } from './auditEntry'

describe('changedFields', () => {
  test('should list the fields whose values differ, leaving out save bookkeeping', () => {
    expect(
      changedFields(
        { question: 'A?', order: 1, updatedAt: 'x', tags: ['a'] },
        { question: 'B?', order: 1, updatedAt: 'y', tags: ['a', 'b'], editedBy: 3 },
      ),
    ).toEqual(['question', 'tags'])
  })

  test('should leave out a partner key being used', () => {
    expect(
      changedFields({ label: 'web', lastUsedAt: 'x' }, { label: 'web', lastUsedAt: 'y' }),
    ).toEqual([])
  })

  test('should list every field of a new document', () => {
    expect(changedFields({}, { question: 'A?', order: 1 })).toEqual(['order', 'question'])
  })
})

describe('auditOperationOf', () => {
  const base = { operation: 'update' as const, restoring: false, draftSave: false }
  test.each([
    [
      'a draft save',
      { ...base, draftSave: true, statusBefore: 'published', statusAfter: 'draft' },
      'update',
    ],
    ['a publish', { ...base, statusBefore: 'draft', statusAfter: 'published' }, 'publish'],
    ['an unpublish', { ...base, statusBefore: 'published', statusAfter: 'draft' }, 'unpublish'],
    [
      'a restore',
      { ...base, restoring: true, statusBefore: 'draft', statusAfter: 'draft' },
      'restore',
    ],
    [
      'a media or user change',
      { ...base, statusBefore: undefined, statusAfter: undefined },
      'update',
    ],
    [
      'a document created as a draft',
      {
        ...base,
        operation: 'create' as const,
        draftSave: true,
        statusBefore: undefined,
        statusAfter: 'draft',
      },
      'create',
    ],
  ])('should name %s', (_case, input, expected) => {
    expect(auditOperationOf(input)).toBe(expected)
  })
})
