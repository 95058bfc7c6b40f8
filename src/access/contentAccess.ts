import type { CollectionConfig } from 'payload'

import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Access shared by every treatment-content collection: public reads published, staff write. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}
