import type { Payload } from 'payload'

import { OpenApiContract } from './openapiContract'
import { reviewAllPublished } from './review'
import { seedSource } from './seeded'
import { signInAs, type StaffMember } from './staff'
import { startTestServer } from './testServer'

export type PartnerInput = {
  name?: string
  collections?: string[]
  locales?: string[]
  status?: 'active' | 'suspended'
  rateLimitTier?: string
  allowedOrigins?: string[]
  webhookUrl?: string
  /** The admin setting "Include content not yet reviewed". */
  includeUnreviewed?: boolean
}

export async function createPartner(payload: Payload, input: PartnerInput = {}) {
  return payload.create({
    collection: 'partners',
    data: {
      name: input.name ?? 'Harbour Physio',
      status: input.status ?? 'active',
      rateLimitTier: (input.rateLimitTier ?? 'standard') as never,
      scopes: {
        collections: (input.collections ?? [
          'conditions',
          'procedures',
          'aftercare-steps',
          'faqs',
        ]) as never,
        locales: (input.locales ?? ['en', 'es']) as never,
      },
      allowedOrigins: input.allowedOrigins ?? [],
      webhook: { url: input.webhookUrl ?? null },
      ...(input.includeUnreviewed === undefined
        ? {}
        : { includeUnreviewed: input.includeUnreviewed }),
    },
    overrideAccess: true,
  })
}

/** Issues a key the way an onboarding script does: as an admin, over HTTP. */
export async function issueKey(
  baseUrl: string,
  admin: StaffMember,
  partnerId: string | number,
  body: Record<string, unknown> = {},
) {
  const response = await fetch(`${baseUrl}/api/partners/${partnerId}/keys`, {
    method: 'POST',
    headers: { authorization: `JWT ${admin.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as any }
}

export type SyndicationResponse = {
  status: number
  headers: Headers
  text: string
  body: any
}

/**
 * Calls the syndication API with a key and checks every answer against the OpenAPI contract, so
 * each test that uses it is also a contract test.
 */
export function syndicationClient(baseUrl: string, contract: OpenApiContract, key?: string) {
  return async (
    path: string,
    headers: Record<string, string> = {},
  ): Promise<SyndicationResponse> => {
    const url = `${baseUrl}/syndication/v1${path}`
    const response = await fetch(url, {
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    })
    const text = await response.text()
    contract.expectConforms('GET', url, response.status, response.headers.get('content-type'), text)
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // HTML, Atom and empty 304 bodies stay text
    }
    return { status: response.status, headers: response.headers, text, body }
  }
}

/** A started server with the seed loaded, an admin, a partner with every scope and its key. */
export async function syndicationFixture(baseUrl: string, payload: Payload) {
  const contract = await OpenApiContract.load(baseUrl)
  const admin = await signInAs(payload, baseUrl, 'admin')
  const partner = await createPartner(payload)
  const { body } = await issueKey(baseUrl, admin, partner.id)
  return {
    contract,
    admin,
    partner,
    key: body.key as string,
    get: syndicationClient(baseUrl, contract, body.key),
  }
}

/** Makes a partner, issues it a key as an admin, and returns a contract-checking client for it. */
export async function partnerClient(
  server: { baseUrl: string; payload: Payload },
  admin: StaffMember,
  contract: OpenApiContract,
  input: PartnerInput = {},
) {
  const partner = await createPartner(server.payload, input)
  const { body } = await issueKey(server.baseUrl, admin, partner.id)
  return { get: syndicationClient(server.baseUrl, contract, body.key), partner }
}

/**
 * A started server with the seed loaded and reviewed (partners receive reviewed content only; the
 * seed publishes without a review), an admin, and the OpenAPI contract partner answers are checked
 * against: what each partner API test file starts from.
 */
export async function startPartnerServer() {
  const server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  const admin = await signInAs(server.payload, server.baseUrl, 'admin')
  const contract = await OpenApiContract.load(server.baseUrl)
  return { server, admin, contract }
}
