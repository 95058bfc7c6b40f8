import { describe, expect, test } from 'vitest'

import { screenshot, settle, useAdminSuite } from './session'

// A fresh install: no accounts at all, so the admin opens on "create first user".
const suite = useAdminSuite(() => ({ env: { E2E_ACCOUNTS: 'none' } }))

describe('the first account on a new install', () => {
  test('should be offered as an admin, not preselected as an editor, and become one', async () => {
    const { page, server } = suite
    await page.goto(`${server.baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await settle(page)
    const roles = page.locator('#field-roles')
    await expect.poll(() => roles.textContent()).toMatch(/Admin/)
    expect(await roles.textContent()).not.toMatch(/Editor/)
    await screenshot(page, 'first-user-form')

    await page.locator('#field-email').fill('owner@clinic.test')
    await page.locator('#field-password').fill('first-owner-password')
    await page.locator('#field-confirm-password').fill('first-owner-password')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await settle(page)

    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user.roles).toEqual(['admin'])
    // Named after the address until the owner gives a name, never "Untitled".
    expect(me.user.name).toBe('owner')
    await screenshot(page, 'first-user-dashboard')
  })
})
