import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLdScript } from '../../_components/JsonLdScript'
import { MedicalDisclaimer } from '../../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../../_components/OffLabelNotice'
import { PageChrome } from '../../_components/PageChrome'
import { ResponsiveImage } from '../../_components/ResponsiveImage'
import { ReviewNote } from '../../_components/ReviewNote'
import { RichTextBlock } from '../../_components/RichTextBlock'
import { SafetyInformation } from '../../_components/SafetyInformation'
import type { AftercareStep, ClinicSettings, Procedure } from '../../_lib/content'
import { fallbackLang } from '../../_lib/fallbackLang'
import { durationText, isOffLabel } from '../../_lib/format'
import { fetchContent, type SiteRequest } from '../../_lib/graphqlClient'
import { procedureJsonLd } from '../../_lib/jsonLd'
import { pageMetadata } from '../../_lib/pageMetadata'
import { pagePath } from '../../_lib/paths'
import { aftercareQuery, procedureQuery, procedureRowsInLanguageQuery } from '../../_lib/queries'
import { absoluteUrl, readSiteRequest, type SearchParams } from '../../_lib/siteRequest'
import type { RowInLanguage } from '../../_lib/rowLang'
import { words } from '../../_lib/words'

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams }

type RowsData = {
  Procedures: {
    docs: { safetyInformation?: { contraindications?: RowInLanguage[] | null } | null }[]
  }
}

type Data = {
  Procedures: { docs: (Procedure & { id: string | number })[] }
  ClinicSetting: ClinicSettings | null
}

const load = (slug: string, request: SiteRequest) =>
  fetchContent<Data>(procedureQuery, { slug }, request)

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, request] = await Promise.all([params, readSiteRequest(searchParams)])
  const { Procedures, ClinicSetting } = await load(slug, request)
  const procedure = Procedures.docs[0]
  if (!procedure) return {}
  return pageMetadata({
    name: procedure.name,
    seoTitle: procedure.meta?.title,
    description: procedure.meta?.description || procedure.summary,
    path: `/procedures/${procedure.slug}`,
    locale: request.locale,
    settings: ClinicSetting,
  })
}

function Fact({ term, value, lang }: { term: string; value?: string | null; lang?: string }) {
  if (!value) return null
  return (
    <>
      <dt>{term}</dt>
      <dd lang={lang}>{value}</dd>
    </>
  )
}

export default async function ProcedurePage({ params, searchParams }: Props) {
  const [{ slug }, request] = await Promise.all([params, readSiteRequest(searchParams)])
  const { locale } = request
  const [{ Procedures, ClinicSetting: settings, staffPreview }, rows] = await Promise.all([
    load(slug, request),
    locale === 'en'
      ? null
      : fetchContent<RowsData>(procedureRowsInLanguageQuery, { slug }, request),
  ])
  const procedure = Procedures.docs[0]
  if (!procedure) notFound()
  const { AftercareSteps } = await fetchContent<{ AftercareSteps: { docs: AftercareStep[] } }>(
    aftercareQuery,
    { procedure: procedure.id },
    request,
  )
  const steps = AftercareSteps.docs
  const langOf = (field: string) => fallbackLang(locale, procedure, field)
  const w = words(locale)
  const path = `/procedures/${procedure.slug}`
  // Where the source gives different figures, each is shown with where it comes from.
  const relief = (procedure.reliefDurations ?? [])
    .map((row) => {
      const text = durationText(row.duration)
      return text && row.attribution ? `${text} (${row.attribution})` : text
    })
    .filter(Boolean)
    .join('; ')
  // The note states the interval in full; the structured wording stands in when there is none.
  const retreatment = procedure.retreatmentNote || durationText(procedure.retreatmentInterval)

  return (
    <PageChrome
      locale={locale}
      path={path}
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <JsonLdScript
        data={procedureJsonLd(procedure, steps, {
          url: absoluteUrl(settings?.siteUrl, path, locale),
          locale,
          settings,
        })}
      />
      <article aria-labelledby="page-title">
        <h1 id="page-title" lang={langOf('name')}>
          {procedure.name}
        </h1>
        <ResponsiveImage media={procedure.image} />
        <p className="lead" data-testid="summary" lang={langOf('summary')}>
          {procedure.summary}
        </p>
        <OffLabelNotice
          title={w.offLabel}
          text={procedure.regulatory?.offLabelNotice}
          lang={langOf('regulatory.offLabelNotice')}
        />
        <SafetyInformation
          safety={procedure.safetyInformation}
          locale={locale}
          boxedWarningLang={langOf('safetyInformation.boxedWarning')}
          contraindicationsInLanguage={
            rows?.Procedures.docs[0]?.safetyInformation?.contraindications
          }
        />
        <ReviewNote review={procedure} locale={locale} />
        <RichTextBlock data={procedure.body} lang={langOf('body')} />
        <section aria-labelledby="key-facts">
          <h2 id="key-facts">{w.keyFacts}</h2>
          <dl className="facts">
            <Fact term={w.drug} value={procedure.drug} lang={langOf('drug')} />
            <Fact
              term={w.onset}
              value={durationText(procedure.onset)}
              lang={langOf('onset.wording')}
            />
            <Fact
              term={w.fullEffect}
              value={durationText(procedure.fullEffect)}
              lang={langOf('fullEffect.wording')}
            />
            <Fact term={w.reliefDuration} value={relief} />
            <Fact
              term={w.retreatment}
              value={retreatment}
              lang={langOf(
                procedure.retreatmentNote ? 'retreatmentNote' : 'retreatmentInterval.wording',
              )}
            />
            <Fact
              term={w.downtime}
              value={procedure.downtime?.note}
              lang={langOf('downtime.note')}
            />
            <Fact
              term={w.givenBy}
              value={procedure.administeredBy}
              lang={langOf('administeredBy')}
            />
          </dl>
        </section>
        {[
          ['how-it-works', w.howItWorks, procedure.mechanism, 'mechanism'],
          ['technique', w.technique, procedure.technique, 'technique'],
          ['sensation', w.sensation, procedure.sensation, 'sensation'],
          ['safety', w.safety, procedure.safetyNote, 'safetyNote'],
          ['insurance', w.insurance, procedure.insuranceNote, 'insuranceNote'],
        ].map(([id, title, text, field]) =>
          text ? (
            <section key={id} aria-labelledby={id ?? undefined}>
              <h2 id={id ?? undefined}>{title}</h2>
              <p lang={langOf(field ?? '')}>{text}</p>
            </section>
          ) : null,
        )}
        {procedure.conditionsTreated?.length ? (
          <section aria-labelledby="conditions-treated">
            <h2 id="conditions-treated">{w.conditionsTreated}</h2>
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
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {steps.length ? (
          <section aria-labelledby="aftercare">
            <h2 id="aftercare">{w.aftercare}</h2>
            <ol className="timeline">
              {steps.map((step) => (
                <li key={step.slug} id={step.slug}>
                  <h3 lang={fallbackLang(locale, step, 'title')}>{step.title}</h3>
                  {step.likelihood === 'rare' ? <span className="tag">{w.rare}</span> : null}
                  <p lang={fallbackLang(locale, step, 'description')}>{step.description}</p>
                  {step.whatToDo ? (
                    <p>
                      <strong>{w.whatToDo}:</strong>{' '}
                      <span lang={fallbackLang(locale, step, 'whatToDo')}>{step.whatToDo}</span>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
