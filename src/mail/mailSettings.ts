/**
 * Mail settings from the environment: SMTP_URL names the server (smtp:// or smtps://, with the
 * account in it), EMAIL_FROM the sender ("Clinic content <cms@clinic.example>" or an address).
 */
export type SmtpOptions = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
}

type Env = Record<string, string | undefined>

const defaultSender = { name: 'Clinic content hub', address: 'no-reply@localhost' }

export function mailSender(env: Env = process.env): { name: string; address: string } {
  const value = env.EMAIL_FROM?.trim()
  if (!value) return defaultSender
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value)
  if (named)
    return { name: named[1].replace(/^"|"$/g, '') || defaultSender.name, address: named[2] }
  if (/^[^<>\s]+@[^<>\s]+$/.test(value)) return { name: defaultSender.name, address: value }
  throw new Error(
    `EMAIL_FROM must be an address or "Name <address>", e.g. "Clinic content <cms@clinic.example>"; got "${value}".`,
  )
}

export function smtpOptions(env: Env = process.env): SmtpOptions | null {
  const value = env.SMTP_URL?.trim()
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    url = new URL('invalid:')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(
      'SMTP_URL must look like smtp://user:password@mail.example:587 (or smtps:// for TLS from the first byte).',
    )
  }
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
  }
}
