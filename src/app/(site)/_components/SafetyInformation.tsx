import type { Procedure } from '../_lib/content'
import type { SiteLocale } from '../_lib/paths'
import { rowLang, type RowInLanguage } from '../_lib/rowLang'
import { words } from '../_lib/words'

/** The label's boxed warning and contraindications, near the top of the procedure page. */
export function SafetyInformation({
  safety,
  locale,
  boxedWarningLang,
  contraindicationsInLanguage,
}: {
  safety: Procedure['safetyInformation']
  locale: SiteLocale
  /** The warning's language where it is not the page's (see fallbackLang). */
  boxedWarningLang?: string
  /** The same rows read in the page's language without fallback (see rowLang). */
  contraindicationsInLanguage?: RowInLanguage[] | null
}) {
  const contraindications = (safety?.contraindications ?? []).filter((row) => row.contraindication)
  if (!safety?.boxedWarning && contraindications.length === 0) return null
  const w = words(locale)
  return (
    <section
      className="safety-information"
      aria-labelledby="safety-information"
      data-testid="safety-information"
    >
      <h2 id="safety-information">{w.safetyInformation}</h2>
      {safety?.boxedWarning ? (
        <p className="boxed-warning">
          <strong>{w.boxedWarning}:</strong>{' '}
          <span lang={boxedWarningLang}>{safety.boxedWarning}</span>
        </p>
      ) : null}
      {contraindications.length ? (
        <>
          <p>{w.contraindications}</p>
          <ul>
            {contraindications.map((row) => (
              <li
                key={row.id ?? row.contraindication}
                lang={rowLang(locale, contraindicationsInLanguage, row, 'contraindication')}
              >
                {row.contraindication}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
