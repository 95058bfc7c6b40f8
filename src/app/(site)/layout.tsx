/* The reference website's root layout, beside the admin's (a Next route group of its own). */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { requestLocale } from './_lib/requestLocale'
import { words } from './_lib/words'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: words(await requestLocale()).siteName, template: '%s' },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
    },
  }
}

// Pages read published content over GraphQL on every request: a change shows on the next view.
export const dynamic = 'force-dynamic'

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await requestLocale()}>
      <body>{children}</body>
    </html>
  )
}
