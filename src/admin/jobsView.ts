import type { Config } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { hasRole } from '../access/roles'

type JobsConfig = NonNullable<Config['jobs']>

/**
 * Payload's jobs queue (scheduled publishes, partner webhook deliveries, mail) as a read-only list
 * for admins: state, attempts, next run and last error. Payload refuses every read of it by
 * default, even to admins; nobody may create, change or delete jobs here.
 */
export const withAdminJobsView = (jobs: JobsConfig): JobsConfig => ({
  ...jobs,
  jobsCollectionOverrides: (args) => {
    const collection = jobs.jobsCollectionOverrides?.(args) ?? args.defaultJobsCollection
    return {
      ...collection,
      labels: { singular: 'Background job', plural: 'Background jobs' },
      access: { ...collection.access, read: isAdmin },
      admin: {
        ...collection.admin,
        group: 'System',
        hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
        defaultColumns: [
          'taskSlug',
          'queue',
          'processing',
          'totalTried',
          'waitUntil',
          'hasError',
          'error',
          'completedAt',
        ],
        description:
          'Read-only. Scheduled publishes and partner webhook deliveries: "Total tried" counts attempts, "Wait until" is the next run, "Error" the last failure.',
      },
    }
  },
})
