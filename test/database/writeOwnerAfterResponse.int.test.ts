/**
 * Each HTTP request is one write owner on SQLite (src/database/serialisedWrites.ts): a write it
 * makes outside its own open transaction joins that transaction instead of waiting for the write
 * turn it holds itself. Work that outlives the request in its async context must not keep that
 * ownership. It did: Payload starts its jobs crons inside the first request when the server has
 * not started them, so every job ran as that long-answered request, a second job's transaction
 * skipped the turn while a first held the lock, and SQLite answered SQLITE_BUSY after the 5 s busy
 * timeout, with the whole process waiting meanwhile (seen in the review-gate suite: a bulk publish
 * waited 100 s). Only SQLite's writes take turns; other engines are skipped.
 */
import { AsyncResource } from 'node:async_hooks'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { runAsWriteOwner } from '../../src/database/serialisedWrites'
import { startTestServer, type TestServer } from '../helpers/testServer'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'

type InContext = <T>(work: () => Promise<T>) => Promise<T>

const logEntry = (key: string) => ({ key, subject: 'write owner test' })

describe.runIf(engine === 'sqlite')('write ownership after the request has answered', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.close())

  test('should make work left running by an answered request take the write turn', async () => {
    const { payload } = server
    let answered!: () => void
    // A function bound to the request's async context, as a timer or cron started there would be.
    const laterInRequestContext = runAsWriteOwner(
      () => AsyncResource.bind((work: () => Promise<unknown>) => work()) as InContext,
      (end) => (answered = end),
    )
    answered()

    const [second] = await laterInRequestContext(async () => {
      // One job's transaction has written and holds the lock when another job's save begins.
      const first = await payload.db.beginTransaction()
      await payload.db.create({
        collection: 'notification-log',
        data: logEntry('after-1'),
        req: { transactionID: first! },
      } as never)
      const startedAt = Date.now()
      const secondSave = payload
        .create({ collection: 'notification-log', data: logEntry('after-2'), overrideAccess: true })
        .then(() => Date.now() - startedAt)
      await new Promise((resolve) => setTimeout(resolve, 50))
      await payload.db.commitTransaction(first!)
      return Promise.allSettled([secondSave])
    })
    // Waiting for the turn takes as long as the first transaction; going ahead of it met the lock:
    // SQLITE_BUSY after the 5 s busy timeout.
    expect(second.status).toBe('fulfilled')
    expect(second.status === 'fulfilled' && second.value).toBeLessThan(4000)
  })

  test('should let a request whose client went away still write inside the transaction it holds', async () => {
    const { payload } = server
    let answered!: () => void
    const startedAt = Date.now()
    await runAsWriteOwner(
      async () => {
        const transactionID = await payload.db.beginTransaction()
        // The client gave up (the admin aborts a list render it no longer needs); the work goes on.
        answered()
        await payload.db.create({
          collection: 'notification-log',
          data: logEntry('gone-1'),
        } as never)
        await payload.db.commitTransaction(transactionID!)
      },
      (end) => (answered = end),
    )
    // Waiting for the turn it holds itself would last until the 30 s stuck-turn limit.
    expect(Date.now() - startedAt).toBeLessThan(4000)
    const { totalDocs } = await payload.count({
      collection: 'notification-log',
      where: { key: { equals: 'gone-1' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  test('should still let a request that is running write inside its own open transaction', async () => {
    const { payload } = server
    await runAsWriteOwner(async () => {
      const req = { payload } as Parameters<Payload['create']>[0]['req']
      const transactionID = await payload.db.beginTransaction()
      const inTransaction = { ...req, transactionID } as typeof req
      await payload.create({
        collection: 'notification-log',
        data: logEntry('running-1'),
        req: inTransaction,
        overrideAccess: true,
      })
      // A write without `req` while this request holds the turn: it joins the open transaction.
      await payload.db.create({
        collection: 'notification-log',
        data: logEntry('running-2'),
      } as never)
      await payload.db.commitTransaction(transactionID!)
    })
    const { totalDocs } = await payload.count({
      collection: 'notification-log',
      where: { key: { in: ['running-1', 'running-2'] } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(2)
  })
})

describe.skipIf(engine === 'sqlite')(`write ownership on ${engine}`, () => {
  test.skip('has no write turn to take: skipped (SQLite only)', () => {})
})
