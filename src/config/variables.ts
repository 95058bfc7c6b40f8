import { z } from 'zod'

import { selectDatabaseEngine } from '../database/selectDatabaseEngine'
import { parseMailSender, parseSmtpUrl } from '../mail/mailSettings'
import { cronExpression } from './cron'

/** A whole number within bounds, from its text in the environment. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number from ${min} to ${max}`)

const positiveNumber = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a positive number')
  .transform(Number)
  .refine((value) => value > 0, 'must be a positive number')

const flag = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' })

const httpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: 'must be an http:// or https:// address',
  })

/** Runs a parser that throws a readable Error, and reports its message as the variable's issue. */
const parsedBy = <T>(parse: (value: string) => T) =>
  z.string().transform((value, context) => {
    try {
      return parse(value)
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message })
      return z.NEVER
    }
  })

/**
 * Every environment variable the server reads, as text in and typed values out. Blank values count
 * as unset. README.md's Configuration table lists the same names and defaults (readmeTable.test.ts).
 */
export const serverVariables = z.object({
  NODE_ENV: z
    .enum(['production', 'development', 'test'], {
      error: 'must be production, development or test',
    })
    .optional(),
  PORT: wholeNumber(0, 65535),
  HOST: z.string().optional(),
  DATABASE_URL: parsedBy(selectDatabaseEngine),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000),
  PAYLOAD_SECRET: z.string().optional(),
  SERVER_URL: httpUrl.optional(),
  SMTP_URL: parsedBy(parseSmtpUrl).optional(),
  EMAIL_FROM: parsedBy(parseMailSender),
  REVIEW_DIGEST_CRON: cronExpression,
  SCHEDULED_PUBLISH_CRON: cronExpression,
  SYNDICATION_JOBS_CRON: cronExpression,
  MEDIA_DIR: z.string(),
  MEDIA_S3_BUCKET: z.string().optional(),
  MEDIA_S3_ENDPOINT: httpUrl.optional(),
  MEDIA_S3_REGION: z.string(),
  MEDIA_S3_ACCESS_KEY_ID: z.string().optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  MEDIA_S3_FORCE_PATH_STYLE: flag,
  CLINIC_NAME: z.string(),
  TRUST_PROXY: z.string().optional(),
  SYNDICATION_LICENCE_NAME: z.string(),
  SYNDICATION_LICENCE_URL: httpUrl.optional(),
  SYNDICATION_LICENCE_TERMS: z.string(),
  SYNDICATION_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86_400),
  INFOBUTTON_RATE_LIMIT: wholeNumber(1, 1_000_000),
  SYNDICATION_ANONYMOUS_RATE_LIMIT: wholeNumber(1, 1_000_000),
  SYNDICATION_WEBHOOK_BACKOFF_MS: wholeNumber(1, 86_400_000),
  SYNDICATION_WEBHOOK_TIMEOUT_MS: wholeNumber(1, 600_000),
  SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: flag,
  RESPONSE_CACHE: z.enum(['on', 'off'], { error: 'must be on or off' }),
  RESPONSE_CACHE_MAX_MB: positiveNumber,
})

/** Variables only the test suites, the benchmark and `npm run migrate:create` read. */
export const toolingVariables = z.object({
  TEST_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// address')
    .optional(),
  TEST_MONGODB_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// address')
    .optional(),
  BENCH_SECONDS: wholeNumber(1, 3600),
  BENCH_CONNECTIONS: wholeNumber(1, 10_000),
  BENCH_WARMUP_SECONDS: wholeNumber(0, 600),
})

export type ServerVariable = keyof typeof serverVariables.shape
export type ToolingVariable = keyof typeof toolingVariables.shape
export type VariableName = ServerVariable | ToolingVariable

