import { headers } from 'next/headers'

import { adminOrigins } from '../lib/serverUrl'
import { originFromHost, originNotice } from './originNotice'

/**
 * A banner at the top of the admin (and above the sign-in form) when it is open at an address the
 * server does not take as its own: there every save fails with a message about permissions.
 */
export async function OriginNotice() {
  const incoming = await headers()
  const origin = originFromHost(
    incoming.get('host') ?? undefined,
    incoming.get('x-forwarded-proto') ?? undefined,
    incoming.get('x-forwarded-host') ?? undefined,
  )
  const notice = originNotice(origin, adminOrigins())
  if (!notice) return null
  return (
    <div
      role="alert"
      data-testid="origin-notice"
      style={{
        background: 'var(--theme-error-100)',
        border: '1px solid var(--theme-error-500)',
        color: 'var(--theme-error-800)',
        padding: '0.75rem 1rem',
        margin: '0 0 1rem',
        borderRadius: 4,
      }}
    >
      {notice}
    </div>
  )
}
