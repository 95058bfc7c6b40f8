import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type MailCatcher = {
  /** SMTP_URL for the server under test. */
  url: string
  messages: string[]
  /** The first message (decoded) whose text matches, waiting up to `timeoutMs` for it. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>
  close: () => Promise<void>
}

/** Undoes quoted-printable (soft line breaks, =XX bytes), as mail clients do before showing text. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

/**
 * A real SMTP server on a free loopback port that keeps every message it is sent, so a test can
 * read the password-reset mail the CMS sends through its nodemailer transport.
 */
export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        messages.push(decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1')))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(pattern, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.find((message) => pattern.test(message))
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(
        `No mail matching ${pattern} within ${timeoutMs} ms (${messages.length} seen)`,
      )
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
