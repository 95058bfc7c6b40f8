import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  print,
  visit,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionSetNode,
} from 'graphql'
import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import * as websiteQueries from '../../src/app/(site)/_lib/queries'
import { computedSourcesOf } from '../../src/fields/computedFrom'
import { richText } from '../../src/seed/lexical'
import { seedSource } from '../helpers/seeded'
import { getJson, graphql, idLiteral } from '../helpers/http'
import { createImage } from '../helpers/media'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/*
 * Our GraphQL reads only the fields a query names (src/graphql/readAskedFields.ts), which Payload
 * does only for `select: true`. Every answer must be what the full read (`select: false`) gives:
 * computed fields included (src/fields/selectComputedSources.ts), and with each top-level field's
 * select kept to itself (our patch to @payloadcms/graphql).
 */

let server: TestServer
let schema: GraphQLSchema
let editor: StaffMember
let administrator: StaffMember
let takesSelect: Set<string>
const slugs: Record<string, string> = {}

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  administrator = await signInAs(server.payload, server.baseUrl, 'admin')
  // An image on a published condition, so its url and sizes (computed by Payload) are read too.
  const image = await createImage(server.payload, {
    alt: 'A grey rectangle',
    name: 'grey.png',
    width: 640,
    height: 480,
  })
  const { body } = await graphql(server.baseUrl, getIntrospectionQuery())
  schema = buildClientSchema((body as { data: IntrospectionQuery }).data)
  takesSelect = new Set(
    Object.values(schema.getQueryType()!.getFields())
      .filter((field) => field.args.some((arg) => arg.name === 'select'))
      .map((field) => field.name),
  )
  for (const collection of ['conditions', 'procedures'] as const) {
    const { docs } = await server.payload.find({ collection, limit: 1, sort: 'slug' })
    slugs[collection] = docs[0].slug as string
  }
  // A published FAQ that names a procedure only a draft exists of: visitors must not see it.
  // It speaks of approval, so its off-label notice reads the procedures (the draft's must not show).
  const draftProcedure = await server.payload.create({
    collection: 'procedures',
    data: {
      name: 'Unreviewed procedure',
      summary: 'Not published.',
      regulatory: { offLabelNotice: 'Unreviewed notice text.' },
      _status: 'draft',
    },
    draft: true,
    overrideAccess: true,
  } as never)
  const published = await server.payload.find({
    collection: 'procedures',
    where: { _status: { equals: 'published' } },
    limit: 1,
  })
  await server.payload.create({
    collection: 'faqs',
    data: {
      question: 'Is this use approved?',
      answer: richText('Ask your clinician which uses are approved.'),
      relatedProcedures: [published.docs[0].id, draftProcedure.id],
      order: 99,
      _status: 'published',
    },
    overrideAccess: true,
  } as never)
  const { docs } = await server.payload.find({ collection: 'conditions', limit: 1, sort: 'slug' })
  await server.payload.update({
    collection: 'conditions',
    id: docs[0].id,
    data: { image: image.id },
    overrideAccess: true,
  })
}, 120_000)
afterAll(() => server?.close())

/** The query with `select: <value>` on every top-level field that takes it (fragments on Query too). */
function withSelect(query: string, value: boolean): string {
  const onTopLevelFields = <Node extends { selectionSet: SelectionSetNode }>(node: Node): Node => ({
    ...node,
    selectionSet: {
      ...node.selectionSet,
      selections: node.selectionSet.selections.map((selection) =>
        selection.kind === Kind.FIELD && takesSelect.has(selection.name.value)
          ? {
              ...selection,
              arguments: [
                ...(selection.arguments ?? []),
                {
                  kind: Kind.ARGUMENT,
                  name: { kind: Kind.NAME, value: 'select' },
                  value: { kind: Kind.BOOLEAN, value },
                },
              ],
            }
          : selection,
      ),
    },
  })
  return print(
    visit(parse(query), {
      OperationDefinition: onTopLevelFields,
      FragmentDefinition: (fragment) =>
        fragment.typeCondition.name.value === 'Query' ? onTopLevelFields(fragment) : fragment,
    }),
  )
}

