import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '../../../access/roles'
import { parseKeyRequest } from '../../shape/keyRequest'
import { issuePartnerKey, revokePartnerKey } from '../../services/partnerKeys'

const noStore = { 'cache-control': 'no-store' }

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: noStore })

const refuse = (status: number, message: string) => answer(status, { errors: [{ message }] })

/** The partner named in the path, when the caller is an admin and the partner exists. */
async function partnerFor(req: PayloadRequest) {
  if (!req.user) return { error: refuse(401, 'Sign in as an admin to manage partner keys.') }
  if (!hasRole(req.user, 'admin')) return { error: refuse(403, 'Only admins manage partner keys.') }
  const id = req.routeParams?.id as string | undefined
  try {
    const partner = id
      ? await req.payload.findByID({
          collection: 'partners',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (partner) return { partner }
  } catch {
    // An ID the database cannot even parse names no partner either.
  }
  return { error: refuse(404, `No partner has the ID "${id}".`) }
}

/**
 * `POST /api/partners/{id}/keys`: issues a key and returns it once. Body (all optional): `label`,
 * `expiresAt`, `rotate` (old keys then expire after `overlapHours`, default 24).
 */
export const issueKeyEndpoint: Endpoint = {
  path: '/:id/keys',
  method: 'post',
  handler: async (req) => {
    const { partner, error } = await partnerFor(req)
    if (error) return error
    await addDataAndFileToRequest(req).catch(() => undefined)
    const now = new Date()
    const request = parseKeyRequest(req.data, now)
    if (typeof request === 'string') return refuse(400, request)
    const issued = await issuePartnerKey(req.payload, partner.id, request, now)
    return answer(201, {
      ...issued,
      partner: { id: String(partner.id), name: partner.name },
      notice: 'Store this key now: it is not shown again and cannot be recovered.',
    })
  },
}

/** `POST /api/partners/{id}/keys/{keyId}/revoke`: refuses the key from its next request on. */
export const revokeKeyEndpoint: Endpoint = {
  path: '/:id/keys/:keyId/revoke',
  method: 'post',
  handler: async (req) => {
    const { partner, error } = await partnerFor(req)
    if (error) return error
    const keyId = String(req.routeParams?.keyId ?? '')
    const revoked = await revokePartnerKey(req.payload, partner.id, keyId).catch(() => null)
    if (!revoked) return refuse(404, `Partner "${partner.name}" has no key with the ID "${keyId}".`)
    return answer(200, revoked)
  },
}
