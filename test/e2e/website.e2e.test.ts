import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { launchBrowser, type Browser } from './browser'
import { startE2eServer, type E2eServer } from './e2eServer'

let server: E2eServer
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const jsonLdOf = async () =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  )

/** Headings must not skip levels (h1 → h3), and there is exactly one h1. */
const headingLevels = () =>
  page
    .locator('h1, h2, h3, h4')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])))

function expectHeadingsInOrder(levels: number[]) {
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  expect(levels[0]).toBe(1)
  for (const [index, level] of levels.entries()) {
    if (index > 0) expect(level - levels[index - 1]).toBeLessThanOrEqual(1)
  }
}

describe('the reference website', () => {
  test.each([
    ['/treatments', 'MedicalWebPage'],
    ['/conditions/tmj-disorder', 'MedicalWebPage'],
    ['/procedures/therapeutic-botox-injection', 'MedicalWebPage'],
    ['/faq', 'FAQPage'],
  ])(
    'should serve %s with landmarks, ordered headings, a disclaimer and %s JSON-LD',
    async (path, type) => {
      const response = await page.goto(`${server.baseUrl}${path}`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.locator('main#main').count()).toBe(1)
      expect(await page.locator('header nav').count()).toBeGreaterThan(0)
      expect(await page.locator('footer').count()).toBe(1)
      expectHeadingsInOrder(await headingLevels())
      expect(await page.locator('.disclaimer').textContent()).toMatch(/does not replace advice/)
      const [jsonLd] = await jsonLdOf()
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': type })
      expect(await page.locator('img:not([alt])').count()).toBe(0)
    },
  )

  test('should show the procedure with its aftercare timeline in order', async () => {
    await page.goto(`${server.baseUrl}/procedures/therapeutic-botox-injection`)
    const steps = await page
      .locator('ol.timeline > li')
      .evaluateAll((items) => items.map((item) => item.id))
    expect(steps).toEqual([
      'swelling-and-redness',
      'tenderness',
      'mild-bruising',
      'return-to-normal-activities',
    ])
    const [jsonLd] = await jsonLdOf()
    expect(jsonLd.about).toMatchObject({
      '@type': 'TherapeuticProcedure',
      drug: { '@type': 'Drug' },
    })
  })

  test('should show Spanish pages in Spanish around the English fallback text', async () => {
    await page.goto(`${server.baseUrl}/conditions/tmj-disorder?locale=es`)
    expect(await page.locator('html').getAttribute('lang')).toBe('es')
    await page.getByRole('heading', { name: 'Síntomas' }).waitFor()
    expect(await page.getByTestId('review-note').textContent()).toMatch(/revisad/i)
  })

  test('should answer an unknown condition with a 404 page', async () => {
    const response = await page.goto(`${server.baseUrl}/conditions/no-such-condition`)
    expect(response?.status()).toBe(404)
  })
})
