import { describe, expect, test } from 'vitest'

import { peerMessage, processToken, readPeerMessage } from './peerChannel'

describe('peer messages', () => {
  test('should carry the tags a change names, and who sent it', () => {
    expect(readPeerMessage(peerMessage(['conditions:a', 'conditions:*']))).toEqual({
      from: processToken(),
      tags: ['conditions:a', 'conditions:*'],
    })
  })

  test('should say "everything" with the bare token, as servers before tags did', () => {
    expect(peerMessage()).toBe(processToken())
    expect(readPeerMessage('3f0c-older-server-token')).toEqual({ from: '3f0c-older-server-token' })
  })

  test('should say "everything" when the tags would not fit in a PostgreSQL NOTIFY', () => {
    const many = Array.from({ length: 400 }, (_, index) => `conditions:${index}-${'x'.repeat(20)}`)
    expect(readPeerMessage(peerMessage(many))).toEqual({ from: processToken() })
  })

  test('should read a malformed message as a change of everything', () => {
    expect(readPeerMessage('{not json').tags).toBeUndefined()
    expect(readPeerMessage('{"from":"x","tags":[1]}').tags).toBeUndefined()
  })
})
