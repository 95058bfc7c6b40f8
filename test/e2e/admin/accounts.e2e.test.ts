import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from '../accounts'
import { launchBrowser } from '../browser'
import { startMailCatcher, type MailCatcher } from './mailCatcher'
import { idBySlug, screenshot, settle, signIn, useAdminSuite } from './session'

let mail: MailCatcher
const newPassword = 'a-new-reviewer-password-2026'

// The catcher must listen before the server starts, so the server is given its address.
beforeAll(async () => {
  mail = await startMailCatcher()
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

    const message = await mail.waitFor(new RegExp(`To: .*${email.replace('.', '\\.')}`, 'i'))
    const link = /https?:\/\/[^\s"'<>]+\/admin\/reset\/[A-Za-z0-9]+/.exec(message)?.[0]
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

describe('two people opening the same page', () => {
  test('should tell the second who is editing it, by name or address, not by number', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'editor')
    const id = await idBySlug(server.baseUrl, 'faqs', 'how-long-do-injections-last')
    const editUrl = `${server.baseUrl}/admin/collections/faqs/${id}`
    await page.goto(editUrl)
    await settle(page)
    await page.locator('#field-question').fill('How long does a Botox treatment last?')
    await settle(page)

    // A second Chromium with its own profile: another person at another desk.
    const second = await launchBrowser()
    const other = await second.context.newPage()
    try {
      await other.goto(`${server.baseUrl}/admin/login`)
      await other.locator('#field-email').fill(e2eAccounts.admin.email)
      await other.locator('#field-password').fill(e2eAccounts.admin.password)
      await other.locator('button[type="submit"]').click()
      await other.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
      await other.goto(editUrl)
      const modal = other.locator('.document-locked')
      await modal.waitFor()
      const text = (await modal.textContent()) ?? ''
      expect(text).not.toMatch(/User: \d/)
      expect(text).toMatch(new RegExp(`${e2eAccounts.editor.name}|${e2eAccounts.editor.email}`))
      await other.screenshot({ path: 'test-results/admin/lock-shows-editor.png', fullPage: true })
    } finally {
      await second.close()
    }
  })
})
