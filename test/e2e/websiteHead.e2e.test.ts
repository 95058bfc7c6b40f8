/**
 * HEAD against GET on the website's routes, which the README's "What it serves" lists and Next
 * serves (the Express routes are compared in test/contracts/headMatchesGet.int.test.ts).
 */
import { afterAll, beforeAll, describe, test } from 'vitest'

import { expectHeadAsGet } from '../contracts/headAndGet'
import { startE2eServer, type E2eServer } from './e2eServer'

let server: E2eServer

beforeAll(async () => {
  server = await startE2eServer()
})
afterAll(() => server?.stop())

const websiteRoutes = [
  '/admin',
  '/treatments',
  '/faq',
  '/conditions',
  '/procedures',
  '/conditions/tmj-disorder',
  '/procedures/therapeutic-botox-injection?locale=es',
  '/conditions/no-such-condition',
  '/sitemap.xml',
  '/robots.txt',
  '/favicon.ico',
]

describe('HEAD answers as GET does on the website', () => {
  test.each(websiteRoutes)('should answer HEAD %s as GET', async (path) => {
    await expectHeadAsGet(`${server.baseUrl}${path}`)
  })
})
