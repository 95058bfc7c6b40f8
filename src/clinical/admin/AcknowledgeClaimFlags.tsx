'use client'

import { Button, useAllFormFields, useAuth, useForm } from '@payloadcms/ui'

type FieldState = { value?: unknown }

const statusPath = /^claimFlags\.(\d+)\.status$/

/**
 * The Review tab's summary of the claims check, with the reviewer's button: it marks every open
 * flag acknowledged in the form, so the next Publish sends the answers (the server records who
 * and when, and refuses anyone but a reviewer or admin). Editors see the count only.
 */
export function AcknowledgeClaimFlags() {
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified } = useForm()
  const { user } = useAuth()
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const mayAcknowledge = roles.includes('reviewer') || roles.includes('admin')

  const open = Object.entries(fields as Record<string, FieldState>)
    .filter(([path, state]) => statusPath.test(path) && state.value === 'open')
    .map(([path]) => {
      const index = path.match(statusPath)![1]
      const value = (name: string) =>
        String((fields as Record<string, FieldState>)[`claimFlags.${index}.${name}`]?.value ?? '')
      return {
        path,
        field: value('field'),
        locale: value('locale'),
        kind: value('kind'),
        match: value('match'),
      }
    })

  const acknowledgeAll = () => {
    for (const flag of open)
      dispatchFields({ type: 'UPDATE', path: flag.path, value: 'acknowledged' })
    setModified(true)
  }

  return (
    <div className="field-type claim-flags-summary" data-testid="claim-flags-summary">
      <label className="field-label">Claims check</label>
      {open.length === 0 ? (
        <p>No open claim flags: every flagged phrase has been acknowledged by a reviewer.</p>
      ) : (
        <>
          <p>
            {open.length} open claim flag(s). Publishing is refused until a reviewer acknowledges
            each one (listed under “Claims to check” below).
          </p>
          <ul>
            {open.map((flag) => (
              <li key={flag.path}>
                {flag.field}
                {flag.locale === 'all' ? '' : ` (${flag.locale})`}: {flag.kind} “{flag.match}”
              </li>
            ))}
          </ul>
          {mayAcknowledge ? (
            <Button buttonStyle="secondary" onClick={acknowledgeAll}>
              Acknowledge all open claims
            </Button>
          ) : (
            <p>Only a clinical reviewer or an admin can acknowledge them.</p>
          )}
        </>
      )}
    </div>
  )
}
