import { escapeHtml, type SyndicatedDocument } from './envelope'
import { loadSanitizeHtml } from '../../plainText/loadSanitizeHtml'
import { embeddableHtml } from './richText'

type Content = Record<string, unknown>
type RichText = { html: string } | null

const paragraph = (value: unknown) =>
  typeof value === 'string' && value.trim() ? `<p>${escapeHtml(value)}</p>` : ''

const list = (heading: string, items: unknown) =>
  Array.isArray(items) && items.length > 0
    ? `<h2>${heading}</h2><ul>${items.map((item) => `<li>${escapeHtml(String(item))}</li>`).join('')}</ul>`
    : ''

/** The off-label notice, right under the title, wherever the document has one. */
const offLabel = (content: Content) =>
  typeof content.offLabelNotice === 'string' && content.offLabelNotice.trim()
    ? `<p class="clinic-off-label"><strong>${escapeHtml(content.offLabelNotice)}</strong></p>`
    : ''

type Safety = { boxedWarning: string | null; contraindications: string[] } | undefined

/** The label's boxed warning and contraindications, near the top of a procedure. */
function safety(content: Content): string {
  const info = content.safetyInformation as Safety
  if (!info?.boxedWarning && !info?.contraindications?.length) return ''
  return [
    '<h2>Important safety information</h2>',
    info.boxedWarning
      ? `<p class="clinic-boxed-warning"><strong>Warning:</strong> ${escapeHtml(info.boxedWarning)}</p>`
      : '',
    info.contraindications.length
      ? `<p class="clinic-contraindications">Do not use it if you have:</p><ul>${info.contraindications
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join('')}</ul>`
      : '',
  ].join('')
}

function bodyOf(doc: SyndicatedDocument): string {
  const content = doc.content as Content
  switch (doc.type) {
    case 'condition':
      return [
        offLabel(content),
        paragraph(content.summary),
        (content.body as RichText)?.html ?? '',
        list('Symptoms', content.symptoms),
        list('Causes', content.causes),
      ].join('')
    case 'procedure':
      return [
        offLabel(content),
        safety(content),
        paragraph(content.summary),
        (content.body as RichText)?.html ?? '',
        paragraph(content.safetyNote),
      ].join('')
    case 'aftercare-step':
      return [paragraph(content.description), paragraph(content.whatToDo)].join('')
    default:
      return [(content.answer as RichText)?.html ?? '', offLabel(content)].join('')
  }
}

const formatDate = (iso: string) => iso.slice(0, 10)

/**
 * A self-contained HTML fragment a partner can drop into a page: the text, the disclaimer, the
 * review date and the attribution they must show. Everything is escaped or sanitised again here,
 * so the fragment is safe even if an earlier step were not.
 */
export function toHtmlFragment(doc: SyndicatedDocument): string {
  const { envelope } = doc
  const reviewed = envelope.lastReviewed
    ? `<p class="clinic-review">Last reviewed ${formatDate(envelope.lastReviewed)}${
        envelope.reviewedBy ? ` by ${escapeHtml(envelope.reviewedBy.name)}` : ''
      }.</p>`
    : ''
  const disclaimer = envelope.disclaimer
    ? `<p class="clinic-disclaimer">${escapeHtml(envelope.disclaimer)}</p>`
    : ''
  const article = `<article class="clinic-content clinic-${doc.type}" lang="${escapeHtml(doc.locale)}" data-version="${envelope.version}"><h1>${escapeHtml(doc.title)}</h1>${bodyOf(doc)}<footer>${disclaimer}${reviewed}${envelope.attribution.html}</footer></article>`
  return sanitizeFragment(article)
}

/** The embeddable rules plus the fragment's own wrapper tags and classes, nothing else. */
const sanitizeFragment = (html: string) =>
  loadSanitizeHtml()(html, {
    ...embeddableHtml,
    allowedTags: [...(embeddableHtml.allowedTags as string[]), 'article', 'footer', 'h1'],
    allowedAttributes: {
      a: ['href', 'rel'],
      article: ['class', 'lang', 'data-version'],
      p: ['class'],
    },
  })
