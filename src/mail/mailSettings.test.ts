import { describe, expect, test } from 'vitest'

import { formatLoggedMail } from './logEmailAdapter'
import { parseMailSender, parseSmtpUrl } from './mailSettings'
import { mailText } from './mailText'

describe('parseSmtpUrl', () => {
  test.each([
    ['smtp://127.0.0.1:2525', { host: '127.0.0.1', port: 2525, secure: false }],
    [
      'smtps://cms%40clinic.example:p%3Ass@mail.example',
      {
        host: 'mail.example',
        port: 465,
        secure: true,
        auth: { user: 'cms@clinic.example', pass: 'p:ss' },
      },
    ],
    ['smtp://mail.example', { host: 'mail.example', port: 587, secure: false }],
  ])('should read SMTP_URL %s', (url, expected) => {
    expect(parseSmtpUrl(url)).toEqual(expected)
  })

  test.each(['mail.example:587', 'http://mail.example'])('should refuse SMTP_URL %s', (url) => {
    expect(() => parseSmtpUrl(url)).toThrow(/smtp:\/\//)
  })
})

describe('parseMailSender', () => {
  test.each([
    [
      'Clinic content hub <no-reply@localhost>',
      { name: 'Clinic content hub', address: 'no-reply@localhost' },
    ],
    ['cms@clinic.example', { name: 'Clinic content hub', address: 'cms@clinic.example' }],
    ['"Clinic CMS" <cms@clinic.example>', { name: 'Clinic CMS', address: 'cms@clinic.example' }],
  ])('should read EMAIL_FROM %s', (value, expected) => {
    expect(parseMailSender(value)).toEqual(expected)
  })

  test('should refuse an EMAIL_FROM without an address', () => {
    expect(() => parseMailSender('Clinic')).toThrow(/Name <address>/)
  })
})

describe('logged mail', () => {
  test('should keep the link of an HTML mail readable', () => {
    expect(
      mailText(
        '<p>You asked to reset your password.</p><p><a href="http://localhost:3000/admin/reset/abc">Reset it</a>&nbsp;now</p>',
      ),
    ).toBe(
      'You asked to reset your password.\n\nReset it (http://localhost:3000/admin/reset/abc) now',
    )
  })

  test('should write a mail as one block with its headers', () => {
    const block = formatLoggedMail(
      { to: 'ana@clinic.example', subject: 'Reset your password', html: '<a href="x">x</a>' },
      'Clinic <cms@clinic.example>',
    )
    expect(block.split('\n')).toEqual([
      'Mail not sent: SMTP_URL is not set. It would have said:',
      '  From:    Clinic <cms@clinic.example>',
      '  To:      ana@clinic.example',
      '  Subject: Reset your password',
      '',
      '  x',
    ])
  })
})
