import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FactList } from '../../_components/FactList'
import { JsonLdScript } from '../../_components/JsonLdScript'
import { MedicalDisclaimer } from '../../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../../_components/OffLabelNotice'
import { PageChrome } from '../../_components/PageChrome'
import { ResponsiveImage } from '../../_components/ResponsiveImage'
import { ReviewNote } from '../../_components/ReviewNote'
import { RichTextBlock } from '../../_components/RichTextBlock'
import type { ClinicSettings, Condition } from '../../_lib/content'
import { fallbackLang } from '../../_lib/fallbackLang'
import { durationText, isOffLabel } from '../../_lib/format'
import { fetchContent, type SiteRequest } from '../../_lib/graphqlClient'
import { conditionJsonLd } from '../../_lib/jsonLd'
import { pageMetadata } from '../../_lib/pageMetadata'
import { pagePath } from '../../_lib/paths'
import { rowLang, type RowInLanguage } from '../../_lib/rowLang'
import { conditionQuery, conditionRowsInLanguageQuery } from '../../_lib/queries'
import { absoluteUrl, readSiteRequest, type SearchParams } from '../../_lib/siteRequest'
import { words } from '../../_lib/words'

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams }

type Data = { Conditions: { docs: Condition[] }; ClinicSetting: ClinicSettings | null }
type RowsData = { Conditions: { docs: { complementaryTherapies?: RowInLanguage[] | null }[] } }

const load = (slug: string, request: SiteRequest) =>
  fetchContent<Data>(conditionQuery, { slug }, request)

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, request] = await Promise.all([params, readSiteRequest(searchParams)])
  const { Conditions, ClinicSetting } = await load(slug, request)
  const condition = Conditions.docs[0]
  if (!condition) return {}
  return pageMetadata({
    name: condition.name,
    seoTitle: condition.meta?.title,
    description: condition.meta?.description || condition.summary,
    path: `/conditions/${condition.slug}`,
    locale: request.locale,
    settings: ClinicSetting,
  })
}

export default async function ConditionPage({ params, searchParams }: Props) {
  const [{ slug }, request] = await Promise.all([params, readSiteRequest(searchParams)])
  const { locale } = request
  const [{ Conditions, ClinicSetting: settings, staffPreview }, rows] = await Promise.all([
    load(slug, request),
    locale === 'en'
      ? null
      : fetchContent<RowsData>(conditionRowsInLanguageQuery, { slug }, request),
  ])
  const condition = Conditions.docs[0]
  if (!condition) notFound()
  const w = words(locale)
  const path = `/conditions/${condition.slug}`
  const relief = durationText(condition.expectedRelief)
  const procedures = condition.relatedProcedures?.docs ?? []
  const langOf = (field: string) => fallbackLang(locale, condition, field)
  const therapiesInLanguage = rows?.Conditions.docs[0]?.complementaryTherapies

  return (
    <PageChrome
      locale={locale}
      path={path}
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <JsonLdScript
        data={conditionJsonLd(condition, {
          url: absoluteUrl(settings?.siteUrl, path, locale),
          locale,
          settings,
        })}
      />
      <article aria-labelledby="page-title">
        <h1 id="page-title" lang={langOf('name')}>
          {condition.name}
        </h1>
        {condition.alternateNames?.length ? (
          <p className="also-known" lang={langOf('alternateNames')}>
            {condition.alternateNames.join(' · ')}
          </p>
        ) : null}
        <ResponsiveImage media={condition.image} />
        <p className="lead" data-testid="summary" lang={langOf('summary')}>
          {condition.summary}
        </p>
        {isOffLabel(condition.indication?.status) ? (
          <OffLabelNotice
            title={w.offLabel}
            text={condition.indication?.note}
            lang={langOf('indication.note')}
          />
        ) : null}
        <ReviewNote review={condition} locale={locale} />
        <RichTextBlock data={condition.body} lang={langOf('body')} />
        <FactList
          id="symptoms"
          title={w.symptoms}
          items={condition.symptoms}
          lang={langOf('symptoms')}
        />
        <FactList id="causes" title={w.causes} items={condition.causes} lang={langOf('causes')} />
        {condition.howTreatmentHelps ? (
          <section aria-labelledby="how-treatment-helps">
            <h2 id="how-treatment-helps">{w.howTreatmentHelps}</h2>
            <p lang={langOf('howTreatmentHelps')}>{condition.howTreatmentHelps}</p>
          </section>
        ) : null}
        <FactList
          id="target-areas"
          title={w.targetAreas}
          items={condition.targetAreas}
          lang={langOf('targetAreas')}
        />
        <FactList
          id="complementary"
          title={w.complementary}
          items={condition.complementaryTherapies?.map((row) => ({
            key: row.id ?? row.therapy,
            content: (
              <>
                <span lang={rowLang(locale, therapiesInLanguage, row, 'therapy')}>
                  {row.therapy}
                </span>
                {row.whenUsed ? (
                  <>
                    {' ('}
                    <span lang={rowLang(locale, therapiesInLanguage, row, 'whenUsed')}>
                      {row.whenUsed}
                    </span>
                    {')'}
                  </>
                ) : null}
              </>
            ),
          }))}
        />
        {relief ? (
          <section aria-labelledby="expected-relief">
            <h2 id="expected-relief">{w.expectedRelief}</h2>
            <p lang={langOf('expectedRelief.wording')}>{relief}</p>
          </section>
        ) : null}
        {procedures.length ? (
          <section aria-labelledby="treated-with">
            <h2 id="treated-with">{w.treatedWith}</h2>
            <ul>
              {procedures.map((procedure) => (
                <li key={procedure.slug}>
                  <a
                    href={pagePath(`/procedures/${procedure.slug}`, locale)}
                    lang={fallbackLang(locale, procedure, 'name')}
                  >
                    {procedure.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
