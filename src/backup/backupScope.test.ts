import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { collectionsToBackUp, globalsToBackUp } from './backupScope'

const payloadWith = (collections: string[], globals: string[]) =>
  ({
    config: {
      collections: collections.map((slug) => ({ slug })),
      globals: globals.map((slug) => ({ slug })),
    },
  }) as unknown as Payload

describe('backup scope', () => {
  test('should keep the project’s collections and globals and leave Payload’s bookkeeping out', () => {
    const payload = payloadWith(
      ['conditions', 'payload-jobs', 'payload-preferences'],
      ['clinic-settings', 'payload-jobs-stats'],
    )
    expect(collectionsToBackUp(payload).map(({ slug }) => slug)).toEqual(['conditions'])
    expect(globalsToBackUp(payload).map(({ slug }) => slug)).toEqual(['clinic-settings'])
  })
})
