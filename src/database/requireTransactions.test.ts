import { describe, expect, test } from 'vitest'

import { assertTransactions } from './requireTransactions'

describe('assertTransactions', () => {
  test('should refuse a database whose adapter turned transactions off, saying how to get them', () => {
    expect(() => assertTransactions({ name: 'mongoose', transactionOptions: false })).toThrow(
      /mongoose database has no transactions.*--replSet rs0.*replicaSet=rs0/,
    )
  })

  test('should accept an adapter with transactions (options or none given)', () => {
    expect(() => assertTransactions({ name: 'mongoose', transactionOptions: {} })).not.toThrow()
    expect(() => assertTransactions({ name: 'postgres' })).not.toThrow()
  })
})
