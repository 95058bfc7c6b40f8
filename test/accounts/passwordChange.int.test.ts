import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, idLiteral, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
let editor: StaffMember
let editorPassword: string

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  editorPassword = 'the editor’s own passphrase'
  await server.payload.update({
    collection: 'users',
    id: editor.id,
    data: { password: editorPassword },
    overrideAccess: true,
  })
  // A new password ends the account's sessions: sign in again with it.
  const login = await sendJson('POST', `${server.baseUrl}/api/users/login`, {
    email: editor.email,
    password: editorPassword,
  })
  editor = { ...editor, token: login.body.token }
})
afterAll(async () => server?.close())

const signIn = async (email: string, password: string) =>
  (await sendJson('POST', `${server.baseUrl}/api/users/login`, { email, password })).status

const patchUser = (member: StaffMember, id: string | number, data: Record<string, unknown>) =>
  sendJson('PATCH', `${server.baseUrl}/api/users/${id}`, data, bearer(member))

/** The audit entries that record a password being set on this account, newest first. */
async function passwordAuditFor(id: string | number) {
  const { docs } = await server.payload.find({
    collection: 'audit-log' as never,
    where: {
      and: [{ documentCollection: { equals: 'users' } }, { documentId: { equals: String(id) } }],
    },
    sort: '-at',
    overrideAccess: true,
  })
  return (
    docs as unknown as { actorId: string; summary?: string; changedFields?: string[] }[]
  ).filter((entry) => entry.changedFields?.includes('password'))
}

describe('changing one’s own password', () => {
  test.each([
    ['without the current password', {}, /Give your current password/],
    ['with a wrong current password', { currentPassword: 'not my password at all' }, /not right/],
  ])('should be refused %s, and the old password still works', async (_name, extra, message) => {
    const response = await patchUser(editor, editor.id, {
      password: 'a brand new passphrase',
      ...extra,
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'currentPassword' })
    expect(JSON.stringify(response.body)).toMatch(message)
    expect(await signIn(editor.email, 'a brand new passphrase')).toBe(401)
    expect(await signIn(editor.email, editorPassword)).toBe(200)
  })

  test('should be refused over GraphQL without the current password', async () => {
    const { body } = await graphql(
      server.baseUrl,
      `mutation { updateUser(id: ${idLiteral(editor.id)}, data: { password: "a graphql passphrase" }) { id } }`,
      {},
      bearer(editor),
    )
    expect(body.errors?.[0]?.message).toBeDefined()
    expect(await signIn(editor.email, 'a graphql passphrase')).toBe(401)
  })

  test('should be refused through a bulk update naming oneself', async () => {
    const response = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/users?where[id][equals]=${editor.id}`,
      { password: 'a bulk passphrase here' },
      bearer(editor),
    )
    expect(response.status).toBe(400)
    expect(await signIn(editor.email, 'a bulk passphrase here')).toBe(401)
  })

  test('should work with the current password, on REST and GraphQL, and be audited', async () => {
    const rest = await patchUser(editor, editor.id, {
      password: 'a second long passphrase',
      currentPassword: editorPassword,
    })
    expect(rest.status).toBe(200)
    expect(rest.body.doc).not.toHaveProperty('currentPassword', editorPassword)
    expect(await signIn(editor.email, 'a second long passphrase')).toBe(200)

    const { body } = await graphql(
      server.baseUrl,
      `mutation { updateUser(id: ${idLiteral(editor.id)}, data: { password: "${editorPassword}", currentPassword: "a second long passphrase" }) { id } }`,
      {},
      bearer(editor),
    )
    expect(body.errors).toBeUndefined()
    expect(await signIn(editor.email, editorPassword)).toBe(200)
    const [latest] = await passwordAuditFor(editor.id)
    expect(latest).toMatchObject({
      actorId: String(editor.id),
      changedFields: ['password'],
      summary: expect.stringMatching(/own password/),
    })
  })

  test('should not ask for it when other details change', async () => {
    const response = await patchUser(editor, editor.id, { name: 'Ed Itor' })
    expect(response.status).toBe(200)
    expect(response.body.doc.name).toBe('Ed Itor')
  })
})

describe('an admin setting someone else’s password', () => {
  test('should need no current password and be audited as an admin reset', async () => {
    const member = await signInAs(server.payload, server.baseUrl, 'reviewer')
    const response = await patchUser(admin, member.id, { password: 'set by the clinic admin' })
    expect(response.status).toBe(200)
    expect(await signIn(member.email, 'set by the clinic admin')).toBe(200)
    const [latest] = await passwordAuditFor(member.id)
    expect(latest).toMatchObject({
      actorId: String(admin.id),
      changedFields: ['password'],
      summary: `An admin set a new password for ${member.email}.`,
    })
  })

  test('should stay refused to anyone but an admin', async () => {
    const response = await patchUser(editor, admin.id, { password: 'taking over the admin' })
    expect(response.status).toBe(403)
    expect(await signIn(admin.email, 'taking over the admin')).toBe(401)
  })
})
