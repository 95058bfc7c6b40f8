import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { expectHeadAsGet } from './headAndGet'

/**
 * RFC 9110 §9.3.2: HEAD is GET without the content. For every GET route the README's "What it
 * serves" lists, HEAD must answer the status and headers GET answers, and no body. The website's
 * routes are Next pages, which this server (Express without Next) does not serve.
 */
let server: TestServer
let partnerKey: string

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  partnerKey = (await syndicationFixture(server.baseUrl, server.payload)).key
})
afterAll(() => server?.close())

/** The README's "What it serves" table (its first): the paths, as written in the first column. */
function readmePaths(): string[] {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.split('## What it serves')[1]!.split('\n## ')[0]!
  const table = section.trim().split('\n\n')[0]!
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!))
}

type Route = { path: string; partner?: boolean }

/** A concrete request for each listed path; the website's pages are Next's and tested in e2e. */
const routes: Record<string, Route[] | 'next'> = {
  '/admin': 'next',
  '/api/<collection>': [
    { path: '/api/conditions' },
    { path: '/api/conditions?where[slug][equals]=tmj-disorder' },
    { path: '/api/faqs?limit=2' },
    { path: '/api/globals/clinic-settings' },
  ],
  '/api/graphql': [{ path: '/api/graphql?query=%7BConditions(limit%3A1)%7Bdocs%7Bslug%7D%7D%7D' }],
  '/healthz': [{ path: '/healthz' }],
  '/readyz': [{ path: '/readyz' }],
  '/syndication/v1': [
    { path: '/syndication/v1/openapi.json' },
    ...['conditions', 'procedures', 'aftercare-steps', 'faqs'].map((collection) => ({
      path: `/syndication/v1/${collection}`,
      partner: true,
    })),
    { path: '/syndication/v1/conditions/tmj-disorder', partner: true },
    { path: '/syndication/v1/conditions/tmj-disorder?format=jsonld', partner: true },
    { path: '/syndication/v1/conditions/tmj-disorder?format=html', partner: true },
    { path: '/syndication/v1/changes', partner: true },
    { path: '/syndication/v1/feed.atom', partner: true },
    { path: '/syndication/v1/feed.json', partner: true },
    { path: '/syndication/v1/conditions' },
  ],
  '/infobutton': [
    {
      path: '/infobutton?mainSearchCriteria.v.c=G47.63&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90',
    },
  ],
  '/syndication/docs': [{ path: '/syndication/docs' }],
  '/treatments': 'next',
  '/faq': 'next',
  '/conditions': 'next',
  '/procedures': 'next',
  '/sitemap.xml': 'next',
  '/robots.txt': 'next',
  '/favicon.ico': 'next',
}

describe('HEAD answers as GET does, without a body', () => {
  test('should cover every path the README lists', () => {
    expect(readmePaths().sort()).toEqual(Object.keys(routes).sort())
  })

  const requests = Object.values(routes).flatMap((listed) => (listed === 'next' ? [] : listed))
  test.each(requests)('should answer HEAD $path as GET', async ({ path, partner }) => {
    const headers: Record<string, string> = partner ? { authorization: `Bearer ${partnerKey}` } : {}
    await expectHeadAsGet(`${server.baseUrl}${path}`, headers)
  })
})
