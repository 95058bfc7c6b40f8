import { randomBytes } from 'node:crypto'
import type { CollectionConfig, FieldHook } from 'payload'

import { isAdmin } from '../../../access/isAdmin'
import { configuration } from '../../../config'
import { partnerLocales, syndicatedCollections } from '../../shape/syndicatedCollections'
import { validateOrigins, validateWebhookUrl } from '../../shape/origin'
import { defaultRateLimitTier, rateLimitTiers } from '../../shape/rateLimitTiers'
import { issueKeyEndpoint, revokeKeyEndpoint } from './keyEndpoints'

/** A Standard Webhooks secret (`whsec_` + base64), made when the admin leaves the field empty. */
const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`

const fillWebhookSecret: FieldHook = ({ value }) =>
  typeof value === 'string' && value.startsWith('whsec_') ? value : newWebhookSecret()

/** Partner clinics that republish content through the syndication API. Admins only. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner clinic', plural: 'Partner clinics' },
  admin: {
    group: 'Syndication',
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'rateLimitTier', 'updatedAt'],
    description:
      'Clinics that republish this content. Issue each an API key with the button below (or POST /api/partners/{id}/keys); see /syndication/docs for what they get.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [issueKeyEndpoint, revokeKeyEndpoint],
  fields: [
    { name: 'name', label: 'Clinic name', type: 'text', required: true },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [
        { label: 'Active', value: 'active' },
        { label: 'Suspended (every key refused)', value: 'suspended' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'rateLimitTier',
      type: 'select',
      required: true,
      defaultValue: defaultRateLimitTier,
      options: Object.entries(rateLimitTiers).map(([value, limit]) => ({
        label: `${value} (${limit} requests a minute)`,
        value,
      })),
      admin: { position: 'sidebar' },
    },
    {
      // Partners are promised clinically reviewed content; a clinic may choose otherwise.
      name: 'includeUnreviewed',
      label: 'Include content not yet reviewed',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Off: this partner receives only pages a clinician has reviewed. On: also published pages no clinician has reviewed yet (their envelope says reviewStatus "not-reviewed").',
      },
    },
    {
      name: 'scopes',
      type: 'group',
      admin: { description: 'What this partner may read.' },
      fields: [
        {
          name: 'collections',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: [...syndicatedCollections],
          options: syndicatedCollections.map((value) => ({ label: value, value })),
        },
        {
          name: 'locales',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['en'],
          options: partnerLocales.map((value) => ({ label: value, value })),
        },
      ],
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      validate: validateOrigins,
      admin: {
        description:
          'Browser origins allowed to call the API with this partner’s keys (CORS), e.g. https://partner.example. Empty: server-to-server only.',
      },
    },
    {
      name: 'webhook',
      type: 'group',
      admin: {
        description: 'Where to POST signed change notifications. Empty URL: none are sent.',
      },
      fields: [
        {
          name: 'url',
          label: 'Webhook URL',
          type: 'text',
          validate: (value: unknown) =>
            validateWebhookUrl(value, configuration().syndication.webhookAllowPrivateTargets),
        },
        {
          name: 'secret',
          type: 'text',
          hooks: { beforeValidate: [fillWebhookSecret] },
          admin: {
            description:
              'Shared signing secret (Standard Webhooks, whsec_…). Made for you; clear it to make a new one, then send it to the partner.',
          },
        },
      ],
    },
    {
      name: 'issueKey',
      type: 'ui',
      admin: { components: { Field: '/src/syndication/admin/IssuePartnerKey#IssuePartnerKey' } },
    },
    {
      name: 'keys',
      type: 'join',
      collection: 'partner-keys',
      on: 'partner',
      // The API keeps the join; the admin lists keys in the issue-key panel above, which re-reads
      // them after each issue (this table kept showing "No Results" until a reload).
      admin: {
        hidden: true,
        description: 'Keys issued to this partner. The keys themselves are never stored.',
      },
    },
  ],
}
