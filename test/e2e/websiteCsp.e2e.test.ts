/**
 * The website's content security policy (src/server/securityHeaders.ts): scripts run only when
 * Next wrote them for this response (a nonce per request), never because they are inline; the
 * pages still load and hydrate in Chromium without a single policy violation.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { launchBrowser, type Browser } from './browser'
import { startE2eServer, type E2eServer } from './e2eServer'

let server: E2eServer
let browser: Browser
let page: Page
const consoleProblems: string[] = []

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('console', (message) => {
    // Chromium reports each refused script here; the 404 page's own status is not a problem.
    if (/Content Security Policy/i.test(message.text())) {
      consoleProblems.push(message.text())
    }
  })
  page.on('pageerror', (error) => consoleProblems.push(error.message))
  // Runs before the page's own scripts, outside the page's policy.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const pages = [
  '/treatments',
  '/treatments?locale=es',
  '/conditions/tmj-disorder',
  '/procedures/therapeutic-botox-injection?locale=es',
  '/faq',
  '/no-such-page',
  '/syndication/docs',
]

const scriptSources = (policy: string | null) =>
  (policy ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1) ?? []

test.each(pages)('should send %s with a nonce for scripts, not unsafe-inline', async (path) => {
  const first = await fetch(`${server.baseUrl}${path}`)
  const second = await fetch(`${server.baseUrl}${path}`)
  const sources = scriptSources(first.headers.get('content-security-policy'))
  expect(sources).not.toContain("'unsafe-inline'")
  const nonce = sources.find((source) => source.startsWith("'nonce-"))
  expect(nonce, 'a nonce in script-src').toBeTruthy()
  // A nonce is worth something only if it cannot be guessed from an earlier answer.
  expect(scriptSources(second.headers.get('content-security-policy'))).not.toContain(nonce)
})

test.each(pages)(
  'should load and hydrate %s in Chromium without a policy violation',
  async (path) => {
    consoleProblems.length = 0
    const response = await page.goto(`${server.baseUrl}${path}`)
    expect(response?.status()).toBeLessThan(500)
    await page.waitForLoadState('networkidle')
    if (path !== '/syndication/docs') {
      // Next's client code ran: its scripts carried the nonce.
      await page.waitForFunction(() => Boolean((window as unknown as { next?: unknown }).next))
    }
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([])
    expect(consoleProblems).toEqual([])
  },
)

test('should not run a script injected into a page without the nonce', async () => {
  await page.goto(`${server.baseUrl}/treatments`)
  await page.waitForLoadState('networkidle')
  consoleProblems.length = 0
  await page.addScriptTag({ content: 'window.injectedScriptRan = true' }).catch(() => undefined)
  expect(await page.evaluate(() => 'injectedScriptRan' in window)).toBe(false)
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  )
  expect(violations.join('\n')).toMatch(/script-src/)
})
