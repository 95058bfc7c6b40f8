import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from './accounts'
import { launchBrowser, screenshotPath, type Browser } from './browser'
import { startE2eServer, type E2eServer } from './e2eServer'

let server: E2eServer
let browser: Browser
let page: Page
let procedureId: string | number

type Flag = { status: string; acknowledgedBy: unknown }

async function signIn(account: (typeof e2eAccounts)[keyof typeof e2eAccounts]) {
  await page.context().clearCookies()
  await page.goto(`${server.baseUrl}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

/** The procedure as staff see it, read over REST with the browser's session. */
const staffProcedure = async () =>
  page.evaluate(async (id) => {
    const response = await fetch(`/api/procedures/${id}?draft=true&depth=0`, {
      credentials: 'include',
    })
    return (await response.json()) as {
      claimFlags: Flag[]
      lastReviewed: string | null
      summary: string
      regulatory: Record<string, unknown>
    }
  }, procedureId)

const openTab = (label: string) =>
  page.locator('.tabs-field__tab-button', { hasText: label }).click()

/** The claims-check box under one field's input (src/clinical/admin/ClaimFlagsBesideField.tsx). */
const flagsBeside = (path: string) =>
  page.locator(`[data-testid="claim-flags-beside-field"][data-path="${path}"]`)

const openReviewTab = async () => {
  await page.locator('.tabs-field__tab-button', { hasText: 'Review' }).click()
  await page.getByTestId('claim-flags-summary').waitFor()
}

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
  const response = await fetch(
    `${server.baseUrl}/api/procedures?where[slug][equals]=therapeutic-botox-injection&depth=0`,
  )
  procedureId = ((await response.json()) as { docs: { id: string | number }[] }).docs[0]!.id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a reviewer answering the claims check in the admin', () => {
  test('should see the open flags in the Review tab and be refused publishing while they are open', async () => {
    await signIn(e2eAccounts.reviewer)
    await page.goto(`${server.baseUrl}/admin/collections/procedures/${procedureId}`)
    const summary = page.locator('#field-summary')
    await expect.poll(() => summary.inputValue()).toMatch(/^Therapeutic BOTOX/)

    // Each flagged phrase is shown under the field it is in, in the locale being edited.
    await openTab('Content')
    const besideBody = flagsBeside('body')
    await besideBody.waitFor()
    expect(await besideBody.getAttribute('data-open')).not.toBe('0')
    expect(await besideBody.textContent()).toMatch(/“safe” absolute safety or efficacy claim/)
    expect(await besideBody.textContent()).toMatch(/“we” first person/)
    await besideBody.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('clinical-flags-beside-body.png') })
    expect(await flagsBeside('summary').count()).toBe(0)
    await openTab('Clinical facts')
    expect(await flagsBeside('safetyNote').textContent()).toMatch(/“FDA-approved” regulatory claim/)
    // The cited regulatory record is not checked, so nothing is shown under it.
    expect(await flagsBeside('regulatory.offLabelNotice').count()).toBe(0)
    await openTab('Content')

    await summary.fill(`${await summary.inputValue()} It is given by a licensed professional.`)
    await openReviewTab()
    const panel = page.getByTestId('claim-flags-summary')
    expect(await panel.textContent()).toMatch(/\d+ open claim flag\(s\)/)
    expect(await panel.textContent()).toContain('FDA-approved')
    await page.screenshot({
      path: screenshotPath('clinical-review-tab-open-flags.png'),
      fullPage: true,
    })

    await page.locator('#action-save').click()
    await page
      .getByText(/claim flag/i)
      .first()
      .waitFor()
    const stored = await staffProcedure()
    expect(stored.lastReviewed).toBeNull()
    expect(stored.summary).not.toContain('licensed professional. It is given')
  })

  test('should acknowledge every flag with the button and publish', async () => {
    await page.getByRole('button', { name: 'Acknowledge all open claims' }).click()
    await page.getByText(/No open claim flags/).waitFor()
    await openTab('Clinical facts')
    const besideSafetyNote = flagsBeside('safetyNote')
    await besideSafetyNote.scrollIntoViewIfNeeded()
    expect(await besideSafetyNote.getAttribute('data-open')).toBe('0')
    expect(await besideSafetyNote.textContent()).toMatch(
      /every flagged phrase here was acknowledged/,
    )
    await besideSafetyNote.screenshot({
      path: screenshotPath('clinical-flags-beside-field-acknowledged.png'),
    })
    // The reviewer also confirms the label facts; the server records who and when.
    await page.locator('input[name="regulatory.needsReviewerConfirmation"]').uncheck()
    await openReviewTab()
    await page.screenshot({
      path: screenshotPath('clinical-review-tab-acknowledged.png'),
      fullPage: true,
    })
    await page.locator('#action-save').click()
    await page
      .getByText(/published successfully|updated successfully/i)
      .first()
      .waitFor()

    const stored = await staffProcedure()
    expect(stored.lastReviewed).toEqual(expect.any(String))
    expect(stored.claimFlags.length).toBeGreaterThan(5)
    expect(
      stored.claimFlags.every((flag) => flag.status === 'acknowledged' && flag.acknowledgedBy),
    ).toBe(true)
    expect(stored.regulatory).toMatchObject({
      needsReviewerConfirmation: false,
      confirmedBy: expect.anything(),
      confirmedAt: expect.any(String),
    })

    // Shown read-only beside the checkbox.
    await openTab('Clinical facts')
    const confirmedAt = page.locator('#field-regulatory__confirmedAt')
    await confirmedAt.scrollIntoViewIfNeeded()
    await expect.poll(() => confirmedAt.locator('input').inputValue()).not.toBe('')
    expect(await page.locator('.read-only:has(> #field-regulatory__confirmedAt)').count()).toBe(1)
    await page
      .locator('.field-type.group-field', { has: confirmedAt })
      .first()
      .screenshot({ path: screenshotPath('clinical-label-confirmed.png') })
  })
})

describe('the website', () => {
  test('should show the off-label notice and the safety information near the top of the procedure page', async () => {
    await page.context().clearCookies()
    await page.goto(`${server.baseUrl}/procedures/therapeutic-botox-injection`)
    const notice = page.getByTestId('off-label-notice')
    expect(await notice.textContent()).toMatch(
      /not for TMJ disorder, teeth grinding \(bruxism\) or tension headaches/,
    )
    const safety = page.getByTestId('safety-information')
    expect(await safety.textContent()).toMatch(
      /swallowing and breathing problems can be life-threatening/i,
    )
    expect(await safety.locator('li').count()).toBe(2)
    // Above the page text, not after it.
    const order = await page.evaluate(() => {
      const top = (selector: string) =>
        document.querySelector(selector)!.getBoundingClientRect().top
      return {
        safety: top('[data-testid="safety-information"]'),
        body: top('.rich-text, article p:not(.lead):not(.notice)'),
      }
    })
    expect(order.safety).toBeLessThan(order.body)
    const facts = await page.locator('dl.facts').textContent()
    expect(facts).toMatch(/anywhere from 3-6 months \(FAQ/)
    expect(facts).toMatch(/up to four months \(How Does/)
    expect(facts).toMatch(/every three to four months at first/)
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    )
    expect(ld.about).not.toHaveProperty('indication')
    expect(ld.about.drug.warning[0]).toMatch(/may spread/)
    await page.screenshot({ path: screenshotPath('clinical-procedure-page.png'), fullPage: true })
  })

  test('should show the notice on condition pages, FAQ answers about approval and /treatments', async () => {
    await page.goto(`${server.baseUrl}/conditions/bruxism`)
    expect(await page.getByTestId('off-label-notice').textContent()).toMatch(/off-label use/)
    expect(await page.locator('.also-known').textContent()).toContain('sleep bruxism')
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    )
    expect(ld.about.code).toEqual([
      {
        '@type': 'MedicalCode',
        codeValue: 'G47.63',
        codingSystem: 'ICD-10-CM',
        name: 'Sleep related bruxism',
      },
    ])
    await page.screenshot({ path: screenshotPath('clinical-condition-page.png'), fullPage: true })

    await page.goto(`${server.baseUrl}/faq`)
    expect(
      await page.locator('#is-therapeutic-botox-safe [data-testid="off-label-notice"]').count(),
    ).toBe(1)
    expect(
      await page.locator('#does-insurance-cover [data-testid="off-label-notice"]').count(),
    ).toBe(0)
    await page
      .locator('#is-therapeutic-botox-safe')
      .screenshot({ path: screenshotPath('clinical-faq-answer.png') })

    await page.goto(`${server.baseUrl}/treatments`)
    expect(await page.getByTestId('off-label-notice').count()).toBeGreaterThan(0)
    expect(await page.locator('.cards .tag').allTextContents()).toEqual([
      'off-label',
      'off-label',
      'off-label',
    ])
    await page.screenshot({ path: screenshotPath('clinical-treatments.png'), fullPage: true })
  })
})
