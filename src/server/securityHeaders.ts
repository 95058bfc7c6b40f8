import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import helmet from 'helmet'

type Directives = Record<
  string,
  Iterable<string | ((req: IncomingMessage, res: ServerResponse) => string)> | null
>

/** Where Payload's admin and API live; every other path is the website (or its assets). */
const adminOrApi = /^\/(admin|api)(\/|$)/

const nonceOf = (res: ServerResponse) =>
  (res as { locals?: { cspNonce?: string } }).locals?.cspNonce

const shared = (isDevelopment: boolean): Directives => ({
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", ...(isDevelopment ? ['ws:', 'wss:'] : [])],
  frameAncestors: ["'self'"],
  objectSrc: ["'none'"],
  upgradeInsecureRequests: null,
})

/**
 * Helmet's headers, with two content security policies:
 * - the website's pages run only the scripts Next itself wrote for that response: a fresh nonce
 *   per request, handed to Next in the request's Content-Security-Policy header, from which Next
 *   puts it on each of its inline and bundle scripts (the pages are rendered per request). No
 *   'unsafe-inline': an injected script does not run.
 * - the admin keeps 'unsafe-inline' for scripts: Payload's admin is a Next app too, but it has
 *   not been checked under a nonce policy (its pages, the rich-text editor, live preview).
 * Development mode also evaluates code ('unsafe-eval') and opens a hot-reload WebSocket.
 */
export function securityHeaders({ isDevelopment }: { isDevelopment: boolean }): RequestHandler {
  const forPath = securityHeadersForPath({ isDevelopment })
  return (req, res, next) => forPath(req.path, req, res, next)
}

/** A response outside Express has no `locals` until the front gives it some. */
type ResponseWithLocals = ServerResponse & { locals?: Record<string, unknown> }

/**
 * The same headers for a request by its path, on plain node:http objects too: the partner front
 * (src/syndication/http/partnerFront.ts) answers before Express and must send what it sends.
 */
export function securityHeadersForPath({ isDevelopment }: { isDevelopment: boolean }) {
  const common = {
    // The admin loads its own images and fonts; cross-origin isolation would block nothing useful.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: isDevelopment ? false : undefined,
  } as const
  const devEval = isDevelopment ? ["'unsafe-eval'"] : []
  const admin = helmet({
    ...common,
    contentSecurityPolicy: {
      directives: {
        ...shared(isDevelopment),
        scriptSrc: ["'self'", "'unsafe-inline'", ...devEval],
      },
    },
  })
  const website = helmet({
    ...common,
    contentSecurityPolicy: {
      directives: {
        ...shared(isDevelopment),
        scriptSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res)}'`, ...devEval],
      },
    },
  })
  return (
    path: string,
    req: IncomingMessage,
    res: ResponseWithLocals,
    next: (error?: unknown) => void,
  ) => {
    if (adminOrApi.test(path)) return admin(req, res, next)
    res.locals ??= {}
    res.locals.cspNonce = randomBytes(16).toString('base64')
    website(req, res, (error?: unknown) => {
      const policy = res.getHeader('content-security-policy')
      if (typeof policy === 'string') req.headers['content-security-policy'] = policy
      next(error)
    })
  }
}
