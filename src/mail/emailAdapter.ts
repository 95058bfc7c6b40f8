import type { EmailAdapter } from 'payload'

import type { Configuration } from '../config'
import { logEmailAdapter } from './logEmailAdapter'

/**
 * Payload's mail transport: SMTP through Payload's nodemailer adapter when SMTP_URL is set, else
 * the log (logEmailAdapter). The transport is not verified at start: a mail server that is down
 * must not stop the CMS from starting; a failed send is reported where it happens. The adapter and
 * nodemailer (about 80 files) are loaded only when SMTP is configured (issue 15: start time).
 */
export function emailAdapter({
  sender,
  smtp,
}: Configuration['mail']): EmailAdapter | Promise<EmailAdapter> {
  if (!smtp) return logEmailAdapter(sender)
  return import('@payloadcms/email-nodemailer').then(({ nodemailerAdapter }) =>
    nodemailerAdapter({
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      transportOptions: smtp,
      skipVerify: true,
    }),
  )
}
