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
/**
 * The partner API's answers (JSON, feeds, HTML fragments): data, never a page that runs a script.
 * Its documentation page (/syndication/docs) is a website page and keeps the nonce policy.
 */
const partnerApi = /^\/syndication\/v1(\/|$)/

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
 * - the partner API (/syndication/v1) answers data: no script runs, so `script-src 'none'` and no
 *   nonce. The same headers for every request, so the partner front (partnerFront.ts) writes them
 *   as computed once (fixedSecurityHeaders) instead of running helmet and drawing random bytes per
 *   cache hit (a fifth of a hit's CPU, issue 15).
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
  const data = helmet({
    ...common,
    contentSecurityPolicy: {
      directives: { ...shared(isDevelopment), scriptSrc: ["'none'"] },
    },
  })
  return (
    path: string,
    req: IncomingMessage,
    res: ResponseWithLocals,
    next: (error?: unknown) => void,
  ) => {
    if (adminOrApi.test(path)) return admin(req, res, next)
    if (partnerApi.test(path)) return data(req, res, next)
    res.locals ??= {}
    res.locals.cspNonce = randomBytes(16).toString('base64')
    website(req, res, (error?: unknown) => {
      const policy = res.getHeader('content-security-policy')
      if (typeof policy === 'string') req.headers['content-security-policy'] = policy
      next(error)
    })
  }
}

/**
 * The headers securityHeadersForPath sets for a path whose headers never change per request (the
 * partner API's), flat (`[name, value, …]`) for one `writeHead`. Throws for a path whose policy
 * carries a per-request nonce: those cannot be computed ahead.
 */
export function fixedSecurityHeaders(
  path: string,
  { isDevelopment }: { isDevelopment: boolean },
): string[] {
  if (!adminOrApi.test(path) && !partnerApi.test(path)) {
    throw new Error(`${path} is a website path: its policy has a fresh nonce per request`)
  }
  const headers = new Map<string, string>()
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
    getHeader: (name: string) => headers.get(name),
  }
  securityHeadersForPath({ isDevelopment })(
    path,
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    () => undefined,
  )
  return [...headers].flat()
}
