import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from '../accounts'
import { startSmtpCapture, type SmtpCapture } from '../../helpers/smtpCapture'
import { screenshot, settle, signIn, useAdminSuite } from './session'

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

describe('passwords changed on the account pages', () => {
  // Save is pressed straight after typing, as a password manager would: the admin used to answer
  // "Please correct invalid fields." and send nothing until its own form-state round trip caught up
  // (issue 12; src/auth/PasswordChangeChecks.tsx).
  test('should be asked for the current password, then sign in with the new one', async () => {
    const { page, server, watchdog } = suite
    const { email, password } = e2eAccounts.editor
    const changed = 'a-new-editor-password-2026'
    await signIn(page, server.baseUrl, 'editor')
    await page.goto(`${server.baseUrl}/admin/account`)
    await settle(page)
    await page.getByRole('button', { name: /change password/i }).click()
    await page.locator('#field-password').fill(changed)
    await page.locator('#field-confirm-password').fill(changed)
    // The save without the current password is refused on purpose.
    for (const method of ['PATCH', 'POST']) {
      watchdog.expectRefusal({ method, path: /^\/api\/users\/[^/]+$/, status: 400 })
    }
    const save = () =>
      Promise.all([
        page.waitForResponse(
          (response) =>
            /\/api\/users\/[^/?]+/.test(new URL(response.url()).pathname) &&
            response.request().method() !== 'GET',
        ),
        page.locator('#action-save').click(),
      ]).then(([response]) => response)
    const refused = await save()
    expect(refused.status()).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/Give your current password/)
    await screenshot(page, 'account-password-needs-current')

    await page.locator('#field-currentPassword').fill(password)
    const saved = await save()
    expect(saved.status()).toBe(200)
    await settle(page)
    await screenshot(page, 'account-password-changed')

    await page.context().clearCookies()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(changed)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  })

  test('should not show an admin the current-password box on a colleague’s account', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'admin')
    // Asked from the page, as the admin's own requests are (session cookie, same origin).
    const docs = await page.evaluate(async (email) => {
      const response = await fetch(`/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      return ((await response.json()) as { docs: { id: string | number }[] }).docs
    }, e2eAccounts.reviewer.email)
    await page.goto(`${server.baseUrl}/admin/collections/users/${docs[0]!.id}`)
    await settle(page)
    await page.getByRole('button', { name: /change password/i }).waitFor()
    expect(await page.locator('#field-currentPassword').count()).toBe(0)
  })

  test('should let an admin set a colleague’s password, which the colleague then signs in with', async () => {
    const { page, server } = suite
    const { email } = e2eAccounts.reviewer
    const setByAdmin = 'a-password-the-admin-set-2026'
    await signIn(page, server.baseUrl, 'admin')
    const docs = await page.evaluate(async (email) => {
      const response = await fetch(`/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      return ((await response.json()) as { docs: { id: string | number }[] }).docs
    }, email)
    await page.goto(`${server.baseUrl}/admin/collections/users/${docs[0]!.id}`)
    await settle(page)
    await page.getByRole('button', { name: /change password/i }).click()
    await page.locator('#field-password').fill(setByAdmin)
    await page.locator('#field-confirm-password').fill(setByAdmin)
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) =>
          /\/api\/users\/[^/?]+/.test(new URL(response.url()).pathname) &&
          response.request().method() !== 'GET',
      ),
      page.locator('#action-save').click(),
    ])
    expect(saved.status()).toBe(200)
    await settle(page)

    await page.context().clearCookies()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(setByAdmin)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  })
})
