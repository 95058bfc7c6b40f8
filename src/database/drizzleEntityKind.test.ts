/**
 * Our patch to drizzle-orm (patches/drizzle-orm+*.patch): `is(value, Type)`, called thousands of
 * times while a query is built, remembers per class whether it is of a kind instead of walking the
 * class chain every time. Fails if the patch is no longer applied or if it changes an answer.
 */
import { entityKind, is, SQL, sql } from 'drizzle-orm'
import { integer, SQLiteColumn, sqliteTable, SQLiteTable, text } from 'drizzle-orm/sqlite-core'
import { describe, expect, test } from 'vitest'

describe("drizzle's is() remembers each class's kinds (patched drizzle-orm)", () => {
  test('should answer as drizzle does for its own entities', () => {
    const notes = sqliteTable('notes', { id: integer('id').primaryKey(), title: text('title') })

    expect(is(notes, SQLiteTable)).toBe(true)
    expect(is(notes.title, SQLiteColumn)).toBe(true)
    expect(is(sql`select 1`, SQL)).toBe(true)
    expect(is(notes.title, SQL)).toBe(false)
    expect(is({ title: 'not an entity' }, SQL)).toBe(false)
    expect(is(null, SQL)).toBe(false)
  })

  test('should walk a class chain once, also when the value is from another copy of a class', () => {
    // Two copies of one entity (as when a package is installed twice): instanceof fails, the kind
    // matches. The getter counts how often the chain is walked.
    let walks = 0
    class Base {
      static readonly [entityKind] = 'TestBase'
    }
    class OtherCopyOfBase {
      static get [entityKind]() {
        walks += 1
        return 'TestBase'
      }
    }
    class Unrelated {
      static readonly [entityKind] = 'TestUnrelated'
    }

    const answers = Array.from({ length: 5 }, () => is(new OtherCopyOfBase(), Base))
    expect(answers).toEqual([true, true, true, true, true])
    expect(walks).toBe(1)
    expect(is(new Unrelated(), Base)).toBe(false)
    expect(is(new Unrelated(), Base)).toBe(false)
  })
})
