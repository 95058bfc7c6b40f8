/**
 * Mail settings, parsed by src/config from the environment: SMTP_URL names the server (smtp:// or
 * smtps://, with the account in it), EMAIL_FROM the sender ("Clinic content <cms@clinic.example>"
 * or an address). Both throw a message that says what a good value looks like.
 */
export type SmtpOptions = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
}

export type MailSender = { name: string; address: string }

const defaultSenderName = 'Clinic content hub'

export function parseMailSender(value: string): MailSender {
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value)
  if (named) return { name: named[1].replace(/^"|"$/g, '') || defaultSenderName, address: named[2] }
  if (/^[^<>\s]+@[^<>\s]+$/.test(value)) return { name: defaultSenderName, address: value }
  throw new Error('must be an address or "Name <address>"')
}

export function parseSmtpUrl(value: string): SmtpOptions {
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (url?.protocol !== 'smtp:' && url?.protocol !== 'smtps:') {
    throw new Error(
      'must be smtp://user:password@host:port, or smtps:// for TLS from the first byte',
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
