import type { ReactNode } from 'react'

import { pagePath, type SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'
import { LanguageSwitch } from './LanguageSwitch'

type Props = {
  locale: SiteLocale
  /** The page's own path, for the language switch; left out where there is no such page (404). */
  path?: string
  clinicName?: string | null
  preview: boolean
  staffPreview: boolean
  children: ReactNode
}

/**
 * Landmarks every page shares: a skip link, the header with the main navigation and the language
 * switch, the main content, and the footer.
 */
export function PageChrome({ locale, path, clinicName, preview, staffPreview, children }: Props) {
  const w = words(locale)
  const sections = [
    ['/treatments', w.treatments],
    ['/conditions', w.conditions],
    ['/procedures', w.procedures],
    ['/faq', w.faq],
  ] as const
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
            {sections.map(([sectionPath, name]) => (
              <li key={sectionPath}>
                <a
                  href={pagePath(sectionPath, locale)}
                  aria-current={path === sectionPath ? 'page' : undefined}
                >
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {path ? <LanguageSwitch locale={locale} path={path} preview={preview} /> : null}
      </header>
      {preview ? (
        <p className="preview-banner" role="status">
          {staffPreview ? w.preview : w.previewSignedOut}
        </p>
      ) : null}
      <main id="main">{children}</main>
      <footer className="site-footer">{clinicName ? <p>{clinicName}</p> : null}</footer>
    </>
  )
}
