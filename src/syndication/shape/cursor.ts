import { SyndicationProblem } from './problem'

/**
 * Cursors are opaque to partners: base64url JSON with a version, so the server can change what
 * is inside without breaking a partner's stored cursor shape.
 */
type ListCursor = { v: 1; after: string }
type ChangesCursor = { v: 1; seq: number }

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

function decode(cursor: string, parameter: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw badCursor(parameter)
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (parsed && typeof parsed === 'object' && (parsed as { v?: unknown }).v === 1) {
      return parsed as Record<string, unknown>
    }
  } catch {
    // fall through to the same answer as any other malformed cursor
  }
  throw badCursor(parameter)
}

const badCursor = (parameter: string) =>
  new SyndicationProblem(
    'invalid-cursor',
    `The ${parameter} value is not a cursor this API gave out. Start again without it, or use the nextCursor of a previous page.`,
    { parameter },
  )

/**
 * A since cursor past the last event: answered with an empty page it would be echoed back as the
 * next cursor forever, and the partner would miss every change until the log caught up with it.
 */
export const cursorAheadOfLog = () =>
  new SyndicationProblem(
    'invalid-cursor',
    'The since value is past the end of the change log: it was not given out by this server, or the content was restored from an earlier backup. Start again without since (or from the nextCursor of a page you fetched since the restore) and refresh your copies.',
    { parameter: 'since' },
  )

export const encodeListCursor = (afterSlug: string) => encode({ v: 1, after: afterSlug })

export function decodeListCursor(cursor: string): string {
  const { after } = decode(cursor, 'cursor') as Partial<ListCursor>
  if (typeof after !== 'string' || after.length === 0) throw badCursor('cursor')
  return after
}

export const encodeChangesCursor = (sequence: number) => encode({ v: 1, seq: sequence })

/** The start of the change log: everything since the first event. */
export const changesStart = encodeChangesCursor(0)

export function decodeChangesCursor(cursor: string): number {
  const { seq } = decode(cursor, 'since') as Partial<ChangesCursor>
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) throw badCursor('since')
  return seq
}
