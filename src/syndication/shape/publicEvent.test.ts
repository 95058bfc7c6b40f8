import { describe, expect, test } from 'vitest'

import { decodeChangesCursor } from './cursor'
import type { ChangeEvent } from './changeDecision'
import { toPublicEvent, webhookBody } from './publicEvent'

const stored = (kind: ChangeEvent['kind']): ChangeEvent => ({
  id: 'event-7',
  sequence: 7,
  kind,
  documentCollection: 'conditions',
  documentId: '42',
  slug: 'tmj-disorder',
  title: 'TMJ Disorder',
  version: 2,
  contentHashes: { en: 'sha256-x' },
  occurredAt: '2026-05-01T10:00:00.000Z',
})

describe('toPublicEvent', () => {
  test.each([
    ['created', false, 'https://cms.test/syndication/v1/conditions/tmj-disorder'],
    ['updated', false, 'https://cms.test/syndication/v1/conditions/tmj-disorder'],
    ['unpublished', true, null],
    ['deleted', true, null],
  ] as const)('should present a %s event', (kind, tombstone, apiUrl) => {
    const event = toPublicEvent(stored(kind), 'https://cms.test/syndication/v1')
    expect(event).toMatchObject({
      kind,
      tombstone,
      withdrawn: tombstone,
      apiUrl,
      type: 'condition',
    })
    expect(event.contentHashes).toEqual(tombstone ? null : { en: 'sha256-x' })
    expect(decodeChangesCursor(event.cursor)).toBe(7)
  })
})

describe('toPublicEvent for a partner scoped to some locales', () => {
  const scope = (locales: string[]) => ({ locales, titleLocale: 'en' })
  const bilingual: ChangeEvent = {
    ...stored('updated'),
    titles: { en: 'TMJ Disorder', es: 'Trastorno de la ATM' },
    contentHashes: { en: 'sha256-en', es: 'sha256-es' },
  }

  test.each([
    [['es'], 'Trastorno de la ATM', { es: 'sha256-es' }],
    [['en'], 'TMJ Disorder', { en: 'sha256-en' }],
    [['es', 'en'], 'Trastorno de la ATM', { en: 'sha256-en', es: 'sha256-es' }],
    [[], null, {}],
  ])('should show locales %j the title %j and only their hashes', (locales, title, hashes) => {
    const event = toPublicEvent(bilingual, 'https://x', scope(locales))
    expect(event.title).toBe(title)
    expect(event.contentHashes).toEqual(hashes)
  })

  test('should not show the English-only title of an older event to a Spanish-only partner', () => {
    expect(toPublicEvent(stored('created'), 'https://x', scope(['es'])).title).toBeNull()
    expect(toPublicEvent(stored('created'), 'https://x', scope(['en'])).title).toBe('TMJ Disorder')
  })
})

describe('webhookBody', () => {
  test.each([
    ['created', 'content.published', 'refresh'],
    ['updated', 'content.updated', 'refresh'],
    ['unpublished', 'content.unpublished', 'take-down'],
    ['deleted', 'content.deleted', 'take-down'],
  ] as const)('should name a %s event %s and ask for %s', (kind, type, action) => {
    const body = webhookBody(toPublicEvent(stored(kind), 'https://x'), new Date(0))
    expect(body).toMatchObject({ type, timestamp: '1970-01-01T00:00:00.000Z', data: { action } })
  })
})
