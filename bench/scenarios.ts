/** The requests the benchmark measures. Paths are sent as written (brackets percent-encoded). */
export type Scenario = {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: string
  headers?: Record<string, string>
}

export const bySlugPath = (slug: string) =>
  `/api/conditions?where%5Bslug%5D%5Bequals%5D=${slug}&limit=1`

const conditionPageQuery = `query ConditionPage($slug: String!) {
  Conditions(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      name
      summary
      symptoms
      relatedProcedures { docs { ... on Procedure { name drug summary } } }
    }
  }
  Faqs(limit: 10, sort: "order") { docs { question slug } }
}`

export const mainScenarios: Scenario[] = [
  { name: 'REST list /api/conditions?limit=10', method: 'GET', path: '/api/conditions?limit=10' },
  { name: 'REST by slug (tmj-disorder)', method: 'GET', path: bySlugPath('tmj-disorder') },
  {
    name: 'GraphQL condition + procedure + FAQs',
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: conditionPageQuery, variables: { slug: 'tmj-disorder' } }),
  },
]

export const scaleScenarios = (documents: number): Scenario[] => [
  { name: 'list', method: 'GET', path: '/api/conditions?limit=10' },
  {
    name: 'by slug',
    method: 'GET',
    path: bySlugPath(`synthetic-condition-${String(Math.floor(documents / 2)).padStart(5, '0')}`),
  },
]

/**
 * A partner's syndication read (the list of conditions), with the key bench/setupActors.ts issued
 * on the benchmark-only tier.
 */
export const partnerScenario = (key: string): Scenario => ({
  name: 'partner syndication list /syndication/v1/conditions?limit=10',
  method: 'GET',
  path: '/syndication/v1/conditions?limit=10',
  headers: { authorization: `Bearer ${key}` },
})
