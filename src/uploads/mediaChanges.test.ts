import { describe, expect, test } from 'vitest'

import { visibleMediaChanges } from './mediaChanges'

const stored = { alt: 'Injection points', caption: null, focalX: 50, focalY: 50 }
const update = (over: Partial<Parameters<typeof visibleMediaChanges>[0]>) =>
  visibleMediaChanges({ stored, data: {}, hasFile: false, uploadEdits: undefined, ...over })

describe('visibleMediaChanges', () => {
  test('should find nothing when the admin resends the form unchanged', () => {
    expect(
      update({ data: { alt: 'Injection points', caption: null, focalX: 50, focalY: 50 } }),
    ).toEqual([])
  })

  test('should name each change readers would see', () => {
    expect(update({ hasFile: true })).toEqual(['file'])
    expect(update({ data: { alt: 'Something else' } })).toEqual(['alternative text'])
    expect(update({ data: { caption: 'A caption' } })).toEqual(['caption'])
    expect(update({ data: { focalX: 20 } })).toEqual(['focal point'])
    expect(update({ uploadEdits: { crop: { x: 0, y: 0, width: 10, height: 10 } } })).toEqual([
      'crop',
    ])
    expect(update({ uploadEdits: { focalPoint: { x: 50, y: 80 } } })).toEqual(['focal point'])
  })
})
