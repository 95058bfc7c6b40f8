import type { CollectionAfterReadHook, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { createCondition } from './content'

/**
 * Single flight and the background refresh, against the real server and database. A gate is put
 * inside Payload's own read path (an afterRead hook on conditions, for anonymous REST reads only),
 * so a test can hold a computation open while other requests arrive or a publish happens: which
 * request computed what is then counted, not timed.
 */
let server: TestServer
let admin: StaffMember

type Gate = { open: () => void; reached: Promise<void> }
let gate: { wait: Promise<void>; reached: () => void } | undefined
/** The anonymous requests that read a condition since the last reset: one per computation. */
let computations = new Set<PayloadRequest>()

const gateAnonymousReads: CollectionAfterReadHook = async ({ doc, req }) => {
  if (req.user || req.payloadAPI !== 'REST') return doc
  computations.add(req)
  if (gate) {
    gate.reached()
    await gate.wait
  }
  return doc
}

function closeGate(): Gate {
  let open = () => undefined as void
  let reached = () => undefined as void
  const wait = new Promise<void>((resolve) => (open = resolve))
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve))
  gate = { wait, reached }
  return {
    open: () => {
      gate = undefined
      open()
    },
    reached: reachedPromise,
  }
}

async function read(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: await response.json(),
  }
}

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  const hooks = server.payload.collections.conditions.config.hooks
  hooks.afterRead = [...(hooks.afterRead ?? []), gateAnonymousReads]
})
afterAll(() => server?.close())

describe('response cache: single flight', () => {
  test('should compute concurrent misses of one anonymous GET once, and answer them all', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    computations = new Set()
    const held = closeGate()
    const first = read(path)
    await held.reached
    const others = Array.from({ length: 9 }, () => read(path))
    // Loopback requests arrive within milliseconds; any that came after the answer are hits.
    await new Promise((resolve) => setTimeout(resolve, 300))
    held.open()
    const answers = await Promise.all([first, ...others])

    expect(computations.size).toBe(1)
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.body.name).toBe(condition.name)
    }
    expect(answers.filter(({ cache }) => cache === 'MISS').length).toBeGreaterThanOrEqual(1)
  })

  test('should never make a reader with credentials wait on, or get, an anonymous answer', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { name: `${condition.name} (draft)` },
      draft: true,
      overrideAccess: true,
    })
    const held = closeGate()
    const anonymous = read(path)
    await held.reached
    // Answered while the anonymous computation is still held: it did not wait on it.
    const staff = await read(`${path}?draft=true`, bearer(admin))
    held.open()
    expect(staff.cache).toBeNull()
    expect(staff.body.name).toBe(`${condition.name} (draft)`)
    expect((await anonymous).body.name).toBe(condition.name)
  })
})

describe('response cache: publishes and the background refresh', () => {
  test('should not store an answer computed before a publish that returned while it ran', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    const held = closeGate()
    const before = read(path)
    await held.reached
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { name: `${condition.name} (published while a read ran)` },
      overrideAccess: true,
    })
    // A reader who comes after the publish returned does not wait on the old computation.
    const after = read(path)
    await new Promise((resolve) => setTimeout(resolve, 100))
    held.open()
    expect((await before).body.name).toBe(condition.name)
    expect((await after).body.name).toBe(`${condition.name} (published while a read ran)`)
    const next = await read(path)
    expect(next.body.name).toBe(`${condition.name} (published while a read ran)`)
  })

  test('should recompute the most-read answers after a publish, before anyone asks', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    for (let index = 0; index < 30; index += 1) await read(path)
    expect((await read(path)).cache).toBe('HIT')

    computations = new Set()
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { name: `${condition.name} (refreshed)` },
      overrideAccess: true,
    })
    // Nobody reads it; the server asks itself, in the background, and keeps the answer.
    await expect.poll(() => computations.size, { timeout: 10_000 }).toBeGreaterThanOrEqual(1)
    await expect.poll(async () => (await read(path)).cache, { timeout: 10_000 }).toBe('HIT')
    const after = await read(path)
    expect(after.cache).toBe('HIT')
    expect(after.body.name).toBe(`${condition.name} (refreshed)`)
  })
})
