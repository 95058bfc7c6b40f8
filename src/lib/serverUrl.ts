/** The public address of this server, used for links, CORS and CSRF checks. */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.SERVER_URL?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `http://localhost:${env.PORT || 3000}`
}
