import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from './accounts'
import { launchBrowser, screenshotPath, type Browser } from './browser'
import { startE2eServer, type E2eServer } from './e2eServer'

let server: E2eServer
let browser: Browser
let page: Page
let tmj: { id: string | number; summary: string }
const newSummary = `Jaw pain and clicking, reviewed in the browser test at ${new Date().toISOString()}.`

const publicSummaryOverGraphQL = async () => {
  const response = await fetch(`${server.baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ Conditions(where: { slug: { equals: "tmj-disorder" } }) { docs { summary } } }',
    }),
  })
  const body = (await response.json()) as { data: { Conditions: { docs: { summary: string }[] } } }
  return body.data.Conditions.docs[0].summary
}

const publicPageSummary = async () => {
  await page.goto(`${server.baseUrl}/conditions/tmj-disorder`)
  return (await page.getByTestId('summary').textContent())?.trim()
}

async function signIn(account: (typeof e2eAccounts)[keyof typeof e2eAccounts]) {
  await page.context().clearCookies()
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

const editUrl = () => `${server.baseUrl}/admin/collections/conditions/${tmj.id}`

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
  const response = await fetch(
    `${server.baseUrl}/api/conditions?where[slug][equals]=tmj-disorder&depth=0`,
  )
  tmj = ((await response.json()) as { docs: (typeof tmj)[] }).docs[0]
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('an editor in the admin', () => {
  test('should change the summary and save a draft the public does not see', async () => {
    await signIn(e2eAccounts.editor)
    await page.goto(editUrl())
    const summary = page.locator('#field-summary')
    await expect.poll(() => summary.inputValue()).toBe(tmj.summary)
    await summary.fill(newSummary)
    await page.locator('#action-save-draft').click()
    await page
      .getByText(/saved successfully|draft saved/i)
      .first()
      .waitFor()
    await page.screenshot({ path: screenshotPath('admin-edit-condition.png'), fullPage: true })

    expect(await publicSummaryOverGraphQL()).toBe(tmj.summary)
    expect(await publicPageSummary()).toBe(tmj.summary)
  })

  test('should see the draft in the website preview', async () => {
    await page.goto(`${server.baseUrl}/conditions/tmj-disorder?preview=1`)
    expect((await page.getByTestId('summary').textContent())?.trim()).toBe(newSummary)
    await page
      .getByRole('status')
      .getByText(/latest draft/)
      .waitFor()
  })

  test('should not be offered Publish, and be refused when publishing from the list', async () => {
    await page.goto(editUrl())
    await page.locator('#action-save-draft').waitFor()
    expect(await page.locator('#action-save').count()).toBe(0)

    await page.goto(`${server.baseUrl}/admin/collections/conditions`)
    const row = page.locator('tr').filter({ hasText: 'TMJ Disorder' })
    await row.locator('input[type="checkbox"]').check()
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.locator('#confirm-action').click()
    await page
      .getByText(/Only a clinician reviewer or an admin can publish/)
      .first()
      .waitFor()

    expect(await publicSummaryOverGraphQL()).toBe(tmj.summary)
  })
})

describe('a reviewer in the admin', () => {
  test('should publish the draft, and the site and GraphQL show the new text', async () => {
    await signIn(e2eAccounts.reviewer)
    await page.goto(editUrl())
    await expect.poll(() => page.locator('#field-summary').inputValue()).toBe(newSummary)
    await page.locator('#action-save').click()
    await page
      .getByText(/published successfully|updated successfully/i)
      .first()
      .waitFor()

    await expect.poll(publicSummaryOverGraphQL).toBe(newSummary)
    expect(await publicPageSummary()).toBe(newSummary)
    const reviewNote = await page.getByTestId('review-note').textContent()
    expect(reviewNote).toContain(e2eAccounts.reviewer.name)
    await page.screenshot({ path: screenshotPath('condition-page.png'), fullPage: true })
  })

  test('should list what is overdue for review, which no longer includes the page just reviewed', async () => {
    await page.goto(
      `${server.baseUrl}/admin/collections/conditions?where[reviewStatus][equals]=overdue`,
    )
    await page.getByRole('link', { name: 'Tension Headaches' }).waitFor()
    const names = await page.locator('tbody tr td:nth-child(2)').allTextContents()
    expect(names.map((name) => name.trim()).sort()).toEqual([
      'Teeth Grinding (Bruxism)',
      'Tension Headaches',
    ])
  })
})
