import type { Config, Plugin } from 'payload'

import { syndicatedCollections } from '../syndication/collections'
import { NotificationLog } from './notificationLog'
import { queueInReviewMail } from './queueInReviewMail'
import { notificationQueue, notifyInReviewTask, reviewDigestTask } from './reviewTasks'

/**
 * Review notifications: a mail to reviewers when a document goes "In review", and a daily digest of
 * reviews due. Adds the sent-notifications log, the two tasks, an afterChange hook on the treatment
 * collections, and runs the notifications queue every minute beside the other queues.
 */
export const reviewNotifications =
  (): Plugin =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    return {
      ...config,
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
        tasks: [...(jobs.tasks ?? []), notifyInReviewTask, reviewDigestTask],
        autoRun: Array.isArray(jobs.autoRun)
          ? [...autoRun, { cron: '* * * * *', queue: notificationQueue, limit: 10 }]
          : jobs.autoRun,
      },
    }
  }
