import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

import { describe, expect, test } from 'vitest'

import { fixedSecurityHeaders, securityHeadersForPath } from './securityHeaders'

/** The headers the middleware sets on a real node:http response for `path`, by lower-case name. */
function headersSetOn(path: string): Record<string, unknown> {
  const req = new IncomingMessage(new Socket())
  const res = new ServerResponse(req)
  securityHeadersForPath({ isDevelopment: false })(path, req, res, () => undefined)
  return res.getHeaders()
}

const byName = (flat: string[]) => {
  const headers: Record<string, string> = {}
  for (let index = 0; index < flat.length; index += 2)
    headers[flat[index].toLowerCase()] = flat[index + 1]
  return headers
}

describe('security headers', () => {
  test('should compute, for the partner API, exactly what the middleware sets on a response', () => {
    const fixed = byName(fixedSecurityHeaders('/syndication/v1/faqs', { isDevelopment: false }))
    expect(fixed).toEqual(headersSetOn('/syndication/v1/faqs'))
    expect(fixed['content-security-policy']).toMatch(/script-src 'none'/)
    expect(fixed['strict-transport-security']).toBeDefined()
  })

  test('should give the website a fresh nonce per response, and refuse to compute its headers ahead', () => {
    const first = headersSetOn('/conditions/tmj-disorder')['content-security-policy']
    const second = headersSetOn('/conditions/tmj-disorder')['content-security-policy']
    expect(first).toMatch(/'nonce-[^']+'/)
    expect(first).not.toBe(second)
    expect(() => fixedSecurityHeaders('/syndication/docs', { isDevelopment: false })).toThrow(
      /nonce/,
    )
  })
})
