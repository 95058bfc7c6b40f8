import { expect } from 'vitest'

/**
 * RFC 9110 §9.3.2: HEAD is GET without the content. Compares the two answers to one URL: same
 * status, same headers, and no body for HEAD.
 */

/**
 * Headers that differ between any two requests, whatever their method: the time, the request's
 * own id, and whether the response cache had the answer yet.
 */
const perRequest = new Set(['date', 'connection', 'keep-alive', 'x-request-id', 'x-cache'])

function comparable(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (perRequest.has(name)) return
    // The remaining quota and the seconds to its reset count down, and each answer has its own
    // script nonce; the policies themselves must still agree.
    const counted =
      name === 'ratelimit' ? value.replace(/r=\d+/, 'r=<n>').replace(/t=\d+/, 't=<n>') : value
    kept[name] = counted.replace(/'nonce-[^']+'/g, "'nonce-<per answer>'")
  })
  return kept
}

export async function expectHeadAsGet(url: string, headers: Record<string, string> = {}) {
  const get = await fetch(url, { headers, redirect: 'manual' })
  await get.arrayBuffer()
  const head = await fetch(url, { method: 'HEAD', headers, redirect: 'manual' })
  expect(head.status, url).toBe(get.status)
  expect(comparable(head.headers), url).toEqual(comparable(get.headers))
  expect((await head.arrayBuffer()).byteLength, url).toBe(0)
}
