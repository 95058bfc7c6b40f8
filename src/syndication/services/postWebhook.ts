import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import { configuration } from '../../config'
import { checkWebhookHost, isPublicAddress, WebhookTargetRefused } from '../shape/webhookAddress'

/** Private webhook targets are for tests and local development only (see README). */
const allowPrivateWebhookTargets = () => configuration().syndication.webhookAllowPrivateTargets

/**
 * DNS lookup for the webhook connection that refuses private answers. Checking the name once
 * before sending would not do: the name could resolve to a public address for the check and to
 * 127.0.0.1 for the connection (DNS rebinding). This runs for the connection itself.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4)
    const list = addresses as LookupAddress[]
    if (list.length === 0 || list.some(({ address }) => !isPublicAddress(address))) {
      return callback(new WebhookTargetRefused(hostname), '', 4)
    }
    if ((options as LookupOptions).all) return (callback as never as AllCallback)(null, list)
    callback(null, list[0].address, list[0].family)
  })
}
type AllCallback = (error: Error | null, addresses: LookupAddress[]) => void

export type WebhookPost = {
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  allowPrivate?: boolean
}

/**
 * POSTs one signed webhook and resolves with the receiver's status. Redirects are not followed
 * (a 3xx is the receiver's answer), the answer's body is discarded unread, and a receiver that
 * takes longer than `timeoutMs` is cut off.
 */
export async function postWebhook({
  url,
  headers,
  body,
  timeoutMs,
  allowPrivate = allowPrivateWebhookTargets(),
}: WebhookPost): Promise<number> {
  const target = new URL(url)
  checkWebhookHost(target, allowPrivate)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: allowPrivate ? undefined : publicOnlyLookup,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      },
    )
    request.on('error', (error) =>
      reject(
        error.name === 'AbortError'
          ? new Error(`The receiver did not answer within ${timeoutMs} ms.`)
          : error,
      ),
    )
    request.end(body)
  })
}
