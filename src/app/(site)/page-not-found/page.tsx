import type { Metadata } from 'next'

import { NotFoundView } from '../_components/NotFoundView'
import { notFoundMetadata, notFoundSettings } from '../_lib/notFoundContent'
import { readSiteRequest, type SearchParams } from '../_lib/siteRequest'

type Props = { searchParams: SearchParams }

/**
 * The 404 page, rendered in full on the server. The proxy (src/app/(site)/_lib/siteProxy.ts)
 * rewrites unknown addresses here with status 404; the address itself is one of them.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = await readSiteRequest(searchParams)
  return notFoundMetadata(locale, await notFoundSettings(locale))
}

export default async function PageNotFound({ searchParams }: Props) {
  const { locale } = await readSiteRequest(searchParams)
  return <NotFoundView locale={locale} settings={await notFoundSettings(locale)} />
}
