import type { CollectionConfig, Tab } from 'payload'

import type { SiteCollection } from '../app/(site)/_lib/paths'
import { contentAccess } from '../access/contentAccess'
import { staffWritesReviewersPublish } from '../access/staffWritesReviewersPublish'
import { showClaimFlagsBesideFields, withClaimsCheck } from '../fields/claimFlags'
import { provenanceField } from '../fields/provenance'
import { reviewTab } from '../fields/review'
import { slugField } from '../fields/slug'
import { untranslatedFieldsField } from '../fields/untranslated'
import { previewUrl } from '../hooks/previewUrl'
import { workflowHooks } from '../hooks/workflowHooks'
import { contentVersions } from '../lib/contentVersions'

export type TreatmentCollectionOptions = {
  slug: SiteCollection
  labels: { singular: string; plural: string }
  /** The field that names a document: its title in the admin, and the source of its slug. */
  titleField: string
  defaultColumns: string[]
  listSearchableFields: string[]
  description: string
  defaultSort?: string
  /** The collection's own tabs, in order; the Review tab follows them. */
  tabs: Tab[]
}

/**
 * One treatment-content collection (conditions, procedures, aftercare steps, FAQs): what makes
 * each one its own (name, columns, its tabs of fields) around what all four share: the publishing
 * rules (staff write drafts, reviewers publish), drafts with autosave and scheduled publishing,
 * the review workflow's hooks and Review tab with the claims check, claim flags shown beside the
 * flagged field, the slug, provenance and untranslated-fields bookkeeping, and the preview link.
 */
export function treatmentCollection({
  slug,
  labels,
  titleField,
  defaultColumns,
  listSearchableFields,
  description,
  defaultSort,
  tabs,
}: TreatmentCollectionOptions): CollectionConfig {
  return {
    slug,
    labels,
    ...(defaultSort ? { defaultSort } : {}),
    admin: {
      useAsTitle: titleField,
      defaultColumns,
      listSearchableFields,
      description,
      group: 'Treatment content',
      preview: previewUrl(slug),
    },
    access: {
      ...contentAccess,
      create: staffWritesReviewersPublish(slug),
      update: staffWritesReviewersPublish(slug),
    },
    versions: contentVersions,
    hooks: workflowHooks(),
    fields: showClaimFlagsBesideFields([
      { type: 'tabs', tabs: [...tabs, withClaimsCheck(reviewTab)] },
      slugField(titleField),
      provenanceField,
      untranslatedFieldsField,
    ]),
  }
}
