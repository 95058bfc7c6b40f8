import type { DatabaseAdapterObj, Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { wrapAdapter } from './wrapAdapter'

/**
 * An adapter as Payload's adapters are built: `init` makes a fresh object per Payload instance
 * whose methods use `this` for their state and for calling one another.
 */
function adapterWithCounter(calls: string[]): DatabaseAdapterObj {
  return {
    name: 'counter',
    defaultIDType: 'text',
    init: () =>
      ({
        name: 'counter',
        rows: 0,
        async create(this: { rows: number }) {
          calls.push('create')
          this.rows += 1
          return this.rows
        },
        async upsert(this: { create: () => Promise<number> }) {
          calls.push('upsert')
          return this.create()
        },
      }) as never,
  } as DatabaseAdapterObj
}

const init = (adapterObj: DatabaseAdapterObj) =>
  adapterObj.init({ payload: {} as Payload }) as unknown as {
    rows: number
    create: () => Promise<number>
    upsert: () => Promise<number>
  }

describe('wrapAdapter', () => {
  test('should run the wrapper around the method, with the adapter as this', async () => {
    const calls: string[] = []
    const adapter = init(
      wrapAdapter(adapterWithCounter(calls), () => ({
        create: (original) => async () => {
          calls.push('before create')
          return original()
        },
      })),
    )
    expect(await adapter.create()).toBe(1)
    expect(adapter.rows).toBe(1)
    expect(calls).toEqual(['before create', 'create'])
  })

  test('should meet the wrapper when the adapter calls its own method', async () => {
    const calls: string[] = []
    const adapter = init(
      wrapAdapter(adapterWithCounter(calls), () => ({
        create: (original) => async () => {
          calls.push('wrapped create')
          return original()
        },
      })),
    )
    await adapter.upsert()
    expect(calls).toEqual(['upsert', 'wrapped create', 'create'])
  })

  test('should apply wrappers of nested wraps outermost first', async () => {
    const calls: string[] = []
    const tagged = (tag: string) => () => ({
      create: (original: () => unknown) => async () => {
        calls.push(tag)
        return original()
      },
    })
    const adapter = init(
      wrapAdapter(wrapAdapter(adapterWithCounter(calls), tagged('inner')), tagged('outer')),
    )
    await adapter.create()
    expect(calls).toEqual(['outer', 'inner', 'create'])
  })

  test('should refuse at start to wrap a method the adapter does not have', () => {
    const adapterObj = wrapAdapter(adapterWithCounter([]), () => ({
      renamedUpstream: (original) => original,
    }))
    expect(() => init(adapterObj)).toThrow(
      'The counter database adapter has no method "renamedUpstream" to wrap.',
    )
  })

  test('should give each Payload instance its own wrapped adapter', async () => {
    const adapterObj = wrapAdapter(adapterWithCounter([]), () => ({
      create: (original) => original,
    }))
    const first = init(adapterObj)
    const second = init(adapterObj)
    await first.create()
    expect(first.rows).toBe(1)
    expect(second.rows).toBe(0)
    expect(first.create).not.toBe(second.create)
  })
})
