import { fetchContent } from '../_lib/graphqlClient'
import { sitemapQuery } from '../_lib/queries'
import { sitemapXml, type SitemapPage } from '../_lib/sitemap'
import { absoluteUrl } from '../_lib/siteRequest'

type Slugged = { docs: { slug: string; updatedAt?: string | null }[] }
type Data = {
  Conditions: Slugged
  Procedures: Slugged
  Faqs: { docs: { updatedAt?: string | null }[] }
  ClinicSetting: { siteUrl?: string | null } | null
}

// Read on every request, so a page is listed as soon as it is published and gone once withdrawn.
export const dynamic = 'force-dynamic'

/**
 * The published pages, as an anonymous visitor reads them over GraphQL: drafts and withdrawn
 * documents are not listed because the public API does not return them.
 */
export async function GET() {
  const { Conditions, Procedures, Faqs, ClinicSetting } = await fetchContent<Data>(
    sitemapQuery,
    {},
    { locale: 'en', preview: false },
  )
  const pages: SitemapPage[] = [
    { path: '/treatments' },
    { path: '/conditions' },
    { path: '/procedures' },
    { path: '/faq', lastModified: Faqs.docs[0]?.updatedAt },
    ...Conditions.docs.map((doc) => ({
      path: `/conditions/${doc.slug}`,
      lastModified: doc.updatedAt,
    })),
    ...Procedures.docs.map((doc) => ({
      path: `/procedures/${doc.slug}`,
      lastModified: doc.updatedAt,
    })),
  ]
  const siteUrl = absoluteUrl(ClinicSetting?.siteUrl, '', 'en')
  return new Response(sitemapXml(pages, siteUrl), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
