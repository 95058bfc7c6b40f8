import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { permissionOf, publishingActions, publishingRules, rulesTableRows } from './publishingRules'

describe('publishingRules', () => {
  test('should have exactly one row per action', () => {
    expect(publishingRules.map((rule) => rule.action)).toEqual([...publishingActions])
  })

  test.each(publishingRules.filter((rule) => rule.editor !== 'yes'))(
    'should refuse $action with a message that says who may do it',
    (rule) => {
      expect(rule.refusal).toMatch(/reviewer or an admin|No one/)
    },
  )

  test('should give the strongest permission among several roles', () => {
    expect(permissionOf(['editor'], 'restore-version')).toBe('as-draft')
    expect(permissionOf(['editor', 'reviewer'], 'restore-version')).toBe('yes')
    expect(permissionOf([], 'save-draft')).toBe('no')
    expect(permissionOf(['admin'], 'delete-media-in-use')).toBe('no')
  })

  test('should be written out in docs/editors.md, row for row', () => {
    const docs = fs.readFileSync(path.resolve(process.cwd(), 'docs/editors.md'), 'utf8')
    const documented = docs
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
    for (const row of rulesTableRows()) expect(documented).toContainEqual(row)
  })
})
