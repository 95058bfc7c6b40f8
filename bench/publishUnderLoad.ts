import { Agent, request } from 'node:http'

/**
 * Publish under load (issue 15): `connections` readers go round `urls` (each one condition, at
 * depth 0) as fast as answers come, while a reviewer publishes one of those conditions every
 * `publishEveryMs` (its name gets ` rev <n>`). Every answer is checked: it is stale when it was
 * asked for after a publish of its condition had returned and still shows an earlier revision.
 * Run with `publishEveryMs: null` for the same load without publishes. The benchmark runs it in a
 * process of its own (bench/publishUnderLoadProcess.ts), like every other load.
 */
export type PublishUnderLoadOptions = {
  baseUrl: string
  /** Condition ids to read, one URL each. */
  conditionIds: string[]
  /** Each condition's name, by id, before the run. */
  names: Record<string, string>
  seconds: number
  connections: number
  publishEveryMs: number | null
  /** A reviewer's JWT, for the publishes. */
  token: string
}

export type PublishUnderLoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  answers: number
  errors: number
  publishes: number
  failedPublishes: number
  staleAnswers: number
}

type Published = { revision: number; returnedAt: number }

const revisionOf = (name: unknown) => {
  const match = typeof name === 'string' ? / rev (\d+)$/.exec(name) : null
  return match ? Number(match[1]) : 0
}

const percentile = (sorted: number[], fraction: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] : 0

export async function publishUnderLoad({
  baseUrl,
  conditionIds,
  names,
  seconds,
  connections,
  publishEveryMs,
  token,
}: PublishUnderLoadOptions): Promise<PublishUnderLoadResult> {
  const { hostname, port } = new URL(baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const get = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request({ host: hostname, port, path, agent }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.once('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        )
        response.once('error', reject)
      })
      outgoing.once('error', reject)
      outgoing.end()
    })

  // The latest publish of each condition that has returned, and every earlier one, in order.
  const published = new Map<string, Published[]>()
  let revision = 0
  let publishes = 0
  let failedPublishes = 0
  const endAt = Date.now() + seconds * 1000

  const publisher = async () => {
    if (publishEveryMs === null) return
    let next = 0
    // On a fixed schedule (every publishEveryMs from the start), however long a publish takes.
    const startedAt = Date.now()
    for (let due = startedAt + publishEveryMs; due < endAt; due += publishEveryMs) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())))
      const id = conditionIds[next % conditionIds.length]
      next += 1
      revision += 1
      const response = await fetch(`${baseUrl}/api/conditions/${id}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `${names[id]} rev ${revision}`, _status: 'published' }),
      })
      // The server answers once the publish is committed and the caches were told.
      const returnedAt = performance.now()
      await response.arrayBuffer()
      if (response.status !== 200) {
        failedPublishes += 1
        continue
      }
      publishes += 1
      const history = published.get(id) ?? []
      history.push({ revision, returnedAt })
      published.set(id, history)
    }
  }

  const latencies: number[] = []
  let errors = 0
  let staleAnswers = 0
  let cursor = 0
  const reader = async () => {
    while (Date.now() < endAt) {
      const id = conditionIds[cursor % conditionIds.length]
      cursor += 1
      const sentAt = performance.now()
      try {
        const { status, body } = await get(`/api/conditions/${id}?depth=0`)
        latencies.push(performance.now() - sentAt)
        if (status !== 200) {
          errors += 1
          continue
        }
        const shown = revisionOf((JSON.parse(body) as { name?: unknown }).name)
        const before = (published.get(id) ?? []).filter(({ returnedAt }) => returnedAt < sentAt)
        const expected = before.length ? before[before.length - 1].revision : 0
        if (shown < expected) staleAnswers += 1
      } catch {
        errors += 1
      }
    }
  }

  const startedAt = performance.now()
  await Promise.all([publisher(), ...Array.from({ length: connections }, reader)])
  const elapsedSeconds = (performance.now() - startedAt) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    p50Ms: Math.round(percentile(latencies, 0.5) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 0.99) * 10) / 10,
    answers: latencies.length,
    errors,
    publishes,
    failedPublishes,
    staleAnswers,
  }
}
