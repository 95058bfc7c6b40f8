import type { Metadata } from 'next'

import { NotFoundView } from './_components/NotFoundView'
import { notFoundMetadata, notFoundSettings } from './_lib/notFoundContent'
import { requestLocale } from './_lib/requestLocale'

/*
 * A page that calls notFound() itself (a document withdrawn between the proxy's check and the
 * page's read): status 404, shown by Next in the browser. Unknown addresses get the server-rendered
 * page-not-found instead (siteProxy.ts).
 */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale()
  return notFoundMetadata(locale, await notFoundSettings(locale))
}

export default async function NotFound() {
  const locale = await requestLocale()
  return <NotFoundView locale={locale} settings={await notFoundSettings(locale)} />
}
