import { pagePath, siteLocales, type SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'

const languageNames: Record<SiteLocale, string> = { en: 'English', es: 'Español' }

/** Links to this page in each site language, each named in its own language. */
export function LanguageSwitch({
  locale,
  path,
  preview,
}: {
  locale: SiteLocale
  path: string
  preview: boolean
}) {
  return (
    <nav aria-label={words(locale).language}>
      <ul>
        {siteLocales.map((language) => (
          <li key={language}>
            <a
              href={pagePath(path, language, preview)}
              lang={language}
              hrefLang={language}
              aria-current={locale === language ? 'page' : undefined}
            >
              {languageNames[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
