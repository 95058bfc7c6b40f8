import { describe, expect, test } from 'vitest'

import { emptyTransportAnswer } from './emptyTransportAnswer'

describe('emptyTransportAnswer', () => {
  test.each([
    [405, /GET .* and POST/],
    [406, /accept one of them/],
    [415, /Content-Type: application\/json/],
  ])('should give a %i a GraphQL error saying what to send', (status, message) => {
    const answer = JSON.parse(emptyTransportAnswer(status)!)
    expect(answer.errors).toEqual([{ message: expect.stringMatching(message) }])
  })

  test('should leave other statuses as they are', () => {
    expect(emptyTransportAnswer(200)).toBeUndefined()
    expect(emptyTransportAnswer(500)).toBeUndefined()
  })
})
