import type { RequestHandler } from 'express'

import { HttpError } from './httpError'

/**
 * Cross-origin access is closed: only the server's own origin may call the editors' API with its
 * cookies, as Payload's `cors` setting says, and a preflight from any other origin is refused.
 * A channel meant for other sites (the partner syndication API, whose partners list the origins
 * their keys may be used from) sets its own policy: its paths, `channelPaths`, are left to it.
 */
export type CorsPolicyOptions = { allowedOrigins: string[]; channelPaths: string[] }

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

export function corsPolicy({ allowedOrigins, channelPaths }: CorsPolicyOptions): RequestHandler {
  const allowed = new Set(allowedOrigins)
  return (req, res, next) => {
    const origin = req.headers.origin
    const isPreflight =
      req.method === 'OPTIONS' && Boolean(req.headers['access-control-request-method'])
    if (!isPreflight || !origin) return next()
    if (channelPaths.some((prefix) => isUnder(req.path, prefix))) return next()

    if (!allowed.has(origin)) {
      // No CORS headers: the browser refuses the real request, which never leaves it.
      return next(new HttpError(403, `Cross-origin requests from ${origin} are not allowed here.`))
    }
    res.set('access-control-allow-origin', origin)
    res.set('access-control-allow-credentials', 'true')
    res.set('access-control-allow-methods', 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS')
    res.set(
      'access-control-allow-headers',
      String(req.headers['access-control-request-headers'] ?? 'Content-Type, Authorization'),
    )
    res.set('access-control-max-age', '600')
    res.append('vary', 'Origin')
    res.status(204).end()
  }
}
