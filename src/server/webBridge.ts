import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { awaitsAnswer, sendAnswer } from '../cache/cacheFront'
import { clientAddressHeader } from '../lib/clientAddress'

const bodylessMethods = new Set(['GET', 'HEAD'])

/**
 * Builds a Web `Request` from an Express request so Payload's fetch-style handlers can answer it.
 * A body Express already buffered (JSON) is passed on as bytes; any other body is streamed, so a
 * large upload is never held in memory here.
 */
export function toWebRequest(req: ExpressRequest, publicOrigin: string): Request {
  const url = new URL(req.originalUrl, publicOrigin)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  headers.set(clientAddressHeader, req.ip ?? '')

  if (bodylessMethods.has(req.method)) {
    // Payload routes GET only; a HEAD is the same GET whose body Node leaves out (RFC 9110 §9.3.2).
    return new Request(url, { method: 'GET', headers })
  }
  const buffered: unknown = req.body
  const body = Buffer.isBuffer(buffered)
    ? buffered
    : (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>)
  return new Request(url, { method: req.method, headers, body, duplex: 'half' } as RequestInit)
}

/**
 * Copies a Web `Response` onto an Express response, streaming the body; whole when the response
 * cache waits for it (a cacheable read it missed: small JSON it may store, src/cache/cacheFront).
 */
export async function sendWebResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status)
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)

  if (awaitsAnswer(res)) {
    sendAnswer(res, response.status, Buffer.from(await response.arrayBuffer()))
    return
  }
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as never), res)
}
