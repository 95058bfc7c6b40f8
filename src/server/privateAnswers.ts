import type { RequestHandler } from 'express'

/** Request headers that make Payload answer differently: CORS, and who is signed in. */
const varyBy = ['Origin', 'Cookie', 'Authorization']

/** Whether this request's answer is for one person only (a session, a token, drafts). */
export function isPersonalRequest(
  headers: Record<string, string | string[] | undefined>,
  query: Record<string, unknown>,
): boolean {
  return (
    headers.cookie !== undefined ||
    headers.authorization !== undefined ||
    query.draft === 'true' ||
    query.draft === true
  )
}

/**
 * HTTP caching headers for the editors' API (REST and GraphQL). Answers vary by Origin (CORS
 * headers) and by the session, so a shared cache (a CDN, a clinic's proxy) must key on them; an
 * answer for a signed-in person or with drafts is `private, no-store`, so no shared cache ever
 * keeps one and hands a draft to the next patient.
 */
export const privateAnswers: RequestHandler = (req, res, next) => {
  res.vary(varyBy.join(', '))
  if (isPersonalRequest(req.headers, req.query)) res.setHeader('Cache-Control', 'private, no-store')
  next()
}
