import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mailText } from './mailText'

type Address = string | { name?: string; address?: string } | Address[] | undefined

const addressList = (value: Address): string =>
  Array.isArray(value)
    ? value.map(addressList).join(', ')
    : typeof value === 'string' || !value
      ? (value ?? '')
      : value.name
        ? `${value.name} <${value.address}>`
        : (value.address ?? '')

/** One mail as one block of text, as it would have been read by its recipient. */
export function formatLoggedMail(message: SendEmailOptions, fallbackFrom: string): string {
  const from =
    typeof message.from === 'object' && message.from
      ? `${message.from.name} <${message.from.address}>`
      : message.from || fallbackFrom
  const body =
    typeof message.text === 'string' && message.text
      ? message.text
      : typeof message.html === 'string'
        ? mailText(message.html)
        : ''
  return [
    'Mail not sent: SMTP_URL is not set. It would have said:',
    `  From:    ${from}`,
    `  To:      ${addressList(message.to as Address)}`,
    `  Subject: ${message.subject ?? ''}`,
    '',
    ...body.split('\n').map((line) => `  ${line}`),
  ].join('\n')
}

/**
 * Without SMTP_URL (a developer's machine, a first try) mails are written to the log at info level,
 * each in one readable block with its links, so a password can still be reset by following the
 * link there. Payload's own fallback logs only the subject, and warns.
 */
export const logEmailAdapter =
  (sender: { name: string; address: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      payload.logger.info(formatLoggedMail(message, `${sender.name} <${sender.address}>`))
    },
  })
