import { NextResponse, type NextRequest } from 'next/server'

import { serverUrl } from '../../../lib/serverUrl'
import { toSiteLocale } from './paths'
import { siteLocaleHeader } from './requestLocale'
import { notFoundPagePath, siteRoute } from './siteRouting'

const existsQuery = (collection: 'conditions' | 'procedures') => `
query Exists($slug: String!, $draft: Boolean) {
  found: ${collection === 'conditions' ? 'Conditions' : 'Procedures'}(where: { slug: { equals: $slug } }, limit: 1, draft: $draft) { totalDocs }
}`

/**
 * Whether the visitor may see this document: published, or a draft shown in preview to a
 * signed-in member of staff (as the page itself reads it, src/app/(site)/_lib/graphqlClient.ts).
 */
async function documentIsVisible(
  request: NextRequest,
  collection: 'conditions' | 'procedures',
  slug: string,
): Promise<boolean> {
  const preview = ['1', 'true'].includes(request.nextUrl.searchParams.get('preview') ?? '')
  const token = preview ? request.cookies.get('payload-token')?.value : undefined
  const response = await fetch(`${serverUrl()}/api/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({
      query: existsQuery(collection),
      variables: { slug, draft: Boolean(token) },
    }),
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => null)) as {
    data?: { found?: { totalDocs?: number } }
  } | null
  // When the content service cannot say, the page is rendered and reports the failure itself.
  if (!body?.data) return true
  return (body.data.found?.totalDocs ?? 0) > 0
}

/**
 * The website's part of src/proxy.ts. Next cannot render a page's 404 on the server once the page
 * has started (notFound() there gives an empty error document that only JavaScript fills in), so
 * addresses that name no page, or a document nobody may see, are answered here: rewritten to the
 * not-found page with status 404. Every request also carries its language for `<html lang>`.
 */
export async function siteProxy(request: NextRequest): Promise<NextResponse> {
  const forwarded = new Headers(request.headers)
  forwarded.set(siteLocaleHeader, toSiteLocale(request.nextUrl.searchParams.get('locale')))
  const route = siteRoute(request.nextUrl.pathname)
  const exists =
    route.kind === 'page' ||
    (route.kind === 'document' && (await documentIsVisible(request, route.collection, route.slug)))
  if (exists) return NextResponse.next({ request: { headers: forwarded } })
  // nextUrl, not a URL of our own: Next only rewrites in place to its own origin, as it sees it.
  const target = request.nextUrl.clone()
  target.pathname = notFoundPagePath
  return NextResponse.rewrite(target, { status: 404, request: { headers: forwarded } })
}
