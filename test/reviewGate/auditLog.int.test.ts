import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql, idLiteral, sendJson } from '../helpers/http'
import { bearer } from '../helpers/staff'
import {
  scheduleThroughAdmin,
  startGateFixture,
  uploadImage,
  type GateFixture,
} from './gateFixture'

let fx: GateFixture
let faq: { id: string | number; question: string }

beforeAll(async () => {
  fx = await startGateFixture()
  faq = await fx.publicRead('faqs', 'is-there-downtime')
})
afterAll(async () => fx?.server.close())

async function entriesFor(collection: string, id?: string | number) {
  const { docs } = await fx.server.payload.find({
    collection: 'audit-log' as never,
    where: {
      and: [
        { documentCollection: { equals: collection } },
        ...(id === undefined ? [] : [{ documentId: { equals: String(id) } }]),
      ],
    },
    sort: '-at',
    pagination: false,
    overrideAccess: true,
  })
  return docs as any[]
}

describe('the audit log', () => {
  test('should record who saved a draft, who published, and which fields changed', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Audited draft?' }, '?draft=true')
    await fx.patch(fx.reviewer, 'faqs', faq.id, { _status: 'published' })
    const [published, draft] = await entriesFor('faqs', faq.id)
    expect(draft).toMatchObject({ operation: 'update', actorId: String(fx.editor.id) })
    expect(draft.changedFields).toContain('question')
    expect(published).toMatchObject({ operation: 'publish', actorName: 'Dr. Ana Ruiz' })
    expect(new Date(published.at).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  test('should record media, partner, user and schedule changes', async () => {
    const image = await uploadImage(fx.server.baseUrl, fx.editor, 'Audited image')
    expect((await entriesFor('media', image.body.doc.id))[0]).toMatchObject({ operation: 'create' })
    const partner = await sendJson(
      'POST',
      `${fx.server.baseUrl}/api/partners`,
      { name: 'Audited Clinic', scopes: { collections: ['faqs'], locales: ['en'] } },
      bearer(fx.admin),
    )
    expect(partner.status, JSON.stringify(partner.body)).toBe(201)
    expect((await entriesFor('partners', partner.body.doc.id))[0]).toMatchObject({
      operation: 'create',
      actorId: String(fx.admin.id),
    })
    expect((await entriesFor('users', fx.editor.id)).length).toBeGreaterThan(0)
    await scheduleThroughAdmin(fx.server.payload, fx.reviewer, {
      type: 'unpublish',
      date: new Date(Date.now() + 86_400_000),
      doc: { relationTo: 'faqs', value: String(faq.id) },
    })
    expect((await entriesFor('faqs', faq.id))[0]).toMatchObject({
      operation: 'schedule',
      actorId: String(fx.reviewer.id),
    })
  })

  test('should let admins read it and nobody else', async () => {
    expect((await getJson(`${fx.server.baseUrl}/api/audit-log`, bearer(fx.admin))).status).toBe(200)
    const byEditor = await getJson(`${fx.server.baseUrl}/api/audit-log`, bearer(fx.editor))
    expect(byEditor.status).toBe(403)
  })

  test('should refuse every update and delete, over REST, GraphQL and the Local API', async () => {
    const [entry] = await entriesFor('faqs', faq.id)
    const url = `${fx.server.baseUrl}/api/audit-log`
    const attempts = [
      await sendJson('PATCH', `${url}/${entry.id}`, { actorName: 'nobody' }, bearer(fx.admin)),
      await sendJson('DELETE', `${url}/${entry.id}`, undefined, bearer(fx.admin)),
      await sendJson('DELETE', `${url}?where[id][equals]=${entry.id}`, undefined, bearer(fx.admin)),
      await sendJson(
        'PATCH',
        `${url}?where[id][equals]=${entry.id}`,
        { actorName: 'x' },
        bearer(fx.admin),
      ),
    ]
    for (const attempt of attempts)
      expect(attempt.status, JSON.stringify(attempt.body)).toBeGreaterThanOrEqual(400)
    for (const mutation of [
      `mutation { updateAuditLog(id: ${idLiteral(entry.id)}, data: { actorName: "x" }) { id } }`,
      `mutation { deleteAuditLog(id: ${idLiteral(entry.id)}) { id } }`,
    ]) {
      const { body } = await graphql(fx.server.baseUrl, mutation, {}, bearer(fx.admin))
      expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0)
    }
    const user = { ...(fx.admin.user as object), collection: 'users' } as never
    for (const overrideAccess of [false, true]) {
      await expect(
        fx.server.payload.update({
          collection: 'audit-log' as never,
          id: entry.id,
          data: { actorName: 'x' } as never,
          overrideAccess,
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        fx.server.payload.delete({
          collection: 'audit-log' as never,
          id: entry.id,
          overrideAccess,
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const [after] = await entriesFor('faqs', faq.id)
    expect(after).toEqual(entry)
  })

  test('should show who saved each version', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Who saved me?' }, '?draft=true')
    const { body } = await getJson(
      `${fx.server.baseUrl}/api/faqs/versions?where[parent][equals]=${faq.id}&sort=-updatedAt&limit=2&depth=0`,
      bearer(fx.reviewer),
    )
    expect(body.docs[0].version.editedBy).toBe(fx.editor.id)
    expect(body.docs[1].version.editedBy).toBe(fx.reviewer.id)
  })
})
