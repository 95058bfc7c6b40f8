import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'

export const notificationLogSlug = 'notification-log'

/**
 * One row per notification mail sent: its key (kind, document, state) is unique, so a mail is sent
 * at most once per document and state, across restarts and server processes (sendOnce.ts).
 */
export const NotificationLog: CollectionConfig = {
  slug: notificationLogSlug,
  labels: { singular: 'Sent notification', plural: 'Sent notifications' },
  admin: {
    group: 'System',
    useAsTitle: 'key',
    defaultColumns: ['key', 'subject', 'recipients', 'createdAt'],
    description: 'Review notification mails already sent, so none goes out twice.',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'subject', type: 'text' },
    { name: 'recipients', type: 'text' },
  ],
}
