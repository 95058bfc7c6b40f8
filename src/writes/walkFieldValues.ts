import type { Field, FieldAffectingData } from 'payload'
import { fieldAffectsData, tabHasName } from 'payload/shared'

/** One value a write sends for a field that stores data, with its path in the document. */
export type FieldValue = { field: FieldAffectingData; value: unknown; path: string }

type Row = Record<string, unknown>

export const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Calls `visit` for every value `data` holds for a field of `fields` (a sanitized collection's),
 * at any depth: through rows, collapsibles and unnamed tabs at the same level, and into groups,
 * named tabs, array rows and blocks only where their value has the shape to hold fields (the
 * visitor is told about the group, array or blocks value itself first, so it can refuse one that
 * does not). With `localeCodes` (a write with locale=all) a localized field's value is an object
 * with one value per locale, each visited on its own.
 */
export function walkFieldValues(
  fields: Field[],
  data: Row,
  visit: (entry: FieldValue) => void,
  localeCodes?: string[],
  parentPath = '',
): void {
  for (const field of fields) {
    if (!fieldAffectsData(field)) {
      if ('fields' in field) {
        walkFieldValues(field.fields, data, visit, localeCodes, parentPath)
      } else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if (tabHasName(tab)) {
            visitValue({ ...tab, type: 'group' } as FieldAffectingData, data[tab.name])
          } else walkFieldValues(tab.fields, data, visit, localeCodes, parentPath)
        }
      }
      continue
    }
    if (!(field.name in data)) continue
    visitValue(field, data[field.name])
  }

  function visitValue(field: FieldAffectingData, value: unknown) {
    const name = field.name as string // fields that affect data are named
    const path = parentPath ? `${parentPath}.${name}` : name
    if (value === undefined) return
    if (localeCodes && 'localized' in field && field.localized && isRow(value)) {
      for (const code of localeCodes) {
        if (code in value) visitOne(field, value[code], `${path}.${code}`)
      }
      return
    }
    visitOne(field, value, path)
  }

  function visitOne(field: FieldAffectingData, value: unknown, path: string) {
    visit({ field, value, path })
    if (field.type === 'group' && isRow(value)) {
      walkFieldValues(field.fields, value, visit, localeCodes, path)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isRow(row)) walkFieldValues(field.fields, row, visit, localeCodes, `${path}.${index}`)
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = isRow(row) ? field.blocks.find(({ slug }) => slug === row.blockType) : null
        if (block && isRow(row)) {
          walkFieldValues(block.fields, row, visit, localeCodes, `${path}.${index}`)
        }
      })
    }
  }
}
