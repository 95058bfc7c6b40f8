import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql, idLiteral, sendJson } from '../helpers/http'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let reviewer: StaffMember

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
})
afterAll(async () => server?.close())

type Flag = {
  id: string
  field: string
  locale: string
  kind: string
  match: string
  phrase: string
  status: string
  acknowledgedBy: string | number | null
  acknowledgedAt: string | null
}

const idOf = async (collection: string, slug: string) => {
  const { docs } = await server.payload.find({
    collection: collection as 'procedures',
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]!.id
}
const staffRead = async (collection: string, id: string | number, query = '') => {
  const { status, body } = await getJson(
    `${server.baseUrl}/api/${collection}/${id}?draft=true&depth=0${query}`,
    bearer(reviewer),
  )
  expect(status).toBe(200)
  return body
}
const flagsOf = async (collection: string, id: string | number, query = '') =>
  (await staffRead(collection, id, query)).claimFlags as Flag[]
const patch = (
  member: StaffMember,
  collection: string,
  id: string | number,
  data: unknown,
  query = '',
) => sendJson('PATCH', `${server.baseUrl}/api/${collection}/${id}${query}`, data, bearer(member))

describe('the claims check on seeded content', () => {
  test('should leave the source claims open on the procedure, one kind each', async () => {
    const flags = await flagsOf(
      'procedures',
      await idOf('procedures', 'therapeutic-botox-injection'),
    )
    expect(flags.every((flag) => flag.status === 'open')).toBe(true)
    const seen = (kind: string) => flags.filter((flag) => flag.kind === kind).map((f) => f.match)
    expect(seen('absolute')).toEqual(
      expect.arrayContaining(['safe', 'total pain relief', 'not have any lingering']),
    )
    expect(seen('regulatory')).toContain('FDA-approved')
    expect(seen('first-person')).toEqual(expect.arrayContaining(['we', 'We']))
    expect(seen('duration')).toContain('up to four months')
    const safety = flags.find((flag) => flag.field === 'safetyNote' && flag.kind === 'regulatory')
    expect(safety).toMatchObject({
      locale: 'en',
      phrase: expect.stringContaining('FDA-approved and safe'),
    })
  })

  test('should flag the tension-headache cause the source hedged with "may"', async () => {
    const flags = await flagsOf('conditions', await idOf('conditions', 'tension-headaches'))
    expect(flags).toContainEqual(
      expect.objectContaining({ field: 'causes.0', kind: 'unhedged-cause', status: 'open' }),
    )
  })

  test('should never show the flags to anonymous readers, over REST or GraphQL', async () => {
    const rest = await getJson(`${server.baseUrl}/api/procedures?depth=0`)
    expect(rest.status).toBe(200)
    // Payload leaves an empty array where field access hides the rows; no flag gets out.
    expect(rest.body.docs[0].claimFlags ?? []).toEqual([])
    const staff = await getJson(`${server.baseUrl}/api/procedures?depth=0`, bearer(reviewer))
    expect(staff.body.docs[0].claimFlags.length).toBeGreaterThan(5)
    const gql = await graphql(
      server.baseUrl,
      '{ Procedures { docs { name claimFlags { phrase } } } }',
    )
    expect(gql.body.data?.Procedures?.docs?.[0]?.claimFlags ?? []).toEqual([])
  })
})

describe('publishing with open flags', () => {
  test('should refuse a reviewer with 409 listing the open flags, and change nothing', async () => {
    const id = await idOf('faqs', 'is-therapeutic-botox-safe')
    const before = await staffRead('faqs', id)
    const versionsBefore = await server.payload.countVersions({
      collection: 'faqs',
      where: { parent: { equals: id } },
    })
    const { status, body } = await patch(reviewer, 'faqs', id, {
      question: 'Is Therapeutic BOTOX safe for everyone?',
      _status: 'published',
    })
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(/claim flag\(s\) are still open/)
    expect(body.errors[0].data.openFlags.map((flag: Flag) => flag.match)).toEqual(
      expect.arrayContaining(['FDA-approved', 'We']),
    )
    const after = await staffRead('faqs', id)
    expect(after.question).toBe(before.question)
    expect(after.lastReviewed ?? null).toBeNull()
    expect(after.claimFlags).toEqual(before.claimFlags)
    expect(
      await server.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } }),
    ).toEqual(versionsBefore)
  })

  test('should refuse an editor acknowledging a flag with 403', async () => {
    const id = await idOf('faqs', 'does-insurance-cover')
    const [flag] = await flagsOf('faqs', id)
    const { status, body } = await patch(
      editor,
      'faqs',
      id,
      { claimFlags: [{ id: flag!.id, status: 'acknowledged' }] },
      '?draft=true',
    )
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/Only a clinical reviewer or an admin/)
    expect((await flagsOf('faqs', id))[0]!.status).toBe('open')
  })

  test('should publish once a reviewer acknowledged every flag over REST, recording who and when', async () => {
    const id = await idOf('faqs', 'does-insurance-cover')
    const flags = await flagsOf('faqs', id)
    const ack = await patch(
      reviewer,
      'faqs',
      id,
      {
        claimFlags: flags.map((flag) => ({ id: flag.id, status: 'acknowledged' })),
      },
      '?draft=true',
    )
    expect(ack.status).toBe(200)
    const acknowledged = await flagsOf('faqs', id)
    expect(acknowledged).toHaveLength(flags.length)
    for (const flag of acknowledged) {
      expect(flag).toMatchObject({ status: 'acknowledged', acknowledgedBy: reviewer.id })
      expect(Date.parse(flag.acknowledgedAt!)).not.toBeNaN()
    }
    const published = await patch(reviewer, 'faqs', id, { _status: 'published' })
    expect(published.status).toBe(200)
    expect(published.body.doc.lastReviewed).toBeTruthy()
  })

  test('should keep an acknowledgement while its phrase is unchanged and open a new flag for a changed one', async () => {
    const id = await idOf('faqs', 'is-there-downtime')
    const flags = await flagsOf('faqs', id)
    await patch(
      reviewer,
      'faqs',
      id,
      { claimFlags: flags.map((f) => ({ id: f.id, status: 'acknowledged' })) },
      '?draft=true',
    )
    const edited = await patch(
      editor,
      'faqs',
      id,
      { question: 'Is there any downtime needed at all?' },
      '?draft=true',
    )
    expect(edited.status).toBe(200)
    expect((await flagsOf('faqs', id)).every((flag) => flag.status === 'acknowledged')).toBe(true)

    const answer = (text: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    })
    const changed = await patch(
      editor,
      'faqs',
      id,
      { answer: answer('It is completely safe and guaranteed.') },
      '?draft=true',
    )
    expect(changed.status).toBe(200)
    const after = await flagsOf('faqs', id)
    expect(after.filter((flag) => flag.field === 'answer').map((f) => [f.match, f.status])).toEqual(
      [
        ['safe', 'open'],
        ['guaranteed', 'open'],
      ],
    )
    const publish = await patch(reviewer, 'faqs', id, { _status: 'published' })
    expect(publish.status).toBe(409)
  })

  test('should let a reviewer acknowledge over GraphQL', async () => {
    const id = await idOf('aftercare-steps', 'return-to-normal-activities')
    const flags = await flagsOf('aftercare-steps', id)
    const rows = flags
      .map((flag) => `{ id: ${JSON.stringify(flag.id)}, status: acknowledged }`)
      .join(', ')
    const { body } = await graphql(
      server.baseUrl,
      `mutation { updateAftercareStep(id: ${idLiteral(id)}, draft: true, data: { claimFlags: [${rows}] }) { claimFlags { status } } }`,
      {},
      bearer(reviewer),
    )
    expect(body.errors).toBeUndefined()
    expect(
      body.data.updateAftercareStep.claimFlags.every((f: Flag) => f.status === 'acknowledged'),
    ).toBe(true)
  })

  test('should flag a Spanish translation under its own locale', async () => {
    const id = await idOf('faqs', 'does-insurance-cover')
    const { status } = await patch(
      reviewer,
      'faqs',
      id,
      { question: '¿Nuestro seguro cubre el BOTOX terapéutico?' },
      '?draft=true&locale=es',
    )
    expect(status).toBe(200)
    const flags = await flagsOf('faqs', id)
    expect(flags).toContainEqual(
      expect.objectContaining({
        field: 'question',
        locale: 'es',
        match: 'Nuestro',
        status: 'open',
      }),
    )
    expect(
      flags.filter((flag) => flag.locale === 'en').every((flag) => flag.status === 'acknowledged'),
    ).toBe(true)
  })
})
