import { describe, expect, test } from 'vitest'

import { digestMail, inReviewMail, relativeDue } from './reviewMails'

const at = new Date('2026-11-30T08:00:00Z')
const doc = (title: string, due: string, status: 'due' | 'overdue') => ({
  collectionLabel: 'Condition',
  title,
  link: `http://localhost:3000/admin/collections/conditions/${title}`,
  due: new Date(due),
  status,
})

describe('review mails', () => {
  test.each([
    ['2026-11-27T08:00:00Z', 'overdue by 3 days'],
    ['2026-11-29T08:00:00Z', 'overdue by 1 day'],
    ['2026-11-30T08:00:00Z', 'due today'],
    ['2026-12-11T08:00:00Z', 'due in 11 days'],
  ])('should say %s is %s', (due, expected) => {
    expect(relativeDue(new Date(due), at)).toBe(expected)
  })

  test('should name the document, who sent it and where to open it', () => {
    const mail = inReviewMail(
      { collectionLabel: 'Condition', title: 'TMJ disorder', link: 'L' },
      'Eve',
    )
    expect(mail.subject).toBe('Ready for review: TMJ disorder (Condition)')
    expect(mail.text).toContain('Eve set "TMJ disorder" to In review.')
    expect(mail.text).toContain('Open it in the admin: L')
  })

  test('should list the digest oldest first with dates that have a year', () => {
    const mail = digestMail(
      [doc('B', '2026-12-11T00:00:00Z', 'due'), doc('A', '2026-11-27T00:00:00Z', 'overdue')],
      at,
    )
    expect(mail.subject).toBe('Reviews due: 1 overdue, 1 due within 30 days')
    expect(mail.text.indexOf('- A')).toBeLessThan(mail.text.indexOf('- B'))
    expect(mail.text).toContain('on 27 Nov 2026')
  })
})
