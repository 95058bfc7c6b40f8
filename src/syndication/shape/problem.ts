import { z } from 'zod'

import { syndicationRegistry } from './schemaRegistry'

/**
 * The syndication API's one error shape: RFC 9457 problem details. Each `type` is a stable URI
 * partners can switch on; the docs page and openapi.json list them all, including the 503s the
 * server answers before a request reaches the syndication routes.
 */
export const problemTypes = {
  'missing-key': { status: 401, title: 'API key required' },
  'invalid-key': { status: 401, title: 'API key not recognised' },
  'key-expired': { status: 401, title: 'API key expired' },
  'key-revoked': { status: 401, title: 'API key revoked' },
  'partner-suspended': { status: 403, title: 'Partner suspended' },
  'out-of-scope': { status: 403, title: 'Outside this key’s scope' },
  'origin-not-allowed': { status: 403, title: 'Browser origin not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'invalid-parameter': { status: 400, title: 'Invalid parameter' },
  'invalid-cursor': { status: 400, title: 'Invalid cursor' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'server-error': { status: 500, title: 'Server error' },
  // Answered in front of the partner API (src/server/outage, src/server/shutdown.ts), with
  // Retry-After: the same request succeeds later.
  'database-unavailable': { status: 503, title: 'Content database unavailable' },
  'shutting-down': { status: 503, title: 'Server shutting down' },
} as const

export type ProblemType = keyof typeof problemTypes

export const problemTypeUri = (type: ProblemType) => `tag:clinic-content-hub,2026:problem:${type}`

const problemTypeUris = Object.keys(problemTypes).map((type) => problemTypeUri(type as ProblemType))

/** RFC 9457 problem details, with every extension member the API and the infobutton send. */
export const problemSchema = z
  .strictObject({
    type: z.enum(problemTypeUris as [string, ...string[]]),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    parameter: z.string().optional().describe('The query parameter that is not valid.'),
    collection: z.string().optional().describe('The collection asked for.'),
    slug: z.string().optional().describe('The slug asked for.'),
    locale: z.string().optional().describe('The locale asked for.'),
    problems: z
      .array(z.string())
      .optional()
      .describe('Each thing wrong with an infobutton request.'),
    errors: z
      .array(z.strictObject({ message: z.string() }))
      .optional()
      .describe('On a 503 answered before the API: the same message, as Payload clients read it.'),
  })
  .describe('RFC 9457 problem details. Switch on `type`; it never changes.')
  .register(syndicationRegistry, { id: 'Problem' })

export type Problem = z.infer<typeof problemSchema>
/** The members a problem may add to RFC 9457's: each one documented in problemSchema. */
export type ProblemExtensions = Pick<Problem, 'parameter' | 'collection' | 'slug' | 'locale'>

/** An error the syndication routes throw; the problem handler turns it into problem+json. */
export class SyndicationProblem extends Error {
  constructor(
    readonly problemType: ProblemType,
    readonly detail: string,
    readonly extensions: ProblemExtensions = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
    this.name = 'SyndicationProblem'
  }

  get status(): number {
    return problemTypes[this.problemType].status
  }

  toProblem(instance?: string): Problem {
    const { status, title } = problemTypes[this.problemType]
    return {
      type: problemTypeUri(this.problemType),
      title,
      status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...this.extensions,
    }
  }
}
