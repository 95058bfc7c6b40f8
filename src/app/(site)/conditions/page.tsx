import type { Metadata } from 'next'

import { MedicalDisclaimer } from '../_components/MedicalDisclaimer'
import { PageChrome } from '../_components/PageChrome'
import type { ClinicSettings, ConditionSummary } from '../_lib/content'
import { fallbackLang } from '../_lib/fallbackLang'
import { isOffLabel } from '../_lib/format'
import { fetchContent, type SiteRequest } from '../_lib/graphqlClient'
import { pageMetadata } from '../_lib/pageMetadata'
import { pagePath } from '../_lib/paths'
import { conditionsIndexQuery } from '../_lib/queries'
import { readSiteRequest, type SearchParams } from '../_lib/siteRequest'
import { words } from '../_lib/words'

type Props = { searchParams: SearchParams }

type Data = { Conditions: { docs: ConditionSummary[] }; ClinicSetting: ClinicSettings | null }

const load = (request: SiteRequest) => fetchContent<Data>(conditionsIndexQuery, {}, request)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readSiteRequest(searchParams)
  const { Conditions, ClinicSetting } = await load(request)
  const w = words(request.locale)
  return pageMetadata({
    name: w.conditions,
    description: w.conditionsDescription(Conditions.docs.map((condition) => condition.name)),
    path: '/conditions',
    locale: request.locale,
    settings: ClinicSetting,
  })
}

/** Every published condition, with its summary and a link to its page. */
export default async function ConditionsPage({ searchParams }: Props) {
  const request = await readSiteRequest(searchParams)
  const { locale } = request
  const { Conditions, ClinicSetting: settings, staffPreview } = await load(request)
  const w = words(locale)
  return (
    <PageChrome
      locale={locale}
      path="/conditions"
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <h1>{w.conditions}</h1>
      <ul className="cards">
        {Conditions.docs.map((condition) => (
          <li key={condition.slug}>
            <h2>
              <a
                href={pagePath(`/conditions/${condition.slug}`, locale)}
                lang={fallbackLang(locale, condition, 'name')}
              >
                {condition.name}
              </a>
              {isOffLabel(condition.indication?.status) ? (
                <>
                  {' '}
                  <span className="tag">{w.offLabelTag}</span>
                </>
              ) : null}
            </h2>
            {condition.summary ? (
              <p lang={fallbackLang(locale, condition, 'summary')}>{condition.summary}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
