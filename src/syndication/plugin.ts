import type { CollectionConfig, Config, Plugin } from 'payload'

import { PartnerKeys } from './collections/PartnerKeys'
import { Partners } from './collections/Partners'
import { SyndicationEvents } from './collections/SyndicationEvents'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { hasRunnableJobs } from '../jobs/hasRunnableJobs'
import { isSyndicatedCollection } from './shape/syndicatedCollections'
import { deliverPartnerWebhookTask } from './services/deliverWebhook'
import { recordSyndicationChange, recordSyndicationDeletion } from './services/hooks'
import { webhookQueue } from './services/webhookQueue'

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
 * so the content collections' own files do not need to know about partners.
 */
export const syndicationPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    const shouldAutoRun = jobs.shouldAutoRun
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withChangeHooks),
        Partners,
        PartnerKeys,
        SyndicationEvents,
        WebhookDeliveries,
      ],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), deliverPartnerWebhookTask as never],
        autoRun: [
          ...autoRun,
          { cron: process.env.SYNDICATION_JOBS_CRON || '* * * * * *', queue: webhookQueue },
        ],
        shouldAutoRun: async (payload) =>
          (shouldAutoRun ? await shouldAutoRun(payload) : true) && hasRunnableJobs(payload),
      },
    }
  }
