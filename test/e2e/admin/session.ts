import fs from 'node:fs'
import path from 'node:path'
import type { Page, Request, Response } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

import { e2eAccounts } from '../accounts'
import { launchBrowser, type Browser } from '../browser'
import { startE2eServer, type E2eServer, type E2eServerOptions } from '../e2eServer'
import { Watchdog } from './watchdog'

export type RoleName = keyof typeof e2eAccounts
export const roleNames: RoleName[] = ['admin', 'reviewer', 'editor']

export type AdminSuite = {
  server: E2eServer
  browser: Browser
  page: Page
  watchdog: Watchdog
}

/**
 * One server, one Chromium and one watched page for a spec file. Every test fails on anything the
 * watchdog saw (a response >= 400, a console or page error) that the test did not expect.
 */
export function useAdminSuite(options: () => E2eServerOptions = () => ({})): AdminSuite {
  const suite = {} as AdminSuite
  beforeAll(async () => {
    suite.server = await startE2eServer(options())
    suite.browser = await launchBrowser()
    suite.page = await suite.browser.context.newPage()
    // Fail fast: every step in these tests answers within a second or two on a 2-core machine.
    suite.page.setDefaultTimeout(15_000)
    suite.watchdog = new Watchdog(suite.page, suite.server.baseUrl)
  })
  afterEach(async ({ task }) => {
    // What the screen showed when a test failed, for whoever reads the CI log.
    if (task.result?.state === 'fail') await screenshot(suite.page, `failed-${task.name}`)
    expect(suite.watchdog.takeProblems()).toEqual([])
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
  })
  return suite
}

const adminHome = (url: URL) => url.pathname === '/admin' || url.pathname === '/admin/'

export async function signIn(page: Page, baseUrl: string, role: RoleName) {
  const account = e2eAccounts[role]
  // Leave the current page while still signed in, as a person closing it would, so the admin
  // releases its editing lock (ReleaseLockOnLeave) before the next person opens the document.
  if (page.url().startsWith(baseUrl)) {
    await page.goto(`${baseUrl}/admin`)
    await settle(page)
  }
  await page.context().clearCookies()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(adminHome)
  await settle(page)
}

/** Waits until the admin has stopped loading (no request for half a second). */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.locator('.loading-overlay, .shimmer-effect').first().waitFor({ state: 'hidden' })
}

const screenshotFolder = path.resolve('test-results/admin')

/** A full-page screenshot in test-results/admin/, for people to look at after every run. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotFolder, { recursive: true })
  const file = `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`
  await page.screenshot({ path: path.join(screenshotFolder, file), fullPage: true })
}

/** The id of the seeded document with this slug (public REST: published content). */
export async function idBySlug(baseUrl: string, collection: string, slug: string) {
  const response = await fetch(`${baseUrl}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const body = (await response.json()) as { docs: { id: number | string }[] }
  if (!body.docs[0]) throw new Error(`No ${collection} with slug ${slug}`)
  return body.docs[0].id
}

/**
 * Runs a browser step and, if it fails, adds to the error what the page asked our server meanwhile
 * (method, path, status or failure): enough to tell a lost click from a lost or slow answer.
 */
export async function explainWithTraffic(page: Page, baseUrl: string, step: () => Promise<void>) {
  const started = Date.now()
  const lines: string[] = []
  const at = () => `+${Date.now() - started} ms`
  const ownPath = (url: string) => url.slice(baseUrl.length)
  const onResponse = (response: Response) => {
    if (response.url().startsWith(baseUrl))
      lines.push(
        `${at()} ${response.request().method()} ${ownPath(response.url())} ${response.status()}`,
      )
  }
  const onFailed = (request: Request) => {
    if (request.url().startsWith(baseUrl))
      lines.push(
        `${at()} ${request.method()} ${ownPath(request.url())} failed: ${request.failure()?.errorText}`,
      )
  }
  page.on('response', onResponse)
  page.on('requestfailed', onFailed)
  try {
    await step()
  } catch (error) {
    const traffic = lines.length ? lines.join('\n') : '(none)'
    const explained = `${(error as Error).message}\nRequests to the server meanwhile:\n${traffic}`
    // Also on the console: a test that passes on its retry does not print its first failure.
    console.warn(explained)
    throw new Error(explained, { cause: error })
  } finally {
    page.off('response', onResponse)
    page.off('requestfailed', onFailed)
  }
}
