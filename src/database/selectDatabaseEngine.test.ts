import { describe, expect, test } from 'vitest'

import { defaultDatabaseUrl, selectDatabaseEngine } from './selectDatabaseEngine'

describe('selectDatabaseEngine', () => {
  test.each([
    [undefined, 'sqlite', defaultDatabaseUrl],
    ['', 'sqlite', defaultDatabaseUrl],
    ['file:./x.db', 'sqlite', 'file:./x.db'],
    ['postgres://u:p@localhost/db', 'postgres', 'postgres://u:p@localhost/db'],
    ['postgresql://localhost/db', 'postgres', 'postgresql://localhost/db'],
    ['mongodb://localhost/db', 'mongodb', 'mongodb://localhost/db'],
    ['mongodb+srv://cluster.example/db', 'mongodb', 'mongodb+srv://cluster.example/db'],
  ])('should map %j to %s', (input, engine, url) => {
    expect(selectDatabaseEngine(input)).toEqual({ engine, url })
  })

  test('should refuse an unknown scheme and name the accepted ones, without echoing credentials', () => {
    expect(() => selectDatabaseEngine('mysql://root:secret@localhost/db')).toThrow(
      /file:.*postgres:\/\/.*mongodb:\/\/.*got "mysql:"/,
    )
    expect(() => selectDatabaseEngine('mysql://root:secret@localhost/db')).not.toThrow(/secret/)
  })
})
