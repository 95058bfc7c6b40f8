import type { ClaimKind } from './claimRules'
import { findingKey, type ClaimFinding } from './findClaims'

export type ClaimFlagStatus = 'open' | 'acknowledged'

/** A finding as stored on the document, with the reviewer's answer. */
export type ClaimFlag = {
  id?: string | null
  field: string
  locale: string
  kind: ClaimKind
  match: string
  phrase: string
  reason: string
  status: ClaimFlagStatus
  acknowledgedBy?: string | number | null
  acknowledgedAt?: string | null
}

/** A row as a client may send it: an id or the flag's identifying fields, and a status. */
export type SubmittedFlag = Partial<ClaimFlag> & { acknowledgedBy?: unknown }

/** Who is saving: a reviewer or admin may acknowledge, the system (seed, import) is trusted. */
export type FlagActor =
  | { kind: 'reviewer'; id: string | number }
  | { kind: 'editor'; id: string | number }
  | { kind: 'system' }

export type MergedFlags = {
  flags: ClaimFlag[]
  /** Flags someone without the right tried to acknowledge: the save must be refused. */
  refused: ClaimFlag[]
}

const idOf = (value: unknown): string | number | null => {
  if (value && typeof value === 'object' && 'id' in value)
    return (value as { id: string | number }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

const hasKey = (row: SubmittedFlag) =>
  typeof row.field === 'string' &&
  typeof row.locale === 'string' &&
  typeof row.kind === 'string' &&
  typeof row.match === 'string' &&
  typeof row.phrase === 'string'

/**
 * The flags a document carries after a save: one per current finding. A finding whose phrase is
 * unchanged keeps its flag (id, status, acknowledgement); a new or changed phrase opens a new
 * flag; flags whose phrase is gone are dropped. Statuses sent with the save are applied if the
 * actor may: reviewers acknowledge (recorded as them, now) or reopen; editors may reopen but an
 * attempt to acknowledge is reported in `refused`; the system's rows are taken as sent.
 */
export function mergeClaimFlags({
  findings,
  previous,
  submitted,
  actor,
  at,
}: {
  findings: ClaimFinding[]
  previous: ClaimFlag[]
  submitted: SubmittedFlag[] | undefined
  actor: FlagActor
  at: Date
}): MergedFlags {
  const previousByKey = new Map(previous.map((flag) => [findingKey(flag), flag]))
  const submittedRows = submitted ?? []
  const refused: ClaimFlag[] = []

  const flags = findings.map((finding): ClaimFlag => {
    const key = findingKey(finding)
    const before = previousByKey.get(key)
    let flag: ClaimFlag = {
      ...(before?.id ? { id: before.id } : {}),
      ...finding,
      status: before?.status === 'acknowledged' ? 'acknowledged' : 'open',
      acknowledgedBy: before?.status === 'acknowledged' ? idOf(before.acknowledgedBy) : null,
      acknowledgedAt: before?.status === 'acknowledged' ? (before.acknowledgedAt ?? null) : null,
    }
    const sent = submittedRows.find(
      (row) =>
        (before?.id && row.id === before.id) ||
        (hasKey(row) && findingKey(row as ClaimFlag) === key),
    )
    if (!sent?.status || sent.status === flag.status) return flag

    if (sent.status === 'open') {
      return { ...flag, status: 'open', acknowledgedBy: null, acknowledgedAt: null }
    }
    if (sent.status !== 'acknowledged') return flag
    if (actor.kind === 'reviewer') {
      flag = {
        ...flag,
        status: 'acknowledged',
        acknowledgedBy: actor.id,
        acknowledgedAt: at.toISOString(),
      }
    } else if (actor.kind === 'system') {
      flag = {
        ...flag,
        status: 'acknowledged',
        acknowledgedBy: idOf(sent.acknowledgedBy),
        acknowledgedAt: sent.acknowledgedAt ?? at.toISOString(),
      }
    } else {
      refused.push(flag)
    }
    return flag
  })
  return { flags, refused }
}

export const openFlags = (flags: ClaimFlag[]) => flags.filter((flag) => flag.status === 'open')

/** One line per open flag, for the 409 a reviewer sees when publishing. */
export const describeFlag = (flag: ClaimFlag) =>
  `${flag.field}${flag.locale === 'all' ? '' : ` (${flag.locale})`}: ${flag.kind} "${flag.match}"`
