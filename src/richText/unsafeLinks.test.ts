import { describe, expect, test } from 'vitest'

import { findUnsafeLinks, isSafeLinkUrl } from './unsafeLinks'

describe('isSafeLinkUrl', () => {
  test.each([
    ['https://clinic.example/faq', true],
    ['http://clinic.example', true],
    ['mailto:desk@clinic.example', true],
    ['tel:+441234567890', true],
    ['/procedures/therapeutic-botox-injection', true],
    ['#aftercare', true],
    ['?locale=es', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
  ])('should judge %j safe: %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe)
  })
})

describe('findUnsafeLinks', () => {
  const body = (url: string) => ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', fields: { url, linkType: 'custom' }, children: [] }],
        },
      ],
    },
  })

  test('should find a javascript: link deep in a document and name where it is', () => {
    expect(findUnsafeLinks({ name: 'TMJ', body: body('javascript:alert(1)') })).toEqual([
      { path: 'body.root.children.0.children.0', url: 'javascript:alert(1)' },
    ])
  })

  test('should find none in ordinary links', () => {
    expect(findUnsafeLinks({ body: body('https://clinic.example') })).toEqual([])
  })
})
