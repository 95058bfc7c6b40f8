import { describe, expect, test } from 'vitest'

import { unavailableProblem } from '../../server/outage/outageResponse'
import {
  problemSchema,
  problemTypes,
  problemTypeUri,
  SyndicationProblem,
  type ProblemType,
} from './problem'

const catalogue = new Set(
  Object.keys(problemTypes).map((name) => problemTypeUri(name as ProblemType)),
)

describe('SyndicationProblem', () => {
  test.each(Object.entries(problemTypes))(
    'should answer %s with its catalogue status and title',
    (name, { status, title }) => {
      const problem = new SyndicationProblem(name as ProblemType, 'What to do.', { slug: 'x' })
      expect(problem.status).toBe(status)
      expect(problem.toProblem('/syndication/v1/faqs')).toEqual({
        type: problemTypeUri(name as ProblemType),
        title,
        status,
        detail: 'What to do.',
        instance: '/syndication/v1/faqs',
        slug: 'x',
      })
      expect(problemSchema.safeParse(problem.toProblem()).error?.issues ?? []).toEqual([])
    },
  )
})

/** The 503s are answered in front of the partner API, and must still come from its catalogue. */
describe('unavailableProblem', () => {
  test.each([
    ['/syndication/v1/faqs', 'database', 'database-unavailable'],
    ['/syndication/v1/changes?since=0', 'shutdown', 'shutting-down'],
    ['/syndication/docs', 'shutdown', 'shutting-down'],
    ['/infobutton?mainSearchCriteria.v.c=G47.63', 'shutdown', 'shutting-down'],
  ] as const)('should give %s during a %s outage the documented %s', (path, reason, type) => {
    const body = unavailableProblem(path, reason)
    expect(body).toMatchObject({ type: problemTypeUri(type), status: 503 })
    expect(catalogue.has(body.type)).toBe(true)
    expect(body.title).toBe(problemTypes[type].title)
    // The documented Problem shape, as openapi.json gives it to partners.
    expect(problemSchema.safeParse(body).error?.issues ?? []).toEqual([])
  })

  test.each([
    ['/api/conditions', 'database'],
    ['/api/graphql', 'shutdown'],
    ['/syndicationx', 'shutdown'],
  ] as const)('should keep about:blank for %s (%s)', (path, reason) => {
    expect(unavailableProblem(path, reason)).toMatchObject({ type: 'about:blank', status: 503 })
  })
})
