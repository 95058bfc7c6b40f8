import type { SyndicatedCollection } from './syndicatedCollections'
import { contentHash } from './contentHash'
import {
  buildEnvelope,
  reviewOf,
  type ClinicSettingsLike,
  type SyndicatedDocument,
} from './envelope'
import type { Licence } from './licence'
import { shapeContent } from './shape'

export type DocumentContext = {
  collection: SyndicatedCollection
  locale: string
  settings: ClinicSettingsLike
  licence: Licence
  apiBase: string
  /** When it is served: the envelope says whether its review is overdue at this moment. */
  at: Date
}

/** A published Payload document as a partner receives it: stable content plus its envelope. */
export function toSyndicatedDocument(
  doc: Record<string, unknown>,
  version: number,
  context: DocumentContext,
): SyndicatedDocument {
  const content = shapeContent(context.collection, doc, context.locale)
  return {
    ...content,
    envelope: buildEnvelope({
      collection: context.collection,
      content,
      review: reviewOf(doc),
      updatedAt: doc.updatedAt,
      settings: context.settings,
      licence: context.licence,
      apiBase: context.apiBase,
      version,
      contentHash: contentHash(content),
      at: context.at,
    }),
  }
}
