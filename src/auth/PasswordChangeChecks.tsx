'use client'
import { useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent, Validate } from 'payload'
import { confirmPassword, password } from 'payload/shared'
import { useEffect } from 'react'

/**
 * The checks the admin runs on "New password" and "Confirm password" when Save is pressed.
 * Payload's "Change password" button marks both boxes "This field is required." in the form
 * state without a check to run again, and only its next form-state round trip (a quarter of a
 * second after the last key, plus the request) marks them valid. Save pressed before that, or
 * after a round trip that saw a half-typed form, answered "Please correct invalid fields." and
 * sent nothing (issue 12). With a check in the state, Save judges what is typed now. The server
 * still applies the password policy (enforcePasswordPolicy). "Current password" is the server's
 * to judge (passwordChanges.ts): after it refused a save, the box kept that refusal as a verdict
 * until the next round trip, so a corrected box saved at once was refused the same way.
 */
const checks: Record<string, Validate> = {
  password: (value, options) =>
    password(value, { ...options, required: true } as Parameters<typeof password>[1]),
  'confirm-password': (value, options) =>
    confirmPassword(value, { ...options, required: true } as Parameters<typeof confirmPassword>[1]),
  currentPassword: () => true,
}

export const PasswordChangeChecks: UIFieldClientComponent = () => {
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  // The entries themselves, not a summary: the form replaces whole entries (when it loads, after
  // a save), which drops a check given earlier.
  const newPassword = useFormFields(([fields]) => fields.password)
  const confirmation = useFormFields(([fields]) => fields['confirm-password'])
  const currentPassword = useFormFields(([fields]) => fields.currentPassword)
  useEffect(() => {
    const entries = { password: newPassword, 'confirm-password': confirmation, currentPassword }
    for (const [path, entry] of Object.entries(entries)) {
      if (entry && typeof entry.validate !== 'function') {
        dispatchFields({ type: 'UPDATE', path, validate: checks[path] })
      }
    }
  }, [newPassword, confirmation, currentPassword, dispatchFields])
  return null
}
