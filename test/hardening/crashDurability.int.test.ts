import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { registerFirstAdmin, startChildServer, type ChildServer } from '../helpers/childServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase
let server: ChildServer
let token: string

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startChildServer(database.url)
  token = await registerFirstAdmin(server.baseUrl)
})
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await database?.drop()
})

const writers = 4
const acknowledgedBeforeKill = 40

describe('kill -9 during a stream of writes', () => {
  test('should keep every acknowledged write after a restart', async () => {
    const acknowledged: string[] = []
    let killed = false
    let attempt = 0

    const writer = async () => {
      while (!killed) {
        const slug = `crash-write-${(attempt += 1)}`
        try {
          const response = await fetch(`${server.baseUrl}/api/conditions?draft=true`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
            body: JSON.stringify({
              name: `Crash write ${attempt}`,
              slug,
              summary: 'Written while the server may be killed.',
              indication: { status: 'unknown' },
              _status: 'draft',
            }),
          })
          await response.arrayBuffer()
          // Acknowledged: the server said the document was created.
          if (response.status === 201) acknowledged.push(slug)
        } catch {
          // No answer: the write was never acknowledged, so it may or may not exist.
        }
        if (!killed && acknowledged.length >= acknowledgedBeforeKill) {
          killed = true
          server.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: writers }, writer))
    expect((await server.exited).signal).toBe('SIGKILL')
    expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgedBeforeKill)

    server = await startChildServer(database.url)
    const query = new URLSearchParams({
      draft: 'true',
      limit: '1000',
      depth: '0',
      'where[slug][like]': 'crash-write-',
    })
    const response = await fetch(`${server.baseUrl}/api/conditions?${query}`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    const stored = new Set(((await response.json()).docs as { slug: string }[]).map((d) => d.slug))
    expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([])
    server.child.kill('SIGTERM')
    await server.exited
  })
})
