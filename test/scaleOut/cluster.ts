import { randomBytes } from 'node:crypto'

import { type ChildServer, startChildServer } from '../../bench/childServer'
import { sendJson } from '../helpers/http'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Several real server processes (test/scaleOut/server.ts) on one fresh PostgreSQL database, the
 * way the app scales out behind a load balancer, with an admin and a clinician reviewer signed in.
 */
export type Cluster = {
  servers: ChildServer[]
  databaseUrl: string
  adminToken: string
  reviewerToken: string
  /** The server for the n-th request of a round-robin load balancer. */
  roundRobin: (n: number) => ChildServer
  stop: () => Promise<void>
}

export const onPostgres = process.env.TEST_DB_ENGINE === 'postgres'

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const { status, body } = await sendJson('POST', `${baseUrl}/api/users/login`, { email, password })
  if (status !== 200) throw new Error(`sign-in as ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token
}

export async function startCluster(
  size: number,
  env: Record<string, string> = {},
): Promise<Cluster> {
  const database: TestDatabase = await createTestDatabase('postgres')
  const servers: ChildServer[] = []
  const shared = { DATABASE_URL: database.url, PAYLOAD_SECRET: 'scale-out-secret', ...env }
  try {
    // One after the other: the first pushes the development schema; the others find it in place
    // and are told not to push again (Payload's own switch).
    for (let index = 0; index < size; index++) {
      servers.push(
        await startChildServer(
          0,
          index === 0 ? shared : { ...shared, PAYLOAD_MIGRATING: 'true' },
          'test/scaleOut/server.ts',
        ),
      )
    }
    const baseUrl = servers[0]!.baseUrl
    const admin = { email: 'scale-out-admin@clinic.test', password: 'scale-out-password' }
    const registered = await sendJson('POST', `${baseUrl}/api/users/first-register`, {
      ...admin,
      roles: ['admin'],
    })
    if (registered.status !== 200) throw new Error(`first-register: ${registered.status}`)
    const adminToken: string = registered.body.token
    const reviewer = {
      email: `reviewer-${randomBytes(4).toString('hex')}@clinic.test`,
      password: `pw-${randomBytes(8).toString('hex')}`,
    }
    const created = await sendJson(
      'POST',
      `${baseUrl}/api/users`,
      { ...reviewer, roles: ['reviewer'], name: 'Dr. Scale Out' },
      { authorization: `JWT ${adminToken}` },
    )
    if (created.status !== 201) throw new Error(`reviewer: ${created.status}`)
    const reviewerToken = await signIn(baseUrl, reviewer.email, reviewer.password)
    return {
      servers,
      databaseUrl: database.url,
      adminToken,
      reviewerToken,
      roundRobin: (n) => servers[n % servers.length]!,
      stop: async () => {
        await Promise.all(servers.map((server) => server.stop()))
        await database.drop()
      },
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()))
    await database.drop()
    throw error
  }
}

/** A partner with every scope and a key, made by the admin over REST. */
export async function partnerWithKey(
  cluster: Cluster,
  fields: Record<string, unknown> = {},
): Promise<{ id: string; key: string }> {
  const admin = { authorization: `JWT ${cluster.adminToken}` }
  const baseUrl = cluster.servers[0]!.baseUrl
  const partner = await sendJson(
    'POST',
    `${baseUrl}/api/partners`,
    {
      name: `Partner ${randomBytes(3).toString('hex')}`,
      status: 'active',
      rateLimitTier: 'standard',
      scopes: {
        collections: ['conditions', 'procedures', 'aftercare-steps', 'faqs'],
        locales: ['en'],
      },
      allowedOrigins: [],
      ...fields,
    },
    admin,
  )
  if (partner.status !== 201)
    throw new Error(`partner: ${partner.status} ${JSON.stringify(partner.body)}`)
  const issued = await sendJson(
    'POST',
    `${baseUrl}/api/partners/${partner.body.doc.id}/keys`,
    {},
    admin,
  )
  if (issued.status !== 201 && issued.status !== 200) {
    throw new Error(`key: ${issued.status} ${JSON.stringify(issued.body)}`)
  }
  return { id: String(partner.body.doc.id), key: issued.body.key }
}
