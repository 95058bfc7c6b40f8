'use client'

import { useFormFields, useLocale } from '@payloadcms/ui'

import { flagsBesideField, flagsInForm, type FlagInForm } from '../flagsBesideField'

// Inline: the admin's stylesheet belongs to the admin UI; these are Payload's theme colours.
const boxStyle = (open: number) => ({
  marginTop: 'calc(var(--base) / 2)',
  padding: 'calc(var(--base) / 2) var(--base)',
  borderLeft: `4px solid var(${open > 0 ? '--theme-warning-500' : '--theme-success-500'})`,
  background: `var(${open > 0 ? '--theme-warning-100' : '--theme-success-100'})`,
  fontSize: '0.9em',
})

/** Kinds whose reason says something about this document (the other figure, the hedge). */
const documentSpecific = new Set(['duration', 'unhedged-cause'])

const kindLabels: Record<string, string> = {
  absolute: 'absolute safety or efficacy claim',
  regulatory: 'regulatory claim',
  'first-person': 'first person in syndicated text',
  'unhedged-cause': 'cause stated as certain',
  duration: 'duration the structured figures do not back',
}

/**
 * Under a text field in the admin: the claims check's flags on this field's words, in the locale
 * being edited, so a reviewer meets each flagged phrase where it is written. Read from the form,
 * so it follows the Review tab's "Acknowledge" button at once; flags themselves are recomputed
 * by the server on save.
 */
export function ClaimFlagsBesideField({ path }: { path?: string }) {
  const { code: locale } = useLocale()
  // A string, so the field re-renders only when its own flags change, not on every keystroke.
  const selected = useFormFields(([fields]) =>
    JSON.stringify(path ? flagsBesideField(flagsInForm(fields), path, locale) : []),
  )
  const flags = JSON.parse(selected) as FlagInForm[]
  if (flags.length === 0) return null
  const open = flags.filter((flag) => flag.status === 'open').length

  return (
    <div
      className="claim-flags-beside-field"
      data-testid="claim-flags-beside-field"
      data-path={path}
      data-open={open}
      style={boxStyle(open)}
    >
      <p className="claim-flags-beside-field__title" style={{ margin: 0, fontWeight: 600 }}>
        {open > 0
          ? `Claims check: ${open} phrase(s) here need a reviewer’s acknowledgement before publishing`
          : 'Claims check: every flagged phrase here was acknowledged by a reviewer'}
      </p>
      <ul style={{ margin: 'calc(var(--base) / 4) 0 0', paddingLeft: 'var(--base)' }}>
        {flags.map((flag, index) => (
          <li key={`${flag.match}-${index}`} data-status={flag.status} title={flag.reason}>
            <mark>“{flag.match}”</mark> {kindLabels[flag.kind] ?? flag.kind}
            {flag.locale === 'all' ? ' (all languages)' : ''}:{' '}
            {flag.status === 'open' ? 'open' : 'acknowledged'}
            {documentSpecific.has(flag.kind) ? `. ${flag.reason}` : ''}
            <br />
            <span style={{ opacity: 0.75 }}>In: “{flag.phrase}”</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
