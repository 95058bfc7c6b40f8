import type { Response } from 'express'

export const retryAfterSeconds = 5

/**
 * The answer while the database is unreachable: an RFC 9457 problem document that also carries
 * Payload's `errors` list, so both kinds of client read it; Retry-After says when to come back.
 */
export function sendDatabaseUnavailable(res: Response): void {
  res
    .status(503)
    .set('retry-after', String(retryAfterSeconds))
    .set('cache-control', 'no-store')
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: `The content database cannot be reached. Nothing was changed; try again in ${retryAfterSeconds} seconds.`,
        errors: [{ message: 'The content database cannot be reached. Try again shortly.' }],
      }),
    )
}
