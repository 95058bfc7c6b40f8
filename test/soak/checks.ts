import { createHash } from 'node:crypto'

import { contentVersions } from '../../src/lib/contentVersions'
import type { Account } from './accounts'
import type { ServerProcess } from './deployment'
import type { LoadLog, Outcome } from './load'

/** What the soak checks once the load has stopped, and how it counts what it saw. */

const jwt = (account: Account) => ({ authorization: `JWT ${account.token}` })

async function json(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { status: response.status, body: response.ok ? ((await response.json()) as any) : null }
}

/**
 * Acknowledged publishes that are gone: each condition's latest acknowledged text must be what
 * every process serves, and every acknowledged text must be in its version history.
 */
export async function lostPublishes(servers: ServerProcess[], reviewer: Account, log: LoadLog) {
  const lost: string[] = []
  const ids = [...new Set(log.publishes.map(({ id }) => id))]
  for (const id of ids) {
    const acked = log.publishes.filter((publish) => publish.id === id)
    const latest = acked[acked.length - 1].marker
    for (const server of servers) {
      const { body } = await json(`${server.baseUrl}/api/conditions/${id}?depth=0`)
      if (body?.summary !== latest) lost.push(`${server.name}: ${id} shows ${body?.summary}`)
    }
    const { body } = await json(
      `${servers[0].baseUrl}/api/conditions/versions?where[parent][equals]=${id}&limit=500&depth=0&sort=createdAt`,
      jwt(reviewer),
    )
    const versions = (body?.docs ?? []) as { createdAt: string; version: { summary?: string } }[]
    const history = new Set(versions.map(({ version }) => version.summary))
    // Payload keeps the latest maxPerDoc versions (src/lib/contentVersions.ts) and deletes older
    // ones: a publish acknowledged before the oldest version kept was pruned on purpose, not lost.
    // (Each condition has one publisher, which waits for each answer before the next save.)
    const kept = typeof contentVersions === 'object' ? contentVersions.maxPerDoc : undefined
    const pruning = kept !== undefined && versions.length >= kept
    const oldestKept = versions.length > 0 ? Date.parse(versions[0].createdAt) : 0
    for (const { marker, ackedAt } of acked) {
      if (pruning && ackedAt < oldestKept) continue
      if (!history.has(marker)) lost.push(`history of ${id}: ${marker}`)
    }
  }
  return lost
}

/** Acknowledged uploads whose record or any file (original or size) some process cannot serve. */
export async function unreadableMedia(servers: ServerProcess[], editor: Account, log: LoadLog) {
  const problems: string[] = []
  let files = 0
  for (const upload of log.uploads) {
    for (const server of servers) {
      const record = await json(`${server.baseUrl}/api/media/${upload.id}?depth=0`, jwt(editor))
      if (record.status !== 200)
        problems.push(`${server.name}: media ${upload.id} ${record.status}`)
    }
    for (const url of upload.urls) {
      const hashes = new Set<string>()
      for (const server of servers) {
        const response = await fetch(`${server.baseUrl}${new URL(url, 'http://x').pathname}`, {
          headers: jwt(editor),
        })
        const bytes = Buffer.from(await response.arrayBuffer())
        if (response.status !== 200) problems.push(`${server.name}: ${url} ${response.status}`)
        else hashes.add(createHash('sha256').update(bytes).digest('hex'))
        files++
      }
      if (hashes.size > 1) problems.push(`${url}: different bytes on different processes`)
    }
  }
  return { problems, filesRead: files }
}

/**
 * A partner's tier across processes: `attempts` requests with one trial key (60 a window), spread
 * evenly over every process directly. Per-process counting would let each process grant the tier.
 */
export async function partnerLimit(servers: ServerProcess[], key: string, attempts: number) {
  const statuses: number[] = []
  for (let n = 0; n < attempts; n += servers.length) {
    const batch = await Promise.all(
      servers.map((server) =>
        fetch(`${server.baseUrl}/syndication/v1/conditions?limit=1`, {
          headers: { authorization: `Bearer ${key}` },
        }).then(async (response) => {
          await response.arrayBuffer()
          return response.status
        }),
      ),
    )
    statuses.push(...batch)
  }
  return {
    attempts: statuses.length,
    accepted: statuses.filter((status) => status === 200).length,
    limited: statuses.filter((status) => status === 429).length,
    other: statuses.filter((status) => status !== 200 && status !== 429).length,
  }
}

/** Server errors, split into the killed process's in-flight requests and everything else. */
export function serverErrors(outcomes: Outcome[], killedAt: number, backInRotationAt: number) {
  const errors = outcomes.filter(({ status }) => status >= 500 || status === 0)
  const inFlight = errors.filter(
    ({ startedAt, endedAt }) => startedAt <= killedAt && endedAt >= killedAt,
  )
  const other = errors.filter((error) => !inFlight.includes(error))
  return {
    inFlightAtKill: inFlight.length,
    other: other.length,
    otherDetail: other.slice(0, 20).map(({ kind, status, startedAt }) => ({
      kind,
      status,
      secondsAfterKill: (startedAt - killedAt) / 1000,
      secondsAfterReturn: (startedAt - backInRotationAt) / 1000,
    })),
  }
}

export function summarise(outcomes: Outcome[]) {
  const byKind: Record<
    string,
    { requests: number; statuses: Record<string, number>; p99Ms: number }
  > = {}
  for (const kind of [...new Set(outcomes.map((outcome) => outcome.kind))]) {
    const mine = outcomes.filter((outcome) => outcome.kind === kind)
    const statuses: Record<string, number> = {}
    for (const { status } of mine) statuses[status] = (statuses[status] ?? 0) + 1
    const durations = mine
      .map(({ startedAt, endedAt }) => endedAt - startedAt)
      .sort((a, b) => a - b)
    byKind[kind] = {
      requests: mine.length,
      statuses,
      p99Ms: durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.99))],
    }
  }
  return byKind
}
