/* The reference website's root layout, beside the admin's (a Next route group of its own). */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Treatments', template: '%s' },
}

// Pages read published content over GraphQL on every request: a change shows on the next view.
export const dynamic = 'force-dynamic'

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
