import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

import { runScript } from '../../bench/childServer'

/**
 * The benchmark's child processes (bench/childServer.ts) must load Lexical's plain builds. Its
 * default entries for Node (`*.node.mjs`) pick a build with a top-level `await import()`, and Node 20
 * sometimes never finishes loading a module graph that imports them: the server exits with code 13
 * before it listens (bench stage 3 did, 13 of 50 starts here). The stock yardsticks set NODE_OPTIONS
 * themselves, which dropped the `--conditions=production` npm had put there; the child must get
 * the condition whatever NODE_OPTIONS holds.
 */
test('a benchmark child resolves Lexical to its production build even when NODE_OPTIONS is replaced', async () => {
  fs.mkdirSync('data/test', { recursive: true })
  const outDir = fs.mkdtempSync(path.resolve('data/test/bench-child-'))
  const resolvedFile = path.join(outDir, 'resolved.txt')
  try {
    await runScript('test/bench/fixtures/lexicalEntries.ts', [resolvedFile], {
      NODE_OPTIONS: '--no-deprecation',
    })
    const resolved = fs.readFileSync(resolvedFile, 'utf8').split('\n')
    expect(resolved).toHaveLength(4)
    for (const line of resolved) {
      expect(line).toMatch(/\.prod\.mjs$/)
      expect(line).not.toMatch(/\.node\.mjs$/)
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
})
