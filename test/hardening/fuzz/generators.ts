/**
 * Malformed requests, generated from a seeded random source so a failure can be replayed: bad
 * `where` operators, nested junk, wrong types, broken JSON, huge numbers and path tricks.
 */
export type FuzzRequest = {
  channel: 'rest' | 'graphql' | 'syndication'
  method: string
  path: string
  body?: string
  contentType?: string
  authenticated: boolean
}

/** mulberry32: small, fast, good enough to spread inputs; the seed makes every run the same. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const int = (max: number) => Math.floor(next() * max)
  return { next, pick, int }
}

type Random = ReturnType<typeof randomSource>

const contentCollections = ['conditions', 'procedures', 'aftercare-steps', 'faqs']
const collections = [...contentCollections, 'media', 'users']
const weirdNumbers = ['1e309', '-1', '0', '99999999999999999999', 'NaN', '-0', '1.5', '0x10', '']
const weirdStrings = [
  '../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%00',
  "' OR 1=1 --",
  '"; drop table conditions; --',
  '<script>alert(1)</script>',
  '\u0000\uFFFF',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '{"$gt":""}',
  'x'.repeat(5000),
  '[object Object]',
  '__proto__',
  'constructor',
]
const operators = [
  'equals',
  'not_equals',
  'like',
  'contains',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  '$where',
  'regex',
  '__proto__',
  'like][0',
]
const fields = [
  'slug',
  'name',
  'id',
  '_status',
  'updatedAt',
  'expectedRelief.max',
  'a.b.c.d',
  '',
  '$where',
  '__proto__',
  'password',
  'hash',
]

const encode = (text: string) => (/%[0-9a-f]{2}/i.test(text) ? text : encodeURIComponent(text))

function junkValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 3 ? 5 : 8)
  switch (kind) {
    case 0:
      return random.pick(weirdStrings)
    case 1:
      return Number(random.pick(weirdNumbers)) || random.pick([1e308, -1e308, 2 ** 64, 0.1])
    case 2:
      return random.pick([true, false, null])
    case 3:
      return random.pick(weirdNumbers)
    case 4:
      return ''
    case 5:
      return Array.from({ length: random.int(4) }, () => junkValue(random, depth + 1))
    default: {
      const object: Record<string, unknown> = {}
      for (let i = 0; i < random.int(4); i += 1) {
        object[random.pick([...fields, ...operators, 'and', 'or'])] = junkValue(random, depth + 1)
      }
      return object
    }
  }
}

function junkQuery(random: Random): string {
  const parts: string[] = []
  for (let i = 0; i <= random.int(4); i += 1) {
    const field = random.pick(fields)
    switch (random.int(9)) {
      case 0:
        parts.push(
          `where[${field}][${random.pick(operators)}]=${encode(random.pick(weirdStrings))}`,
        )
        break
      case 1:
        parts.push(
          `where[${field}][${random.pick(operators)}][0][x]=${encode(random.pick(weirdNumbers))}`,
        )
        break
      case 2:
        parts.push(`where${'[or][0]'.repeat(1 + random.int(12))}[${field}][equals]=1`)
        break
      case 3:
        parts.push(
          `${random.pick(['limit', 'page', 'depth'])}=${encode(random.pick(weirdNumbers))}`,
        )
        break
      case 4:
        parts.push(
          `sort=${encode(random.pick([...weirdStrings, '-', '--slug', 'slug,,', 'slug;drop']))}`,
        )
        break
      case 5:
        parts.push(`where=${encode(random.pick(weirdStrings))}`)
        break
      case 6:
        parts.push(
          `locale=${encode(random.pick(['all', 'xx', '*', '../', 'es', '']))}&fallback-locale=${encode(random.pick(weirdStrings))}`,
        )
        break
      case 7:
        parts.push(
          `draft=${encode(random.pick(['true', 'yes', '1', '[]', '']))}&select[${field}]=${encode(random.pick(weirdNumbers))}`,
        )
        break
      default:
        parts.push(`${encode(random.pick(weirdStrings))}=${encode(random.pick(weirdStrings))}`)
    }
  }
  return parts.join('&')
}

const brokenJson = [
  '{',
  '{"name":',
  '[1,2',
  '{"a":1}}',
  'null',
  '"string"',
  '12',
  '{"a":\u0000}',
  '\uFEFF{}',
  '',
]

/** Any junk, for requests that go out without credentials and so can change nothing. */
function junkBody(random: Random): string {
  switch (random.int(4)) {
    case 0:
      return random.pick(brokenJson)
    case 1:
      return JSON.stringify(junkValue(random))
    case 2:
      return `{"slug": ${'['.repeat(500)}${']'.repeat(500)}}`
    default:
      return invalidDocument(random)
  }
}

/**
 * Junk a signed-in editor may send: broken JSON, or a document whose slug is always invalid, so
 * even a well-aimed create or bulk update is refused. (Other junk from an editor could be a
 * legitimate edit, which the data-unchanged check would then mistake for damage.)
 */
function refusableBody(random: Random): string {
  return random.next() < 0.3 ? random.pick(brokenJson) : invalidDocument(random)
}

