import { fetchContent } from '../_lib/graphqlClient'
import { clinicSettingsQuery } from '../_lib/queries'
import { robotsTxt } from '../_lib/sitemap'
import { absoluteUrl } from '../_lib/siteRequest'

type Data = { ClinicSetting: { siteUrl?: string | null } | null }

// The sitemap's address follows the site address an admin sets.
export const dynamic = 'force-dynamic'

export async function GET() {
  const { ClinicSetting } = await fetchContent<Data>(
    clinicSettingsQuery,
    {},
    { locale: 'en', preview: false },
  )
  return new Response(robotsTxt(absoluteUrl(ClinicSetting?.siteUrl, '', 'en')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
