import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { reviewAndPublish } from '../helpers/review'
import { signInAs } from '../helpers/staff'
import { createPartner } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

type Received = { headers: IncomingHttpHeaders; body: string; json: any }
type Receiver = {
  url: string
  received: Received[]
  pending: number
  close: () => Promise<void>
}

/** A webhook receiver on loopback; `answer` decides each reply (null: never reply). */
async function startReceiver(answer: (attempt: number) => number | null): Promise<Receiver> {
  const received: Received[] = []
  const state = { pending: 0 }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ headers: req.headers, body, json: JSON.parse(body) })
      const status = answer(received.length)
      if (status === null) {
        state.pending++
        return
      }
      res.writeHead(status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/clinic`,
    received,
    get pending() {
      return state.pending
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function waitFor<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; tries < 300; tries++) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('gave up waiting')
}

let server: TestServer
const receivers: Receiver[] = []

beforeAll(async () => {
  // Short backoff and timeout so retries happen within the test; the logic is the production one.
  process.env.SYNDICATION_WEBHOOK_BACKOFF_MS = '200'
  process.env.SYNDICATION_WEBHOOK_TIMEOUT_MS = '3000'
  server = await startTestServer()
  // The jobs runner, started as src/server.ts starts it. Only here: its idle ticks would show up in
  // suites that count database queries.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  await getPayload({ config, cron: true })
})
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()))
  await server?.close()
})

async function subscribedPartner(answer: (attempt: number) => number | null) {
  const receiver = await startReceiver(answer)
  receivers.push(receiver)
  const partner = await createPartner(server.payload, { webhookUrl: receiver.url })
  return { receiver, partner, secret: partner.webhook!.secret as string }
}

const quiet = (partnerId: string | number) =>
  server.payload.update({
    collection: 'partners',
    id: partnerId,
    data: { status: 'suspended' },
    overrideAccess: true,
  })

let counter = 0
/** A new FAQ, written as a draft and published by a clinician reviewer (partners get reviewed text). */
const publishFaq = async () => {
  const draft = await server.payload.create({
    collection: 'faqs',
    data: {
      question: `Webhook question ${++counter}?`,
      slug: `webhook-question-${counter}`,
      order: counter,
      answer: richText('An answer.'),
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
  })
  return reviewAndPublish(server.payload, 'faqs', draft.id) as Promise<typeof draft>
}

const forSlug = (receiver: Receiver, slug: string) =>
  receiver.received.filter((item) => item.json.data.slug === slug)

describe('webhooks', () => {
  test('should sign each delivery so the receiver verifies it, and fail a replay or tampering', async () => {
    const { receiver, partner, secret } = await subscribedPartner(() => 204)
    const faq = await publishFaq()
    const [delivery] = await waitFor(
      () => forSlug(receiver, faq.slug as string),
      (list) => list.length > 0,
    )
    const verifier = new Webhook(secret)
    const headers = delivery!.headers as Record<string, string>
    expect(verifier.verify(delivery!.body, headers)).toMatchObject({
      type: 'content.published',
      data: { kind: 'created', slug: faq.slug, withdrawn: false, action: 'refresh' },
    })
    expect(() => verifier.verify(delivery!.body.replace('refresh', 'take-down'), headers)).toThrow()
    expect(() =>
      new Webhook(`whsec_${Buffer.from('wrong').toString('base64')}`).verify(
        delivery!.body,
        headers,
      ),
    ).toThrow()

    // A captured delivery replayed later: same id and body, signed at the old time.
    const staleTime = new Date(Date.now() - 10 * 60_000)
    const replay = {
      'webhook-id': headers['webhook-id']!,
      'webhook-timestamp': String(Math.floor(staleTime.getTime() / 1000)),
      'webhook-signature': verifier.sign(headers['webhook-id']!, staleTime, delivery!.body),
    }
    expect(() => verifier.verify(delivery!.body, replay)).toThrow(/timestamp/i)
    await quiet(partner.id)
  })

  test('should mark a withdrawal so the partner can take the text down', async () => {
    const { receiver, partner, secret } = await subscribedPartner(() => 200)
    const faq = await publishFaq()
    await server.payload.update({
      collection: 'faqs',
      id: faq.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    await server.payload.delete({ collection: 'faqs', id: faq.id, overrideAccess: true })
    const deliveries = await waitFor(
      () => forSlug(receiver, faq.slug as string),
      (list) => list.length === 3,
    )
    const bodies = deliveries
      .map((item) => new Webhook(secret).verify(item.body, item.headers as never) as any)
      .sort((a, b) => a.data.sequence - b.data.sequence)
    expect(bodies.map((body) => [body.type, body.data.withdrawn, body.data.action])).toEqual([
      ['content.published', false, 'refresh'],
      ['content.unpublished', true, 'take-down'],
      ['content.deleted', true, 'take-down'],
    ])
    await quiet(partner.id)
  })

  test('should retry a failing receiver with backoff and log every attempt for admins', async () => {
    const { receiver, partner } = await subscribedPartner((attempt) => (attempt <= 2 ? 503 : 204))
    const faq = await publishFaq()
    const deliveries = await waitFor(
      () => forSlug(receiver, faq.slug as string),
      (list) => list.length === 3,
    )
    expect(new Set(deliveries.map((item) => item.headers['webhook-id'])).size).toBe(1)

    const admin = await signInAs(server.payload, server.baseUrl, 'admin')
    const log = await waitFor(
      async () => {
        const response = await fetch(
          `${server.baseUrl}/api/webhook-deliveries?where[partner][equals]=${partner.id}&sort=attempt`,
          { headers: { authorization: `JWT ${admin.token}` } },
        )
        return (await response.json()).docs as any[]
      },
      (docs) => docs.length === 3,
    )
    expect(log.map((row) => [row.attempt, row.outcome, row.responseStatus])).toEqual([
      [1, 'failed', 503],
      [2, 'failed', 503],
      [3, 'delivered', 204],
    ])
    const anonymous = await fetch(`${server.baseUrl}/api/webhook-deliveries`)
    expect(anonymous.status).toBe(403)
    await quiet(partner.id)
  })

  test('should publish without waiting for a receiver that hangs or is down', async () => {
    const hanging = await subscribedPartner(() => null)
    const down = await subscribedPartner(() => 204)
    await down.receiver.close()

    const first = await publishFaq()
    await waitFor(
      () => hanging.receiver.pending,
      (pending) => pending > 0,
    )
    // The receiver holds the first delivery open; publishing still completes meanwhile.
    const second = await publishFaq()
    expect(second._status).toBe('published')
    expect(hanging.receiver.pending).toBeGreaterThan(0)
    expect(forSlug(hanging.receiver, second.slug as string).length).toBeLessThanOrEqual(1)
    expect(first.id).not.toBe(second.id)

    const failures = await waitFor(
      () =>
        server.payload.find({
          collection: 'webhook-deliveries',
          where: { partner: { equals: down.partner.id } },
          overrideAccess: true,
        }),
      (found) => found.docs.length > 0,
    )
    expect(failures.docs[0]).toMatchObject({ outcome: 'failed', attempt: 1 })
    await quiet(hanging.partner.id)
    await quiet(down.partner.id)
  })
})
