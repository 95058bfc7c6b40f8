import type { ClinicSettings } from '../_lib/content'
import type { SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'

/** The clinic's medical disclaimer, shown with every treatment page. */
export function MedicalDisclaimer({
  settings,
  locale,
}: {
  settings: ClinicSettings | null
  locale: SiteLocale
}) {
  if (!settings?.medicalDisclaimer) return null
  return (
    <aside className="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">{words(locale).disclaimer}</h2>
      {/* English until the clinic writes the disclaimer in this language. */}
      <p lang={locale !== 'en' && settings.disclaimerUntranslated ? 'en' : undefined}>
        {settings.medicalDisclaimer}
      </p>
    </aside>
  )
}
