import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { pinoHttp } from 'pino-http'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** The path of a request URL without its query, which may carry a preview token or a cursor. */
const pathOf = (url = '') => url.split('?')[0]

/**
 * One JSON line per request, written by the logger Payload already uses (pino): method, path,
 * status, duration in milliseconds and a request id (the caller's `X-Request-Id` when it sends a
 * sane one, so a load balancer's id follows the request; sent back in the answer). Never headers,
 * query strings or bodies, so no session cookie, JWT or partner key reaches the log. Wraps the whole
 * server, so answers from the response cache are logged too.
 */
export function withAccessLog(listener: Listener, payload: Payload): Listener {
  const log = pinoHttp<IncomingMessage, ServerResponse, never>({
    logger: payload.logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id']
      const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID()
      res.setHeader('x-request-id', id)
      return id
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    customAttributeKeys: { responseTime: 'durationMs' },
    quietReqLogger: true,
  })
  return (req, res) => {
    log(req, res)
    listener(req, res)
  }
}
