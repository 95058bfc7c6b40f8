import type { Faq } from './content'
import { lexicalText } from '../../../plainText'

/** Text that speaks of regulatory approval ("FDA-approved", "aprobado"). */
const mentionsApproval = (text: string) => /\bapprov|\baprobad/i.test(text)

/**
 * An answer that mentions approval carries the off-label notice of the procedures it is about,
 * as the syndication API does (src/clinical/offLabel.ts).
 */
export function faqOffLabelNotice(faq: Faq): string | null {
  if (!mentionsApproval(`${faq.question}\n${lexicalText(faq.answer)}`)) return null
  return (
    (faq.relatedProcedures ?? [])
      .map((procedure) => procedure.regulatory?.offLabelNotice)
      .find(Boolean) ?? null
  )
}
