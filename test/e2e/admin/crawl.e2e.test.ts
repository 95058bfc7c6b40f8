import { describe, expect, test } from 'vitest'

import { idBySlug, roleNames, screenshot, settle, signIn, useAdminSuite } from './session'

const suite = useAdminSuite()

/** One seeded document per treatment-content collection, to open in the edit view. */
const documents = [
  ['conditions', 'tmj-disorder'],
  ['procedures', 'therapeutic-botox-injection'],
  ['aftercare-steps', 'tenderness'],
] as const

describe.each(roleNames)('the admin for an %s', (role) => {
  test('should show the dashboard and every collection list and global in the navigation', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, role)
    await screenshot(page, `${role}-dashboard`)

    const links = await page
      .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') as string))
    expect(links.length).toBeGreaterThan(3)
    for (const href of links) {
      await page.goto(`${server.baseUrl}${href}`)
      await settle(page)
      const heading = page.locator('h1').first()
      await heading.waitFor()
      expect(await heading.textContent()).not.toMatch(/not found|error/i)
      await screenshot(page, `${role}-${href.split('/').slice(2).join('-')}`)
    }
  })

  test.each(documents)(
    'should open a %s document and each of its tabs',
    async (collection, slug) => {
      const { page, server } = suite
      const id = await idBySlug(server.baseUrl, collection, slug)
      await page.goto(`${server.baseUrl}/admin/collections/${collection}/${id}`)
      await settle(page)
      const tabs = page.locator('.tabs-field__tab-button')
      const count = await tabs.count()
      expect(count).toBeGreaterThan(1)
      for (let index = 0; index < count; index += 1) {
        await tabs.nth(index).click()
        await settle(page)
        const label = (await tabs.nth(index).textContent())?.trim() ?? String(index)
        await screenshot(page, `${role}-${collection}-edit-${label}`)
      }
    },
  )
})
