import { randomBytes } from 'node:crypto'

/** The people and partners the soak acts as, made over HTTP as an operator would. */

export type Account = { token: string; id: string }

const password = () => `Soak-${randomBytes(12).toString('base64url')}-pass`

async function send(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 500)}`)
  return JSON.parse(text) as any
}

/** The first admin (Payload's first-register), then an editor and a clinician reviewer. */
export async function createAccounts(baseUrl: string) {
  const adminPassword = password()
  const registered = await send(`${baseUrl}/api/users/first-register`, {
    email: 'soak-admin@clinic.test',
    password: adminPassword,
    name: 'Soak Admin',
    roles: ['admin'],
  })
  const admin: Account = { token: registered.token, id: String(registered.user.id) }
  const member = async (role: 'editor' | 'reviewer', name: string): Promise<Account> => {
    const email = `soak-${role}@clinic.test`
    const secret = password()
    await send(
      `${baseUrl}/api/users`,
      { email, password: secret, name, roles: [role] },
      admin.token,
    )
    const login = await send(`${baseUrl}/api/users/login`, { email, password: secret })
    return { token: login.token, id: String(login.user.id) }
  }
  return {
    admin,
    editor: await member('editor', 'Soak Editor'),
    reviewer: await member('reviewer', 'Dr. Soak Reviewer'),
  }
}

/** A partner with one key, issued through the API an onboarding script uses. */
export async function createPartnerKey(
  baseUrl: string,
  admin: Account,
  name: string,
  rateLimitTier: 'trial' | 'standard',
): Promise<string> {
  const { doc } = await send(
    `${baseUrl}/api/partners`,
    {
      name,
      status: 'active',
      rateLimitTier,
      scopes: {
        collections: ['conditions', 'procedures', 'aftercare-steps', 'faqs'],
        locales: ['en', 'es'],
      },
      allowedOrigins: [],
      // Partners see only reviewed content; the seed's pages count as unreviewed.
      includeUnreviewed: true,
    },
    admin.token,
  )
  const issued = await send(`${baseUrl}/api/partners/${doc.id}/keys`, {}, admin.token)
  return issued.key as string
}
