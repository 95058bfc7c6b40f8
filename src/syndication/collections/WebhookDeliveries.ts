import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'

/** One row per webhook attempt, so an admin can see what a partner was sent and what it answered. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  defaultSort: '-createdAt',
  admin: {
    group: 'Syndication',
    useAsTitle: 'webhookId',
    defaultColumns: ['partner', 'eventType', 'attempt', 'outcome', 'responseStatus', 'createdAt'],
    description: 'Every attempt to notify a partner of a change, with the answer it got.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, index: true },
    { name: 'event', type: 'relationship', relationTo: 'syndication-events', required: true },
    { name: 'webhookId', type: 'text', required: true, index: true },
    { name: 'eventType', type: 'text', required: true },
    { name: 'url', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { label: 'Delivered', value: 'delivered' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'responseStatus', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
  ],
}
