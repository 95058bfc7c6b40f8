import type { Payload } from 'payload'

/**
 * Whether any queued job is due. The jobs runner opens a write transaction on every tick even when
 * the queue is empty; on SQLite that lock competes with editors' saves every second. Asking first,
 * with a plain read, keeps idle ticks free.
 */
export async function hasRunnableJobs(payload: Payload, now: Date = new Date()): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { not_equals: true } },
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}
