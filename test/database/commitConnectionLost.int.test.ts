/**
 * A save whose database connection is lost during COMMIT. The database may have committed: it
 * answered, but the answer never arrived. Saying "nothing was saved" (right for a COMMIT the
 * database refused, commitFailure.int.test.ts) would then be false, and a reviewer who believed
 * it could leave published a change they think was not made. The server must say it cannot tell,
 * and the caches must show what the database holds.
 *
 * PostgreSQL only: the server reaches it through a TCP proxy (test/helpers/tcpProxy.ts) that
 * delivers the save's COMMIT, waits for the database's answer and cuts the connection instead of
 * passing it on. SQLite is a file inside the process, with no connection to lose.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, sendJson } from '../helpers/http'
import { firstPublishedFaq, seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { sharedPostgres, startTcpProxy, type TcpProxy, throughProxy } from '../helpers/tcpProxy'
import { startTestServer, type TestServer } from '../helpers/testServer'

const isPostgres = process.env.TEST_DB_ENGINE === 'postgres'
if (!isPostgres) {
  console.log('Lost-COMMIT suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

describe.runIf(isPostgres)('a save whose connection is lost during COMMIT', () => {
  let proxy: TcpProxy
  let server: TestServer
  let reviewer: StaffMember
  let faq: { id: string; question: string }

  const changeQuestion = (question: string) =>
    sendJson(
      'PATCH',
      `${server.baseUrl}/api/faqs/${faq.id}?locale=en`,
      { question },
      bearer(reviewer),
    )
  /** What a website reads: anonymous, published, through the response cache. */
  const publicQuestion = async () =>
    (await getJson(`${server.baseUrl}/api/faqs/${faq.id}?locale=en&depth=0`)).body.question

  beforeAll(async () => {
    const { host, port } = sharedPostgres()
    proxy = await startTcpProxy(host, port)
    server = await startTestServer({ connectThrough: throughProxy(proxy.port) })
    await seedSource(server.payload)
    reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
    faq = await firstPublishedFaq(server.payload)
  })
  afterAll(async () => {
    await server?.close()
    await proxy?.close()
  })

  test('should answer 503 saying it cannot tell whether the change was saved, not that nothing was', async () => {
    expect(await publicQuestion()).toBe(faq.question)
    const changed = `${faq.question} (changed as the connection dropped)`
    const cut = proxy.cutAfterCommitOf(/^insert into "faqs" /i)

    const saved = await changeQuestion(changed)
    await cut

    expect(saved.status).toBe(503)
    const message = JSON.stringify(saved.body)
    expect(message).toContain('may or may not have been saved')
    expect(message).not.toContain('nothing was saved')
    // It was: the database committed, and readers see it, not the answer cached before.
    expect(await publicQuestion()).toBe(changed)
  })

  test('should save the next change normally on a fresh connection', async () => {
    const changed = `${faq.question} (saved again)`
    const saved = await changeQuestion(changed)
    expect(saved.status).toBe(200)
    expect(await publicQuestion()).toBe(changed)
  })
})
