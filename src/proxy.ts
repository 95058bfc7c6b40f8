import { NextResponse, type NextRequest } from 'next/server'
import * as qs from 'qs-esm'

import { siteProxy } from './app/(site)/_lib/siteProxy'
import { listFilterWhere } from './admin/listFilterWhere'
import { versionFromPublished } from './admin/versionFromPublished'

const listPath = /^\/admin\/collections\/[^/]+\/?$/

/**
 * Next's request proxy (Next 16's name for middleware), for two admin pages:
 * - a version opened without a chosen comparison is compared with the published version, not
 *   with the previous autosave (Payload's version view picks the previous version unless
 *   `?versionFrom=` names another; choosing another comparison in the view still works);
 * - a list address filtering on the computed review status (as the docs and older bookmarks have
 *   it) is turned into the same filter on "Next review due", which the filter builder can show.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl
  // The website: its language for <html lang>, and 404 for addresses that name no page.
  if (!/^\/admin(\/|$)/.test(url.pathname)) return siteProxy(request)
  if (listPath.test(url.pathname)) {
    const query = qs.parse(url.search, { ignoreQueryPrefix: true, depth: 10 })
    const where = listFilterWhere(query.where, new Date())
    if (!where) return NextResponse.next()
    const target = new URL(url.href)
    target.search = qs.stringify({ ...query, where }, { addQueryPrefix: true })
    return NextResponse.redirect(target)
  }
  // Behind Express, Next does not know the port it is served on (nextUrl says :3000); the Host
  // header the browser sent does.
  const host = request.headers.get('host')
  const origin = host ? `${url.protocol}//${host}` : url.origin
  const target = await versionFromPublished(url, request.headers.get('cookie'), origin)
  return target ? NextResponse.redirect(target) : NextResponse.next()
}

export const config = {
  matcher: [
    '/admin/collections/:collection',
    '/admin/collections/:collection/:id/versions/:versionId',
    // Every website page, including unknown paths (their 404 page has a language too).
    '/((?!admin(?:/|$)|api(?:/|$)|_next/).*)',
  ],
}
