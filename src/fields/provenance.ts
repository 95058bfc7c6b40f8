import type { Field } from 'payload'

/**
 * Where a seeded document's facts come from, and the fingerprints the seeder uses to tell an
 * untouched seeded document from one an editor has changed since.
 */
export const provenanceField: Field = {
  name: 'provenance',
  type: 'group',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Filled by the seed: the source document and section these facts come from.',
  },
  fields: [
    { name: 'sourceDocument', type: 'text' },
    { name: 'sourceSection', type: 'text' },
    { name: 'seedHash', type: 'text', admin: { hidden: true } },
  ],
}
