import { describe, expect, test } from 'vitest'

import { isLocalHostName, isPublicAddress } from './webhookAddress'

describe('isPublicAddress', () => {
  test.each([
    ['127.0.0.1', false],
    ['127.8.9.10', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['[::1]', false],
    ['::', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:a9fe:a9fe', false],
    ['64:ff9b::a9fe:a9fe', false],
    ['not an address', false],
    ['93.184.215.14', true],
    ['172.32.0.1', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:8.8.8.8', true],
  ])('should say %s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })
})

describe('isLocalHostName', () => {
  test.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['api.localhost', true],
    ['printer.local', true],
    ['metadata.google.internal', true],
    ['partner.example', false],
    ['localhost.partner.example', false],
  ])('should say %s is local: %s', (name, expected) => {
    expect(isLocalHostName(name)).toBe(expected)
  })
})
