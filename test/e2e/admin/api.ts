import sharp from 'sharp'

import { e2eAccounts } from '../accounts'
import type { RoleName } from './session'

/** A bearer token for one of the e2e accounts, for setting up data over REST. */
export async function tokenFor(baseUrl: string, role: RoleName): Promise<string> {
  const { email, password } = e2eAccounts[role]
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${role} failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** Uploads a small generated photo (the seed has none), so upload pickers have a choice. */
export async function uploadImage(baseUrl: string, token: string, alt: string) {
  const jpeg = await sharp({
    create: { width: 320, height: 200, channels: 3, background: { r: 90, g: 140, b: 190 } },
  })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'room.jpg')
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: string | number } }).doc.id
}
