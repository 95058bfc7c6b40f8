import type { DatabaseAdapterObj } from 'payload'
import { describe, expect, test, vi } from 'vitest'

import { adapterOncePerProcess } from './oncePerProcess'

/** A stand-in built by the test itself: what is checked is which build's object comes back. */
const fakeAdapter = (name: string) => ({ name }) as unknown as DatabaseAdapterObj

describe('one database adapter per process and database', () => {
  test('should hand a second config the adapter the first one built for the same database', async () => {
    let builds = 0
    const build = async ({ url }: { url: string }) => fakeAdapter(`${url} #${++builds}`)
    const first = await adapterOncePerProcess({ url: 'file:./data/once-a.db' }, build)
    const second = await adapterOncePerProcess({ url: 'file:./data/once-a.db' }, build)
    expect(second).toBe(first)
    expect(builds).toBe(1)
  })

  test('should build a separate adapter for other settings', async () => {
    const build = async ({ url, timeout }: { url: string; timeout: number }) =>
      fakeAdapter(`${url} ${timeout}`)
    const a = await adapterOncePerProcess({ url: 'file:./data/once-b.db', timeout: 1 }, build)
    const b = await adapterOncePerProcess({ url: 'file:./data/once-b.db', timeout: 2 }, build)
    const c = await adapterOncePerProcess({ url: 'file:./data/once-c.db', timeout: 1 }, build)
    expect(new Set([a, b, c]).size).toBe(3)
  })

  test('should share the registry between separately loaded copies of the module', async () => {
    const build = async () => fakeAdapter('shared')
    const first = await adapterOncePerProcess({ url: 'file:./data/once-d.db' }, build)
    // A second module instance, as Next's build of payload.config.ts is beside the compiled server.
    vi.resetModules()
    const copy = await import('./oncePerProcess')
    expect(copy.adapterOncePerProcess).not.toBe(adapterOncePerProcess)
    expect(await copy.adapterOncePerProcess({ url: 'file:./data/once-d.db' }, build)).toBe(first)
  })

  test('should try again after a build that failed', async () => {
    let attempts = 0
    const build = async () => {
      attempts += 1
      if (attempts === 1) throw new Error('database unreachable')
      return fakeAdapter('second try')
    }
    await expect(adapterOncePerProcess({ url: 'file:./data/once-e.db' }, build)).rejects.toThrow(
      'database unreachable',
    )
    await expect(adapterOncePerProcess({ url: 'file:./data/once-e.db' }, build)).resolves.toEqual({
      name: 'second try',
    })
  })
})
