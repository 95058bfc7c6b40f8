import { describe, expect, test } from 'vitest'

import { stableAliases } from './stableAliases'

const first = '"10bbad45_4a0b_4b90_9354_4cb6ee5937e9"'
const second = '"af638c38_0a4b_446e_8b91_19c742745501"'
const third = '"9e04f335_161e_438e_bd63_312dd511dbe9"'

describe('stableAliases', () => {
  test('should name random aliases by order of first appearance, keeping every use', () => {
    const sql = `select ${first}."path" from "conditions_rels" ${first} join "procedures" ${second} on (${second}."id" = ${first}."parent_id")`
    expect(stableAliases(sql)).toBe(
      'select "alias_0"."path" from "conditions_rels" "alias_0" join "procedures" "alias_1" on ("alias_1"."id" = "alias_0"."parent_id")',
    )
  })

  test('should give the same read the same text whatever aliases it drew', () => {
    const read = (a: string, b: string) => `select ${a}."id" from "faqs" ${a} where ${b}."id" = ?`
    expect(stableAliases(read(first, second))).toBe(stableAliases(read(third, first)))
  })

  test('should leave statements without random aliases as they are', () => {
    const sql = `select "id", "slug" from "conditions" where "id" = ? and "slug" = '10bbad45-4a0b-4b90-9354-4cb6ee5937e9'`
    expect(stableAliases(sql)).toBe(sql)
  })
})
