import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'

export const ClinicSettings: GlobalConfig = {
  slug: 'clinic-settings',
  label: 'Clinic settings',
  access: { read: anyone, update: isAdmin },
  admin: { description: 'Who publishes this content, and what every channel must show with it.' },
  fields: [
    { name: 'clinicName', type: 'text', required: true },
    {
      name: 'siteUrl',
      label: 'Canonical site URL',
      type: 'text',
      required: true,
      validate: (value: unknown) => {
        if (typeof value !== 'string') return 'The site URL is required.'
        try {
          const url = new URL(value)
          return url.protocol === 'https:' || url.protocol === 'http:'
            ? true
            : 'The site URL must start with https:// or http://.'
        } catch {
          return 'The site URL must be a full address, e.g. https://clinic.example.'
        }
      },
      admin: { description: 'The public website that canonical links point to.' },
    },
    {
      name: 'medicalDisclaimer',
      type: 'textarea',
      required: true,
      // Each language's pages show it in their language; until a translation is written, the
      // English text is shown (and marked as English on the website).
      localized: true,
      admin: { description: 'Shown with every treatment page on every channel.' },
    },
    {
      name: 'attributionText',
      type: 'textarea',
      required: true,
      admin: { description: 'What partner clinics must show when they republish this content.' },
    },
  ],
}
