import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { Webhook, WebhookVerificationError } from 'svix'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { webhookBodySchema } from '../../src/syndication/shape/eventSchema'
import { reviewAndPublish } from '../helpers/review'
import { createPartner } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Partners verify our webhooks with their own libraries. svix is the most used receiver-side
 * verifier of the Standard Webhooks headers we sign with (standardwebhooks): if it refuses a
 * delivery, partners' receivers do too.
 */
type Delivery = { headers: IncomingHttpHeaders; body: string }

let server: TestServer
const deliveries: Delivery[] = []
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
    res.writeHead(204).end()
  })
})

beforeAll(async () => {
  server = await startTestServer()
  // The jobs runner delivers webhooks, as src/server.ts starts it.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  await getPayload({ config, cron: true })
  receiver.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => receiver.once('listening', resolve))
})
afterAll(async () => {
  receiver.closeAllConnections()
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
  await server?.close()
})

async function firstDelivery(slug: string): Promise<Delivery> {
  for (let tries = 0; tries < 300; tries++) {
    const found = deliveries.find((delivery) => JSON.parse(delivery.body).data.slug === slug)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no delivery for ${slug}`)
}

describe('webhook deliveries, verified with svix', () => {
  test('should verify with svix and carry the documented body', async () => {
    const { port } = receiver.address() as AddressInfo
    const partner = await createPartner(server.payload, {
      webhookUrl: `http://127.0.0.1:${port}/hooks`,
    })
    const secret = partner.webhook!.secret as string
    const draft = await server.payload.create({
      collection: 'faqs',
      data: {
        question: 'Is a webhook verified by svix?',
        slug: 'svix-verified',
        order: 99,
        answer: richText('Yes.'),
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    await reviewAndPublish(server.payload, 'faqs', draft.id)
    const delivery = await firstDelivery('svix-verified')
    const headers = delivery.headers as Record<string, string>

    const verified = new Webhook(secret).verify(delivery.body, headers)
    expect(verified).toMatchObject({ type: 'content.published', data: { slug: 'svix-verified' } })
    expect(webhookBodySchema.safeParse(verified).error?.issues ?? []).toEqual([])

    // What partners read in openapi.json describes the same body.
    const document = await (await fetch(`${server.baseUrl}/syndication/v1/openapi.json`)).json()
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema(document, 'openapi')
    const validate = ajv.getSchema('openapi#/components/schemas/WebhookBody')!
    expect(validate(verified), ajv.errorsText(validate.errors)).toBe(true)

    // svix refuses what a partner must refuse: a changed body, another secret, an old timestamp.
    expect(() =>
      new Webhook(secret).verify(delivery.body.replace('svix', 'sviX'), headers),
    ).toThrow(WebhookVerificationError)
    const otherSecret = `whsec_${Buffer.from('another secret entirely!').toString('base64')}`
    expect(() => new Webhook(otherSecret).verify(delivery.body, headers)).toThrow(
      WebhookVerificationError,
    )
    const stale = {
      ...headers,
      'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 600),
    }
    expect(() => new Webhook(secret).verify(delivery.body, stale)).toThrow(WebhookVerificationError)
  })
})
