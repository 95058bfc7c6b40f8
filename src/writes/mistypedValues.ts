import type { Field, FieldAffectingData } from 'payload'
import { valueIsValueWithRelation } from 'payload/shared'

import { isDate } from '../lib/isDate'
import { isRow, walkFieldValues } from './walkFieldValues'
import { editorNodeTypes, lexicalShapeProblem } from './lexicalShape'

export type MistypedValue = { path: string; message: string }

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'number' && Number.isNaN(value)) return 'text that is not a number'
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}"`
  if (isRow(value)) return 'an object'
  return `${typeof value} ${String(value)}`
}

const isText = (value: unknown) => typeof value === 'string'
const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
const isId = (value: unknown) =>
  (typeof value === 'string' && value !== '') || isFiniteNumber(value)

const optionValues = (field: FieldAffectingData): string[] =>
  'options' in field
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** What one value of `field` must be, as a check and the words for the message. */
function expectation(field: FieldAffectingData): [(value: unknown) => boolean, string] | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [isText, 'text']
    case 'number':
      return [isFiniteNumber, 'a number']
    case 'checkbox':
      return [(value) => typeof value === 'boolean', 'true or false']
    case 'date':
      return [isDate, 'a date (e.g. 2026-12-01 or 2026-12-01T09:30:00Z)']
    case 'select':
    case 'radio': {
      const values = optionValues(field)
      return [
        (value) => typeof value === 'string' && values.includes(value),
        `one of ${values.map((value) => `"${value}"`).join(', ')}`,
      ]
    }
    case 'relationship':
    case 'upload': {
      const { relationTo } = field
      if (!Array.isArray(relationTo)) return [isId, `the ID of a document in ${relationTo}`]
      return [
        (value) =>
          valueIsValueWithRelation(value) &&
          relationTo.includes(value.relationTo) &&
          isId(value.value),
        `{ "relationTo": one of ${relationTo.join(', ')}, "value": an ID }`,
      ]
    }
    case 'group':
      return [isRow, 'an object of its fields']
    case 'point':
      return [
        (value) => Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber),
        'a point ([longitude, latitude])',
      ]
    default:
      return null
  }
}

/** Fields whose value is a list (array rows, blocks, and any field with `hasMany`). */
const holdsList = (field: FieldAffectingData) =>
  field.type === 'array' ||
  field.type === 'blocks' ||
  ('hasMany' in field && field.hasMany === true)

function mistyped(field: FieldAffectingData, value: unknown): string | null {
  // Join and virtual fields store nothing: whatever a write sends for them is ignored.
  if (value === null || field.type === 'join' || ('virtual' in field && field.virtual)) return null
  if (holdsList(field) && !Array.isArray(value)) return `expected a list, got ${describe(value)}`
  if (field.type === 'array') {
    const index = (value as unknown[]).findIndex((row) => !isRow(row))
    return index < 0 ? null : `row ${index + 1}: expected an object of its fields`
  }
  if (field.type === 'blocks') {
    const slugs = field.blocks.map(({ slug }) => slug)
    const index = (value as unknown[]).findIndex(
      (row) => !isRow(row) || !slugs.includes(row.blockType as string),
    )
    return index < 0
      ? null
      : `block ${index + 1}: expected an object with "blockType" one of ${slugs.join(', ')}`
  }
  if (field.type === 'richText') {
    const problem = lexicalShapeProblem(value, editorNodeTypes(field.editor))
    return problem ? `expected rich text (a Lexical document): ${problem}` : null
  }
  const expected = expectation(field)
  if (!expected) return null
  const [fits, words] = expected
  const values = holdsList(field) ? (value as unknown[]) : [value]
  const wrong = values.find((one) => !fits(one))
  if (wrong === undefined) return null
  return `expected ${words}, got ${describe(wrong)}`
}

/**
 * The values of a write that cannot be stored as the field's type: text where a number goes (which
 * Payload turns into NaN, stored as nothing), a list where text goes, a choice that is not one of
 * the options, an ID that is not an ID. Payload's own validation catches some of these, but skips
 * every check on draft saves and accepts NaN in a number field that is not required.
 */
export function findMistypedValues(
  fields: Field[],
  data: Record<string, unknown>,
  localeCodes?: string[],
  /** Checks only the fields this accepts (all by default). */
  only: (field: FieldAffectingData) => boolean = () => true,
): MistypedValue[] {
  const found: MistypedValue[] = []
  walkFieldValues(
    fields,
    data,
    ({ field, value, path }) => {
      const message = only(field) ? mistyped(field, value) : null
      if (message) found.push({ path, message: `${path}: ${message}.` })
    },
    localeCodes,
  )
  return found
}
