/**
 * Our @payloadcms/drizzle patch rewrites createBlocksMap (dist/utilities/createBlocksMap.js), which
 * every row read passes through, to skip columns that are not block tables cheaply. These cases
 * hold it to what the published function does with a row that has blocks: our schema has none, so
 * no integration test would notice a change.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, test } from 'vitest'

type BlockRow = Record<string, unknown>
type Module = { createBlocksMap: (data: Record<string, unknown>) => Record<string, BlockRow[]> }

// Not among the package's exports: loaded by its file.
const modulePath = path.resolve(
  'node_modules/@payloadcms/drizzle/dist/utilities/createBlocksMap.js',
)
const { createBlocksMap } = (await import(pathToFileURL(modulePath).href)) as Module

describe('the blocks of a row read from the database', () => {
  test('should group block rows by path, typed by their table and sorted by order', () => {
    const row: Record<string, unknown> = {
      id: 7,
      _status: 'published',
      _blocks_callout: [
        { _path: 'layout', _order: 2, text: 'second' },
        { _path: 'sidebar', _order: 1, text: 'aside' },
      ],
      // A block table whose name ends in a number (the suffix Payload adds to keep names unique).
      _blocks_quote_2: [{ _path: 'layout', _order: 1, text: 'first' }],
    }

    const blocks = createBlocksMap(row)

    expect(blocks).toEqual({
      layout: [
        { _order: 1, text: 'first', blockType: 'quote' },
        { _order: 2, text: 'second', blockType: 'callout' },
      ],
      sidebar: [{ _order: 1, text: 'aside', blockType: 'callout' }],
    })
    // The block tables leave the row; the other columns stay.
    expect(row).toEqual({ id: 7, _status: 'published' })
  })

  test('should leave a row without block tables as it was', () => {
    const row = { id: 1, _rels: [], _locale: 'en', blocksTitle: 'not a block table' }

    expect(createBlocksMap(row)).toEqual({})
    expect(row).toEqual({ id: 1, _rels: [], _locale: 'en', blocksTitle: 'not a block table' })
  })

  test('should keep a block table that is not a list of rows in the row', () => {
    const row = { id: 2, _blocks_callout: null }

    expect(createBlocksMap(row)).toEqual({})
    expect(row).toEqual({ id: 2, _blocks_callout: null })
  })
})
