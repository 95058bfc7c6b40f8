import { checkWebhookHost } from './webhookAddress'

/** A browser origin as CORS compares it: scheme, host and port, nothing else. */
export function normaliseOrigin(value: unknown): string | null {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    if (url.pathname !== '/' || url.search || url.hash || url.username) return null
    return url.origin
  } catch {
    return null
  }
}

export function validateOrigins(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (!Array.isArray(value)) return 'List one origin per entry.'
  const bad = value.find((item) => normaliseOrigin(item) !== item)
  return bad === undefined
    ? true
    : `"${String(bad)}" is not an origin. Write scheme and host only, e.g. https://partner.example (no path or trailing slash).`
}

/** `allowPrivate`: SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS, for tests and local development. */
export function validateWebhookUrl(value: unknown, allowPrivate = false): true | string {
  if (value === null || value === undefined || value === '') return true
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    return 'The webhook URL must be a full address, e.g. https://partner.example/hooks/clinic.'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'The webhook URL must start with https:// (or http:// for testing).'
  }
  if (url.username || url.password) {
    return 'The webhook URL must not hold a user name or password; partners verify the signature instead.'
  }
  try {
    checkWebhookHost(url, allowPrivate)
  } catch (error) {
    return (error as Error).message.replace(/^Not sent: /, '')
  }
  return true
}
