import { createHash } from 'node:crypto'

/**
 * JSON with keys sorted and empty values (null, undefined) left out, so two databases that store
 * the same content the same way up to key order and "null or absent" give the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortValue(value))
}

function sortValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortValue)
  if (value instanceof Date) return value.toISOString()
  if (!value || typeof value !== 'object') return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key]
    if (child === null || child === undefined) continue
    sorted[key] = sortValue(child)
  }
  return sorted
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
