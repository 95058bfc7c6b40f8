import http from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { registerFirstAdmin, startChildServer, type ChildServer } from '../helpers/childServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase
let server: ChildServer
let token: string

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startChildServer(database.url)
  token = await registerFirstAdmin(server.baseUrl)
})
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await database?.drop()
})

/** A POST whose body is sent in two parts, so the request is in flight for as long as we like. */
function postInTwoParts(path: string, document: object) {
  const body = Buffer.from(JSON.stringify(document))
  const { port } = new URL(server.baseUrl)
  const request = http.request({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      authorization: `JWT ${token}`,
    },
  })
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    request.once('error', reject)
  })
  request.write(body.subarray(0, 10))
  return { finish: () => request.end(body.subarray(10)), response }
}

/** Clients reading as fast as they can until the server is gone; returns every status seen. */
function readUnderLoad(clients: number, stopped: Promise<unknown>) {
  let done = false
  void stopped.then(() => (done = true))
  const statuses: number[] = []
  const client = async () => {
    while (!done) {
      try {
        const response = await fetch(`${server.baseUrl}/api/conditions?limit=5`)
        await response.arrayBuffer()
        statuses.push(response.status)
      } catch {
        // Refused or closed before an answer: the server is no longer taking requests.
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
  }
  return Promise.all(Array.from({ length: clients }, client)).then(() => statuses)
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SIGTERM under load', () => {
  test('should finish in-flight requests, refuse new ones and exit within 10 s', async () => {
    const load = readUnderLoad(4, server.exited)
    const inFlight = postInTwoParts('/api/conditions?draft=true', {
      name: 'Saved while stopping',
      slug: 'saved-while-stopping',
      summary: 'Sent in two parts around SIGTERM.',
      indication: { status: 'unknown' },
      _status: 'draft',
    })
    await delay(500)

    const signalledAt = Date.now()
    server.child.kill('SIGTERM')
    await delay(500)

    // New connections are refused once the server is draining.
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow()

    inFlight.finish()
    const answer = await inFlight.response
    expect(answer.status).toBe(201)
    expect(JSON.parse(answer.body).doc.slug).toBe('saved-while-stopping')

    const { code } = await server.exited
    expect(code).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(10_000)

    const statuses = await load
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
  })

  test('should have kept the request that finished while draining', async () => {
    server = await startChildServer(database.url)
    const response = await fetch(
      `${server.baseUrl}/api/conditions?draft=true&where[slug][equals]=saved-while-stopping`,
      { headers: { authorization: `JWT ${token}` } },
    )
    expect((await response.json()).totalDocs).toBe(1)
    server.child.kill('SIGTERM')
    expect((await server.exited).code).toBe(0)
  })
})
