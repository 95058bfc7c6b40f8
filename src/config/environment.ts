import path from 'node:path'

import type { DatabaseEngine } from '../database/selectDatabaseEngine'
import type { MailSender, SmtpOptions } from '../mail/mailSettings'
import { s3MediaSettings, type S3MediaSettings } from '../storage/s3MediaSettings'
import { ConfigurationError, describeIssues } from './configurationError'
import {
  serverVariables,
  variableDefaults,
  type ServerVariable,
  type VariableName,
} from './variables'

export type Environment = Record<string, string | undefined>

/** The server's configuration as typed values, parsed once from the environment. */
export type Configuration = {
  nodeEnv: 'production' | 'development' | 'test' | undefined
  /** NODE_ENV=production: built admin, migrations instead of schema push, `Secure` cookies. */
  isProduction: boolean
  payloadSecret: string
  server: {
    port: number
    /** Unset: all interfaces. */
    host: string | undefined
    /** SERVER_URL without a trailing slash, else http://localhost:PORT. */
    publicUrl: string
    /** Origins the admin may be used from with its cookie (Payload's cors and csrf lists). */
    adminOrigins: string[]
    /** Express's `trust proxy` setting; undefined leaves Express's default. */
    trustProxy: boolean | number | string | undefined
  }
  /** statementTimeoutMs: the longest one SQL statement may run (PostgreSQL) before it is cancelled. */
  database: { engine: DatabaseEngine; url: string; statementTimeoutMs: number }
  /** Absolute folder of uploaded images. */
  mediaDir: string
  /** Set when MEDIA_S3_BUCKET is: images are stored in that bucket instead of MEDIA_DIR. */
  mediaS3: S3MediaSettings | null
  mail: { sender: MailSender; smtp: SmtpOptions | null }
  jobs: { scheduledPublishCron: string; reviewDigestCron: string; syndicationCron: string }
  syndication: {
    licence: { name: string; url: string | null; terms: string }
    rateLimitWindowSeconds: number
    /** Requests one client address may make per window without a valid key. */
    anonymousRequestsPerWindow: number
    webhookBackoffMs: number
    webhookTimeoutMs: number
    webhookAllowPrivateTargets: boolean
  }
  infobutton: { requestsPerWindow: number }
  responseCache: { enabled: boolean; maxBytes: number }
  seed: { clinicName: string }
}

/** Signs development and test logins only; production refuses to start without its own secret. */
export const developmentSecret = 'development-only-secret-do-not-use-in-production'

/** The known variables, trimmed, blanks dropped and defaults filled in. */
export function presentVariables<Name extends string>(
  env: Environment,
  names: readonly Name[],
): Partial<Record<Name, string>> {
  const present: Partial<Record<Name, string>> = {}
  for (const name of names) {
    const value = env[name]?.trim() || variableDefaults[name as VariableName]
    if (value !== undefined) present[name] = value
  }
  return present
}

/**
 * Parses and checks every variable the server reads. Throws a ConfigurationError naming each
 * refused variable; never reads anything but `env` (and `cwd`, to make MEDIA_DIR absolute).
 */
export function parseEnvironment(env: Environment, cwd = process.cwd()): Configuration {
  const input = presentVariables(env, Object.keys(serverVariables.shape) as ServerVariable[])
  const parsed = serverVariables.safeParse(input)
  const issues = parsed.success ? [] : [...parsed.error.issues]
  if (input.NODE_ENV === 'production' && !input.PAYLOAD_SECRET) {
    issues.push({
      code: 'custom',
      path: ['PAYLOAD_SECRET'],
      message:
        'is required when NODE_ENV=production (it signs logins); set it to a long random string',
      input: undefined,
    })
  }
  if (parsed.success) issues.push(...s3MediaSettings(parsed.data).issues)
  if (!parsed.success || issues.length) throw new ConfigurationError(describeIssues(issues, input))
  const values = parsed.data

  const port = values.PORT
  const publicUrl = values.SERVER_URL?.replace(/\/+$/, '') ?? `http://localhost:${port}`
  return {
    nodeEnv: values.NODE_ENV,
    isProduction: values.NODE_ENV === 'production',
    payloadSecret: values.PAYLOAD_SECRET ?? developmentSecret,
    server: {
      port,
      host: values.HOST,
      publicUrl,
      // Without SERVER_URL this is a machine of one's own, where the same server answers at
      // localhost, 127.0.0.1 and [::1]; with it, only its origin, so a site behind a proxy cannot
      // be driven from another host.
      adminOrigins: values.SERVER_URL
        ? [new URL(publicUrl).origin]
        : [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`],
      trustProxy: trustProxySetting(values.TRUST_PROXY),
    },
    database: {
      ...values.DATABASE_URL,
      statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    mediaDir: path.resolve(cwd, values.MEDIA_DIR),
    mediaS3: s3MediaSettings(values).settings,
    mail: { sender: values.EMAIL_FROM, smtp: values.SMTP_URL ?? null },
    jobs: {
      scheduledPublishCron: values.SCHEDULED_PUBLISH_CRON,
      reviewDigestCron: values.REVIEW_DIGEST_CRON,
      syndicationCron: values.SYNDICATION_JOBS_CRON,
    },
    syndication: {
      licence: {
        name: values.SYNDICATION_LICENCE_NAME,
        url: values.SYNDICATION_LICENCE_URL ?? null,
        terms: values.SYNDICATION_LICENCE_TERMS,
      },
      rateLimitWindowSeconds: values.SYNDICATION_RATE_LIMIT_WINDOW_SECONDS,
      anonymousRequestsPerWindow: values.SYNDICATION_ANONYMOUS_RATE_LIMIT,
      webhookBackoffMs: values.SYNDICATION_WEBHOOK_BACKOFF_MS,
      webhookTimeoutMs: values.SYNDICATION_WEBHOOK_TIMEOUT_MS,
      webhookAllowPrivateTargets: ['true', '1'].includes(
        values.SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS,
      ),
    },
    infobutton: { requestsPerWindow: values.INFOBUTTON_RATE_LIMIT },
    responseCache: {
      enabled: values.RESPONSE_CACHE === 'on',
      maxBytes: Math.round(values.RESPONSE_CACHE_MAX_MB * 1024 * 1024),
    },
    seed: { clinicName: values.CLINIC_NAME },
  }
}

/** Express takes true/false, a hop count, or a list of addresses and names such as "loopback". */
function trustProxySetting(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined) return undefined
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
