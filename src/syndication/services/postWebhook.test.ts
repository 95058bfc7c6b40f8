import { lookup } from 'node:dns/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hostname } from 'node:os'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { isPublicAddress, WebhookTargetRefused } from '../shape/webhookAddress'
import { postWebhook } from './postWebhook'

let receiver: Server
let port: number
let received = 0

beforeAll(async () => {
  receiver = createServer((req, res) => {
    received += 1
    req.resume()
    res.writeHead(204).end()
  })
  receiver.listen(0, '::')
  await new Promise<void>((resolve) => receiver.once('listening', resolve))
  port = (receiver.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())))

const send = (url: string, allowPrivate: boolean) =>
  postWebhook({ url, headers: {}, body: '{}', timeoutMs: 2_000, allowPrivate })

// This machine's own name resolves to a loopback or private address on ordinary hosts; a name
// that passes every check on the text of the URL and is refused only once it is resolved.
const ownName = hostname()
const ownNameIsPrivate = await lookup(ownName, { all: true }).then(
  (addresses) =>
    addresses.length > 0 && addresses.every(({ address }) => !isPublicAddress(address)),
  () => false,
)

describe('postWebhook', () => {
  test.each([
    ['IPv4 loopback', () => `http://127.0.0.1:${port}/hook`],
    ['IPv6 loopback', () => `http://[::1]:${port}/hook`],
    ['an IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${port}/hook`],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['localhost', () => `http://localhost:${port}/hook`],
  ])('should refuse %s without connecting', async (_name, url) => {
    const before = received
    await expect(send(url(), false)).rejects.toBeInstanceOf(WebhookTargetRefused)
    expect(received).toBe(before)
  })

  test.skipIf(!ownNameIsPrivate)(
    `should refuse a host name that resolves to a private address (${ownName})`,
    async () => {
      const before = received
      await expect(send(`http://${ownName}:${port}/hook`, false)).rejects.toThrow(
        /private, loopback or link-local/,
      )
      expect(received).toBe(before)
    },
  )

  test('should deliver to the same receiver when private targets are allowed (tests, development)', async () => {
    const before = received
    await expect(send(`http://127.0.0.1:${port}/hook`, true)).resolves.toBe(204)
    expect(received).toBe(before + 1)
  })
})
