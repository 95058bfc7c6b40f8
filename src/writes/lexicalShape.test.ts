import { describe, expect, test } from 'vitest'

import { richText } from '../seed/lexical'
import { lexicalShapeProblem } from './lexicalShape'

const withRootChildren = (children: unknown) => ({ root: { type: 'root', children } })
const paragraph = (children: unknown) => withRootChildren([{ type: 'paragraph', children }])

describe('lexicalShapeProblem', () => {
  test('should accept what the seed writes', () => {
    expect(lexicalShapeProblem(richText('First.\n\nSecond.'))).toBeNull()
  })

  test('should accept an empty document and nodes without children', () => {
    expect(lexicalShapeProblem(withRootChildren([]))).toBeNull()
    expect(lexicalShapeProblem(withRootChildren([{ type: 'horizontalrule' }]))).toBeNull()
  })

  test.each([
    ['a string', 'text', /object with a "root"/],
    ['no root', {}, /object with a "root"/],
    ['a root of another type', { root: { type: 'paragraph', children: [] } }, /must be "root"/],
    ['a root without children', { root: { type: 'root' } }, /root: needs "children"/],
    ['children that are text', withRootChildren('x'), /root\.children: must be a list/],
    ['a null child', withRootChildren([null]), /root\.children\[0\]: must be a node/],
    ['a text child', withRootChildren(['x']), /root\.children\[0\]: must be a node/],
    ['a node without a type', withRootChildren([{ children: [] }]), /needs a "type"/],
    ['children that are an object', paragraph({}), /children\[0\]\.children: must be a list/],
    ['text that is a number', paragraph([{ type: 'text', text: 42 }]), /\.text: a text node/],
  ])('should refuse %s, naming where', (_name, value, message) => {
    expect(lexicalShapeProblem(value)).toMatch(message)
  })

  test('should refuse a node type the editor does not have, and accept the ones it has', () => {
    const allowed = new Set(['root', 'paragraph', 'text', 'heading'])
    const heading = withRootChildren([{ type: 'heading', children: [] }])
    expect(lexicalShapeProblem(heading, allowed)).toBeNull()
    expect(lexicalShapeProblem(paragraph([{ type: 'script', text: 'x' }]), allowed)).toMatch(
      /root\.children\[0\]\.children\[0\]: this editor has no "script" node/,
    )
  })

  test('should refuse nodes nested past the guard instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' }
    for (let level = 0; level < 150; level++) node = { type: 'paragraph', children: [node] }
    expect(lexicalShapeProblem(withRootChildren([node]))).toMatch(/nest more than 100/)
  })
})
