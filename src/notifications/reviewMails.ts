import type { ReviewStatus } from '../workflow/reviewStatus'

/**
 * The words of the review notification mails, as plain text (every mail client shows it, and the
 * development log prints it as is). Pure, so the wording is tested without a server.
 */
export type DocumentRef = { collectionLabel: string; title: string; link: string }

export function inReviewMail(doc: DocumentRef, by: string | undefined) {
  return {
    subject: `Ready for review: ${doc.title} (${doc.collectionLabel})`,
    text: [
      `${by ?? 'An editor'} set "${doc.title}" to In review.`,
      '',
      `Open it in the admin: ${doc.link}`,
      '',
      'Check the text, then publish it, or set Workflow back to Draft with a note for the editor.',
    ].join('\n'),
  }
}

export type DueDocument = DocumentRef & {
  due: Date
  status: Extract<ReviewStatus, 'due' | 'overdue'>
}

const dayMs = 24 * 60 * 60 * 1000
const dateText = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** "overdue by 3 days", "due in 11 days", "due today". */
export function relativeDue(due: Date, at: Date): string {
  const days = Math.round((due.getTime() - at.getTime()) / dayMs)
  const count = (n: number) => `${n} day${n === 1 ? '' : 's'}`
  if (days < 0) return `overdue by ${count(-days)}`
  return days === 0 ? 'due today' : `due in ${count(days)}`
}

export function digestMail(documents: DueDocument[], at: Date) {
  const sorted = [...documents].sort((a, b) => a.due.getTime() - b.due.getTime())
  const overdue = sorted.filter((doc) => doc.status === 'overdue').length
  return {
    subject: `Reviews due: ${overdue} overdue, ${sorted.length - overdue} due within 30 days`,
    text: [
      'These documents need a clinical review (oldest first):',
      '',
      ...sorted.map(
        (doc) =>
          `- ${doc.title} (${doc.collectionLabel}): ${relativeDue(doc.due, at)}, on ${dateText(doc.due)}\n  ${doc.link}`,
      ),
      '',
      'Open each one, check it against its sources, and publish it again to record the review.',
    ].join('\n'),
  }
}
