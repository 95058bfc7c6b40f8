import type { Field } from 'payload'

/**
 * The text every treatment page (a condition, a procedure) opens with. Functions, not shared
 * objects: Payload fills in a field's config (a rich-text field's editor) per collection as it
 * sanitises it.
 */
export const summaryField = (): Field => ({
  name: 'summary',
  type: 'textarea',
  localized: true,
  required: true,
  maxLength: 600,
  admin: {
    description: 'Two or three plain sentences shown in lists and search results.',
  },
})

export const bodyField = (): Field => ({
  name: 'body',
  type: 'richText',
  localized: true,
  admin: { description: 'The full page text.' },
})
