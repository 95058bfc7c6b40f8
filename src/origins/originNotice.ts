/**
 * Opened at an address the server does not know as its own, Payload's admin signs in but then
 * ignores the session cookie on every save ("You are not allowed to perform this action."), which
 * reads as a permissions problem. This names the real cause, for the admin banner and the log.
 */
export function originNotice(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): string | null {
  if (!origin || origin === 'null' || allowedOrigins.includes(origin)) return null
  const home = allowedOrigins[0]
  return (
    `This admin is open at ${origin}, but the server's address (SERVER_URL) is ${home}. ` +
    `Saving will fail with "You are not allowed to perform this action." ` +
    `Open ${home}/admin instead, or set SERVER_URL to ${origin} and restart the server.`
  )
}

/** The origin a browser sends for a page it loaded with these headers. */
export function originFromHost(
  host: string | undefined,
  forwardedProto: string | undefined,
  forwardedHost?: string,
): string | undefined {
  const name = (forwardedHost ?? host)?.split(',')[0].trim()
  if (!name) return undefined
  const proto = (forwardedProto?.split(',')[0].trim() || 'http').toLowerCase()
  return `${proto}://${name.toLowerCase()}`
}
