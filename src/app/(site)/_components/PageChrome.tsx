import type { ReactNode } from 'react'

import { pagePath, type SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'

type Props = {
  locale: SiteLocale
  path: string
  clinicName?: string | null
  preview: boolean
  staffPreview: boolean
  children: ReactNode
}

/**
 * Landmarks every page shares: a skip link, the header with the main navigation and the language
 * switch, the main content (in the page's language), and the footer.
 */
export function PageChrome({ locale, path, clinicName, preview, staffPreview, children }: Props) {
  const w = words(locale)
  return (
    <>
      <a className="skip-link" href="#main">
        {w.skip}
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href={pagePath('/treatments', locale)}>{clinicName || w.siteName}</a>
        </p>
        <nav aria-label={w.mainNav}>
          <ul>
            <li>
              <a href={pagePath('/treatments', locale)}>{w.treatments}</a>
            </li>
            <li>
              <a href={pagePath('/faq', locale)}>{w.faq}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={w.language}>
          <ul>
            <li>
              <a
                href={pagePath(path, 'en', preview)}
                lang="en"
                hrefLang="en"
                aria-current={locale === 'en' ? 'page' : undefined}
              >
                English
              </a>
            </li>
            <li>
              <a
                href={pagePath(path, 'es', preview)}
                lang="es"
                hrefLang="es"
                aria-current={locale === 'es' ? 'page' : undefined}
              >
                Español
              </a>
            </li>
          </ul>
        </nav>
      </header>
      {preview ? (
        <p className="preview-banner" role="status">
          {staffPreview ? w.preview : w.previewSignedOut}
        </p>
      ) : null}
      <main id="main" lang={locale}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{clinicName}</p>
      </footer>
    </>
  )
}
