import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { originFromHost, originNotice } from '../origins/originNotice'

/** Enough for every address a team really uses; a flood of made-up origins cannot grow it. */
const maxLoggedOrigins = 20

/**
 * Logs, once per origin, that the admin is used from an address whose session cookie Payload will
 * ignore (see originNotice.ts): the server's log then says why saves fail, not only the banner.
 * Looks only at admin pages and requests carrying the session cookie; it never refuses anything.
 */
export function originMismatchLog(payload: Payload): RequestHandler {
  const { csrf, cookiePrefix, routes } = payload.config
  const logged = new Set<string>()
  const isAdminPage = (path: string) => path === routes.admin || path.startsWith(`${routes.admin}/`)
  return (req, _res, next) => {
    const hasSession = (req.headers.cookie ?? '').includes(`${cookiePrefix}-token=`)
    if (!hasSession && !(req.method === 'GET' && isAdminPage(req.path))) return next()
    const origin = req.headers.origin ?? originFromHost(req.host, req.protocol)
    const notice = originNotice(origin, csrf)
    if (notice && origin && !logged.has(origin) && logged.size < maxLoggedOrigins) {
      logged.add(origin)
      payload.logger.warn(notice)
    }
    next()
  }
}
