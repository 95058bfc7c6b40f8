import type { Payload } from 'payload'

import { notificationLogSlug } from './notificationLog'

export type Mail = { to: string[]; subject: string; text: string }

const log = notificationLogSlug

/**
 * Takes a key in notification-log (a unique column): true when this call took it, false when it was
 * taken before, here or by another server process.
 */
export async function reserve(payload: Payload, key: string, subject: string): Promise<boolean> {
  const taken = await payload.count({
    collection: log,
    where: { key: { equals: key } },
    overrideAccess: true,
  })
  if (taken.totalDocs > 0) return false
  try {
    await payload.create({
      collection: log,
      data: { key, subject },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    // Another process took the same key between the count and the create.
    if ((error as { name?: string }).name === 'ValidationError') return false
    throw error
  }
}

/** Gives keys back after a mail could not be sent, so the job's retry sends it. */
export async function release(payload: Payload, keys: string[]): Promise<void> {
  await payload.delete({ collection: log, where: { key: { in: keys } }, overrideAccess: true })
}

/**
 * Sends `mail` for the keys this call could reserve (see reserve); `compose` builds it from them.
 * Keys already taken are left out; nothing is sent when none is left.
 */
export async function sendForNewKeys<T extends { key: string }>(
  payload: Payload,
  items: T[],
  compose: (fresh: T[]) => Mail,
): Promise<T[]> {
  const fresh: T[] = []
  for (const item of items) {
    if (await reserve(payload, item.key, 'reserved')) fresh.push(item)
  }
  if (fresh.length === 0) return []
  const mail = compose(fresh)
  if (mail.to.length === 0) {
    await release(
      payload,
      fresh.map(({ key }) => key),
    )
    return []
  }
  try {
    await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text })
  } catch (error) {
    await release(
      payload,
      fresh.map(({ key }) => key),
    )
    throw error
  }
  await payload.update({
    collection: log,
    where: { key: { in: fresh.map(({ key }) => key) } },
    data: { subject: mail.subject, recipients: mail.to.join(', ') },
    overrideAccess: true,
  })
  return fresh
}
