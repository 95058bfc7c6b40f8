import type { Metadata } from 'next'

import { JsonLdScript } from '../_components/JsonLdScript'
import { MedicalDisclaimer } from '../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../_components/OffLabelNotice'
import { PageChrome } from '../_components/PageChrome'
import { ReviewNote } from '../_components/ReviewNote'
import { RichTextBlock } from '../_components/RichTextBlock'
import type { ClinicSettings, Faq } from '../_lib/content'
import { fetchContent, type SiteRequest } from '../_lib/graphqlClient'
import { faqJsonLd } from '../_lib/jsonLd'
import { fallbackLang } from '../_lib/fallbackLang'
import { faqOffLabelNotice } from '../_lib/offLabel'
import { pageMetadata } from '../_lib/pageMetadata'
import { faqQuery } from '../_lib/queries'
import { absoluteUrl, readSiteRequest, type SearchParams } from '../_lib/siteRequest'
import { words } from '../_lib/words'

type Data = { Faqs: { docs: Faq[] }; ClinicSetting: ClinicSettings | null }

type Props = { searchParams: SearchParams }

const load = (request: SiteRequest) => fetchContent<Data>(faqQuery, {}, request)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readSiteRequest(searchParams)
  const { Faqs, ClinicSetting } = await load(request)
  return pageMetadata({
    name: words(request.locale).faq,
    // The questions the page answers, in the content's own words.
    description: Faqs.docs.map((faq) => faq.question).join(' '),
    path: '/faq',
    locale: request.locale,
    settings: ClinicSetting,
  })
}

export default async function FaqPage({ searchParams }: Props) {
  const request = await readSiteRequest(searchParams)
  const { locale } = request
  const { Faqs, ClinicSetting: settings, staffPreview } = await load(request)
  const w = words(locale)
  return (
    <PageChrome
      locale={locale}
      path="/faq"
      clinicName={settings?.clinicName}
      preview={request.preview}
      staffPreview={staffPreview}
    >
      <JsonLdScript
        data={faqJsonLd(
          Faqs.docs,
          { url: absoluteUrl(settings?.siteUrl, '/faq', locale), locale, settings },
          w.faq,
        )}
      />
      <h1>{w.faq}</h1>
      {Faqs.docs.map((faq) => {
        const notice = faqOffLabelNotice(faq)
        const noticeFrom = faq.relatedProcedures?.find(
          (procedure) => procedure.regulatory?.offLabelNotice === notice,
        )
        return (
          <section key={faq.slug} id={faq.slug} aria-labelledby={`${faq.slug}-question`}>
            <h2 id={`${faq.slug}-question`} lang={fallbackLang(locale, faq, 'question')}>
              {faq.question}
            </h2>
            <RichTextBlock data={faq.answer} lang={fallbackLang(locale, faq, 'answer')} />
            <OffLabelNotice
              title={w.offLabel}
              text={notice}
              lang={fallbackLang(locale, noticeFrom, 'regulatory.offLabelNotice')}
            />
            <ReviewNote review={faq} locale={locale} />
          </section>
        )
      })}
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
