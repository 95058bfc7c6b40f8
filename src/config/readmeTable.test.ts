import fs from 'node:fs'
import { describe, expect, test } from 'vitest'

import { serverVariables, toolingVariables, variableDefaults, type VariableName } from './variables'

/** The rows of README.md's "Configuration" table: variable name and default cell. */
function readmeRows(): Map<string, string> {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? ''
  const rows = new Map<string, string>()
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const name = /^`([A-Z0-9_]+)`$/.exec(cells[1] ?? '')?.[1]
    if (name) rows.set(name, cells[2])
  }
  return rows
}

const moduleVariables = [
  ...Object.keys(serverVariables.shape),
  ...Object.keys(toolingVariables.shape),
] as VariableName[]

describe('README configuration table', () => {
  const rows = readmeRows()

  test('should list every variable the configuration module reads', () => {
    expect(moduleVariables.filter((name) => !rows.has(name))).toEqual([])
  })

  test('should list no variable the configuration module does not read', () => {
    expect(
      [...rows.keys()].filter((name) => !moduleVariables.includes(name as VariableName)),
    ).toEqual([])
  })

  test.each(Object.entries(variableDefaults))(
    'should give %s the default the module uses',
    (name, value) => {
      // A default shown as code must be the module's; one described in words is not compared.
      const shown = /^`([^`]*)`$/.exec(rows.get(name) ?? '')?.[1]
      expect(shown ?? '(described in words)').toBe(
        name === 'SYNDICATION_LICENCE_TERMS' ? '(described in words)' : value,
      )
    },
  )
})
