import { beforeAll, describe, expect, test } from 'vitest'

import { tokenFor } from './api'
import { screenshot, settle, signIn, useAdminSuite } from './session'

const suite = useAdminSuite()
let partnerId: string | number

beforeAll(async () => {
  const response = await fetch(`${suite.server.baseUrl}/api/partners`, {
    method: 'POST',
    headers: {
      authorization: `JWT ${await tokenFor(suite.server.baseUrl, 'admin')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ name: 'Harbour Physio Clinic' }),
  })
  partnerId = ((await response.json()) as { doc: { id: string | number } }).doc.id
})

describe('an admin issuing a partner key', () => {
  test('should show the key with a copy button and list it at once under the partner', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'admin')
    await page.goto(`${server.baseUrl}/admin/collections/partners/${partnerId}`)
    await settle(page)
    expect(await page.getByTestId('partner-keys-table').count()).toBe(0)
    await page.getByRole('button', { name: 'Issue a new key' }).click()
    const issued = page.getByTestId('issued-key')
    await issued.waitFor()
    const key = (await issued.locator('code').textContent())?.trim() ?? ''
    expect(key.length).toBeGreaterThan(20)
    await issued.locator('.copy-to-clipboard').waitFor()

    const table = page.getByTestId('partner-keys-table')
    await table.waitFor()
    const prefix = (await table.locator('tbody tr td').first().textContent())?.trim() ?? ''
    expect(key.startsWith(prefix)).toBe(true)
    await screenshot(page, 'admin-partner-key-issued')
  })

  test('should name the partner in the keys list, not "<No Partner>"', async () => {
    const { page, server } = suite
    await page.goto(`${server.baseUrl}/admin/collections/partner-keys`)
    await settle(page)
    const row = page.locator('.collection-list tbody tr').first()
    expect(await row.textContent()).toContain('Harbour Physio Clinic')
    expect(await row.textContent()).not.toContain('No Partner')
    await screenshot(page, 'admin-partner-keys-list')
  })
})

describe('the background jobs view', () => {
  test('should list jobs read-only for an admin', async () => {
    const { page, server } = suite
    await page.goto(`${server.baseUrl}/admin`)
    await settle(page)
    await page.getByRole('link', { name: 'Jobs', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/payload-jobs/)
    await settle(page)
    expect(await page.locator('h1').first().textContent()).toMatch(/Background jobs/)
    expect(await page.getByRole('link', { name: /create new/i }).count()).toBe(0)
    await screenshot(page, 'admin-jobs')
  })

  test('should stay closed to editors and reviewers', async () => {
    const { server } = suite
    for (const role of ['editor', 'reviewer'] as const) {
      const response = await fetch(`${server.baseUrl}/api/payload-jobs`, {
        headers: { authorization: `JWT ${await tokenFor(server.baseUrl, role)}` },
      })
      expect(response.status).toBe(403)
    }
  })
})
