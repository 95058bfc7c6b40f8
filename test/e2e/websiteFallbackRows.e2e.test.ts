/**
 * Rows of a list (a condition's complementary therapies, a procedure's contraindications) are
 * shared between languages and their texts are not: on a Spanish page, a row with no Spanish text
 * shows the English one and must say so with lang="en" (issue 11), as other fallback text does.
 * The seeded rows are English only.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

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

/** The language each row's text is declared in, nearest lang attribute first. */
const rowLanguages = (selector: string) =>
  page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const text = node.querySelector('span') ?? node
      return text.closest('[lang]')?.getAttribute('lang')
    }),
  )

const lists = [
  ['/conditions/tmj-disorder', 'section[aria-labelledby="complementary"] li'],
  ['/procedures/therapeutic-botox-injection', '[data-testid="safety-information"] li'],
] as const

test.each(lists)('should mark the English rows of %s in Spanish lang="en"', async (path, rows) => {
  await page.goto(`${server.baseUrl}${path}?locale=es`)
  const languages = await rowLanguages(rows)
  expect(languages.length).toBeGreaterThan(0)
  expect(new Set(languages)).toEqual(new Set(['en']))
})

test.each(lists)('should leave the rows of %s in English unmarked', async (path, rows) => {
  await page.goto(`${server.baseUrl}${path}`)
  const languages = await rowLanguages(rows)
  expect(languages.length).toBeGreaterThan(0)
  // The page's own language (<html lang="en">), nothing closer.
  expect(new Set(languages)).toEqual(new Set(['en']))
  expect(await page.locator(`${rows}[lang], ${rows} [lang]`).count()).toBe(0)
})
