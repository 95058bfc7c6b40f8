import type { Response } from 'express'

import { problemTypes, problemTypeUri, type ProblemType } from '../../syndication/shape/problem'

export const retryAfterSeconds = 5

/**
 * Why a request gets a 503: the database cannot be reached (nothing this request asked for was
 * done), a save whose outcome is unknown (the database stopped answering after the save began, so
 * it may have committed), or this server shutting down.
 */
export type Unavailable = 'database' | 'save-outcome-unknown' | 'shutdown'

/** Channels whose clients read the partners' problem catalogue (openapi.json at /syndication/v1). */
const documentedChannels = ['/syndication', '/infobutton']

const partnerTypes: Record<Unavailable, ProblemType> = {
  database: 'database-unavailable',
  'save-outcome-unknown': 'database-unavailable',
  shutdown: 'shutting-down',
}

const details: Record<Unavailable, { detail: string; message: string }> = {
  database: {
    detail: `The content database cannot be reached. Nothing was changed; try again in ${retryAfterSeconds} seconds.`,
    message: 'The content database cannot be reached. Try again shortly.',
  },
  'save-outcome-unknown': {
    detail:
      'The content database stopped answering while this change was being saved, so it may or may not have been saved. Reload to see what was saved before trying again.',
    message:
      'The content database stopped answering while saving: this change may or may not have been saved. Reload to check before trying again.',
  },
  shutdown: {
    detail: 'This server is shutting down. Send the request again; another server will answer.',
    message: 'This server is shutting down. Try again.',
  },
}

/**
 * The body of a 503: an RFC 9457 problem document that also carries Payload's `errors` list, so
 * both kinds of client read it. Partners (/syndication, /infobutton) get a type and title from
 * their documented catalogue (/syndication/docs, openapi.json); other clients get `about:blank`.
 */
export function unavailableProblem(path: string, reason: Unavailable) {
  const documented = documentedChannels.some(
    (channel) =>
      path === channel || path.startsWith(`${channel}/`) || path.startsWith(`${channel}?`),
  )
  const partnerType = partnerTypes[reason]
  return {
    type: documented ? problemTypeUri(partnerType) : 'about:blank',
    title: documented ? problemTypes[partnerType].title : 'Service Unavailable',
    status: 503,
    detail: details[reason].detail,
    errors: [{ message: details[reason].message }],
  }
}

/** The answer while the database is unreachable; Retry-After says when to come back. */
export function sendDatabaseUnavailable(
  res: Response,
  reason: Exclude<Unavailable, 'shutdown'> = 'database',
): void {
  if (res.headersSent) return
  res
    .status(503)
    .set('retry-after', String(retryAfterSeconds))
    .set('cache-control', 'no-store')
    .type('application/problem+json')
    .send(JSON.stringify(unavailableProblem(res.req.originalUrl, reason)))
}
