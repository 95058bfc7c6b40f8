import { getJson, sendJson } from '../helpers/http'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

export type WorkflowFixture = {
  server: TestServer
  editor: StaffMember
  reviewer: StaffMember
  /** The stored document as staff see it (latest version, drafts included). */
  staffRead: (collection: string, id: string | number, query?: string) => Promise<any>
  /** The document as an anonymous reader sees it. */
  publicRead: (collection: string, slug: string, query?: string) => Promise<any>
  patch: (
    member: StaffMember,
    collection: string,
    id: string | number,
    data: unknown,
    query?: string,
  ) => ReturnType<typeof sendJson>
}

/** A seeded server with one editor and one clinician reviewer signed in. */
export async function startWorkflowFixture(): Promise<WorkflowFixture> {
  const server = await startTestServer()
  await seedSource(server.payload)
  const editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
  await server.payload.update({
    collection: 'users',
    id: reviewer.id,
    data: { name: 'Dr. Ana Ruiz' },
    overrideAccess: true,
  })

  const staffRead = async (collection: string, id: string | number, query = '') => {
    const { status, body } = await getJson(
      `${server.baseUrl}/api/${collection}/${id}?draft=true&depth=0${query}`,
      bearer(reviewer),
    )
    if (status !== 200) throw new Error(`staff read ${collection}/${id}: ${status}`)
    return body
  }
  const publicRead = async (collection: string, slug: string, query = '') => {
    const { status, body } = await getJson(
      `${server.baseUrl}/api/${collection}?where[slug][equals]=${slug}&depth=0${query}`,
    )
    if (status !== 200) throw new Error(`public read ${collection}/${slug}: ${status}`)
    return body.docs[0]
  }
  const patch: WorkflowFixture['patch'] = (member, collection, id, data, query = '') =>
    sendJson('PATCH', `${server.baseUrl}/api/${collection}/${id}${query}`, data, bearer(member))

  return { server, editor, reviewer, staffRead, publicRead, patch }
}
