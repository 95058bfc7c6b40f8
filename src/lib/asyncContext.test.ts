import { describe, expect, test } from 'vitest'

import { ReadDependencies } from '../cache/readDependencies'
import { contextValue, runWithContext } from './asyncContext'

describe('the async context of a request', () => {
  test('should follow the work through its promises and be gone outside it', async () => {
    const owner = { open: [], ended: false }
    const seen = await runWithContext('writeOwner', owner, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return contextValue('writeOwner')
    })
    expect(seen).toBe(owner)
    expect(contextValue('writeOwner')).toBeUndefined()
  })

  test('should keep the other slots when one is set inside another run', async () => {
    const reads = new ReadDependencies()
    const fault = {}
    await runWithContext('readDependencies', reads, () =>
      runWithContext('fault', fault, async () => {
        await runWithContext('holdingWriteTurn', true, async () => {
          await Promise.resolve()
          expect(contextValue('readDependencies')).toBe(reads)
          expect(contextValue('fault')).toBe(fault)
          expect(contextValue('holdingWriteTurn')).toBe(true)
        })
        // The inner run's slot does not leak out to the work around it.
        expect(contextValue('holdingWriteTurn')).toBeUndefined()
        expect(contextValue('readDependencies')).toBe(reads)
      }),
    )
  })

  test('should give concurrent requests their own values', async () => {
    const read = (name: string, delay: number) =>
      runWithContext('fault', { fault: name }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay))
        return contextValue('fault')?.fault
      })
    expect(await Promise.all([read('first', 5), read('second', 1)])).toEqual(['first', 'second'])
  })
})
