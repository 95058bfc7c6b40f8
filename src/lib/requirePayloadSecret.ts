/**
 * Payload signs login tokens with PAYLOAD_SECRET. In production a missing secret is fatal; elsewhere
 * a fixed development secret keeps `npm test` and local runs zero-setup (never use it in production).
 */
export function requirePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (e.g. `openssl rand -hex 32`) before starting in production.',
    )
  }
  return 'development-only-secret-do-not-use-in-production'
}