/** What an unset variable means, as the text it would be set to (the README table shows these). */
export const variableDefaults: Partial<Record<VariableName, string>> = {
  PORT: '3000',
  DATABASE_URL: 'file:./data/cms.db',
  DATABASE_STATEMENT_TIMEOUT_MS: '30000',
  EMAIL_FROM: 'Clinic content hub <no-reply@localhost>',
  REVIEW_DIGEST_CRON: '0 7 * * *',
  SCHEDULED_PUBLISH_CRON: '* * * * *',
  SYNDICATION_JOBS_CRON: '* * * * * *',
  MEDIA_DIR: 'data/media',
  MEDIA_S3_REGION: 'us-east-1',
  MEDIA_S3_FORCE_PATH_STYLE: 'false',
  CLINIC_NAME: 'Example Clinic',
  SYNDICATION_LICENCE_NAME: 'Partner syndication licence',
  SYNDICATION_LICENCE_TERMS:
    'Republish unaltered, with the attribution shown and a link to the canonical URL. Take the text down when it is withdrawn.',
  SYNDICATION_RATE_LIMIT_WINDOW_SECONDS: '60',
  INFOBUTTON_RATE_LIMIT: '120',
  SYNDICATION_ANONYMOUS_RATE_LIMIT: '120',
  SYNDICATION_WEBHOOK_BACKOFF_MS: '10000',
  SYNDICATION_WEBHOOK_TIMEOUT_MS: '10000',
  SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false',
  RESPONSE_CACHE: 'on',
  RESPONSE_CACHE_MAX_MB: '64',
  BENCH_SECONDS: '5',
  BENCH_CONNECTIONS: '10',
  BENCH_WARMUP_SECONDS: '2',
}

/** A value that would be accepted, shown in the message when a variable is refused. */
export const variableExamples: Record<VariableName, string> = {
  NODE_ENV: 'production',
  PORT: '8080',
  HOST: '127.0.0.1',
  DATABASE_URL: 'postgres://cms:secret@db.internal:5432/cms',
  DATABASE_STATEMENT_TIMEOUT_MS: '30000',
  PAYLOAD_SECRET: '$(openssl rand -hex 32)',
  SERVER_URL: 'https://cms.clinic.example',
  SMTP_URL: 'smtp://user:password@mail.clinic.example:587',
  EMAIL_FROM: '"Clinic content <cms@clinic.example>"',
  REVIEW_DIGEST_CRON: '"0 7 * * 1-5"',
  SCHEDULED_PUBLISH_CRON: '"* * * * *"',
  SYNDICATION_JOBS_CRON: '"*/5 * * * * *"',
  MEDIA_DIR: '/var/lib/cms/media',
  MEDIA_S3_BUCKET: 'clinic-media',
  MEDIA_S3_ENDPOINT: 'https://<account>.r2.cloudflarestorage.com',
  MEDIA_S3_REGION: 'eu-west-1',
  MEDIA_S3_ACCESS_KEY_ID: 'AKIA…',
  MEDIA_S3_SECRET_ACCESS_KEY: '…',
  MEDIA_S3_FORCE_PATH_STYLE: 'true',
  CLINIC_NAME: '"Riverside Dermatology"',
  TRUST_PROXY: 'loopback',
  SYNDICATION_LICENCE_NAME: '"Riverside partner licence"',
  SYNDICATION_LICENCE_URL: 'https://clinic.example/licence',
  SYNDICATION_LICENCE_TERMS: '"Republish unaltered, with attribution."',
  SYNDICATION_RATE_LIMIT_WINDOW_SECONDS: '60',
  INFOBUTTON_RATE_LIMIT: '120',
  SYNDICATION_ANONYMOUS_RATE_LIMIT: '120',
  SYNDICATION_WEBHOOK_BACKOFF_MS: '10000',
  SYNDICATION_WEBHOOK_TIMEOUT_MS: '10000',
  SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  RESPONSE_CACHE: 'off',
  RESPONSE_CACHE_MAX_MB: '128',
  TEST_POSTGRES_URL: 'postgres://cms_ci:cms_ci@127.0.0.1:5432/postgres',
  TEST_MONGODB_URL: 'mongodb://127.0.0.1:27017',
  BENCH_SECONDS: '10',
  BENCH_CONNECTIONS: '20',
  BENCH_WARMUP_SECONDS: '5',
}

/** Values never repeated in an error message: they may hold passwords. */
export const secretVariables = new Set<VariableName>([
  'PAYLOAD_SECRET',
  'DATABASE_URL',
  'SMTP_URL',
  'MEDIA_S3_SECRET_ACCESS_KEY',
  'TEST_POSTGRES_URL',
  'TEST_MONGODB_URL',
])
