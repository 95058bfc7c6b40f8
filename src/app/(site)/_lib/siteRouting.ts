import { slugPattern } from '../../../lib/slug'

/** What a website address names, before any content is read. */
export type SiteRoute =
  | { kind: 'page' }
  | { kind: 'document'; collection: 'conditions' | 'procedures'; slug: string }
  | { kind: 'unknown' }

/** The website's fixed pages and files (the home page redirects to /treatments). */
const fixedPaths = new Set([
  '/',
  '/treatments',
  '/conditions',
  '/procedures',
  '/faq',
  '/robots.txt',
  '/sitemap.xml',
  '/favicon.ico',
  '/icon.svg',
])

const documentPath = /^\/(conditions|procedures)\/([^/]+)$/

export function siteRoute(pathname: string): SiteRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (fixedPaths.has(path)) return { kind: 'page' }
  const document = documentPath.exec(path)
  if (document && slugPattern.test(document[2])) {
    return {
      kind: 'document',
      collection: document[1] as 'conditions' | 'procedures',
      slug: document[2],
    }
  }
  return { kind: 'unknown' }
}

/** Where the proxy sends every address that names no page, answered with status 404. */
export const notFoundPagePath = '/page-not-found'
