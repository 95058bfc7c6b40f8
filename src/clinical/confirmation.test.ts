import { describe, expect, test } from 'vitest'

import type { FlagActor } from './claimFlags'
import { decideConfirmation } from './confirmation'

const at = new Date('2026-11-30T12:00:00.000Z')
const earlier = '2026-10-01T09:00:00.000Z'
const reviewer: FlagActor = { kind: 'reviewer', id: 7 }
const otherReviewer: FlagActor = { kind: 'reviewer', id: 8 }
const editor: FlagActor = { kind: 'editor', id: 3 }
const system: FlagActor = { kind: 'system' }
const unconfirmed = { confirmed: false }
const confirmedBy7 = { confirmed: true, confirmedBy: 7, confirmedAt: earlier }

describe('decideConfirmation', () => {
  test.each([
    ['a reviewer confirms', unconfirmed, true, false, reviewer, [true, 7, at.toISOString()]],
    [
      'an unchanged confirmation is kept',
      confirmedBy7,
      true,
      false,
      otherReviewer,
      [true, 7, earlier],
    ],
    ['an editor’s save keeps it', confirmedBy7, true, false, editor, [true, 7, earlier]],
    [
      'a reviewer’s change re-confirms',
      confirmedBy7,
      true,
      true,
      otherReviewer,
      [true, 8, at.toISOString()],
    ],
    ['an editor’s change voids it', confirmedBy7, true, true, editor, [false, null, null]],
    [
      'unticking the confirmation clears it',
      confirmedBy7,
      false,
      false,
      reviewer,
      [false, null, null],
    ],
    [
      'the system confirms as nobody',
      unconfirmed,
      true,
      false,
      system,
      [true, null, at.toISOString()],
    ],
  ])('should record it when %s', (_, before, wantsConfirmed, factsChanged, actor, expected) => {
    const decision = decideConfirmation({ before, wantsConfirmed, factsChanged, actor, at })
    expect(decision).toEqual({
      outcome: 'confirmation',
      confirmation: {
        confirmed: expected[0],
        confirmedBy: expected[1],
        confirmedAt: expected[2],
      },
    })
  })

  test('should refuse an editor who confirms', () => {
    expect(
      decideConfirmation({
        before: unconfirmed,
        wantsConfirmed: true,
        factsChanged: false,
        actor: editor,
        at,
      }),
    ).toEqual({ outcome: 'refused' })
  })

  test('should read a populated confirmedBy as its id', () => {
    const decision = decideConfirmation({
      before: {
        confirmed: true,
        confirmedBy: { id: 7, email: 'r@clinic.test' },
        confirmedAt: earlier,
      },
      wantsConfirmed: true,
      factsChanged: false,
      actor: reviewer,
      at,
    })
    expect(decision).toMatchObject({ confirmation: { confirmedBy: 7 } })
  })
})
