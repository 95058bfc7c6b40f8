import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import { type Environment, prepareProductionRuntime } from './runtimeMode'

describe('prepareProductionRuntime', () => {
  let cwd: string
  let folder: string
  beforeEach(() => {
    cwd = process.cwd()
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-mode-'))
    process.chdir(folder)
  })
  afterEach(() => {
    process.chdir(cwd)
    fs.rmSync(folder, { recursive: true, force: true })
  })

  test('should refuse to start when NODE_ENV=production and PAYLOAD_SECRET is missing', () => {
    const env: Environment = { NODE_ENV: 'production' }
    expect(() => prepareProductionRuntime(env)).toThrow(/PAYLOAD_SECRET is not set/)
    expect(fs.existsSync(path.join(folder, 'data/.payload-secret'))).toBe(false)
  })

  test('should keep a secret given in the environment', () => {
    const env: Environment = { NODE_ENV: 'production', PAYLOAD_SECRET: 'given' }
    expect(prepareProductionRuntime(env)).toEqual({ secretSource: 'environment' })
    expect(env.PAYLOAD_SECRET).toBe('given')
  })

  test('should make a local secret once for the quick start and reuse it', () => {
    const first: Environment = {}
    expect(prepareProductionRuntime(first)).toEqual({ secretSource: 'generated file' })
    expect(first.NODE_ENV).toBe('production')
    expect(first.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)

    const second: Environment = {}
    prepareProductionRuntime(second)
    expect(second.PAYLOAD_SECRET).toBe(first.PAYLOAD_SECRET)
    expect(fs.statSync(path.join(folder, 'data/.payload-secret')).mode & 0o777).toBe(0o600)
  })
})
