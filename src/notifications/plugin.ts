import type { Config, Payload, Plugin } from 'payload'

import { isAdmin } from '../access/isAdmin'

import { syndicatedCollections } from '../syndication/shape/syndicatedCollections'
import { NotificationLog } from './notificationLog'
import { queueInReviewMail } from './queueInReviewMail'
import { notificationQueue, notifyInReviewTask, reviewDigestTask } from './reviewTasks'

/**
 * Review notifications: a mail to reviewers when a document goes "In review", and a daily digest of
 * reviews due. Adds the sent-notifications log, the two tasks, an afterChange hook on the treatment
 * collections, and runs the notifications queue every minute beside the other queues.
 */
/**
 * A scheduled task makes Payload add the `payload-jobs-stats` global (its scheduler's bookkeeping)
 * with default access: any signed-in user could overwrite it over REST or GraphQL (the fuzz test
 * did). Payload adds it after plugins run and writes it through the database adapter, so its API
 * access is closed here, once the config is final: admins may read it, nobody may write it.
 */
function closeJobStatsGlobal(payload: Payload): void {
  const global = payload.config.globals.find(({ slug }) => slug === 'payload-jobs-stats')
  if (!global) return
  global.access = {
    ...global.access,
    read: isAdmin,
    update: () => false,
    readVersions: () => false,
  }
}

export const reviewNotifications =
  ({ digestCron }: { digestCron: string }): Plugin =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    return {
      ...config,
      onInit: async (payload) => {
        closeJobStatsGlobal(payload)
        await config.onInit?.(payload)
      },
      collections: [
        ...(config.collections ?? []).map((collection) =>
          (syndicatedCollections as readonly string[]).includes(collection.slug)
            ? {
                ...collection,
                hooks: {
                  ...collection.hooks,
                  afterChange: [...(collection.hooks?.afterChange ?? []), queueInReviewMail],
                },
              }
            : collection,
        ),
        NotificationLog,
      ],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), notifyInReviewTask, reviewDigestTask(digestCron)],
        autoRun: Array.isArray(jobs.autoRun)
          ? [...autoRun, { cron: '* * * * *', queue: notificationQueue, limit: 10 }]
          : jobs.autoRun,
      },
    }
  }
