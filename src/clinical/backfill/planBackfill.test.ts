import { describe, expect, test } from 'vitest'

import { therapeuticBotoxInjection } from '../../../seed/procedures/therapeutic-botox-injection'
import { bruxism } from '../../../seed/conditions/bruxism'
import { planBackfill } from './planBackfill'

const seededProcedure = therapeuticBotoxInjection.data
const seededCondition = bruxism.data

describe('planBackfill', () => {
  test('should add every seeded fact to a procedure from before issue 10, marked for confirmation', () => {
    const { data, added } = planBackfill(
      'procedures',
      { name: 'Therapeutic Botox' },
      seededProcedure,
    )
    expect(data.regulatory).toMatchObject({
      offLabelNotice: expect.stringMatching(/legal but off-label/),
      provenance: 'added from the prescribing information',
      needsReviewerConfirmation: true,
    })
    expect(data.safetyInformation).toMatchObject({
      boxedWarning: expect.stringMatching(/life-threatening/),
      contraindications: expect.arrayContaining([expect.any(Object)]),
    })
    expect(added).toEqual(
      expect.arrayContaining(['regulatory.approvedIndications', 'safetyInformation.boxedWarning']),
    )
    // Only the clinical facts: the page text is never part of it.
    expect(Object.keys(data).sort()).toEqual(['regulatory', 'safetyInformation'])
  })

  test('should keep what an editor wrote and add only what is empty', () => {
    const current = {
      regulatory: {
        offLabelNotice: 'The clinic’s own notice.',
        approvedIndications: [{ indication: 'chronic migraine prevention in adults' }],
        label: { title: 'BOTOX label, revision checked by Dr. A' },
        needsReviewerConfirmation: false,
      },
      safetyInformation: { boxedWarning: 'Our own words on the boxed warning.' },
    }
    const { data, added } = planBackfill('procedures', current, seededProcedure)
    expect(data.regulatory).not.toHaveProperty('offLabelNotice')
    expect(data.regulatory).not.toHaveProperty('approvedIndications')
    expect((data.regulatory as { label?: unknown }).label ?? {}).not.toHaveProperty('title')
    // Something was added beside the confirmed facts, so they need a reviewer again.
    expect(data.regulatory).toMatchObject({ needsReviewerConfirmation: true })
    expect(data.safetyInformation).not.toHaveProperty('boxedWarning')
    expect(added).toContain('safetyInformation.contraindications')
    expect(added).not.toContain('regulatory.offLabelNotice')
  })

  test('should plan nothing for a document that already has every fact', () => {
    expect(planBackfill('procedures', seededProcedure, seededProcedure)).toEqual({
      data: {},
      added: [],
    })
    expect(planBackfill('conditions', seededCondition, seededCondition)).toEqual({
      data: {},
      added: [],
    })
  })

  test.each([
    [{}, ['codes', 'indication.status', 'indication.note']],
    [{ codes: [{ system: 'icd10cm', code: 'G47.63' }] }, ['indication.status']],
    [{ indication: { status: 'unknown' } }, ['indication.status', 'codes']],
    [
      { indication: { status: 'off-label', note: 'An editor’s note.', reference: 'Dev note' } },
      ['codes', 'indication.provenance'],
    ],
  ])('should add to the condition %j what it lacks', (current, expected) => {
    const { added } = planBackfill('conditions', current, seededCondition)
    for (const path of expected) expect(added).toContain(path)
    if ('codes' in current) expect(added).not.toContain('codes')
  })
})
