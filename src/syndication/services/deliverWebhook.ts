import type { Payload, TaskConfig } from 'payload'
import { Webhook } from 'standardwebhooks'

import { serverUrl } from '../../lib/serverUrl'
import type { ChangeEvent } from '../shape/changeDecision'
import { partnerLocaleScope } from '../shape/locales'
import { toPublicEvent, webhookBody } from '../shape/publicEvent'
import { WebhookTargetRefused } from '../shape/webhookAddress'
import { postWebhook } from './postWebhook'
import { webhookTask } from './webhookQueue'

type Input = { partnerId: string; eventId: string }
type Output = { status: number; skipped: string }

/** Tries after the first: with the default 10 s backoff the last is about 10 minutes later. */
export const webhookAttempts = 6

const logAttempt = (payload: Payload, data: Record<string, unknown>) =>
  payload
    .create({ collection: 'webhook-deliveries', data: data as never, overrideAccess: true })
    .catch((error) => payload.logger.error({ err: error }, 'could not log a webhook delivery'))

/** A delivery attempt that failed and is already logged (warnFailedAttempt): the queue retries it. */
class WebhookAttemptFailed extends Error {
  name = 'WebhookAttemptFailed'
}

type FailedAttempt = {
  partner: string | number
  event: number
  eventType: string
  attempt: number
  status?: number
  cause: string
}

/**
 * One line per failed attempt, at warn: a receiver that is down is the partner's to fix and the
 * queue retries it, so it is not an error of ours, and the job itself (input, log, whole error)
 * says nothing an operator needs. The admin's delivery log keeps each attempt.
 */
const warnFailedAttempt = (payload: Payload, attempt: FailedAttempt) =>
  payload.logger.warn(
    { ...attempt, willRetry: attempt.attempt <= webhookAttempts },
    'partner webhook delivery attempt failed',
  )

/**
 * Sends one change to one partner, signed the Standard Webhooks way (HMAC-SHA256 over
 * `id.timestamp.body`). A non-2xx answer, a timeout or a refused connection throws, and Payload's
 * jobs queue retries with exponential backoff. A URL that leads to a private address is never
 * contacted (postWebhook.ts). Every attempt is logged for admins.
 */
async function deliver(
  payload: Payload,
  input: Input,
  attempt: number,
  timeoutMs: number,
): Promise<Output> {
  const partner = await payload.findByID({
    collection: 'partners',
    id: input.partnerId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const url = partner?.webhook?.url
  if (!partner || partner.status !== 'active' || !url) {
    return { status: 0, skipped: 'partner gone, suspended or without a webhook URL' }
  }
  const event = (await payload.findByID({
    collection: 'syndication-events',
    id: input.eventId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as ChangeEvent | null
  if (!event) return { status: 0, skipped: 'event gone' }

  const now = new Date()
  const publicEvent = toPublicEvent(
    event,
    `${serverUrl()}/syndication/v1`,
    partnerLocaleScope(payload.config, partner.scopes?.locales),
  )
  const body = JSON.stringify(webhookBody(publicEvent, now))
  const webhookId = `msg_${event.sequence}_${partner.id}`
  const started = Date.now()
  const record = {
    partner: partner.id,
    event: event.id,
    webhookId,
    eventType: JSON.parse(body).type,
    url,
    attempt,
  }
  const failure = {
    partner: partner.id,
    event: event.sequence,
    eventType: record.eventType,
    attempt,
  }
  try {
    const signature = new Webhook(partner.webhook?.secret ?? '').sign(webhookId, now, body)
    const status = await postWebhook({
      url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'clinic-content-hub-webhooks/1',
        'webhook-id': webhookId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      timeoutMs,
    })
    const durationMs = Date.now() - started
    const delivered = status >= 200 && status < 300
    await logAttempt(payload, {
      ...record,
      outcome: delivered ? 'delivered' : 'failed',
      responseStatus: status,
      durationMs,
      ...(delivered ? {} : { error: `The receiver answered ${status}.` }),
    })
    if (!delivered) {
      const cause = `The receiver answered ${status}.`
      warnFailedAttempt(payload, { ...failure, status, cause })
      throw new WebhookAttemptFailed(cause)
    }
    return { status, skipped: '' }
  } catch (error) {
    if (error instanceof WebhookAttemptFailed) throw error
    const message = (error as Error).message
    if (error instanceof WebhookTargetRefused) {
      // Retrying cannot help: the admin must change the partner's webhook URL.
      await logAttempt(payload, { ...record, outcome: 'failed', error: message, durationMs: 0 })
      warnFailedAttempt(payload, { ...failure, cause: `${message} Not retried.` })
      return { status: 0, skipped: message }
    }
    await logAttempt(payload, {
      ...record,
      outcome: 'failed',
      error: message.slice(0, 500),
      durationMs: Date.now() - started,
    })
    warnFailedAttempt(payload, { ...failure, cause: message.slice(0, 200) })
    throw new WebhookAttemptFailed(message)
  }
}

/** How long a receiver may take to answer, and the first retry's delay (doubling after it). */
export type WebhookTiming = { timeoutMs: number; backoffMs: number }

export const deliverPartnerWebhookTask = ({
  timeoutMs,
  backoffMs,
}: WebhookTiming): TaskConfig<{ input: Input; output: Output }> => ({
  slug: webhookTask,
  label: 'Deliver a change to a partner’s webhook',
  inputSchema: [
    { name: 'partnerId', type: 'text', required: true },
    { name: 'eventId', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'number' },
    { name: 'skipped', type: 'text' },
  ],
  retries: {
    attempts: webhookAttempts,
    backoff: {
      type: 'exponential',
      delay: backoffMs,
    },
  },
  handler: async ({ input, job, req }) => {
    try {
      return { output: await deliver(req.payload, input, (job.totalTried ?? 0) + 1, timeoutMs) }
    } catch (error) {
      // The jobs runner is silent about task errors (plugin.ts); anything but a failed attempt,
      // already logged, is a fault of ours and is logged here as one.
      if (!(error instanceof WebhookAttemptFailed)) {
        req.payload.logger.error({ err: error, ...input }, 'partner webhook delivery failed')
      }
      throw error
    }
  },
})