type Reader = { name: string; headers: Record<string, string>; variables: Record<string, unknown> }
const readers = (): Reader[] => [
  { name: 'a visitor, English', headers: {}, variables: { locale: 'en' } },
  { name: 'a visitor, Spanish', headers: {}, variables: { locale: 'es' } },
  { name: 'an editor, drafts', headers: bearer(editor), variables: { locale: 'en', draft: true } },
]

/** The answer as sent and as the full read gives it; both must have no errors. */
async function bothWays(query: string, variables: Record<string, unknown>, headers = {}) {
  const [asked, full] = await Promise.all([
    graphql(server.baseUrl, query, variables, headers),
    graphql(server.baseUrl, withSelect(query, false), variables, headers),
  ])
  expect(full.body.errors, query).toBeUndefined()
  expect(asked.body.errors, query).toBeUndefined()
  return { asked: asked.body.data, full: full.body.data }
}

describe('GraphQL reading only the asked fields', () => {
  test('should answer every website query as the full read does, for visitors, in Spanish and with drafts', async () => {
    const queries = Object.entries(websiteQueries).filter(
      ([, value]) => typeof value === 'string' && /^\s*query /.test(value),
    )
    expect(queries.length).toBeGreaterThanOrEqual(9)
    for (const reader of readers()) {
      for (const [name, query] of queries) {
        const variables = {
          ...reader.variables,
          slug: /Procedure/.test(query as string) ? slugs.procedures : slugs.conditions,
          procedure: null,
        }
        const { asked, full } = await bothWays(query as string, variables, reader.headers)
        expect(asked, `${name} as ${reader.name}`).toEqual(full)
      }
    }
  }, 120_000)

  test('should answer every field of every list asked alone as the full read does', async () => {
    const staff = readers().filter(({ name }) => !name.includes('Spanish'))
    const admin: Reader = {
      name: 'an admin',
      headers: bearer(administrator),
      variables: { locale: 'en' },
    }
    // Content as visitors and editors see it; versions, images and the rest as an admin.
    // Every list an admin may read (Payload's own key-value store, for one, is refused to all).
    const lists: string[] = []
    for (const root of [...takesSelect].filter((name) => listDocType(name))) {
      const probe = await graphql(
        server.baseUrl,
        `{ ${root}(limit: 1) { docs { id } } }`,
        {},
        admin.headers,
      )
      if (!probe.body.errors) lists.push(root)
    }
    const content = ['Conditions', 'Procedures', 'AftercareSteps', 'Faqs']
    expect(lists).toEqual(expect.arrayContaining([...content, 'versionsFaqs', 'allMedia']))
    let asked = 0
    for (const root of lists) {
      const selections = leafSelections(listDocType(root)!, 2)
      expect(selections.length, root).toBeGreaterThan(0)
      const args = new Set(
        schema
          .getQueryType()!
          .getFields()
          [root].args.map((arg) => arg.name),
      )
      // A few fields per request, each alone under its own alias so each has its own select (more
      // would go over the per-request cost limit). Spanish is left to the website queries above.
      for (let start = 0; start < selections.length; start += 4) {
        const batch = selections.slice(start, start + 4)
        for (const reader of content.includes(root) ? staff : [admin]) {
          const rootArgs = [
            'limit: 10',
            'sort: "id"',
            args.has('locale') ? 'locale: $locale' : '',
            reader.variables.draft && args.has('draft') ? 'draft: true' : '',
          ].filter(Boolean)
          const query = `query Alone($locale: LocaleInputType) { ${batch
            .map(
              (selection, index) =>
                `f${index}: ${root}(${rootArgs.join(', ')}) { docs { ${selection} } }`,
            )
            .join('\n')} }`
          const answer = await bothWays(query, { locale: reader.variables.locale }, reader.headers)
          expect(answer.asked, `${root} as ${reader.name}: ${batch.join(' | ')}`).toEqual(
            answer.full,
          )
          asked += batch.length
        }
      }
    }
    expect(asked).toBeGreaterThan(300)
  }, 600_000)

  test('should answer the settings, and one document by id, field by field as the full read does', async () => {
    const settings = leafSelections(
      schema.getQueryType()!.getFields().ClinicSetting.type as GraphQLObjectType,
      2,
    )
    const condition = await server.payload.find({
      collection: 'conditions',
      limit: 1,
      where: { image: { exists: true } },
    })
    const conditionFields = leafSelections(
      schema.getQueryType()!.getFields().Condition.type as GraphQLObjectType,
      1,
    )
    const id = idLiteral(condition.docs[0].id)
    const queries = [
      ...settings.map((selection) => `{ ClinicSetting { ${selection} } }`),
      ...conditionFields.map((selection) => `{ Condition(id: ${id}) { ${selection} } }`),
    ]
    for (const query of queries) {
      const { asked, full } = await bothWays(query, {})
      expect(asked, query).toEqual(full)
    }
    expect(queries.length).toBeGreaterThan(20)
  }, 120_000)

  test('should read only the fields a query names, unless it passes select: false', async () => {
    const faqs = server.payload.collections.faqs.config.hooks
    const selects: unknown[] = []
    const record: CollectionBeforeOperationHook = ({ args, operation }) => {
      if (operation === 'read') selects.push((args as { select?: unknown }).select)
    }
    faqs.beforeOperation.unshift(record)
    try {
      await graphql(server.baseUrl, '{ Faqs(limit: 10) { docs { slug } } }')
      await graphql(server.baseUrl, '{ Faqs(limit: 10, select: false) { docs { slug } } }')
    } finally {
      faqs.beforeOperation.splice(faqs.beforeOperation.indexOf(record), 1)
    }
    expect(selects).toEqual([{ slug: true }, undefined])
  })

  test('should keep two top-level fields that reach the same relation apart, and merge a field asked twice', async () => {
    const query = `query Twice {
      names: Faqs(limit: 20, sort: "id") { docs { relatedProcedures { name } } }
      notices: Faqs(limit: 20, sort: "id") { docs { relatedProcedures { regulatory { offLabelNotice } } } }
      both: Faqs(limit: 20, sort: "id") { docs { slug } docs { question relatedProcedures { slug } } }
      ...More
    }
    fragment More on Query { both: Faqs(limit: 20, sort: "id") { docs { relatedProcedures { drug } } } }`
    const { asked, full } = await bothWays(query, {})
    expect(asked).toEqual(full)
    const names = (asked as { names: { docs: { relatedProcedures: { name: string }[] }[] } }).names
    const procedureNames = names.docs.flatMap((faq) => faq.relatedProcedures.map((p) => p.name))
    expect(procedureNames).toContain('Therapeutic Botox Injection')
    expect(procedureNames).not.toContain('Unreviewed procedure')
  })
  test("should give a relation's documents in their stored order, whichever loads first", async () => {
    // An editor reading drafts: of the FAQ that names a published and a draft procedure, the draft
    // loads from the versions and came back after the published one in some aliases and before
    // it in others (Payload's resolver pushed each related document as its load finished).
    const list = 'Faqs(limit: 100, sort: "id", locale: en, draft: true)'
    const query = `{
      f0: ${list} { docs { relatedConditions { _status } } }
      f1: ${list} { docs { relatedProcedures { id } } }
      f2: ${list} { docs { question relatedProcedures { name } } }
      f3: ${list} { docs { relatedProcedures { summary } } }
    }`
    const { asked, full } = await bothWays(query, {}, bearer(editor))
    expect(asked).toEqual(full)
    type Faq = { question: string; relatedProcedures: { name: string }[] }
    const faq = (asked as { f2: { docs: Faq[] } }).f2.docs.find(
      ({ question }) => question === 'Is this use approved?',
    )
    expect(faq?.relatedProcedures.map(({ name }) => name)).toEqual([
      'Therapeutic Botox Injection',
      'Unreviewed procedure',
    ])
  })

  test('should give each aliased relation and join its own selections', async () => {
    const query = `query Aliased {
      Faqs(limit: 20, sort: "id") { docs { a: relatedProcedures { name } b: relatedProcedures { slug drug } } }
      Conditions(limit: 20, sort: "id") { docs { r: relatedProcedures { docs { ... on Procedure { name } } } } }
    }`
    const { asked, full } = await bothWays(query, {})
    expect(asked).toEqual(full)
    expect(JSON.stringify(asked)).toContain('"name":"Therapeutic Botox Injection"')
    expect(JSON.stringify(asked)).toContain('"drug":"')
  })

  test('should compute, asked alone, the values computed from other fields', async () => {
    const admin = bearer(administrator)
    const cases: [string, Record<string, string>, (data: unknown) => unknown[]][] = [
      [
        '{ Faqs(limit: 100) { docs { slug offLabelNotice } } }',
        {},
        (data) =>
          (data as { Faqs: { docs: { slug: string; offLabelNotice: string }[] } }).Faqs.docs
            .filter((faq) => faq.slug === 'is-therapeutic-botox-safe')
            .map((faq) => faq.offLabelNotice),
      ],
      [
        '{ Procedures(limit: 10) { docs { onset { isoMin } } } }',
        {},
        (data) =>
          (data as { Procedures: { docs: { onset: { isoMin: string } }[] } }).Procedures.docs.map(
            (procedure) => procedure.onset.isoMin,
          ),
      ],
      [
        '{ allMedia(limit: 10) { docs { url thumbnailURL sizes { thumbnail { url } } } } }',
        admin,
        (data) =>
          (
            data as {
              allMedia: {
                docs: { url: string; thumbnailURL: string; sizes: { thumbnail: { url: string } } }[]
              }
            }
          ).allMedia.docs.flatMap((media) => [
            media.url,
            media.thumbnailURL,
            media.sizes.thumbnail.url,
          ]),
      ],
      [
        '{ Conditions(limit: 10, where: { image: { exists: true } }) { docs { image { url } } } }',
        {},
        (data) =>
          (data as { Conditions: { docs: { image: { url: string } }[] } }).Conditions.docs.map(
            (condition) => condition.image.url,
          ),
      ],
    ]
    for (const [query, headers, values] of cases) {
      const { asked, full } = await bothWays(query, {}, headers)
      expect(asked, query).toEqual(full)
      expect(values(asked).length, query).toBeGreaterThan(0)
      for (const value of values(asked)) expect(value, query).toEqual(expect.any(String))
    }
  })

  test("should never show visitors a draft procedure's notice, asked alone or in full", async () => {
    const queries = [
      '{ Faqs(limit: 100) { docs { offLabelNotice } } }',
      '{ Faqs(limit: 100) { docs { question offLabelNotice relatedProcedures { name regulatory { offLabelNotice } } } } }',
    ]
    for (const query of queries) {
      const { asked, full } = await bothWays(query, {})
      // The published procedure's notice is there, so the hook ran.
      expect(JSON.stringify(asked)).toMatch(/"offLabelNotice":"[^"]/)
      expect(JSON.stringify([asked, full])).not.toMatch(/Unreviewed/)
    }
    const rest = await getJson(`${server.baseUrl}/api/faqs?limit=100&select[offLabelNotice]=true`)
    expect(rest.status).toBe(200)
    expect(JSON.stringify(rest.body)).not.toMatch(/Unreviewed/)
    // The notice is there for the published procedure, so the hook did run.
    const notices = (rest.body.docs as { question?: string; offLabelNotice?: string }[])
      .filter((faq) => faq.question === 'Is this use approved?')
      .map((faq) => faq.offLabelNotice)
    expect(notices).toEqual([expect.stringMatching(/\S/)])
  })
})

