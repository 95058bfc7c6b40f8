import { codeSystemInfo } from '../clinical/codes'
import type { KnowledgeRequest } from './request'

/** One matching condition with its procedure, as the knowledge response lists it. */
export type KnowledgeEntry = {
  id: string
  title: string
  summary: string | null
  url: string
  lastReviewed: string | null
  reviewedBy: string | null
  updated: string
  offLabelNotice: string | null
  procedures: {
    title: string
    summary: string | null
    url: string
    offLabelNotice: string | null
  }[]
}

export type KnowledgeFeed = {
  id: string
  title: string
  subtitle: string
  updated: string
  author: { name: string; uri: string }
  /** The attribution every use must show, as syndication partners show it. */
  rights: string
  language: string
  entries: KnowledgeEntry[]
}

const escapeXml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  )

/** The request echoed back as Atom categories, as the Infobutton guide's Atom profile does. */
export function requestCategories(request: KnowledgeRequest): { scheme: string; term: string }[] {
  return [
    ...(request.code
      ? [
          { scheme: 'mainSearchCriteria.v.c', term: request.code.value },
          { scheme: 'mainSearchCriteria.v.cs', term: codeSystemInfo[request.code.system].oid },
        ]
      : []),
    ...(request.displayName
      ? [{ scheme: 'mainSearchCriteria.v.dn', term: request.displayName }]
      : []),
    { scheme: 'informationRecipient.languageCode.c', term: request.language },
  ]
}

/** The entry's summary as HTML: the text, the off-label notice, the procedure, the review. */
export function entrySummaryHtml(entry: KnowledgeEntry): string {
  const parts = [
    entry.summary ? `<p>${escapeXml(entry.summary)}</p>` : '',
    entry.offLabelNotice ? `<p><strong>${escapeXml(entry.offLabelNotice)}</strong></p>` : '',
    ...entry.procedures.map(
      (procedure) =>
        `<p>Treatment: <a href="${escapeXml(procedure.url)}">${escapeXml(procedure.title)}</a>${
          procedure.summary ? `. ${escapeXml(procedure.summary)}` : ''
        }</p>${procedure.offLabelNotice ? `<p><strong>${escapeXml(procedure.offLabelNotice)}</strong></p>` : ''}`,
    ),
    entry.lastReviewed
      ? `<p>Last reviewed ${entry.lastReviewed.slice(0, 10)}${entry.reviewedBy ? ` by ${escapeXml(entry.reviewedBy)}` : ''}.</p>`
      : '',
  ]
  return parts.join('')
}

/** Atom (RFC 4287), the Infobutton guide's default knowledge response. */
export function toAtom(feed: KnowledgeFeed, request: KnowledgeRequest): string {
  const categories = requestCategories(request)
    .map(
      (category) =>
        `<category scheme="${escapeXml(category.scheme)}" term="${escapeXml(category.term)}"/>`,
    )
    .join('')
  const entries = feed.entries
    .map(
      (entry) =>
        `<entry><id>${escapeXml(entry.id)}</id><title type="text">${escapeXml(entry.title)}</title>` +
        `<link href="${escapeXml(entry.url)}" rel="alternate" type="text/html" hreflang="${feed.language}" title="${escapeXml(entry.title)}"/>` +
        entry.procedures
          .map(
            (procedure) =>
              `<link href="${escapeXml(procedure.url)}" rel="related" type="text/html" title="${escapeXml(procedure.title)}"/>`,
          )
          .join('') +
        `<updated>${entry.updated}</updated>` +
        `<summary type="html">${escapeXml(entrySummaryHtml(entry))}</summary>` +
        `<rights type="text">${escapeXml(feed.rights)}</rights></entry>`,
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">` +
    `<id>${escapeXml(feed.id)}</id><title type="text">${escapeXml(feed.title)}</title>` +
    `<subtitle type="text">${escapeXml(feed.subtitle)}</subtitle><updated>${feed.updated}</updated>` +
    `<author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>` +
    `<rights type="text">${escapeXml(feed.rights)}</rights>${categories}${entries}</feed>`
  )
}

const value = (text: string, type?: string) => ({ _value: text, ...(type ? { type } : {}) })

/**
 * The same feed as JSON, shaped as MedlinePlus Connect's JSON (Atom elements with `_value`), so
 * an EHR already reading that format reads this one; `lastReviewed`, `reviewedBy`,
 * `offLabelNotice` and `procedures` are this service's additions.
 */
export function toJson(feed: KnowledgeFeed, request: KnowledgeRequest) {
  return {
    feed: {
      lang: value(feed.language),
      id: value(feed.id),
      title: value(feed.title, 'text'),
      subtitle: value(feed.subtitle, 'text'),
      updated: value(feed.updated),
      author: { name: value(feed.author.name), uri: value(feed.author.uri) },
      rights: value(feed.rights, 'text'),
      category: requestCategories(request),
      entry: feed.entries.map((entry) => ({
        id: value(entry.id),
        title: value(entry.title, 'text'),
        link: [
          {
            href: entry.url,
            rel: 'alternate',
            type: 'text/html',
            hreflang: feed.language,
            title: entry.title,
          },
          ...entry.procedures.map((procedure) => ({
            href: procedure.url,
            rel: 'related',
            type: 'text/html',
            title: procedure.title,
          })),
        ],
        updated: value(entry.updated),
        summary: value(entrySummaryHtml(entry), 'html'),
        rights: value(feed.rights, 'text'),
        lastReviewed: entry.lastReviewed,
        reviewedBy: entry.reviewedBy,
        offLabelNotice: entry.offLabelNotice,
        procedures: entry.procedures,
      })),
    },
  }
}
