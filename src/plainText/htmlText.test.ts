import { describe, expect, test } from 'vitest'

import { htmlText } from './htmlText'

describe('htmlText', () => {
  test.each([
    [
      'entities decoded, one block a line',
      '<p>A &lt; B &amp; C</p><ul><li>one</li><li>two</li></ul>',
      'A < B & C\none\ntwo',
    ],
    [
      'headings and quotes as blocks',
      '<h2>Aftercare</h2><blockquote>Rest.</blockquote>',
      'Aftercare\nRest.',
    ],
    [
      'a <br> as a line break within its block',
      '<p>Line one<br>line two</p>',
      'Line one\nline two',
    ],
    ['markup whitespace as one space', '<p>\n  Rest\n  well.\n</p>', 'Rest well.'],
    ['scripts and styles dropped', '<style>p{}</style><p>Hi</p><script>alert(1)</script>', 'Hi'],
    ['numeric entities decoded', '<p>It&#8217;s &#x2014; fine&nbsp;now</p>', 'It’s — fine now'],
    ['unknown entities left as written', '<p>&bogus; ok</p>', '&bogus; ok'],
    [
      'a link as its words only by default',
      '<p><a href="https://x.example">label</a></p>',
      'label',
    ],
    ['empty blocks dropped', '<p></p><p> </p><div>Kept</div>', 'Kept'],
    [
      'table rows as blocks',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      'ab\nc',
    ],
  ])('should read %s', (_name, html, expected) => {
    expect(htmlText(html)).toBe(expected)
  })

  test.each([
    [
      'a labelled link with its address',
      '<p><a href="http://localhost:3000/admin/reset/abc">Reset it</a>&nbsp;now</p>',
      'Reset it (http://localhost:3000/admin/reset/abc) now',
    ],
    ['a bare link once', '<a href="https://x.example">https://x.example</a>', 'https://x.example'],
    ['a link around markup', '<a href="y"><strong>Open</strong></a>', 'Open (y)'],
  ])('should keep %s when asked', (_name, html, expected) => {
    expect(htmlText(html, { linkAddresses: true })).toBe(expected)
  })

  test('should separate paragraphs with a blank line when asked', () => {
    expect(htmlText('<p>One.</p><p>Two.</p>', { blockSeparator: '\n\n' })).toBe('One.\n\nTwo.')
  })
})
