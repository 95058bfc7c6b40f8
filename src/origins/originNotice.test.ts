import { describe, expect, test } from 'vitest'

import { originFromHost, originNotice } from './originNotice'

describe('originNotice', () => {
  const allowed = ['https://cms.clinic.example']

  test.each([undefined, 'null', 'https://cms.clinic.example'])(
    'should say nothing for the origin %s',
    (origin) => {
      expect(originNotice(origin, allowed)).toBeNull()
    },
  )

  test('should name both addresses and the fix for another origin', () => {
    const notice = originNotice('http://127.0.0.1:3000', allowed)
    expect(notice).toContain('http://127.0.0.1:3000')
    expect(notice).toContain('https://cms.clinic.example/admin')
    expect(notice).toContain('SERVER_URL')
  })
})

describe('originFromHost', () => {
  test.each([
    ['127.0.0.1:3000', undefined, undefined, 'http://127.0.0.1:3000'],
    ['[::1]:3000', undefined, undefined, 'http://[::1]:3000'],
    ['internal:3000', 'https', 'CMS.clinic.example', 'https://cms.clinic.example'],
    [undefined, undefined, undefined, undefined],
  ])('should turn host %s into its origin', (host, proto, forwarded, expected) => {
    expect(originFromHost(host, proto, forwarded)).toBe(expected)
  })
})
