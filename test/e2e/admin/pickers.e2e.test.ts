import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'

import { tokenFor, uploadImage } from './api'
import { idBySlug, roleNames, screenshot, settle, signIn, useAdminSuite } from './session'

const suite = useAdminSuite()
const imageAlt = 'Treatment room with the injection chair'
/** Each role gives a different condition its image, so none finds the picker already used. */
const conditionFor = { admin: 'tmj-disorder', reviewer: 'tension-headaches', editor: 'bruxism' }

beforeAll(async () => {
  await uploadImage(suite.server.baseUrl, await tokenFor(suite.server.baseUrl, 'admin'), imageAlt)
})

async function openTab(page: Page, label: string) {
  await page.locator('.tabs-field__tab-button', { hasText: label }).click()
  await settle(page)
}

/** Opens a relationship field's dropdown and picks the option with this label. */
async function chooseOption(page: Page, field: string, label: RegExp) {
  await page.locator(`#field-${field} .rs__control`).click()
  const option = page.locator('.rs__option').filter({ hasText: label }).first()
  await option.waitFor()
  expect(await page.locator('.rs__option').allTextContents()).not.toContainEqual(
    expect.stringMatching(/untitled|error/i),
  )
  await option.click()
  await expect.poll(() => page.locator(`#field-${field}`).textContent()).toMatch(label)
}

async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await page
    .getByText(/draft saved|saved successfully/i)
    .first()
    .waitFor()
  await settle(page)
}

describe.each(roleNames)('the pickers for an %s', (role) => {
  test('should choose an image from the upload picker and save', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, role)
    const id = await idBySlug(server.baseUrl, 'conditions', conditionFor[role])
    await page.goto(`${server.baseUrl}/admin/collections/conditions/${id}`)
    await settle(page)
    await page.getByRole('button', { name: 'Choose from existing' }).click()
    const drawer = page.locator('.list-drawer')
    await drawer.getByText(imageAlt).first().waitFor()
    await screenshot(page, `${role}-picker-upload-open`)
    // The first cell of a row is the button that chooses it.
    const row = drawer.locator('tbody tr').filter({ hasText: imageAlt }).first()
    await row.locator('td').first().locator('button').first().click()
    await drawer.waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('#field-image').textContent()).toContain('room')
    await saveDraft(page)
    await screenshot(page, `${role}-picker-upload-saved`)
  })

  test('should take a condition off a procedure, choose it again in the picker and save', async () => {
    const { page, server } = suite
    const id = await idBySlug(server.baseUrl, 'procedures', 'therapeutic-botox-injection')
    await page.goto(`${server.baseUrl}/admin/collections/procedures/${id}`)
    await settle(page)
    await openTab(page, 'Clinical facts')
    const chips = page.locator('#field-conditionsTreated .rs__multi-value')
    await expect.poll(() => chips.count()).toBe(3)
    // The chip reads "<name>EditEditRemoveRemove" (its buttons' labels); keep the name.
    const removed = ((await chips.last().textContent()) ?? '').split('Edit')[0].trim()
    // Backspace in the picker takes off the last condition; then the picker offers it again.
    await page.locator('#field-conditionsTreated input').first().focus()
    await page.keyboard.press('Backspace')
    await expect.poll(() => chips.count()).toBe(2)
    await chooseOption(page, 'conditionsTreated', new RegExp(removed.replace(/[()]/g, '\\$&')))
    await expect.poll(() => chips.count()).toBe(3)
    await screenshot(page, `${role}-picker-conditions-chosen`)
    await page
      .locator('#field-technique')
      .fill(`Fine needles, noted by the ${role} in the browser test.`)
    await saveDraft(page)
  })

  test('should show and choose the procedure an aftercare step follows, and save', async () => {
    const { page, server } = suite
    const id = await idBySlug(server.baseUrl, 'aftercare-steps', 'tenderness')
    await page.goto(`${server.baseUrl}/admin/collections/aftercare-steps/${id}`)
    await settle(page)
    // The chosen procedure shows its name, not "Untitled - ID: 1".
    await openTab(page, 'Clinical facts')
    await expect.poll(() => page.locator('#field-procedure').textContent()).toMatch(/Botox/)
    await chooseOption(page, 'procedure', /Therapeutic Botox Injection/)
    await openTab(page, 'Content')
    await page.locator('#field-whatToDo').fill(`A cold pack helps (checked by the ${role}).`)
    await saveDraft(page)
    await screenshot(page, `${role}-picker-aftercare-saved`)
  })
})
