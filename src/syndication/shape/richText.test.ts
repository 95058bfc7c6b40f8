import { describe, expect, test } from 'vitest'

import { heading, richText } from '../../seed/lexical'
import { sanitizeEmbeddable, toSyndicatedRichText } from './richText'

describe('toSyndicatedRichText', () => {
  test('should render paragraphs and headings as HTML and text', () => {
    const value = richText(heading('Aftercare'), 'Rest & relax.', 'Use an ice pack.')
    const rendered = toSyndicatedRichText(value)
    expect(rendered?.html).toContain('<h2>Aftercare</h2>')
    expect(rendered?.html).toContain('<p>Rest &amp; relax.</p>')
    expect(rendered?.text).toBe('Aftercare\nRest & relax.\nUse an ice pack.')
  })

  test.each([null, undefined, '', 'plain text', { notRoot: true }])(
    'should answer null for a value that is not rich text: %s',
    (value) => {
      expect(toSyndicatedRichText(value)).toBeNull()
    },
  )
})

describe('sanitizeEmbeddable', () => {
  test.each([
    ['a script', '<p>Hi</p><script>alert(1)</script>', '<p>Hi</p>'],
    ['an event handler', '<p onclick="x()">Hi</p>', '<p>Hi</p>'],
    [
      'a javascript link',
      '<a href="javascript:alert(1)">x</a>',
      '<a rel="noopener nofollow">x</a>',
    ],
    [
      'a normal link',
      '<a href="https://example.org">x</a>',
      '<a href="https://example.org" rel="noopener nofollow">x</a>',
    ],
    ['an iframe', '<iframe src="https://evil.test"></iframe><p>ok</p>', '<p>ok</p>'],
    ['a style attribute', '<p style="color:red">ok</p>', '<p>ok</p>'],
  ])('should make %s safe to embed', (_name, html, expected) => {
    expect(sanitizeEmbeddable(html)).toBe(expected)
  })
})
