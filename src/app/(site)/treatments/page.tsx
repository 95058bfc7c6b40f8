import type { Metadata } from 'next'

import { JsonLdScript } from '../_components/JsonLdScript'
import { MedicalDisclaimer } from '../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../_components/OffLabelNotice'
import { PageChrome } from '../_components/PageChrome'
import type { ClinicSettings, ConditionSummary, Procedure } from '../_lib/content'
import { fallbackLang } from '../_lib/fallbackLang'
import { isOffLabel } from '../_lib/format'
import { fetchContent, type SiteRequest } from '../_lib/graphqlClient'
import { treatmentsJsonLd } from '../_lib/jsonLd'
import { pageMetadata } from '../_lib/pageMetadata'
import { pagePath } from '../_lib/paths'
import { treatmentsQuery } from '../_lib/queries'
import { absoluteUrl, readSiteRequest, type SearchParams } from '../_lib/siteRequest'
import { words } from '../_lib/words'

type Props = { searchParams: SearchParams }

type Data = {
  Procedures: { docs: Procedure[] }
  Conditions: { docs: ConditionSummary[] }
  ClinicSetting: ClinicSettings | null
}

const load = (request: SiteRequest) => fetchContent<Data>(treatmentsQuery, {}, request)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readSiteRequest(searchParams)
  const { Procedures, Conditions, ClinicSetting } = await load(request)
  const w = words(request.locale)
  return pageMetadata({
    name: w.treatments,
    description: w.treatmentsDescription(
      Procedures.docs.map((procedure) => procedure.name),
      Conditions.docs.map((condition) => condition.name),
    ),
    path: '/treatments',
    locale: request.locale,
    settings: ClinicSetting,
  })
}

export default async function TreatmentsPage({ searchParams }: Props) {
  const request = await readSiteRequest(searchParams)
  const { locale } = request
  const { Procedures, ClinicSetting: settings, staffPreview } = await load(request)
  const w = words(locale)
  return (
    <PageChrome
      locale={locale}
      path="/treatments"
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <JsonLdScript
        data={treatmentsJsonLd(
          Procedures.docs,
          { url: absoluteUrl(settings?.siteUrl, '/treatments', locale), locale, settings },
          w.treatments,
        )}
      />
      <h1>{w.treatments}</h1>
      <ul className="cards">
        {Procedures.docs.map((procedure) => (
          <li key={procedure.slug}>
            <article aria-labelledby={`procedure-${procedure.slug}`}>
              <h2 id={`procedure-${procedure.slug}`}>
                <a
                  href={pagePath(`/procedures/${procedure.slug}`, locale)}
                  lang={fallbackLang(locale, procedure, 'name')}
                >
                  {procedure.name}
                </a>
              </h2>
              <p lang={fallbackLang(locale, procedure, 'summary')}>{procedure.summary}</p>
              <OffLabelNotice
                title={w.offLabel}
                text={procedure.regulatory?.offLabelNotice}
                lang={fallbackLang(locale, procedure, 'regulatory.offLabelNotice')}
              />
              {procedure.conditionsTreated?.length ? (
                <>
                  <h3>{w.conditionsTreated}</h3>
                  <ul>
                    {procedure.conditionsTreated.map((condition) => (
                      <li key={condition.slug}>
                        <a
                          href={pagePath(`/conditions/${condition.slug}`, locale)}
                          lang={fallbackLang(locale, condition, 'name')}
                        >
                          {condition.name}
                        </a>
                        {isOffLabel(condition.indication?.status) ? (
                          <span className="tag">{w.offLabelTag}</span>
                        ) : null}
                        {condition.summary ? (
                          <>
                            {' — '}
                            <span lang={fallbackLang(locale, condition, 'summary')}>
                              {condition.summary}
                            </span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
