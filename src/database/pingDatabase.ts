import type { Payload } from 'payload'

type PingableAdapter = {
  name?: string
  client?: { execute: (sql: string) => Promise<unknown> }
  pool?: { query: (sql: string) => Promise<unknown> }
  connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } }
}

/** Asks the database a trivial question; rejects when it does not answer within `timeoutMs`. */
export async function pingDatabase(payload: Payload, timeoutMs = 1500): Promise<void> {
  const db = payload.db as unknown as PingableAdapter
  const ping = async () => {
    if (db.pool) return db.pool.query('select 1')
    if (db.client) return db.client.execute('select 1')
    if (db.connection?.db) return db.connection.db.admin().ping()
    throw new Error(`No readiness check for the ${db.name ?? 'unknown'} database adapter.`)
  }
  await answerWithin(ping(), timeoutMs)
}

/** `answer`, or a rejection saying the database did not answer within `timeoutMs`. */
export async function answerWithin<T>(answer: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([answer, timeout])
  } finally {
    clearTimeout(timer)
  }
}
