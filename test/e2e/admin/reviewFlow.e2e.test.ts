import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'

import { idBySlug, screenshot, settle, signIn, useAdminSuite } from './session'

const suite = useAdminSuite()
let editUrl: string
const sentForReview = `TMJ summary sent for review by the browser test at ${new Date().toISOString()}.`
const abandoned = 'An editor draft that will be thrown away with "Revert to published".'

beforeAll(async () => {
  const id = await idBySlug(suite.server.baseUrl, 'conditions', 'tmj-disorder')
  editUrl = `${suite.server.baseUrl}/admin/collections/conditions/${id}`
})

async function openTab(page: Page, label: string) {
  await page.locator('.tabs-field__tab-button', { hasText: label }).click()
  await settle(page)
}

async function workflowOptions(page: Page) {
  await page.locator('#field-workflowStatus .rs__control').click()
  const options = await page.locator('.rs__option').allTextContents()
  await page.keyboard.press('Escape')
  return options
}

async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await page
    .getByText(/draft saved|saved successfully/i)
    .first()
    .waitFor()
  await settle(page)
}

describe('an editor sending a page for review', () => {
  test('should change the text, choose "In review" (never "Published") and save', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'editor')
    await page.goto(editUrl)
    await settle(page)
    await page.locator('#field-summary').fill(sentForReview)
    await openTab(page, 'Review')
    await page.locator('#field-workflowStatus .rs__control').click()
    await page.locator('.rs__option', { hasText: 'In review' }).click()
    await expect
      .poll(() => workflowOptions(page))
      .toEqual(['Draft', 'In review (ready for a clinician)'])
    await saveDraft(page)
    await screenshot(page, 'editor-sent-for-review')
  })
})

describe('a reviewer working the dashboard queue', () => {
  test('should find the page under "Waiting for review" and open it from there', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'reviewer')
    const waiting = page.getByTestId('queue-waiting-for-review')
    await waiting.getByRole('link', { name: 'TMJ Disorder' }).waitFor()
    // The seeded pages that are overdue appear with the year and in words.
    const due = page.getByTestId('queue-overdue-or-due-within-30-days')
    expect(await due.textContent()).toMatch(/\d{4} · overdue/)
    await screenshot(page, 'reviewer-dashboard-queue')
    await waiting.getByRole('link', { name: 'TMJ Disorder' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/conditions/'))
    await settle(page)
    expect(await page.locator('#field-summary').inputValue()).toBe(sentForReview)
  })

  test('should compare the draft with the published version by default', async () => {
    const { page } = suite
    await page.goto(`${editUrl}/versions`)
    await settle(page)
    await page.locator('.versions table tbody tr').first().locator('a').first().click()
    await page.waitForURL(/\/versions\/[^/?]+/)
    await settle(page)
    expect(page.url()).toContain('versionFrom=')
    const comparedWith = page.locator('.view-version__version-from')
    expect(await comparedWith.textContent()).toMatch(/Currently Published/)
    const diff = (await page.locator('.view-version__diff-wrap').textContent()) ?? ''
    expect(diff).toContain(sentForReview)
    expect(diff).toContain('Therapeutic Botox injections relax')
    await screenshot(page, 'reviewer-version-compare')
  })

  test('should publish, and the review record shows the name and dates with the year', async () => {
    const { page } = suite
    await page.goto(editUrl)
    await settle(page)
    await page.locator('#action-save').click()
    await page
      .getByText(/published successfully|updated successfully/i)
      .first()
      .waitFor()
    await settle(page)
    await page.reload()
    await settle(page)
    await openTab(page, 'Review')
    const year = String(new Date().getUTCFullYear())
    expect(await page.locator('#field-lastReviewed input').inputValue()).toContain(year)
    expect(await page.locator('#field-nextReviewDue input').inputValue()).toContain(
      String(Number(year) + 1),
    )
    expect(await page.getByTestId('review-due-note').textContent()).toMatch(/Due in 1[12] months/)
    expect(await page.locator('#field-reviewedBy').textContent()).toContain('Dr. Rita Reviewer')
    await screenshot(page, 'reviewer-published-review-tab')
  })
})

describe('an editor reverting a draft', () => {
  test('should throw a draft away with "Revert to published"', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, 'editor')
    await page.goto(editUrl)
    await settle(page)
    // The admin reopens the tab the editor last used (Review); the summary is on Content.
    await openTab(page, 'Content')
    await page.locator('#field-summary').fill(abandoned)
    await saveDraft(page)
    await page.locator('#action-revert-to-published').click()
    await page.locator('#confirm-action').click()
    await expect.poll(() => page.locator('#field-summary').inputValue()).toBe(sentForReview)
    await settle(page)
    await page.reload()
    await settle(page)
    expect(await page.locator('#field-summary').inputValue()).toBe(sentForReview)
    await screenshot(page, 'editor-reverted-to-published')
  })
})
