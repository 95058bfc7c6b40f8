import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql } from '../helpers/http'
import { bearer } from '../helpers/staff'
import { setClock } from '../../src/lib/clock'
import { startWorkflowFixture, type WorkflowFixture } from './workflowFixture'

let fx: WorkflowFixture
let clockAt = new Date('2026-01-15T08:00:00.000Z')
let restoreClock: () => void

beforeAll(async () => {
  restoreClock = setClock(() => clockAt)
  fx = await startWorkflowFixture()
  // A reviewer approves TMJ disorder on 15 January 2026: next review due 15 January 2027.
  const tmj = await fx.publicRead('conditions', 'tmj-disorder')
  const { status, body } = await fx.patch(fx.reviewer, 'conditions', tmj.id, {
    _status: 'published',
  })
  expect(status, JSON.stringify(body)).toBe(200)
})
afterAll(async () => {
  restoreClock?.()
  await fx?.server.close()
})

// Read as staff: anonymous answers may come from the response cache (src/cache), which keeps a
// published answer until the content changes, not until the clock moves.
const statusOverRest = async () =>
  (
    await getJson(
      `${fx.server.baseUrl}/api/conditions?where[slug][equals]=tmj-disorder&depth=0`,
      bearer(fx.reviewer),
    )
  ).body.docs[0]

const statusOverGraphQL = async () => {
  const { body } = await graphql(
    fx.server.baseUrl,
    '{ Conditions(where: { slug: { equals: "tmj-disorder" } }) { docs { reviewStatus nextReviewDue } } }',
    {},
    bearer(fx.reviewer),
  )
  return body.data.Conditions.docs[0]
}

describe('reviewStatus', () => {
  test.each([
    ['the day after the review', '2026-01-16T00:00:00.000Z', 'current'],
    ['31 days before the due date', '2026-12-15T07:59:59.000Z', 'current'],
    ['30 days before the due date', '2026-12-16T08:00:00.000Z', 'due'],
    ['the moment it falls due', '2027-01-15T08:00:00.000Z', 'overdue'],
    ['a year late', '2028-01-15T00:00:00.000Z', 'overdue'],
  ])('should read %s as %s over REST and GraphQL', async (_case, at, expected) => {
    clockAt = new Date(at)
    const rest = await statusOverRest()
    expect(rest).toMatchObject({
      nextReviewDue: '2027-01-15T08:00:00.000Z',
      reviewStatus: expected,
    })
    expect(await statusOverGraphQL()).toEqual({
      nextReviewDue: '2027-01-15T08:00:00.000Z',
      reviewStatus: expected,
    })
  })
})

describe('filtering on reviewStatus', () => {
  const slugsWhere = async (query: string) => {
    const { status, body } = await getJson(
      `${fx.server.baseUrl}/api/conditions?${query}&sort=slug&depth=0`,
      bearer(fx.reviewer),
    )
    expect(status, JSON.stringify(body)).toBe(200)
    return body.docs.map((doc: { slug: string }) => doc.slug)
  }

  test('should list overdue and current documents as the clock moves', async () => {
    // The seeded conditions were never reviewed: due from the day they were seeded.
    clockAt = new Date('2026-06-01T00:00:00.000Z')
    expect(await slugsWhere('where[reviewStatus][equals]=overdue')).toEqual([
      'bruxism',
      'tension-headaches',
    ])
    expect(await slugsWhere('where[reviewStatus][equals]=current')).toEqual(['tmj-disorder'])
    clockAt = new Date('2027-02-01T00:00:00.000Z')
    expect(await slugsWhere('where[reviewStatus][in]=due,overdue')).toEqual([
      'bruxism',
      'tension-headaches',
      'tmj-disorder',
    ])
  })

  test('should answer an unknown status with a 400 that lists the valid ones', async () => {
    const { status, body } = await getJson(
      `${fx.server.baseUrl}/api/conditions?where[reviewStatus][equals]=late`,
      bearer(fx.reviewer),
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('current, due or overdue')
  })
})
