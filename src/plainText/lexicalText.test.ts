import { describe, expect, test } from 'vitest'

import { heading, richText } from '../seed/lexical'
import { lexicalText } from './lexicalText'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const item = (...children: object[]) => ({ type: 'listitem', children })
const list = (...items: object[]) => ({ type: 'list', children: items })
const root = (...children: object[]) => ({ root: { type: 'root', children } })

describe('lexicalText', () => {
  test.each([
    ['paragraphs, one a line', richText('Rest.', 'Use ice.'), 'Rest.\nUse ice.'],
    ['a heading as its own block', richText(heading('Aftercare'), 'Rest.'), 'Aftercare\nRest.'],
    [
      'inline runs kept together',
      root(paragraph(text('Yes, '), text('it is safe.'))),
      'Yes, it is safe.',
    ],
    [
      'a link’s words in their sentence',
      root(paragraph(text('See '), { type: 'link', children: [text('the label')] }, text('.'))),
      'See the label.',
    ],
    ['list items as blocks', root(list(item(text('One')), item(text('Two')))), 'One\nTwo'],
    [
      'a nested list after its item',
      root(list(item(text('One'), list(item(text('One a')))), item(text('Two')))),
      'One\nOne a\nTwo',
    ],
    [
      'a line break as a new line, not glued words',
      root(paragraph(text('Line one'), { type: 'linebreak' }, text('line two'))),
      'Line one\nline two',
    ],
    ['a quote as a block', root({ type: 'quote', children: [text('Said.')] }), 'Said.'],
    ['empty paragraphs dropped', root(paragraph(), paragraph(text('  Kept  '))), 'Kept'],
    [
      'text outside any block, in order',
      root(text('Loose'), paragraph(text('Block'))),
      'Loose\nBlock',
    ],
    [
      'an upload node with no words',
      root({ type: 'upload', value: 3 }, paragraph(text('Hi'))),
      'Hi',
    ],
  ])('should read %s', (_name, value, expected) => {
    expect(lexicalText(value)).toBe(expected)
  })

  test('should separate blocks with a blank line when asked', () => {
    expect(lexicalText(richText('Yes.', 'Ask us.'), { blockSeparator: '\n\n' })).toBe(
      'Yes.\n\nAsk us.',
    )
  })

  test.each([null, undefined, '', 'plain text', 42, {}, { root: null }, { root: {} }])(
    'should read %j as empty text',
    (value) => {
      expect(lexicalText(value)).toBe('')
    },
  )
})
