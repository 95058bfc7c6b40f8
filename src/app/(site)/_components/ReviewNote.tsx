import type { Review } from '../_lib/content'
import { formatDate } from '../_lib/format'
import type { SiteLocale } from '../_lib/paths'
import { words } from '../_lib/words'

/** Who reviewed the page and when, or plainly that nobody has yet. */
export function ReviewNote({ review, locale }: { review: Review; locale: SiteLocale }) {
  const w = words(locale)
  const reviewed = formatDate(review.lastReviewed, locale)
  const nextDue = formatDate(review.nextReviewDue, locale)
  return (
    <p className="review-note" data-testid="review-note">
      {reviewed ? (
        <>
          {review.reviewerName ? w.reviewedBy(review.reviewerName) : w.reviewedOn}
          <time dateTime={review.lastReviewed ?? undefined}>{reviewed}</time>.
        </>
      ) : (
        w.notReviewed
      )}
      {reviewed && nextDue ? (
        <>
          {' '}
          {w.nextReview}
          <time dateTime={review.nextReviewDue ?? undefined}>{nextDue}</time>.
        </>
      ) : null}
    </p>
  )
}
