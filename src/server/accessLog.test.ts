import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import type { AccessEntry } from './accessLine'
import { batchedAccessWriter } from './accessLog'

let directory: string
let file: string

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'access-log-'))
  file = join(directory, 'access.log')
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const entry = (index: number, overrides: Partial<AccessEntry> = {}): AccessEntry => ({
  id: `request-${index}`,
  method: 'GET',
  // Some paths with characters of two and three bytes in UTF-8: batches count bytes, not characters.
  path: index % 3 === 0 ? `/api/conditions/kiefergelenk-${index}-ü–é` : `/api/faqs/${index}`,
  status: 200,
  durationMs: index % 7,
  aborted: false,
  ...overrides,
})

/** The file's lines once it holds `count` of them (the writer is asynchronous). */
async function linesOnceWritten(count: number): Promise<Record<string, any>[]> {
  for (let tries = 0; tries < 100; tries++) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '' // opened asynchronously too
    const lines = text.split('\n').filter(Boolean)
    if (lines.length >= count) return lines.map((line) => JSON.parse(line) as Record<string, any>)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`the access log never held ${count} lines`)
}

describe('the batched access writer', () => {
  test('should write every line whole and in order, across many batches', async () => {
    const writer = batchedAccessWriter({ dest: file, threshold: 30 })
    const count = 3000 // some 900 KB: about 28 batches of 32 KB
    for (let index = 0; index < count; index++) writer.write(entry(index))
    writer.flush()
    const lines = await linesOnceWritten(count)
    expect(lines).toHaveLength(count)
    lines.forEach((line, index) => {
      expect(line.req).toEqual({ id: `request-${index}`, method: 'GET', path: entry(index).path })
      expect(line.durationMs).toBe(index % 7)
    })
  })

  test('should drop lines below the threshold and keep server errors', async () => {
    const writer = batchedAccessWriter({ dest: file, threshold: 50 })
    writer.write(entry(1))
    writer.write(entry(2, { status: 503 }))
    writer.write(entry(3, { status: 404 }))
    writer.write(entry(4, { status: 500, aborted: true }))
    writer.flush()
    const lines = await linesOnceWritten(2)
    expect(lines.map((line) => [line.req.id, line.level, line.aborted])).toEqual([
      ['request-2', 50, undefined],
      ['request-4', 50, true],
    ])
  })

  test('should write the lines still buffered when the process exits', () => {
    // Three lines are far below a batch: only the flush at exit can write them.
    const script = `
      const { batchedAccessWriter } = await import(${JSON.stringify(fileURLToPath(new URL('./accessLog.ts', import.meta.url)))})
      const writer = batchedAccessWriter({ dest: 1, threshold: 30 })
      for (const id of ['first', 'second', 'third']) {
        writer.write({ id, method: 'GET', path: '/api/faqs', status: 200, durationMs: 1, aborted: false })
      }
      process.exit(0)
    `
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    )
    const ids = output
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { req: { id: string } }).req.id)
    expect(ids).toEqual(['first', 'second', 'third'])
  })
})
