import type { Config } from 'payload'

/**
 * Runs Payload's default jobs queue, where the admin's "Schedule publish" and "Schedule unpublish"
 * put their jobs, on `cron` (SCHEDULED_PUBLISH_CRON: once a minute, the precision of the schedule
 * picker). Other features add their own queues to `jobs.autoRun` beside this one.
 */
export const scheduledPublishJobs = (cron: string): NonNullable<Config['jobs']> => ({
  autoRun: [{ cron, queue: 'default', limit: 10 }],
})
