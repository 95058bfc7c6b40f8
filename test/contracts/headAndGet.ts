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
    kept[name] = counted
      .replace(/'nonce-[^']+'/g, "'nonce-<per answer>'")
      .replace(/nonce="[^"]+"/g, 'nonce="<per answer>"')
  })
  return kept
}

/**
 * Header fields a HEAD answer may leave out because they are decided only while the content is
 * generated (RFC 9110 §9.3.2): how a streamed answer is framed (RFC 9112 §6.1) and whether its
 * bytes were compressed on the way out. Only for answers streamed without a Content-Length.
 */
const decidedWhileStreaming = ['transfer-encoding', 'content-encoding']

function withoutStreamingFields(
  get: Record<string, string>,
  head: Record<string, string>,
): Record<string, string> {
  if (get['content-length'] !== undefined) return get
  const kept = { ...get }
  for (const name of decidedWhileStreaming) if (head[name] === undefined) delete kept[name]
  return kept
}

export async function expectHeadAsGet(url: string, headers: Record<string, string> = {}) {
  const get = await fetch(url, { headers, redirect: 'manual' })
  await get.arrayBuffer()
  const head = await fetch(url, { method: 'HEAD', headers, redirect: 'manual' })
  expect(head.status, url).toBe(get.status)
  const headHeaders = comparable(head.headers)
  expect(headHeaders, url).toEqual(withoutStreamingFields(comparable(get.headers), headHeaders))
  expect((await head.arrayBuffer()).byteLength, url).toBe(0)
}
