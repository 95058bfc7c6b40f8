import { describe, expect, test } from 'vitest'

import { ConfigurationError } from './configurationError'
import { developmentSecret, parseEnvironment, type Configuration } from './environment'

const parse = (env: Record<string, string>) => parseEnvironment(env, '/srv/cms')

/** The message a refused environment produces, for matching. */
const refusal = (env: Record<string, string>): string => {
  try {
    parse(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('the environment was accepted')
}

describe('parseEnvironment', () => {
  test('should give the documented defaults for an empty environment', () => {
    const config = parse({})
    expect(config).toMatchObject({
      nodeEnv: undefined,
      isProduction: false,
      payloadSecret: developmentSecret,
      server: { port: 3000, host: undefined, publicUrl: 'http://localhost:3000' },
      database: { engine: 'sqlite', url: 'file:./data/cms.db' },
      mediaDir: '/srv/cms/data/media',
      mail: { sender: { name: 'Clinic content hub', address: 'no-reply@localhost' }, smtp: null },
      jobs: {
        scheduledPublishCron: '* * * * *',
        reviewDigestCron: '0 7 * * *',
        syndicationCron: '* * * * * *',
      },
      syndication: {
        licence: { name: 'Partner syndication licence', url: null },
        rateLimitWindowSeconds: 60,
        anonymousRequestsPerWindow: 120,
        webhookBackoffMs: 10_000,
        webhookTimeoutMs: 10_000,
        webhookAllowPrivateTargets: false,
      },
      infobutton: { requestsPerWindow: 120 },
      responseCache: { enabled: true, maxBytes: 64 * 1024 * 1024 },
      seed: { clinicName: 'Example Clinic' },
    } satisfies Partial<Record<keyof Configuration, unknown>>)
  })

  test.each<[string, Record<string, string>, (config: Configuration) => unknown, unknown]>([
    ['PORT as a number', { PORT: '8080' }, (c) => c.server.port, 8080],
    ['a blank value as unset', { PORT: '  ' }, (c) => c.server.port, 3000],
    ['HOST', { HOST: '127.0.0.1' }, (c) => c.server.host, '127.0.0.1'],
    [
      'PostgreSQL from DATABASE_URL',
      { DATABASE_URL: 'postgres://cms:pw@db:5432/cms' },
      (c) => c.database.engine,
      'postgres',
    ],
    [
      'SERVER_URL without its trailing slash',
      { SERVER_URL: 'https://cms.clinic.example/' },
      (c) => c.server.publicUrl,
      'https://cms.clinic.example',
    ],
    [
      'the admin origins of localhost, 127.0.0.1 and [::1] when SERVER_URL is unset',
      { PORT: '3100' },
      (c) => c.server.adminOrigins,
      ['http://localhost:3100', 'http://127.0.0.1:3100', 'http://[::1]:3100'],
    ],
    [
      'only the origin of SERVER_URL when it is set',
      { SERVER_URL: 'https://cms.clinic.example/' },
      (c) => c.server.adminOrigins,
      ['https://cms.clinic.example'],
    ],
    [
      'a relative MEDIA_DIR from the working directory',
      { MEDIA_DIR: 'm' },
      (c) => c.mediaDir,
      '/srv/cms/m',
    ],
    ['an absolute MEDIA_DIR as it is', { MEDIA_DIR: '/var/m' }, (c) => c.mediaDir, '/var/m'],
    [
      'SMTP_URL as transport options',
      { SMTP_URL: 'smtps://u:p@mail.example' },
      (c) => c.mail.smtp,
      { host: 'mail.example', port: 465, secure: true, auth: { user: 'u', pass: 'p' } },
    ],
    [
      'EMAIL_FROM with a name',
      { EMAIL_FROM: 'Clinic <cms@clinic.example>' },
      (c) => c.mail.sender,
      { name: 'Clinic', address: 'cms@clinic.example' },
    ],
    ['TRUST_PROXY true as a boolean', { TRUST_PROXY: 'true' }, (c) => c.server.trustProxy, true],
    ['TRUST_PROXY 2 as a hop count', { TRUST_PROXY: '2' }, (c) => c.server.trustProxy, 2],
    [
      'TRUST_PROXY loopback as a name',
      { TRUST_PROXY: 'loopback' },
      (c) => c.server.trustProxy,
      'loopback',
    ],
    [
      'SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS as a boolean',
      { SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
      (c) => c.syndication.webhookAllowPrivateTargets,
      true,
    ],
    ['RESPONSE_CACHE=off', { RESPONSE_CACHE: 'off' }, (c) => c.responseCache.enabled, false],
    [
      'RESPONSE_CACHE_MAX_MB in bytes',
      { RESPONSE_CACHE_MAX_MB: '0.5' },
      (c) => c.responseCache.maxBytes,
      512 * 1024,
    ],
    [
      'a six-field cron with seconds',
      { SYNDICATION_JOBS_CRON: '*/5 * * * * *' },
      (c) => c.jobs.syndicationCron,
      '*/5 * * * * *',
    ],
    [
      'the given secret in production',
      { NODE_ENV: 'production', PAYLOAD_SECRET: ' s3cret ' },
      (c) => [c.isProduction, c.payloadSecret],
      [true, 's3cret'],
    ],
  ])('should read %s', (_name, env, pick, expected) => {
    expect(pick(parse(env))).toEqual(expected)
  })

  test.each<[string, Record<string, string>, RegExp]>([
    [
      'a PORT that is not a number',
      { PORT: 'abc' },
      /PORT="abc": must be a whole number from 0 to 65535\. Example: PORT=8080/,
    ],
    ['a PORT out of range', { PORT: '70000' }, /PORT="70000": must be a whole number/],
    [
      'an unknown NODE_ENV',
      { NODE_ENV: 'staging' },
      /NODE_ENV="staging": must be production, development or test/,
    ],
    [
      'production without a secret',
      { NODE_ENV: 'production' },
      /PAYLOAD_SECRET is not set: is required when NODE_ENV=production.*Example: PAYLOAD_SECRET=\$\(openssl rand -hex 32\)/,
    ],
    [
      'a DATABASE_URL of another engine',
      { DATABASE_URL: 'mysql://x' },
      /DATABASE_URL \(value not shown\): DATABASE_URL must start with file:/,
    ],
    [
      'a SERVER_URL without a scheme',
      { SERVER_URL: 'cms.clinic.example' },
      /SERVER_URL="cms.clinic.example": must be an http:\/\/ or https:\/\/ address/,
    ],
    [
      'an SMTP_URL of another scheme, without repeating it',
      { SMTP_URL: 'http://u:pw@mail' },
      /SMTP_URL \(value not shown\): must be smtp:\/\//,
    ],
    [
      'an EMAIL_FROM without an address',
      { EMAIL_FROM: 'Clinic' },
      /EMAIL_FROM="Clinic": must be an address or "Name <address>"/,
    ],
    [
      'a cron with four fields',
      { REVIEW_DIGEST_CRON: '0 7 * *' },
      /REVIEW_DIGEST_CRON="0 7 \* \*": must be a cron expression/,
    ],
    [
      'a boolean that is neither',
      { SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'yes please' },
      /must be true or false/,
    ],
    [
      'RESPONSE_CACHE other than on or off',
      { RESPONSE_CACHE: 'disabled' },
      /RESPONSE_CACHE="disabled": must be on or off/,
    ],
    [
      'a zero rate limit',
      { INFOBUTTON_RATE_LIMIT: '0' },
      /INFOBUTTON_RATE_LIMIT="0": must be a whole number from 1/,
    ],
    [
      'a licence URL that is not one',
      { SYNDICATION_LICENCE_URL: 'licence' },
      /SYNDICATION_LICENCE_URL="licence"/,
    ],
  ])('should refuse %s with a message naming the variable', (_name, env, message) => {
    expect(refusal(env)).toMatch(message)
  })

  test('should list every refused variable at once', () => {
    const message = refusal({ PORT: 'x', RESPONSE_CACHE: 'maybe' })
    expect(message).toMatch(/2 problems/)
    expect(message).toMatch(/PORT="x"/)
    expect(message).toMatch(/RESPONSE_CACHE="maybe"/)
  })

  test('should never repeat a secret in its message', () => {
    expect(refusal({ DATABASE_URL: 'mysql://admin:hunter2@db' })).not.toMatch(/hunter2/)
  })
})
