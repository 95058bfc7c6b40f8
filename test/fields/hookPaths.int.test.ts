/**
 * Field hooks are given the field's path, schema path and index path as arrays. Our payload patch
 * splits them only when a hook is about to run (it split them for every field of every document
 * read). The arrays a hook gets must stay what Payload as published gives: the values below were
 * recorded with Payload 3.90.1 unpatched (patch-package --reverse), for a field in an array row
 * inside the collection's unnamed tabs, one in a group, one in a row inside a group and one in a
 * row inside an unnamed tab (the patch walks rows and unnamed tabs without a promise per field).
 */
import type { FieldHook } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'

type Recorded = { path: unknown; schemaPath: unknown; indexPath: unknown; value: unknown }
type FieldLike = { name?: string; type: string; fields?: FieldLike[]; tabs?: FieldLike[] }

/** The sanitised field `names` leads to, looking through unnamed tabs and rows as Payload keeps them. */
function findField(fields: FieldLike[], [name, ...rest]: string[]): FieldLike | undefined {
  for (const field of fields) {
    if (field.name === name) return rest.length === 0 ? field : findField(field.fields ?? [], rest)
    if (field.name) continue
    const found = findField(field.fields ?? field.tabs ?? [], [name, ...rest])
    if (found) return found
  }
  return undefined
}

describe('paths given to afterRead field hooks', () => {
  let server: TestServer
  const recorded: Recorded[] = []
  const record: FieldHook = ({ path, schemaPath, indexPath, value }) => {
    recorded.push({ path, schemaPath, indexPath, value })
    return value
  }

  beforeAll(async () => {
    server = await startTestServer()
    const fields = server.payload.collections.conditions.config.fields as unknown as FieldLike[]
    for (const names of [
      ['complementaryTherapies', 'therapy'],
      ['indication', 'note'],
      // In a row inside a group, and in a row directly inside an unnamed tab.
      ['indication', 'needsReviewerConfirmation'],
      ['reviewerName'],
    ]) {
      const field = findField(fields, names) as FieldLike & { hooks?: { afterRead?: FieldHook[] } }
      if (!field) throw new Error(`no field ${names.join('.')} in conditions`)
      field.hooks = { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), record] }
    }
  })
  afterAll(async () => server?.close())

  test('should be the arrays Payload as published gives', async () => {
    const { payload } = server
    const condition = await payload.create({
      collection: 'conditions',
      data: {
        name: 'Hook paths check',
        slug: 'hook-paths-check',
        complementaryTherapies: [{ therapy: 'Night guard' }, { therapy: 'Physiotherapy' }],
        indication: { status: 'approved', note: 'A note' },
      },
      draft: true,
    })
    recorded.length = 0
    await payload.findByID({ collection: 'conditions', id: condition.id, draft: true })
    // The collection's fields sit in unnamed tabs: `_index-0-1` is the second tab of the first.
    const therapy = (row: string, value: string) => ({
      path: ['complementaryTherapies', row, 'therapy'],
      schemaPath: ['_index-0-1', 'complementaryTherapies', 'therapy'],
      indexPath: [],
      value,
    })
    expect(recorded).toEqual([
      therapy('0', 'Night guard'),
      therapy('1', 'Physiotherapy'),
      {
        path: ['indication', 'note'],
        schemaPath: ['_index-0-1', 'indication', 'note'],
        indexPath: [],
        value: 'A note',
      },
      {
        path: ['indication', 'needsReviewerConfirmation'],
        schemaPath: ['_index-0-1', 'indication', '_index-4', 'needsReviewerConfirmation'],
        indexPath: [],
        value: true,
      },
      {
        path: ['reviewerName'],
        schemaPath: ['_index-0-2-2', 'reviewerName'],
        indexPath: [],
        value: null,
      },
    ])
  })
})
