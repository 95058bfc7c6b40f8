/**
 * A save whose COMMIT fails must say so. Payload's drizzle adapter (SQLite and PostgreSQL) caught
 * the commit's error and rolled back without a word, so the operation answered 200 with the new
 * document while the database kept the old one: a reviewer would see "saved" for a publish that
 * never happened. Our patch to @payloadcms/drizzle (patches/@payloadcms+drizzle+*.patch; upstream
 * payloadcms/payload#17726) rethrows it as a 503 that says nothing was saved. If upstream changes
 * that code, the patch no longer applies or these tests fail.
 *
 * The commit is made to fail by a trigger the test installs on one FAQ's row: it inserts a row
 * whose foreign key is checked only at COMMIT (DEFERRABLE INITIALLY DEFERRED), and never holds.
 * MongoDB's adapter already rethrows a failed commit; it has no such trigger to install here.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, sendJson } from '../helpers/http'
import { firstPublishedFaq, seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'

/** Runs statements on the server's own database connection. */
async function runSql(payload: Payload, statements: string[]): Promise<void> {
  const db = payload.db as unknown as {
    drizzle: {
      run?: (query: unknown) => Promise<unknown>
      execute?: (q: unknown) => Promise<unknown>
    }
  }
  for (const statement of statements) {
    if (engine === 'sqlite') await db.drizzle.run!(sql.raw(statement))
    else await db.drizzle.execute!(sql.raw(statement))
  }
}

const probeTables = [
  'CREATE TABLE commit_probe_parent (id TEXT PRIMARY KEY)',
  `CREATE TABLE commit_probe (parent TEXT REFERENCES commit_probe_parent (id)
     DEFERRABLE INITIALLY DEFERRED)`,
]

/** A trigger on the FAQ's row that leaves the transaction unable to commit. */
const failCommitsOf = (faqId: string): string[] =>
  engine === 'sqlite'
    ? [
        `CREATE TRIGGER commit_probe_on_faq AFTER UPDATE ON faqs WHEN NEW.id = '${faqId}'
         BEGIN INSERT INTO commit_probe (parent) VALUES ('missing'); END`,
      ]
    : [
        `CREATE FUNCTION commit_probe_insert() RETURNS trigger AS $$
         BEGIN INSERT INTO commit_probe (parent) VALUES ('missing'); RETURN NEW; END $$
         LANGUAGE plpgsql`,
        `CREATE TRIGGER commit_probe_on_faq AFTER UPDATE ON faqs FOR EACH ROW
         WHEN (NEW.id::text = '${faqId}') EXECUTE FUNCTION commit_probe_insert()`,
      ]

const letCommitsThrough =
  engine === 'sqlite'
    ? ['DROP TRIGGER commit_probe_on_faq']
    : ['DROP TRIGGER commit_probe_on_faq ON faqs', 'DROP FUNCTION commit_probe_insert()']

describe.runIf(engine === 'sqlite' || engine === 'postgres')('a save whose commit fails', () => {
  let server: TestServer
  let reviewer: StaffMember
  let faq: { id: string; question: string }

  const changeQuestion = () =>
    sendJson(
      'PATCH',
      `${server.baseUrl}/api/faqs/${faq.id}?locale=en`,
      { question: `${faq.question} (changed)` },
      bearer(reviewer),
    )
  const readFaq = async () =>
    getJson(`${server.baseUrl}/api/faqs/${faq.id}?draft=true&locale=en`, bearer(reviewer))

  beforeAll(async () => {
    server = await startTestServer()
    await seedSource(server.payload)
    reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
    faq = await firstPublishedFaq(server.payload)
    await runSql(server.payload, probeTables)
  })
  afterAll(async () => server?.close())

  test('should answer 503 saying nothing was saved, and keep the document and its history as they were', async () => {
    const versionsBefore = await server.payload.countVersions({
      collection: 'faqs',
      where: { parent: { equals: faq.id } },
    })
    await runSql(server.payload, failCommitsOf(faq.id))
    try {
      const saved = await changeQuestion()
      expect(saved.status).toBe(503)
      expect(JSON.stringify(saved.body)).toContain('nothing was saved')
    } finally {
      await runSql(server.payload, letCommitsThrough)
    }
    const after = await readFaq()
    expect(after.status).toBe(200)
    expect(after.body.question).toBe(faq.question)
    const versionsAfter = await server.payload.countVersions({
      collection: 'faqs',
      where: { parent: { equals: faq.id } },
    })
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs)
  })

  test('should save the same change once commits go through again', async () => {
    const saved = await changeQuestion()
    expect(saved.status).toBe(200)
    expect((await readFaq()).body.question).toBe(`${faq.question} (changed)`)
  })
})
