import type { Request } from 'express'

import { isGraphQLQueryBody } from '../../cache/graphqlOperation'

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether this request may be changing content: anything but a read, a CORS preflight or a
 * GraphQL query. A 503 sent while such a request is still running cannot say "nothing was
 * changed": its save may yet commit.
 */
export function mayBeSaving(req: Request): boolean {
  if (readMethods.has(req.method)) return false
  const body: unknown = req.body
  if (body === undefined || body === null) return true
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body))
  return !isGraphQLQueryBody(raw)
}