function invalidDocument(random: Random): string {
  // A document with every field wrong; the slug is always invalid, so nothing can be created.
  const document = junkValue(random, 1)
  const base = document && typeof document === 'object' && !Array.isArray(document) ? document : {}
  const text = JSON.stringify({
    ...base,
    name: junkValue(random, 2),
    slug: random.pick(['Not A Slug', '../x', 42, null, ['a'], { equals: 'x' }, 'UPPER']),
    indication: junkValue(random, 2),
    expectedRelief: { min: junkValue(random, 3), max: random.pick(['HUGE', -5, 'many']) },
  })
  // A number too large for a double, as literal JSON text (JSON.parse makes it Infinity).
  return text.replace('"HUGE"', '1e309')
}

export function restRequest(random: Random, existingIds: string[]): FuzzRequest {
  const method = random.pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT'])
  // Deletes, and writes to collections without a required slug, go out anonymously: from a
  // signed-in editor they could be legitimate edits.
  const authenticated =
    method === 'GET' ? random.next() < 0.5 : method !== 'DELETE' && random.next() < 0.7
  const collection = random.pick(
    authenticated && method !== 'GET'
      ? contentCollections
      : [...collections, ...weirdStrings.map(encode), 'payload-preferences', ''],
  )
  const id = random.pick([...existingIds, ...weirdStrings.map(encode), '0', '-1', '1e309', 'null'])
  const onDocument = random.next() < 0.5
  // A signed-in editor's draft save skips validation by design, so their writes never ask for one.
  const query = junkQuery(random)
  const safeQuery =
    authenticated && method !== 'GET'
      ? query
          .split('&')
          .filter((part) => !part.startsWith('draft='))
          .join('&')
      : query
  const path = `/api/${collection}${onDocument ? `/${id}` : ''}?${safeQuery}`
  if (method === 'GET') return { channel: 'rest', method, path, authenticated }
  return {
    channel: 'rest',
    method,
    path,
    body: authenticated ? refusableBody(random) : junkBody(random),
    contentType: random.pick([
      'application/json',
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]),
    authenticated,
  }
}

export function graphqlRequest(random: Random): FuzzRequest {
  const queries = [
    () =>
      `{ Conditions(where: { slug: { ${random.pick(operators)}: ${JSON.stringify(junkValue(random))} } }) { docs { name } } }`,
    () =>
      `{ Conditions(limit: ${random.pick(weirdNumbers) || 0}, page: ${random.pick(['-1', '0', '1e309', '"x"'])}) { docs { id } } }`,
    () => `{ Condition(id: ${JSON.stringify(random.pick(weirdStrings))}) { name slug } }`,
    () =>
      `{ ${random.pick(['Conditions', 'Procedures', 'Faqs', 'Users', '__schema', 'Nope'])} { docs { ${random.pick(['name', 'password', 'hash', '__typename', 'x'])} } } }`,
    () =>
      `mutation { createCondition(data: ${JSON.stringify(junkValue(random)).replace(/"(\w+)":/g, '$1:')}) { id } }`,
    () => `mutation { deleteCondition(id: ${JSON.stringify(random.pick(weirdStrings))}) { id } }`,
    () =>
      random.pick([
        '{',
        '}}}',
        'query {',
        'fragment X on Y { a }',
        '{ a(b: ) }',
        '',
        'subscription { x }',
      ]),
    () =>
      `{ Conditions { docs { ${'relatedProcedures { docs { conditionsTreated { '.repeat(1 + random.int(6))} name ${'} } } '.repeat(1 + random.int(6))} } } }`,
  ]
  const query = random.pick(queries)()
  const shapes = [
    () => ({ method: 'POST', body: JSON.stringify({ query, variables: junkValue(random) }) }),
    () => ({ method: 'POST', body: JSON.stringify({ query: junkValue(random) }) }),
    () => ({ method: 'POST', body: junkBody(random) }),
    () => ({
      method: 'GET',
      query: `?query=${encodeURIComponent(query)}&variables=${encode(random.pick(weirdStrings))}`,
    }),
  ]
  const shape = random.pick(shapes)() as { method: string; body?: string; query?: string }
  return {
    channel: 'graphql',
    method: shape.method,
    path: `/api/graphql${shape.query ?? ''}`,
    body: shape.body,
    contentType: random.pick([
      'application/json',
      'application/json',
      'application/graphql',
      'text/plain',
    ]),
    authenticated: false,
  }
}

export function syndicationRequest(random: Random): FuzzRequest {
  const segment = () =>
    random.pick([
      'conditions',
      'faqs',
      'changes',
      'feed.atom',
      'feed.json',
      'openapi.json',
      ...weirdStrings.map(encode),
      'users',
      'media',
    ])
  const params = [
    `cursor=${encode(random.pick(weirdStrings))}`,
    `limit=${encode(random.pick(weirdNumbers))}`,
    `locale=${encode(random.pick(['es', 'xx', 'all', ...weirdStrings]))}`,
    `since=${encode(random.pick(['yesterday', '2026-13-45', '0', ...weirdNumbers]))}`,
    `format=${encode(random.pick(['html', 'jsonld', 'x', ...weirdStrings]))}`,
  ]
  const path = `/syndication/v1/${segment()}${random.next() < 0.5 ? `/${segment()}` : ''}?${random.pick(params)}&${random.pick(params)}`
  return {
    channel: 'syndication',
    method: random.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS']),
    path,
    authenticated: random.next() < 0.7,
  }
}
