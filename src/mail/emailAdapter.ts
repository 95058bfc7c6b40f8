import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { logEmailAdapter } from './logEmailAdapter'
import { mailSender, smtpOptions } from './mailSettings'

/**
 * Payload's mail transport: SMTP through Payload's nodemailer adapter when SMTP_URL is set, else
 * the log (logEmailAdapter). The transport is not verified at start: a mail server that is down
 * must not stop the CMS from starting; a failed send is reported where it happens.
 */
export function emailAdapter(
  env: Record<string, string | undefined> = process.env,
): EmailAdapter | Promise<EmailAdapter> {
  const sender = mailSender(env)
  const smtp = smtpOptions(env)
  if (!smtp) return logEmailAdapter(sender)
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transportOptions: smtp,
    skipVerify: true,
  })
}
