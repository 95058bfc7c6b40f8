import type { ClinicSettings } from '../_lib/content'
import { pagePath, type SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'
import { PageChrome } from './PageChrome'

/** The 404 page's content, in the site's header and footer. */
export function NotFoundView({
  locale,
  settings,
}: {
  locale: SiteLocale
  settings: ClinicSettings | null
}) {
  const w = words(locale)
  return (
    <PageChrome
      locale={locale}
      clinicName={settings?.clinicName}
      preview={false}
      staffPreview={false}
    >
      <h1>{w.notFound}</h1>
      <p>{w.notFoundText}</p>
      <ul>
        <li>
          <a href={pagePath('/treatments', locale)}>{w.treatments}</a>
        </li>
        <li>
          <a href={pagePath('/faq', locale)}>{w.faq}</a>
        </li>
      </ul>
    </PageChrome>
  )
}
