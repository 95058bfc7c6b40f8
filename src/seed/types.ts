import type { CollectionSlug } from 'payload'

/** A relationship in seed data, written by slug so seed files never depend on database IDs. */
export type SlugReference = { collection: CollectionSlug; slug: string }

/** One seeded document: where it goes, which section of the source it comes from, and its data. */
export type SeedDocument = {
  collection: CollectionSlug
  slug: string
  sourceSection: string
  data: Record<string, unknown>
  /** Relationship fields: one document (has-one) or a list (has-many), named by slug. */
  references?: Record<string, SlugReference | SlugReference[]>
}
