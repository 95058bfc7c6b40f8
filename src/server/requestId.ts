import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** The header that carries a request's id, in and out. */
export const requestIdHeader = 'x-request-id'

const requestIds = new WeakMap<ServerResponse, string>()

/**
 * Gives the request its id: the caller's `X-Request-Id` when it is a sane one (a load balancer's
 * id follows the request), else a fresh one. Every answer carries it back.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[requestIdHeader]
  const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID()
  requestIds.set(res, id)
  return id
}

/**
 * `[X-Request-Id, id]` for an answer written whole in one `writeHead` before Express (cache hits,
 * the shutdown 503). Not set on `res` up front: one header set with setHeader makes Node build and
 * check every header of the answer twice, about a tenth of a cache hit's CPU (issue 15).
 */
export function requestIdHeaders(res: ServerResponse): string[] {
  const id = requestIds.get(res)
  return id === undefined ? [] : [requestIdHeader, id]
}

/** The pipeline's last stage, in front of Express: whatever Express answers carries the id. */
export const stampRequestId =
  (next: Listener): Listener =>
  (req, res) => {
    const id = requestIds.get(res)
    if (id !== undefined) res.setHeader(requestIdHeader, id)
    next(req, res)
  }
