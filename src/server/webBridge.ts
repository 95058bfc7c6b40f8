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

/** Answers Payload builds whole in memory (JSON, GraphQL): sent with one write, not streamed. */
const heldWhole = /\bjson\b/i

/**
 * Copies a Web `Response` onto an Express response. A JSON answer (Payload built it whole anyway)
 * is read as bytes and written at once: piping its Web stream through Node streams cost a tenth
 * of a REST miss (issue 15). Anything else (a media file) is streamed, so it is never held in
 * memory here, unless the response cache waits for it (a cacheable read it missed,
 * src/cache/cacheFront).
 */
export async function sendWebResponse(response: Response, res: ExpressResponse): Promise<void> {
  copyHeaders(response.headers, res)
  if (awaitsAnswer(res) || heldWhole.test(response.headers.get('content-type') ?? '')) {
    sendAnswer(res, response.status, Buffer.from(await response.arrayBuffer()))
    return
  }
  res.status(response.status)
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as never), res)
}

/** Sends an answer held whole (a GraphQL result) with the given status and headers. */
export function sendWholeAnswer(
  status: number,
  headers: Headers,
  body: string,
  res: ExpressResponse,
): void {
  copyHeaders(headers, res)
  sendAnswer(res, status, Buffer.from(body))
}

function copyHeaders(headers: Headers, res: ExpressResponse): void {
  const cookies = headers.getSetCookie()
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
}
