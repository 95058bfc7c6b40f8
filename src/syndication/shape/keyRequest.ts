/** The body of `POST /api/partners/{id}/keys`, checked before anything is written. */
export type KeyRequest = {
  label: string | null
  expiresAt: string | null
  rotate: boolean
  overlapHours: number
}

export const defaultOverlapHours = 24
export const maxOverlapHours = 24 * 30

const fields = ['label', 'expiresAt', 'rotate', 'overlapHours']

/** Returns the request, or a message a person can act on. */
export function parseKeyRequest(body: unknown, now: Date): KeyRequest | string {
  if (body === undefined || body === null) body = {}
  if (typeof body !== 'object' || Array.isArray(body)) return 'Send a JSON object (or no body).'
  const input = body as Record<string, unknown>
  const unknown = Object.keys(input).filter((key) => !fields.includes(key))
  if (unknown.length)
    return `Unknown field(s): ${unknown.join(', ')}. Accepted: ${fields.join(', ')}.`

  const { label, expiresAt, rotate, overlapHours } = input
  if (label !== undefined && (typeof label !== 'string' || label.length > 100)) {
    return 'label must be text of at most 100 characters.'
  }
  let expiry: string | null = null
  if (expiresAt !== undefined && expiresAt !== null) {
    const date = typeof expiresAt === 'string' ? new Date(expiresAt) : new Date(NaN)
    if (Number.isNaN(date.getTime())) return 'expiresAt must be an ISO 8601 date-time.'
    if (date.getTime() <= now.getTime()) return 'expiresAt must be in the future.'
    expiry = date.toISOString()
  }
  if (rotate !== undefined && typeof rotate !== 'boolean') return 'rotate must be true or false.'
  if (
    overlapHours !== undefined &&
    (typeof overlapHours !== 'number' ||
      !Number.isFinite(overlapHours) ||
      overlapHours < 0 ||
      overlapHours > maxOverlapHours)
  ) {
    return `overlapHours must be a number from 0 to ${maxOverlapHours}.`
  }
  if (overlapHours !== undefined && rotate !== true) {
    return 'overlapHours only applies when rotate is true.'
  }
  return {
    label: typeof label === 'string' && label.trim() ? label.trim() : null,
    expiresAt: expiry,
    rotate: rotate === true,
    overlapHours: (overlapHours as number | undefined) ?? defaultOverlapHours,
  }
}
