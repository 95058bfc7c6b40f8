import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from '../accounts'
import { startSmtpCapture, type SmtpCapture } from '../../helpers/smtpCapture'
import { screenshot, settle, useAdminSuite } from './session'

let mail: SmtpCapture
const newPassword = 'a-new-reviewer-password-2026'

// The catcher must listen before the server starts, so the server is given its address.
beforeAll(async () => {
  mail = await startSmtpCapture()
})
const suite = useAdminSuite(() => ({
  env: { SMTP_URL: mail.url, EMAIL_FROM: 'Clinic CMS <cms@clinic.test>' },
}))
afterAll(async () => {
  await mail?.close()
})

describe('a person who forgot their password', () => {
  test('should reset it through the link in the mail and sign in with the new one', async () => {
    const { page, server } = suite
    const { email } = e2eAccounts.reviewer
    await page.goto(`${server.baseUrl}/admin/forgot`)
    await page.locator('#field-email').fill(email)
    await page.locator('button[type="submit"]').click()
    await page
      .getByText(/you will receive instructions to reset your password/i)
      .first()
      .waitFor()
    await screenshot(page, 'forgot-password-sent')

    const message = await mail.waitFor((sent) => sent.to.includes(email), 20_000)
    const link = /https?:\/\/[^\s"'<>]+\/admin\/reset\/[A-Za-z0-9]+/.exec(message.body)?.[0]
    expect(link, 'the mail carries a reset link').toBeTruthy()
    expect(new URL(link as string).origin).toBe(server.baseUrl)

    await page.goto(link as string)
    await page.locator('#field-password').fill(newPassword)
    await page.locator('#field-confirm-password').fill(newPassword)
    await screenshot(page, 'reset-password-form')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/reset'))
    await settle(page)

    await page.context().clearCookies()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(newPassword)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await screenshot(page, 'reset-password-signed-in')
  })
})
