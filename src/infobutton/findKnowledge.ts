import type { Payload, Where } from 'payload'

import { hasCode } from '../clinical/codeParameter'
import { conditionOffLabelNotice, procedureOffLabelNotice } from '../clinical/offLabel'
import type { KnowledgeEntry } from './feed'
import type { KnowledgeRequest } from './request'

type Doc = Record<string, unknown>

/** What a clinical system may receive: published and reviewed by a clinician. */
const publicReviewed: Where[] = [
  { _status: { equals: 'published' } },
  { lastReviewed: { exists: true } },
]

/**
 * By code in the database; by name in memory, since the conditions are few and the SQLite adapter
 * builds broken SQL for `like` on a localized has-many text field (alternateNames).
 */
function matchWhere(request: KnowledgeRequest): Where[] {
  if (!request.code) return []
  return [
    { 'codes.code': { equals: request.code.value.toUpperCase() } },
    { 'codes.system': { equals: request.code.system } },
  ]
}

function matches(doc: Doc, request: KnowledgeRequest): boolean {
  if (request.code) {
    return hasCode(doc, { system: request.code.system, code: request.code.value.toUpperCase() })
  }
  const wanted = (request.displayName ?? '').toLowerCase()
  const names = [doc.name, ...(Array.isArray(doc.alternateNames) ? doc.alternateNames : [])]
  return names.some((name) => typeof name === 'string' && name.toLowerCase().includes(wanted))
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null)

const pageUrl = (siteUrl: string, path: string, language: string) =>
  `${siteUrl.replace(/\/+$/, '')}${path}${language === 'en' ? '' : `?locale=${language}`}`

/**
 * The reviewed, published conditions a request names (by code, else by name), each with the
 * reviewed, published procedures that treat it, in the request's language with English fallback.
 */
export async function findKnowledge(
  payload: Payload,
  request: KnowledgeRequest,
  siteUrl: string,
): Promise<KnowledgeEntry[]> {
  const locale = { locale: request.language as 'en', fallbackLocale: 'en' as const }
  const { docs } = await payload.find({
    collection: 'conditions',
    where: { and: [...publicReviewed, ...matchWhere(request)] },
    sort: 'slug',
    limit: 200,
    depth: 0,
    draft: false,
    overrideAccess: true,
    ...locale,
  })
  const conditions = (docs as unknown as Doc[]).filter((doc) => matches(doc, request))
  if (conditions.length === 0) return []

  const procedures = (
    await payload.find({
      collection: 'procedures',
      where: {
        and: [...publicReviewed, { conditionsTreated: { in: conditions.map((doc) => doc.id) } }],
      },
      sort: 'slug',
      limit: 50,
      depth: 0,
      draft: false,
      overrideAccess: true,
      ...locale,
    })
  ).docs as unknown as Doc[]

  return conditions.map((condition) => ({
    id: pageUrl(siteUrl, `/conditions/${condition.slug}`, request.language),
    title: String(condition.name),
    summary: text(condition.summary),
    url: pageUrl(siteUrl, `/conditions/${condition.slug}`, request.language),
    lastReviewed: text(condition.lastReviewed),
    reviewedBy: text(condition.reviewerName),
    updated: new Date(String(condition.updatedAt)).toISOString(),
    offLabelNotice: conditionOffLabelNotice(condition),
    procedures: procedures
      .filter((procedure) =>
        (Array.isArray(procedure.conditionsTreated) ? procedure.conditionsTreated : []).some(
          (id) => String(id) === String(condition.id),
        ),
      )
      .map((procedure) => ({
        title: String(procedure.name),
        summary: text(procedure.summary),
        url: pageUrl(siteUrl, `/procedures/${procedure.slug}`, request.language),
        offLabelNotice: procedureOffLabelNotice(procedure),
      })),
  }))
}
