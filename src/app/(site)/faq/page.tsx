import type { Metadata } from 'next'

import { JsonLdScript } from '../_components/JsonLdScript'
import { MedicalDisclaimer } from '../_components/MedicalDisclaimer'
import { OffLabelNotice } from '../_components/OffLabelNotice'
import { PageChrome } from '../_components/PageChrome'
import { ReviewNote } from '../_components/ReviewNote'
import { RichTextBlock } from '../_components/RichTextBlock'
import type { ClinicSettings, Faq } from '../_lib/content'
import { fetchContent } from '../_lib/graphqlClient'
import { faqJsonLd } from '../_lib/jsonLd'
import { faqOffLabelNotice } from '../_lib/offLabel'
import { faqQuery } from '../_lib/queries'
import { absoluteUrl, readSiteRequest, type SearchParams } from '../_lib/siteRequest'
import { words } from '../_lib/words'

type Data = { Faqs: { docs: Faq[] }; ClinicSetting: ClinicSettings | null }

export const metadata: Metadata = { title: 'Frequently asked questions' }

export default async function FaqPage({ searchParams }: { searchParams: SearchParams }) {
  const request = await readSiteRequest(searchParams)
  const { locale } = request
  const {
    Faqs,
    ClinicSetting: settings,
    staffPreview,
  } = await fetchContent<Data>(faqQuery, {}, request)
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
      {Faqs.docs.map((faq) => (
        <section key={faq.slug} id={faq.slug} aria-labelledby={`${faq.slug}-question`}>
          <h2 id={`${faq.slug}-question`}>{faq.question}</h2>
          <RichTextBlock data={faq.answer} />
          <OffLabelNotice title={w.offLabel} text={faqOffLabelNotice(faq)} />
          <ReviewNote review={faq} locale={locale} />
        </section>
      ))}
      <MedicalDisclaimer settings={settings} locale={locale} />
    </PageChrome>
  )
}
