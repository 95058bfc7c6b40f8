import { createHash } from 'node:crypto'

/** JSON with object keys sorted, so equal content always serialises to equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** `sha256-<base64url>` of the canonical JSON, the form partners compare to detect a change. */
export const contentHash = (value: unknown) =>
  `sha256-${createHash('sha256').update(canonicalJson(value)).digest('base64url')}`
