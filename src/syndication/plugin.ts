import type { CollectionConfig, Config, Plugin } from 'payload'

import { withPartnerAccessInvalidation } from '../cache/invalidation'
import { configuration } from '../config'
import { hasRunnableJobs } from '../jobs/hasRunnableJobs'
import { PartnerKeys } from './collections/PartnerKeys'
import { Partners } from './collections/Partners'
import { SyndicationEvents } from './collections/SyndicationEvents'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { deliverPartnerWebhookTask, type WebhookTiming } from './services/deliverWebhook'
import { recordSyndicationChange, recordSyndicationDeletion } from './services/hooks'
import { webhookQueue } from './services/webhookQueue'
import { isSyndicatedCollection } from './shape/syndicatedCollections'

export type SyndicationPluginOptions = {
  /** How often the jobs runner looks for webhooks to send (cron with seconds). */
  jobsCron: string
  webhooks: WebhookTiming
}

/** The deployment's SYNDICATION_JOBS_CRON and SYNDICATION_WEBHOOK_*, read as the config is built. */
const configuredOptions = (): SyndicationPluginOptions => {
  const { jobs, syndication } = configuration()
  return {
    jobsCron: jobs.syndicationCron,
    webhooks: { timeoutMs: syndication.webhookTimeoutMs, backoffMs: syndication.webhookBackoffMs },
  }
}

function withChangeHooks(collection: CollectionConfig): CollectionConfig {
  if (!isSyndicatedCollection(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), recordSyndicationChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordSyndicationDeletion],
    },
  }
}

/**
 * Partner syndication: the partner, key, change-log and delivery-log collections, change hooks on
 * the treatment-content collections, and the webhook delivery task with its jobs runner. A plugin,
 * so the content collections' own files do not need to know about partners. The partner API
 * itself (src/syndication/http) is mounted by Express at /syndication.
 */
export const syndicationPlugin =
  (options: SyndicationPluginOptions = configuredOptions()): Plugin =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    const shouldAutoRun = jobs.shouldAutoRun
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withChangeHooks),
        // A revoke or suspend reaches the in-memory key index at once (src/cache/partnerKeyIndex).
        withPartnerAccessInvalidation(Partners),
        withPartnerAccessInvalidation(PartnerKeys),
        SyndicationEvents,
        WebhookDeliveries,
      ],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), deliverPartnerWebhookTask(options.webhooks) as never],
        // Silent about task errors: each failed delivery attempt is logged by the task itself as one
        // warn line (services/deliverWebhook.ts), not as an error with the whole job. No schedules
        // live on this queue, so its every-second tick skips Payload's schedule check (a read of
        // the jobs-stats global): an idle tick costs one count of due jobs (hasRunnableJobs).
        autoRun: [
          ...autoRun,
          {
            cron: options.jobsCron,
            queue: webhookQueue,
            silent: { error: true },
            disableScheduling: true,
          },
        ],
        shouldAutoRun: async (payload) =>
          (shouldAutoRun ? await shouldAutoRun(payload) : true) && hasRunnableJobs(payload),
      },
    }
  }
