import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

import { type AccessEntry, accessLineFormat } from './accessLine'

/** What pino itself writes for the same request, as the access log wrote it before (issue 15). */
function pinoLine({ id, method, path, status, durationMs, aborted }: AccessEntry): string {
  const lines: string[] = []
  const logger = pino({ name: 'payload' }, { write: (line: string) => lines.push(line) })
  const fields = {
    req: { id, method, path },
    res: { status },
    durationMs,
    ...(aborted ? { aborted: true } : {}),
  }
  const message = `${method} ${path} ${status}`
  if (status >= 500) logger.error(fields, message)
  else logger.info(fields, message)
  return lines.join('')
}

const entry = (overrides: Partial<AccessEntry> = {}): AccessEntry => ({
  id: '0f4b6a4e-4d2e-4a53-9b57-6f1c7d1e2a10',
  method: 'GET',
  path: '/api/conditions',
  status: 200,
  durationMs: 3,
  aborted: false,
  ...overrides,
})

describe('the access line', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'))
  })
  afterEach(() => vi.useRealTimers())

  test.each([
    ['a read', entry()],
    ['a server error, at error level', entry({ status: 503, method: 'POST' })],
    ['a response the client left', entry({ aborted: true, status: 200 })],
    ['a caller-given request id', entry({ id: 'trace-4711' })],
    ['quotes and backslashes in the path', entry({ path: '/api/"x"\\y' })],
    ['control characters in the path', entry({ path: '/api/a\tb\u0001' })],
    ['non-ASCII in the path', entry({ path: '/conditions/bruxismo-ñ-é' })],
    ['a long path', entry({ path: `/api/${'a'.repeat(300)}` })],
  ])('should be what pino writes for %s', (_name, access) => {
    const line = accessLineFormat('payload')(access)
    expect(line).toBe(pinoLine(access))
    expect(JSON.parse(line)).toMatchObject({
      req: { path: access.path },
      res: { status: access.status },
    })
  })
})
