/** The variables read here; a plain object in tests. */
type Env = Record<string, string | undefined>

/** The public address of this server, used for links, CORS and CSRF checks. */
export function serverUrl(env: Env = process.env): string {
  const explicit = env.SERVER_URL?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `http://localhost:${env.PORT || 3000}`
}

/**
 * The origins the admin may be used from with its session cookie (Payload's `cors` and `csrf`
 * lists). Without SERVER_URL this is a machine of one's own, where the same server answers at
 * localhost, 127.0.0.1 and [::1]: a cookie from any of them is honoured. With SERVER_URL set, only
 * its origin is, so a site behind a proxy cannot be driven from another host.
 */
export function adminOrigins(env: Env = process.env): string[] {
  if (env.SERVER_URL?.trim()) return [originOf(serverUrl(env))]
  const port = env.PORT || 3000
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}