/** The document type of a top-level list (a field whose answer has `docs`), if it is one. */
function listDocType(root: string): GraphQLObjectType | undefined {
  const answer = getNamedType(schema.getQueryType()!.getFields()[root].type)
  const docs = isObjectType(answer) ? answer.getFields().docs : undefined
  return docs ? (getNamedType(docs.type) as GraphQLObjectType) : undefined
}

/** Every path to a scalar under `type`, as a selection; relations and joins are followed too. */
function leafSelections(type: GraphQLObjectType, depth: number): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type)
    if (isScalarType(named) || isEnumType(named)) return [field.name]
    if (!isObjectType(named) || depth === 0) return []
    return leafSelections(named, depth - 1).map((inner) => `${field.name} { ${inner} }`)
  })
}

describe('REST select and the fields computed from others', () => {
  /** Each computed field's path in a collection's data, found through groups, tabs and arrays. */
  const computedPaths = (fields: FlattenedField[], prefix: string[] = []): string[][] =>
    fields.flatMap((field) => {
      if (computedSourcesOf(field as never)?.length) return [[...prefix, field.name]]
      return 'flattenedFields' in field
        ? computedPaths(field.flattenedFields, [...prefix, field.name])
        : []
    })
  /** The value at a path; through an array, each row's. */
  const at = (doc: unknown, path: string[]): unknown => {
    if (path.length === 0) return doc
    if (Array.isArray(doc)) return doc.map((row) => at(row, path))
    return at((doc as Record<string, unknown> | undefined)?.[path[0]], path.slice(1))
  }

  test('should read every computed field alone, or with its sources left out, as in the full document', async () => {
    let compared = 0
    for (const slug of ['conditions', 'procedures', 'aftercare-steps', 'faqs']) {
      const config = server.payload.collections[slug as 'faqs'].config
      const full = await getJson(`${server.baseUrl}/api/${slug}?limit=100&depth=0&sort=id`)
      for (const path of computedPaths(config.flattenedFields)) {
        const selectPath = `select[${path.join('][')}]`
        const only = await getJson(
          `${server.baseUrl}/api/${slug}?limit=100&depth=0&sort=id&${selectPath}=true`,
        )
        const sources = computedSourcesOf(fieldAt(config.flattenedFields, path)) ?? []
        const sourcePrefix = path
          .slice(0, -1)
          .map((key) => `[${key}]`)
          .join('')
        const without = await getJson(
          `${server.baseUrl}/api/${slug}?limit=100&depth=0&sort=id&${sources.map((source) => `select${sourcePrefix}[${source}]=false`).join('&')}`,
        )
        for (const answer of [only, without]) {
          expect(answer.status).toBe(200)
          expect(
            answer.body.docs.map((doc: unknown) => at(doc, path)),
            `${slug} ${path.join('.')}`,
          ).toEqual(full.body.docs.map((doc: unknown) => at(doc, path)))
        }
        compared += 1
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4)
  })

  test('should keep the off-label notice of the FAQ that speaks of approval when only the notice is asked for', async () => {
    const { body } = await getJson(
      `${server.baseUrl}/api/faqs?limit=100&depth=0&select[offLabelNotice]=true&select[slug]=true`,
    )
    const withNotice = body.docs.filter((faq: { offLabelNotice?: string }) => faq.offLabelNotice)
    expect(withNotice.map((faq: { slug: string }) => faq.slug)).toContain(
      'is-therapeutic-botox-safe',
    )
  })

  test('should have every computed field of a collection say what it is computed from, and none on a global', () => {
    /** Computed fields: virtual, with an afterRead hook; `declared` keeps those that say their sources. */
    const computed = (fields: FlattenedField[], prefix: string, declared: boolean): string[] =>
      fields.flatMap((field) => {
        const path = `${prefix}.${field.name}`
        const isComputed =
          'virtual' in field && field.virtual === true && (field.hooks?.afterRead?.length ?? 0) > 0
        const inner =
          'flattenedFields' in field ? computed(field.flattenedFields, path, declared) : []
        const listed = isComputed && (declared || !computedSourcesOf(field as never))
        return listed ? [path, ...inner] : inner
      })
    const undeclared = Object.values(server.payload.collections).flatMap(({ config }) =>
      computed(config.flattenedFields, config.slug, false),
    )
    expect(undeclared).toEqual([])
    // src/fields/selectComputedSources.ts covers collections only; a global's would need it too.
    const onGlobals = server.payload.config.globals.flatMap((global) =>
      computed(global.flattenedFields, global.slug, true),
    )
    expect(onGlobals).toEqual([])
  })
})

function fieldAt(fields: FlattenedField[], path: string[]): never {
  const field = fields.find((candidate) => candidate.name === path[0])!
  return (
    path.length === 1
      ? field
      : fieldAt((field as { flattenedFields: FlattenedField[] }).flattenedFields, path.slice(1))
  ) as never
}
