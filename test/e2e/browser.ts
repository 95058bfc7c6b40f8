import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export type Browser = { context: BrowserContext; close: () => Promise<void> }

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Debian's Chromium (nothing is downloaded) with a fresh profile folder, so no cookie or cache
 * from an earlier run leaks in.
 */
export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Where screenshots go on every run, for people to look at. */
export function screenshotPath(name: string): string {
  const folder = path.resolve('test-results')
  fs.mkdirSync(folder, { recursive: true })
  return path.join(folder, name)
}
