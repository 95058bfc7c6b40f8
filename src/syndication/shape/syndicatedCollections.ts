/** The collections partners can syndicate, and how each is named on the syndication API. */
export const syndicatedCollections = [
  'conditions',
  'procedures',
  'aftercare-steps',
  'faqs',
] as const
export type SyndicatedCollection = (typeof syndicatedCollections)[number]

/** The `type` each document carries, singular, as partners read it. */
export const documentTypes = {
  conditions: 'condition',
  procedures: 'procedure',
  'aftercare-steps': 'aftercare-step',
  faqs: 'faq',
} as const satisfies Record<SyndicatedCollection, string>

/** The field each collection uses as its human title. */
export const titleFields: Record<SyndicatedCollection, string> = {
  conditions: 'name',
  procedures: 'name',
  'aftercare-steps': 'title',
  faqs: 'question',
}

export function isSyndicatedCollection(value: unknown): value is SyndicatedCollection {
  return typeof value === 'string' && (syndicatedCollections as readonly string[]).includes(value)
}

/** Locales a partner can be scoped to; a locale is served only when the CMS is configured for it. */
export const partnerLocales = ['en', 'es'] as const
