import type { Field } from 'payload'

/**
 * The picture at the top of a treatment page. The website serves it in the Media sizes
 * (thumbnail, card, hero) so phones download the small one; its alt text lives on the image.
 */
export const imageField: Field = {
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  admin: {
    description: 'Optional. Shown at the top of the page; give the image a clear text alternative.',
  },
}
