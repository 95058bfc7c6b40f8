import { describe, expect, test } from 'vitest'

import { partnerScopeKey } from './partnerScopeKey'

const partner = (scopes: { collections?: string[] | null; locales?: string[] | null } | null) => ({
  id: 'p',
  name: 'Partner',
  status: 'active',
  scopes,
})

describe('partnerScopeKey', () => {
  test('should not depend on the order scopes were listed in', () => {
    expect(
      partnerScopeKey(partner({ collections: ['faqs', 'conditions'], locales: ['es', 'en'] })),
    ).toBe(partnerScopeKey(partner({ collections: ['conditions', 'faqs'], locales: ['en', 'es'] })))
  })

  test('should tell different scopes apart', () => {
    const faqsOnly = partnerScopeKey(partner({ collections: ['faqs'], locales: ['en'] }))
    expect(faqsOnly).not.toBe(
      partnerScopeKey(partner({ collections: ['conditions'], locales: ['en'] })),
    )
    expect(faqsOnly).not.toBe(
      partnerScopeKey(partner({ collections: ['faqs'], locales: ['en', 'es'] })),
    )
    expect(faqsOnly).not.toBe(partnerScopeKey(partner(null)))
  })

  test('should keep partners who include unreviewed content apart from those who do not', () => {
    const scopes = { collections: ['faqs'], locales: ['en'] }
    expect(partnerScopeKey({ ...partner(scopes), includeUnreviewed: true })).not.toBe(
      partnerScopeKey(partner(scopes)),
    )
  })
})
