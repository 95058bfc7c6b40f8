import type { Metadata } from 'next'

import { MedicalDisclaimer } from '../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../_components/OffLabelNotice'
import { PageChrome } from '../_components/PageChrome'
import type { ClinicSettings, Procedure } from '../_lib/content'
import { fallbackLang } from '../_lib/fallbackLang'
import { fetchContent, type SiteRequest } from '../_lib/graphqlClient'
import { pageMetadata } from '../_lib/pageMetadata'
import { pagePath } from '../_lib/paths'
import { proceduresIndexQuery } from '../_lib/queries'
import { readSiteRequest, type SearchParams } from '../_lib/siteRequest'
import { words } from '../_lib/words'

type Props = { searchParams: SearchParams }

type Data = { Procedures: { docs: Procedure[] }; ClinicSetting: ClinicSettings | null }

const load = (request: SiteRequest) => fetchContent<Data>(proceduresIndexQuery, {}, request)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readSiteRequest(searchParams)
  const { Procedures, ClinicSetting } = await load(request)
  const w = words(request.locale)
  return pageMetadata({
    name: w.procedures,
    description: w.proceduresDescription(Procedures.docs.map((procedure) => procedure.name)),
    path: '/procedures',
    locale: request.locale,
    settings: ClinicSetting,
  })
}

/** Every published procedure, with its summary, its off-label notice and a link to its page. */
export default async function ProceduresPage({ searchParams }: Props) {
  const request = await readSiteRequest(searchParams)
  const { locale } = request
  const { Procedures, ClinicSetting: settings, staffPreview } = await load(request)
  const w = words(locale)
  return (
    <PageChrome
      locale={locale}
      path="/procedures"
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <h1>{w.procedures}</h1>
      <ul className="cards">
        {Procedures.docs.map((procedure) => (
          <li key={procedure.slug}>
            <h2>
              <a
                href={pagePath(`/procedures/${procedure.slug}`, locale)}
                lang={fallbackLang(locale, procedure, 'name')}
              >
                {procedure.name}
              </a>
            </h2>
            {procedure.summary ? (
              <p lang={fallbackLang(locale, procedure, 'summary')}>{procedure.summary}</p>
            ) : null}
            <OffLabelNotice
              title={w.offLabel}
              text={procedure.regulatory?.offLabelNotice}
              lang={fallbackLang(locale, procedure, 'regulatory.offLabelNotice')}
            />
          </li>
        ))}
      </ul>
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
