import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import { ConfigurationError } from './configurationError'
import { commandRuntime, developmentRuntime, productionRuntime } from './runtimeMode'

describe('runtime modes', () => {
  let folder: string
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-mode-'))
  })
  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true })
  })
  const secretFile = () => path.join(folder, 'data/.payload-secret')

  test('should refuse to start when NODE_ENV=production and PAYLOAD_SECRET is missing', () => {
    expect(() => productionRuntime({ NODE_ENV: 'production' }, folder)).toThrow(ConfigurationError)
    expect(() => productionRuntime({ NODE_ENV: 'production' }, folder)).toThrow(/PAYLOAD_SECRET/)
    expect(fs.existsSync(secretFile())).toBe(false)
  })

  test('should keep a secret given in the environment', () => {
    const { configuration, secretSource } = productionRuntime({ PAYLOAD_SECRET: 'given' }, folder)
    expect(secretSource).toBe('environment')
    expect(configuration).toMatchObject({ isProduction: true, payloadSecret: 'given' })
  })

  test('should make a local secret once for the quick start and reuse it', () => {
    const env = {}
    const first = productionRuntime(env, folder)
    expect(first.secretSource).toBe('generated file')
    expect(first.configuration.isProduction).toBe(true)
    expect(first.configuration.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(env).toEqual({})

    expect(productionRuntime({}, folder).configuration.payloadSecret).toBe(
      first.configuration.payloadSecret,
    )
    expect(fs.statSync(secretFile()).mode & 0o777).toBe(0o600)
  })

  test.each([
    [{}, 'production'],
    [{ NODE_ENV: 'production', PAYLOAD_SECRET: 'x' }, 'production'],
    [{ NODE_ENV: 'development' }, 'development'],
    [{ NODE_ENV: 'test' }, 'test'],
  ])('should run export, import and partner:key with %j in %s mode', (env, mode) => {
    expect(commandRuntime(env, folder).nodeEnv).toBe(mode)
  })

  test.each([
    [{}, 'file:./data/dev.db'],
    [{ DATABASE_URL: 'file:./elsewhere.db' }, 'file:./elsewhere.db'],
  ])('should give npm run dev its own database unless DATABASE_URL names one', (env, url) => {
    expect(developmentRuntime(env, folder)).toMatchObject({
      nodeEnv: 'development',
      database: { url },
    })
  })
})
