/**
 * Checks the parts of a REST request the list-query check does not: the path (a collection that
 * exists, an ID of the right kind) and the `select`, `locale` and `fallback-locale` parameters.
 * Each of these, malformed, used to reach Payload and the database and come back as a 500.
 */

export type ApiShape = {
  collections: ReadonlySet<string>
  globals: ReadonlySet<string>
  localeCodes: readonly string[]
  /** What a document ID looks like on the database engine in use (src/database/idKind.ts). */
  ids: IdKind
  /**
   * Auth collections with email verification on. Payload routes `/<slug>/verify/<token>` for every
   * auth collection and, where verification is off, fails looking for the token field (a 500).
   */
  verifiable: ReadonlySet<string>
}

import type { IdKind } from '../../database/idKind'
import { nulMessage, urlContainsNul } from '../../lib/nulCharacter'
import { listValues } from './listValues'

type Problem = { status: number; message: string } | null

/** Names every plain object inherits: as a collection slug they reach Object.prototype. */
const inheritedNames = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])

/** Non-ID segments Payload serves below a document or collection. */
const collectionEndpoints = new Set([
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'unlock',
  'verify',
  'init',
  'first-register',
  'access',
  'versions',
  'count',
  'file',
  'paste-url',
  'duplicate',
  'preview',
  // Not 'distinct': Payload 3.90 leaves that endpoint out, so /<slug>/distinct reached findByID
  // with the ID "distinct" and failed in the database as a 500.
])

/**
 * Collections whose `/<slug>/<segment>` names a key, not a document: Payload's admin saves each
 * preference at `/api/payload-preferences/<key>` (`locale`, `conditions-list`,
 * `collection-conditions-12`…), one per user.
 */
const keyedCollections = new Set(['payload-preferences'])
/** The keys Payload's admin builds: slugs, IDs and field paths joined by `-`, `.` or `_`. */
const preferenceKeyPattern = /^[\w.:-]{1,200}$/

/** The segment decoded, or undefined when it holds a broken %-escape. */
function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

const brokenEscapeText = (segment: string) =>
  `The path segment "${segment.slice(0, 80)}" has a broken %-escape: a % must be followed by two hex digits of UTF-8 (write a literal % as %25).`

/** What is wrong with a path whose segment holds a broken %-escape, or undefined when none does. */
export function brokenEscapeMessage(path: string): string | undefined {
  const broken = path.split('/').find((segment) => decode(segment) === undefined)
  return broken === undefined ? undefined : brokenEscapeText(broken)
}

export function checkApiPath(path: string, shape: ApiShape): Problem {
  // Payload's routes decode every segment and answer a broken %-escape with a 500 (URIError).
  const raw = path.split('/').filter(Boolean)
  const decoded = raw.map(decode)
  const brokenAt = decoded.indexOf(undefined)
  if (brokenAt !== -1) return { status: 400, message: brokenEscapeText(raw[brokenAt]) }
  const segments = decoded as string[]
  const [first, second] = segments
  if (first === undefined) return null
  if (inheritedNames.has(first) || (first === 'globals' && second && inheritedNames.has(second))) {
    return { status: 404, message: `Nothing is served at /${segments.join('/')}.` }
  }
  if (!shape.collections.has(first) || second === undefined) return null
  if (second === 'verify' && !shape.verifiable.has(first)) {
    return {
      status: 404,
      message: `${first} accounts have no email verification: there is nothing to verify.`,
    }
  }
  if (collectionEndpoints.has(second)) return null
  if (keyedCollections.has(first)) {
    if (preferenceKeyPattern.test(second)) return null
    return {
      status: 404,
      message: `No preference has the key "${second.slice(0, 80)}": keys are letters, digits and - _ . : (at most 200).`,
    }
  }
  if (shape.ids.pattern.test(second)) return null
  return {
    status: 404,
    message: `No ${first} document has the ID "${second.slice(0, 80)}": ${shape.ids.description}.`,
  }
}

const selectPathPattern = /^\w+$/

function checkSelectValue(value: unknown, trail: string, depth: number): string | null {
  if (value === 'true' || value === 'false' || value === true || value === false) return null
  if (!value || typeof value !== 'object' || Array.isArray(value) || depth > 8) {
    return `${trail} takes true, false, or nested field names, e.g. select[name]=true.`
  }
  for (const [key, child] of Object.entries(value)) {
    if (!selectPathPattern.test(key)) return `${trail} names "${key}", which is not a field name.`
    const problem = checkSelectValue(child, `${trail}[${key}]`, depth + 1)
    if (problem) return problem
  }
  return null
}

const fallbackWords = ['none', 'null', 'false']

/** Operators whose values are compared with the ID column itself. */
const idValueOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

/**
 * An ID of the wrong kind in `where[id]` (`where[id][in]=1` on PostgreSQL's UUIDs) failed in the
 * database and came back as a 500; the list-query check cannot know the engine's ID kind.
 */
function checkWhereIds(where: unknown, shape: ApiShape, depth = 0): string | null {
  if (!where || typeof where !== 'object' || depth > 8) return null
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const branch of listValues(value)) {
        const problem = checkWhereIds(branch, shape, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (key !== 'id' || !value || typeof value !== 'object') continue
    for (const [operator, operand] of Object.entries(value)) {
      if (!idValueOperators.has(operator)) continue
      const wrong = listValues(operand).find(
        (id) => id !== '' && !shape.ids.pattern.test(String(id)),
      )
      if (wrong !== undefined) {
        return `where[id][${operator}] names "${String(wrong).slice(0, 80)}", which is not an ID here: ${shape.ids.description}.`
      }
    }
  }
  return null
}

export function checkQueryParams(
  query: Record<string, unknown>,
  method: string,
  shape: ApiShape,
): Problem {
  const idProblem = checkWhereIds(query.where, shape)
  if (idProblem) return { status: 400, message: idProblem }
  if (query.select !== undefined) {
    const problem = checkSelectValue(query.select, 'select', 0)
    if (problem) return { status: 400, message: problem }
  }
  const codes = shape.localeCodes
  if (codes.length === 0) return null
  const isRead = method === 'GET' || method === 'HEAD'
  const locale = query.locale
  if (locale !== undefined) {
    const accepted = isRead ? [...codes, 'all'] : codes
    if (typeof locale !== 'string' || !accepted.includes(locale)) {
      return {
        status: 400,
        message: `locale must be one of ${accepted.join(', ')}${isRead ? '' : ' (a change is made in one locale at a time)'}.`,
      }
    }
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    if (value === undefined) continue
    if (typeof value !== 'string' || ![...codes, ...fallbackWords].includes(value)) {
      return {
        status: 400,
        message: `${name} must be one of ${[...codes, ...fallbackWords].join(', ')}.`,
      }
    }
  }
  return null
}

export function checkNul(url: string): Problem {
  return urlContainsNul(url) ? { status: 400, message: nulMessage } : null
}
