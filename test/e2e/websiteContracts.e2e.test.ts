/**
 * The public website as integrators and search engines check it: every page type in English and
 * Spanish through html-validate and axe-core (at desktop and phone widths), its language, title,
 * description and hreflang alternates, the 404 page, the favicon, robots.txt and the sitemap.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { e2eAccounts } from './accounts'
import { launchBrowser, type Browser } from './browser'
import { startE2eServer, type E2eServer } from './e2eServer'
import { htmlProblems, seriousAxeViolations } from './outsideTools'

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

const contentPages = [
  '/treatments',
  '/conditions',
  '/procedures',
  '/faq',
  '/conditions/tmj-disorder',
  '/procedures/therapeutic-botox-injection',
]
const missingPages = ['/no-such-page', '/conditions/no-such-condition', '/procedures/no-such-one']
const withLocale = (path: string, locale: 'en' | 'es') =>
  locale === 'en' ? path : `${path}?locale=es`
/** Every page type in both languages, the 404 page and the partners' guide (served by Express). */
const pageTypes = [
  ...(['en', 'es'] as const).flatMap((locale) =>
    [...contentPages, ...missingPages].map((path) => withLocale(path, locale)),
  ),
  '/syndication/docs',
]

/** The page types and every page the sitemap lists (all published documents, both languages). */
async function everyPage(): Promise<string[]> {
  const sitemap = await fetch(`${server.baseUrl}/sitemap.xml`).then((answer) => answer.text())
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    match[1].replace(server.baseUrl, ''),
  )
  expect(listed.length).toBeGreaterThanOrEqual(contentPages.length * 2)
  return [...new Set([...pageTypes, ...listed])]
}

const widths = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const

/** A published document as the public REST API gives it to anyone. */
async function publicDocument(collection: string, slug: string) {
  const response = await fetch(
    `${server.baseUrl}/api/${collection}?where[slug][equals]=${slug}&depth=0&locale=en`,
  )
  const body = (await response.json()) as { docs: Record<string, unknown>[] }
  return body.docs[0] as {
    name: string
    summary: string
    meta?: { description?: string | null }
  }
}

async function headOf(path: string) {
  const response = await page.goto(`${server.baseUrl}${path}`)
  return {
    status: response?.status(),
    lang: await page.locator('html').getAttribute('lang'),
    title: await page.title(),
    description: await page.evaluate(
      () => document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    ),
    alternates: Object.fromEntries(
      await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        ),
    ),
  }
}

describe('the website pages', () => {
  test.each(['en', 'es'] as const)(
    'should give every %s page its language, a title of its own and hreflang alternates',
    async (locale) => {
      const titles: string[] = []
      for (const path of contentPages) {
        const head = await headOf(withLocale(path, locale))
        expect(head.status, path).toBe(200)
        expect(head.lang, path).toBe(locale)
        expect(head.description, path).toBeTruthy()
        expect(head.alternates, path).toEqual({
          en: `${server.baseUrl}${path}`,
          es: `${server.baseUrl}${path}?locale=es`,
          'x-default': `${server.baseUrl}${path}`,
        })
        titles.push(head.title)
      }
      expect(new Set(titles).size).toBe(contentPages.length)
    },
  )

  test('should title the Spanish pages in Spanish', async () => {
    expect((await headOf('/treatments?locale=es')).title).toMatch(/^Tratamientos \| /)
    expect((await headOf('/faq?locale=es')).title).toMatch(/^Preguntas frecuentes \| /)
    expect((await headOf('/conditions?locale=es')).title).toMatch(/^Afecciones \| /)
  })

  test('should describe each document page with its own SEO description or summary', async () => {
    for (const [collection, slug] of [
      ['conditions', 'tmj-disorder'],
      ['procedures', 'therapeutic-botox-injection'],
    ]) {
      const document = await publicDocument(collection, slug)
      const head = await headOf(`/${collection}/${slug}`)
      expect(head.description).toBe(document.meta?.description || document.summary)
      expect(head.title).toContain(document.name)
    }
  })

  test('should describe the list pages by what they list', async () => {
    const questions = await fetch(`${server.baseUrl}/api/faqs?depth=0&limit=100`)
      .then((response) => response.json() as Promise<{ docs: { question: string }[] }>)
      .then((body) => body.docs.map((faq) => faq.question))
    const faqDescription = (await headOf('/faq')).description ?? ''
    for (const question of questions) expect(faqDescription).toContain(question)
    const procedure = await publicDocument('procedures', 'therapeutic-botox-injection')
    expect((await headOf('/procedures')).description).toContain(procedure.name)
    expect((await headOf('/treatments')).description).toContain(procedure.name)
    const condition = await publicDocument('conditions', 'tmj-disorder')
    expect((await headOf('/conditions')).description).toContain(condition.name)
  })

  test('should mark English fallback text inside Spanish pages as English', async () => {
    await page.goto(`${server.baseUrl}/conditions/tmj-disorder?locale=es`)
    expect(await page.locator('html').getAttribute('lang')).toBe('es')
    // The seed has no Spanish text yet: the condition's own words are English, the page's are not.
    expect(await page.locator('main h1').getAttribute('lang')).toBe('en')
    expect(await page.getByTestId('summary').getAttribute('lang')).toBe('en')
    expect(await page.locator('.disclaimer p').getAttribute('lang')).toBe('en')
    expect(await page.locator('.disclaimer h2').getAttribute('lang')).toBeNull()
    for (const path of ['/faq?locale=es', '/procedures/therapeutic-botox-injection?locale=es']) {
      await page.goto(`${server.baseUrl}${path}`)
      const notices = page.locator('[data-testid="off-label-notice"] span')
      expect(await notices.count(), path).toBeGreaterThan(0)
      for (const lang of await notices.evaluateAll((spans) =>
        spans.map((span) => span.getAttribute('lang')),
      )) {
        expect(lang, path).toBe('en')
      }
    }
    await page.goto(`${server.baseUrl}/conditions/tmj-disorder`)
    expect(await page.locator('main [lang]').count()).toBe(0)
  })

  test('should list every published condition and procedure on their index pages', async () => {
    await page.goto(`${server.baseUrl}/conditions`)
    const linked = await page
      .locator('main a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(linked).toEqual(
      expect.arrayContaining([
        '/conditions/tmj-disorder',
        '/conditions/bruxism',
        '/conditions/tension-headaches',
      ]),
    )
    await page.goto(`${server.baseUrl}/procedures?locale=es`)
    expect(
      await page
        .locator('main a[href="/procedures/therapeutic-botox-injection?locale=es"]')
        .count(),
    ).toBe(1)
  })
})

