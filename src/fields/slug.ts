import type { Field, FieldHook } from 'payload'

import { slugify, validateSlug } from '../lib/slug'

/** Fills an empty slug from the title field so editors need not type one. */
const slugFromTitle =
  (titleField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const title = data?.[titleField]
    return typeof title === 'string' ? slugify(title) : value
  }

/** A unique, URL-safe identifier every channel uses in its links. */
export const slugField = (titleField: string): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: (value: unknown) => validateSlug(value),
  hooks: { beforeValidate: [slugFromTitle(titleField)] },
  admin: {
    position: 'sidebar',
    description:
      'The address of this page, e.g. "tmj-disorder". Lowercase letters, digits and hyphens. Left empty, it is made from the title. Changing it breaks links partners already have.',
  },
})
