import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'

import { inOwnProcess } from './ownProcess'
import type { PublishUnderLoadOptions, PublishUnderLoadResult } from './publishUnderLoad'

/**
 * A stand-in for the CMS with the two routes the scenario uses: `PATCH /api/conditions/<id>`
 * renames a condition, `GET /api/conditions/<id>` shows its name. `readsLag` makes reads show the
 * name a condition had before its latest publish, the way a cache that missed the publish would.
 */
function conditionServer(names: Record<string, string>, { readsLag }: { readsLag: boolean }) {
  const current = { ...names }
  const previous = { ...names }
  const server = createServer((req, res) => {
    const id = /^\/api\/conditions\/([^/?]+)/.exec(req.url ?? '')?.[1]
    if (!id || !(id in current)) return res.writeHead(404).end()
    if (req.method === 'PATCH') {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        previous[id] = current[id]
        current[id] = (JSON.parse(body) as { name: string }).name
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      })
      return
    }
    const name = readsLag ? previous[id] : current[id]
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, name }))
  })
  return new Promise<Server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const names = { a: 'Condition A', b: 'Condition B' }
let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** The scenario as the benchmark runs it: in a process of its own (bench/run.ts). */
async function runAgainst(readsLag: boolean): Promise<PublishUnderLoadResult> {
  server = await conditionServer(names, { readsLag })
  const options: PublishUnderLoadOptions = {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    conditionIds: Object.keys(names),
    names,
    seconds: 1.5,
    connections: 2,
    publishEveryMs: 200,
    token: 'not-checked-here',
  }
  return inOwnProcess<PublishUnderLoadResult>('bench/publishUnderLoadProcess.ts', options)
}

describe('publish under load', () => {
  test('should count no stale answer when every read shows the latest publish', async () => {
    const result = await runAgainst(false)
    expect(result.publishes).toBeGreaterThanOrEqual(5)
    expect(result.failedPublishes).toBe(0)
    expect(result.answers).toBeGreaterThan(100)
    expect(result.errors).toBe(0)
    expect(result.staleAnswers).toBe(0)
  })

  test('should count the answers that show a condition as it was before its latest publish', async () => {
    const result = await runAgainst(true)
    expect(result.publishes).toBeGreaterThanOrEqual(5)
    expect(result.staleAnswers).toBeGreaterThan(0)
  })
})
