import sharp from 'sharp'

import type { Account } from './accounts'
import type { ServerProcess } from './deployment'

/** The soak's mixed load and what it observed; every request goes through HAProxy unless noted. */

export type Outcome = { kind: string; status: number; startedAt: number; endedAt: number }
export type Publish = { id: string; marker: string; ackedAt: number }
export type Upload = { id: string; urls: string[] }
export type StaleRead = { server: string; id: string; expected: string; seen: unknown }

export type LoadContext = {
  balancer: string
  servers: ServerProcess[]
  editor: Account
  reviewer: Account
  partnerKey: string
  /** One condition per publishing worker, so each worker knows the latest text of its own. */
  publishTargets: string[]
  deadline: number
}

export type LoadLog = {
  outcomes: Outcome[]
  publishes: Publish[]
  uploads: Upload[]
  staleReads: StaleRead[]
  freshReads: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const jwt = (account: Account) => ({ authorization: `JWT ${account.token}` })

/** One request, timed and recorded; a refused connection or reset counts as status 0. */
async function timed(log: LoadLog, kind: string, request: () => Promise<Response>) {
  const startedAt = Date.now()
  let response: Response | undefined
  let body: any
  try {
    response = await request()
    const text = await response.text()
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  } catch {
    response = undefined
  }
  log.outcomes.push({ kind, status: response?.status ?? 0, startedAt, endedAt: Date.now() })
  return { status: response?.status ?? 0, body }
}

async function anonymousReader(context: LoadContext, log: LoadLog, worker: number) {
  const paths = [
    '/api/conditions?limit=5&depth=0',
    '/api/procedures?limit=5&depth=1',
    '/api/faqs?limit=10&depth=0',
    '/api/aftercare-steps?limit=5&depth=0',
  ]
  for (let n = worker; Date.now() < context.deadline; n++) {
    await timed(log, 'anonymous read', () => fetch(`${context.balancer}${paths[n % paths.length]}`))
    await pause(60)
  }
}

async function partnerReader(context: LoadContext, log: LoadLog) {
  const paths = ['/conditions', '/procedures', '/faqs', '/changes?limit=20']
  for (let n = 0; Date.now() < context.deadline; n++) {
    await timed(log, 'partner read', () =>
      fetch(`${context.balancer}/syndication/v1${paths[n % paths.length]}`, {
        headers: { authorization: `Bearer ${context.partnerKey}` },
      }),
    )
    await pause(150)
  }
}

async function graphqlReader(context: LoadContext, log: LoadLog) {
  const query = '{ Conditions(limit: 3) { docs { id name slug } } Faqs(limit: 3) { docs { id } } }'
  while (Date.now() < context.deadline) {
    await timed(log, 'graphql', () =>
      fetch(`${context.balancer}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    await pause(120)
  }
}

/**
 * Publishes new text on its own condition as a reviewer, then 1 s after the acknowledgement reads
 * it anonymously from every running process directly: anything but the new text is a stale read.
 */
async function publisher(context: LoadContext, log: LoadLog, worker: number) {
  const id = context.publishTargets[worker]
  for (let n = 1; Date.now() < context.deadline; n++) {
    const marker = `Soak text ${worker}-${n}: what the clinic says now.`
    const publish = (extra: Record<string, unknown>) =>
      timed(log, 'publish', () =>
        fetch(`${context.balancer}/api/conditions/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...jwt(context.reviewer) },
          body: JSON.stringify({ summary: marker, _status: 'published', ...extra }),
        }),
      )
    const first = await publish({})
    let status = first.status
    const openFlags = first.body?.errors?.[0]?.data?.openFlags
    if (status === 409 && Array.isArray(openFlags)) {
      const claimFlags = openFlags.map((flag: Record<string, unknown>) => ({
        ...flag,
        status: 'acknowledged',
      }))
      status = (await publish({ claimFlags })).status
    }
    if (status !== 200) {
      await pause(500)
      continue
    }
    const ackedAt = Date.now()
    log.publishes.push({ id, marker, ackedAt })
    await pause(1000)
    for (const server of context.servers.filter(({ alive }) => alive)) {
      const read = await fetch(`${server.baseUrl}/api/conditions/${id}?depth=0`).then(
        async (response) =>
          response.ok ? ((await response.json()) as { summary?: unknown }) : null,
        () => null,
      )
      // A process that died in between is not a stale read; the kill is counted elsewhere.
      if (!read) continue
      if (read.summary === marker) log.freshReads++
      else log.staleReads.push({ server: server.name, id, expected: marker, seen: read.summary })
    }
  }
}

/** A different colour for each upload, so no two files are the same. */
const imageColour = (n: number) => `#${((n * 2654435) % 0xffffff).toString(16).padStart(6, '0')}`

async function uploader(context: LoadContext, log: LoadLog) {
  for (let n = 1; Date.now() < context.deadline; n++) {
    const jpeg = await sharp({
      create: {
        width: 2000,
        height: 1200,
        channels: 3,
        background: imageColour(n),
      },
    })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `soak-${n}.jpg`)
    form.append('_payload', JSON.stringify({ alt: `Soak image ${n}` }))
    const { status, body } = await timed(log, 'upload', () =>
      fetch(`${context.balancer}/api/media`, {
        method: 'POST',
        body: form,
        headers: jwt(context.editor),
      }),
    )
    if (status === 201) {
      const doc = body.doc as { id: string; url: string; sizes: Record<string, { url?: string }> }
      const sizes = Object.values(doc.sizes).flatMap(({ url }) => (url ? [url] : []))
      log.uploads.push({ id: String(doc.id), urls: [doc.url, ...sizes] })
    }
    await pause(2500)
  }
}

/** Runs every worker until the deadline. */
export async function runMixedLoad(context: LoadContext): Promise<LoadLog> {
  const log: LoadLog = { outcomes: [], publishes: [], uploads: [], staleReads: [], freshReads: 0 }
  await Promise.all([
    anonymousReader(context, log, 0),
    anonymousReader(context, log, 1),
    partnerReader(context, log),
    graphqlReader(context, log),
    ...context.publishTargets.map((_, worker) => publisher(context, log, worker)),
    uploader(context, log),
  ])
  return log
}
