'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The account page's "Current password" box: a password input (not a text box that shows what
 * is typed), which the browser's password manager can fill. Empty is fine unless the password is
 * being changed; the server decides (src/auth/passwordChanges.ts).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    autoComplete="current-password"
    field={field}
    path={path ?? field.name}
    validate={() => true}
  />
)
