import type { FlagActor } from './claimFlags'

type Id = string | number

/** A reviewer's confirmation of cited facts (a code, the label's facts): who and when, or none. */
export type Confirmation = {
  confirmed: boolean
  confirmedBy: Id | null
  confirmedAt: string | null
}

export type ConfirmationDecision =
  { outcome: 'confirmation'; confirmation: Confirmation } | { outcome: 'refused' }

const none: Confirmation = { confirmed: false, confirmedBy: null, confirmedAt: null }

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

/**
 * What a save does to a confirmation. The server alone records who and when: a confirmation
 * given now is recorded as the reviewer saving, now; an unchanged confirmation keeps its record;
 * facts changed under a confirmation void it (a reviewer saving the change confirms it anew, an
 * editor's change waits for a reviewer again); only reviewers and admins may confirm. The system
 * (seed, import) confirms as nobody in particular.
 */
export function decideConfirmation({
  before,
  wantsConfirmed,
  factsChanged,
  actor,
  at,
}: {
  before: { confirmed: boolean; confirmedBy?: unknown; confirmedAt?: unknown }
  wantsConfirmed: boolean
  factsChanged: boolean
  actor: FlagActor
  at: Date
}): ConfirmationDecision {
  if (!wantsConfirmed) return { outcome: 'confirmation', confirmation: none }
  if (before.confirmed && !factsChanged) {
    return {
      outcome: 'confirmation',
      confirmation: {
        confirmed: true,
        confirmedBy: idOf(before.confirmedBy),
        confirmedAt: typeof before.confirmedAt === 'string' ? before.confirmedAt : null,
      },
    }
  }
  if (actor.kind === 'editor') {
    return before.confirmed
      ? { outcome: 'confirmation', confirmation: none }
      : { outcome: 'refused' }
  }
  return {
    outcome: 'confirmation',
    confirmation: {
      confirmed: true,
      confirmedBy: actor.kind === 'reviewer' ? actor.id : null,
      confirmedAt: at.toISOString(),
    },
  }
}
