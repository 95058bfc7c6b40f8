import type { FieldHook, PayloadRequest } from 'payload'

import { keepRequestLocale } from './keepRequestLocale'
import { faqMentionsApproval, faqOffLabelNotice } from './offLabel'
import { typedLocale } from '../lib/localization'

type Doc = Record<string, unknown>
type Id = string | number

const idOf = (value: unknown): Id | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/** A localized value as read: already one locale's, or (locale "all") keyed by locale. */
const inLocale = (value: unknown, locale: string, locales: string[]) =>
  value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  locale in value &&
  Object.keys(value).every((key) => locales.includes(key))
    ? (value as Doc)[locale]
    : value

/**
 * The procedures' off-label notices, read once per request, locale and draft mode however many
 * FAQs a list holds. Read with the caller's own access, so an anonymous reader never gets a
 * notice from a procedure draft.
 */
function procedureNotices(req: PayloadRequest, ids: Id[], locale: string, draft: boolean) {
  const cache = ((req.context.procedureOffLabelNotices as Map<string, Promise<Doc[]>>) ??=
    new Map())
  const key = `${locale}|${draft}|${[...ids].sort().join(',')}`
  let found = cache.get(key)
  if (!found) {
    found = keepRequestLocale(req, async () => {
      const { docs } = await req.payload.find({
        collection: 'procedures',
        where: { id: { in: ids } },
        locale: typedLocale(locale),
        draft,
        depth: 0,
        pagination: false,
        select: { regulatory: { offLabelNotice: true } } as never,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return docs as unknown as Doc[]
    })
    cache.set(key, found)
  }
  return found
}

/**
 * Fills an FAQ's `offLabelNotice` on every read (REST, GraphQL, the admin): an answer that speaks
 * of approval carries the off-label notice of the procedures it is about, as the website and the
 * syndication API show it (src/clinical/offLabel.ts decides when).
 */
export const faqOffLabelNoticeHook: FieldHook = async ({ data, draft, req }) => {
  const faq = (data ?? {}) as Doc
  const localization = req.payload.config.localization
  const locales = localization ? localization.localeCodes : []
  const locale =
    req.locale && req.locale !== 'all'
      ? req.locale
      : localization
        ? localization.defaultLocale
        : 'en'
  const ids = (Array.isArray(faq.relatedProcedures) ? faq.relatedProcedures : [])
    .map(idOf)
    .filter((id): id is Id => id !== null)
  const readable = {
    question: inLocale(faq.question, locale, locales),
    answer: inLocale(faq.answer, locale, locales),
  }
  // Most answers never mention approval: no procedure is read for them.
  if (ids.length === 0 || !faqMentionsApproval(readable)) return null
  const found = await procedureNotices(req, ids, locale, Boolean(draft))
  // In the FAQ's own order: the first procedure it names with a notice speaks for it.
  const procedures = ids.flatMap((id) => found.filter((procedure) => procedure.id === id))
  return faqOffLabelNotice({ ...readable, relatedProcedures: procedures })
}
