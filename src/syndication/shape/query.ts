import Negotiator from 'negotiator'

import { SyndicationProblem } from './problem'

export const formats = ['json', 'jsonld', 'html'] as const
export type Format = (typeof formats)[number]

export const defaultPageSize = 20
export const maxPageSize = 100

type Query = Record<string, unknown>

const invalid = (parameter: string, detail: string) =>
  new SyndicationProblem('invalid-parameter', detail, { parameter })

/**
 * Refuses parameters this endpoint does not know, so a partner's typo (`?limt=5`) is an error they
 * see, not a silently ignored request. Each known parameter must be given once, as plain text.
 */
export function readQuery<Name extends string>(
  query: Query,
  allowed: readonly Name[],
): Partial<Record<Name, string>> {
  const values: Partial<Record<Name, string>> = {}
  for (const [name, value] of Object.entries(query)) {
    if (!(allowed as readonly string[]).includes(name)) {
      throw invalid(
        name,
        `Unknown parameter "${name}". This endpoint accepts: ${allowed.join(', ') || 'none'}.`,
      )
    }
    if (typeof value !== 'string') {
      throw invalid(name, `Give "${name}" once, as a plain value.`)
    }
    values[name as Name] = value
  }
  return values
}

export function parseLimit(value: string | undefined): number {
  if (value === undefined) return defaultPageSize
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxPageSize) {
    throw invalid('limit', `limit must be a whole number from 1 to ${maxPageSize}.`)
  }
  return Number(value)
}

/** The media types Accept chooses between, plain JSON first: it answers `*\/*` and no Accept. */
const negotiatedTypes = ['application/json', 'application/ld+json']

/**
 * `?format=` wins; otherwise Accept, read by its q-values (RFC 9110 §12.5.1), chooses JSON-LD
 * when it prefers `application/ld+json` to `application/json`. An Accept that takes neither (a
 * browser's `text/html,…`, or `application/ld+json;q=0` alone) gets plain JSON, as clients that
 * send no Accept do, rather than a 406 a partner's generic HTTP client could not act on.
 */
export function negotiateFormat(value: string | undefined, accept: string | undefined): Format {
  if (value !== undefined) {
    if ((formats as readonly string[]).includes(value)) return value as Format
    throw invalid('format', `format must be one of: ${formats.join(', ')}.`)
  }
  if (accept === undefined) return 'json'
  const preferred = new Negotiator({ headers: { accept } }).mediaType(negotiatedTypes)
  return preferred === 'application/ld+json' ? 'jsonld' : 'json'
}

/** The locale asked for, checked against the partner's scope and what the CMS is configured for. */
export function resolveLocale(
  value: string | undefined,
  scoped: readonly string[],
  offered: readonly string[],
): string {
  const usable = scoped.filter((locale) => offered.includes(locale))
  if (value === undefined) {
    const fallback = usable[0]
    if (!fallback) {
      throw new SyndicationProblem(
        'out-of-scope',
        'This key is not scoped to any locale the CMS offers. Ask the clinic to add one.',
      )
    }
    return fallback
  }
  if (!offered.includes(value)) {
    throw invalid('locale', `locale must be one of: ${offered.join(', ')}.`)
  }
  if (!scoped.includes(value)) {
    throw new SyndicationProblem(
      'out-of-scope',
      `This key is not scoped to the "${value}" locale. It may read: ${usable.join(', ') || 'none'}.`,
      { locale: value },
    )
  }
  return value
}
