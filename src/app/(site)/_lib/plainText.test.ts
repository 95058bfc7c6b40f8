import { describe, expect, test } from 'vitest'

import { plainText } from './plainText'

const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text })),
})

describe('plainText', () => {
  test('should join paragraphs with a blank line and keep inline runs together', () => {
    const state = { root: { children: [paragraph('Yes, ', 'it is safe.'), paragraph('Ask us.')] } }
    expect(plainText(state)).toBe('Yes, it is safe.\n\nAsk us.')
  })

  test('should read list items as their own blocks', () => {
    const state = {
      root: {
        children: [
          {
            type: 'list',
            children: [paragraph('One'), { type: 'listitem', children: [{ text: 'Two' }] }],
          },
        ],
      },
    }
    expect(plainText(state)).toBe('One\n\nTwo')
  })

  test.each([null, undefined, {}, { root: {} }])('should read %j as empty text', (state) => {
    expect(plainText(state as never)).toBe('')
  })
})
