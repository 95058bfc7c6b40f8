import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access/roles'
import { describeReviewDue } from '../describeReviewDue'
import { formatReviewDate } from '../formatReviewDate'
import {
  draftsAndSentBack,
  dueForReview,
  recentlyPublished,
  scheduled,
  schedulesThatDidNotRun,
  waitingForReview,
  type QueueRow,
} from './queueQueries'
import { QueueSection } from './QueueSection'

type Props = { payload: Payload; user?: TypedUser | null }

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
const at = (row: QueueRow) => (row.at ? when.format(new Date(row.at)) : '')

/**
 * The dashboard as a work queue: what each person should do next, read with their own access.
 * Reviewers (and admins) see what waits for them; editors see their drafts and what came back;
 * everyone sees what went live lately. Admins also get a link to the background jobs.
 */
export async function WorkQueue({ payload, user }: Props) {
  if (!user) return null
  const ask = { payload, user, adminRoute: payload.config.routes.admin }
  const reviews = hasRole(user, 'reviewer', 'admin')
  const edits = hasRole(user, 'editor', 'admin')
  const now = new Date()
  const [waiting, due, upcoming, didNotRun, editorLists, published] = await Promise.all([
    reviews ? waitingForReview(ask) : null,
    reviews ? dueForReview(ask, now) : null,
    reviews ? scheduled(ask) : null,
    reviews ? schedulesThatDidNotRun(ask, now) : null,
    edits ? draftsAndSentBack(ask) : null,
    recentlyPublished(ask),
  ])

  return (
    <div className="work-queue" data-testid="work-queue">
      <h2 style={{ marginBottom: 'var(--base)' }}>Your work</h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))',
          marginBottom: 'calc(var(--base) * 2)',
        }}
      >
        {waiting ? (
          <QueueSection
            title="Waiting for review"
            empty="Nothing waits for a clinician."
            rows={waiting}
            detail={(row) => `sent ${at(row)}`}
          />
        ) : null}
        {due ? (
          <QueueSection
            title="Overdue or due within 30 days"
            empty="Every published page is reviewed for the next 30 days."
            rows={due}
            detail={(row) => `${formatReviewDate(row.at)} · ${describeReviewDue(row.at, now)}`}
          />
        ) : null}
        {upcoming ? (
          <QueueSection
            title="Scheduled"
            empty="Nothing is scheduled to publish or unpublish."
            rows={upcoming}
            detail={(row) => at(row)}
          />
        ) : null}
        {didNotRun && didNotRun.length > 0 ? (
          <QueueSection
            title="Scheduled but not published"
            empty=""
            rows={didNotRun}
            detail={(row) =>
              `${row.reason} · ${at(row)}: review the latest draft, then publish or schedule it again`
            }
          />
        ) : null}
        {editorLists ? (
          <QueueSection
            title="My drafts"
            empty="No drafts waiting to be sent for review."
            rows={editorLists.drafts}
            detail={(row) => `saved ${at(row)}`}
          />
        ) : null}
        {editorLists ? (
          <QueueSection
            title="Sent back"
            empty="Nothing was sent back by a reviewer."
            rows={editorLists.sentBack}
            detail={(row) => `sent back ${at(row)}`}
          />
        ) : null}
        <QueueSection
          title="Recently published"
          empty="Nothing published yet."
          rows={published}
          detail={(row) => at(row)}
        />
      </div>
      {hasRole(user, 'admin') ? (
        <p>
          Background work (scheduled publishes, partner webhook deliveries):{' '}
          <a href={`${ask.adminRoute}/collections/payload-jobs`}>Jobs</a> ·{' '}
          <a href={`${ask.adminRoute}/collections/webhook-deliveries`}>Webhook deliveries</a>
        </p>
      ) : null}
    </div>
  )
}
