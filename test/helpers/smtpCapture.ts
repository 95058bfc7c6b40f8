import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type CapturedMail = {
  from: string
  to: string[]
  subject: string
  /** The message after the headers, quoted-printable decoded: links can be read from it. */
  body: string
  raw: string
}

export type SmtpCapture = {
  /** For SMTP_URL, e.g. smtp://127.0.0.1:40123 */
  url: string
  mails: CapturedMail[]
  /** Resolves with the first captured mail (already here or still to come) that matches. */
  waitFor: (match: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>
  close: () => Promise<void>
}

const decodeQuotedPrintable = (text: string) =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/**
 * A real SMTP server on an ephemeral port that keeps every message it is sent, so tests can follow
 * the links in password-reset and notification mails exactly as a person would.
 */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = []
  const waiters: {
    match: (mail: CapturedMail) => boolean
    resolve: (mail: CapturedMail) => void
  }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const split = raw.search(/\r?\n\r?\n/)
        const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
        const mail: CapturedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map(({ address }) => address),
          subject: /^Subject: (.*)$/im.exec(headers)?.[1]?.trim() ?? '',
          body: decodeQuotedPrintable(raw.slice(split).trim()),
          raw,
        }
        mails.push(mail)
        for (const waiter of waiters.filter(({ match }) => match(mail))) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(mail)
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor: (match, timeoutMs = 10_000) => {
      const found = mails.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching mail arrived')), timeoutMs)
        waiters.push({
          match,
          resolve: (mail) => {
            clearTimeout(timer)
            resolve(mail)
          },
        })
      })
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