describe('the 404 page', () => {
  test.each([
    ['/no-such-page', 'en', 'Page not found'],
    ['/conditions/no-such-condition', 'en', 'Page not found'],
    ['/procedures/no-such-procedure?locale=es', 'es', 'Página no encontrada'],
    ['/some/deep/path/?locale=es', 'es', 'Página no encontrada'],
  ])('should answer %s with status 404 in %s, in the site layout', async (path, lang, title) => {
    const head = await headOf(path)
    expect(head.status).toBe(404)
    expect(head.lang).toBe(lang)
    expect(head.title).toMatch(new RegExp(`^${title}`))
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await page.locator('header nav').count()).toBeGreaterThan(0)
    expect(await page.locator('main h1').count()).toBe(1)
    // Rendered on the server, not filled in by JavaScript afterwards.
    const served = await fetch(`${server.baseUrl}${path}`).then((answer) => answer.text())
    expect(served).toContain(`<html lang="${lang}"`)
    expect(served).toContain(`<h1>${title}</h1>`)
    expect(served).toMatch(/<meta name="robots" content="noindex"\/>/)
  })
})

describe('html-validate', () => {
  test('should find nothing wrong in any page as served', async () => {
    const problems: Record<string, string[]> = {}
    for (const path of await everyPage()) {
      const response = await fetch(`${server.baseUrl}${path}`)
      const found = await htmlProblems(await response.text())
      if (found.length) problems[path] = found
    }
    expect(problems).toEqual({})
  })
})

describe('axe-core in Chromium', () => {
  test.each(widths)('should find no serious or critical violation at %s width', async (_, size) => {
    await page.setViewportSize(size)
    try {
      for (const path of await everyPage()) {
        await page.goto(`${server.baseUrl}${path}`)
        expect({ path, violations: await seriousAxeViolations(page) }).toEqual({
          path,
          violations: [],
        })
        // Nothing wider than the screen: long lines and tables scroll inside their own box.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect({ path, overflow }).toEqual({ path, overflow: 0 })
      }
    } finally {
      await page.setViewportSize(widths[0][1])
    }
  })
})

describe('favicon, robots.txt and sitemap.xml', () => {
  test.each([
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ['/icon.svg', /^image\/svg\+xml/],
  ])('should serve %s as an image', async (path, type) => {
    const response = await fetch(`${server.baseUrl}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(type)
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })

  test('should point crawlers at the sitemap', async () => {
    const response = await fetch(`${server.baseUrl}/robots.txt`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`)
  })

  test('should list each published page in both languages with its alternates', async () => {
    const response = await fetch(`${server.baseUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
    const xml = await response.text()
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((match) => match[1])
    const locs = urls.map((url) => url.match(/<loc>([^<]+)<\/loc>/)?.[1])
    const expected = ['/treatments', '/conditions', '/procedures', '/faq']
    for (const collection of ['conditions', 'procedures']) {
      const list = (await fetch(`${server.baseUrl}/api/${collection}?depth=0&limit=100`).then(
        (answer) => answer.json(),
      )) as { docs: { slug: string }[] }
      expected.push(...list.docs.map((doc) => `/${collection}/${doc.slug}`))
    }
    expect(locs.sort()).toEqual(
      expected
        .flatMap((path) => [`${server.baseUrl}${path}`, `${server.baseUrl}${path}?locale=es`])
        .sort(),
    )
    for (const url of urls) {
      expect(url).toMatch(/hreflang="en" href="[^"]+"/)
      expect(url).toMatch(/hreflang="es" href="[^"]+\?locale=es"/)
      expect(url).toMatch(/hreflang="x-default" href="[^"]+"/)
    }
  })

  test('should leave out a condition that has only a draft, whose page is a 404', async () => {
    const { email, password } = e2eAccounts.editor
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${server.baseUrl}/api/conditions?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: 'Draft-only condition', slug: 'draft-only-condition' }),
    })
    expect(created.status).toBe(201)
    const sitemap = await fetch(`${server.baseUrl}/sitemap.xml`).then((answer) => answer.text())
    expect(sitemap).not.toContain('draft-only-condition')
    expect((await fetch(`${server.baseUrl}/conditions/draft-only-condition`)).status).toBe(404)
  })
})
