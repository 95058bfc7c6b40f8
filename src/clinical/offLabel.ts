import { lexicalText } from './lexicalText'

type Doc = Record<string, unknown>

const group = (value: unknown): Doc => (value && typeof value === 'object' ? (value as Doc) : {})
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

/** Text that speaks of regulatory approval ("FDA-approved", "aprobado"). */
export const mentionsApproval = (value: string) => /\bapprov|\baprobad/i.test(value)

/** A condition's off-label notice: its indication note while its status is off-label. */
export const conditionOffLabelNotice = (condition: Doc): string | null =>
  group(condition.indication).status === 'off-label'
    ? (text(group(condition.indication).note) ??
      'Off-label use: the drug’s approval does not cover this condition.')
    : null

/** A procedure's off-label notice, as its regulatory record states it. */
export const procedureOffLabelNotice = (procedure: Doc): string | null =>
  text(group(procedure.regulatory).offLabelNotice)

/** Whether an FAQ's question or answer speaks of approval. */
export const faqMentionsApproval = (faq: Doc) =>
  mentionsApproval(`${text(faq.question) ?? ''}\n${lexicalText(faq.answer)}`)

/**
 * An FAQ answer that mentions approval carries the notice of the procedures it is about, so a
 * reader never meets "FDA-approved" without learning which uses are off-label.
 */
export function faqOffLabelNotice(faq: Doc): string | null {
  if (!faqMentionsApproval(faq)) return null
  const procedures = Array.isArray(faq.relatedProcedures) ? faq.relatedProcedures : []
  for (const procedure of procedures) {
    const notice =
      procedure && typeof procedure === 'object' ? procedureOffLabelNotice(procedure as Doc) : null
    if (notice) return notice
  }
  return null
}

/**
 * The off-label notice that goes with a document of any syndicated collection, as read (an FAQ
 * read through Payload carries its computed `offLabelNotice`; one with populated procedures works
 * too). Aftercare steps carry none.
 */
export function offLabelNoticeOf(collection: string, doc: Doc): string | null {
  if (collection === 'conditions') return conditionOffLabelNotice(doc)
  if (collection === 'procedures') return procedureOffLabelNotice(doc)
  if (collection === 'faqs') return text(doc.offLabelNotice) ?? faqOffLabelNotice(doc)
  return null
}
