/**
 * Our payload patch computes `getFieldPaths` without splitting the parent's path (it runs for
 * every field of every document read). Its answers must stay those of Payload as published: the
 * function below is Payload 3.90.1's (dist/fields/getFieldPaths.js), kept as the reference. If a
 * Payload upgrade changes the published function, this test says so.
 */
import { getFieldPaths } from 'payload/shared'
import { describe, expect, test } from 'vitest'

type Args = Parameters<typeof getFieldPaths>[0]

function publishedGetFieldPaths({
  field,
  index,
  parentIndexPath,
  parentPath = '',
  parentSchemaPath,
}: Args) {
  const parentPathSegments = parentPath.split('.')
  const parentPathIsUnnamed =
    parentPathSegments?.[parentPathSegments.length - 1]?.startsWith('_index-')
  const parentWithoutIndex = parentPathIsUnnamed
    ? parentPathSegments.slice(0, -1).join('.')
    : parentPath
  const parentPathToUse = parentPathIsUnnamed ? parentWithoutIndex : parentPath
  if ('name' in field) {
    return {
      indexPath: '',
      path: `${parentPathToUse ? parentPathToUse + '.' : ''}${field.name}`,
      schemaPath: `${parentSchemaPath ? parentSchemaPath + '.' : ''}${field.name}`,
    }
  }
  const indexSuffix = `_index-${`${parentIndexPath ? parentIndexPath + '-' : ''}${index}`}`
  const parentSchemaPathSegments = parentSchemaPath.split('.')
  const parentSchemaPathIsUnnamed =
    parentSchemaPathSegments?.[parentSchemaPathSegments.length - 1]?.startsWith('_index-')
  return {
    indexPath: `${parentIndexPath ? parentIndexPath + '-' : ''}${index}`,
    path: `${parentPathToUse ? parentPathToUse + '.' : ''}${indexSuffix}`,
    schemaPath: parentSchemaPathIsUnnamed
      ? `${parentSchemaPath}-${index}`
      : `${parentSchemaPath ? parentSchemaPath + '.' : ''}${indexSuffix}`,
  }
}

const paths = ['', 'a', 'a.b', '_index-0', 'a._index-1', 'a.b._index-0-2', '_index-0.a', 'a.', '.']
const fields = [
  { name: 'therapy', type: 'text' },
  { type: 'row', fields: [] },
] as Args['field'][]

const cases: Args[] = paths.flatMap((parentPath) =>
  paths.flatMap((parentSchemaPath) =>
    fields.flatMap((field) =>
      ['', '0', '1-2'].flatMap((parentIndexPath) =>
        [0, 3].map((index) => ({ field, index, parentIndexPath, parentPath, parentSchemaPath })),
      ),
    ),
  ),
)

describe("Payload's getFieldPaths (patched)", () => {
  test('should give what the published function gives, for named and unnamed fields', () => {
    const differences = cases.filter(
      (args) =>
        JSON.stringify(getFieldPaths(args)) !== JSON.stringify(publishedGetFieldPaths(args)),
    )
    expect(cases.length).toBe(9 * 9 * 2 * 3 * 2)
    expect(differences).toEqual([])
  })
})
