import type { Field } from 'payload'

import type { StructuredDuration, TextEntry } from './findClaims'
import { lexicalText } from './lexicalText'

/**
 * Not prose to check: identifiers, the flags themselves, the seed's bookkeeping, and the cited
 * regulatory record (label citations, approved indications, safety information, codes), which
 * states regulatory facts by design and carries its own reviewer confirmation.
 */
export const notCheckedFields = new Set([
  'slug',
  'reference',
  'regulatory',
  'safetyInformation',
  'codes',
  'claimFlags',
  'provenance',
  'reviewerName',
  'untranslatedFields',
  'isoMin',
  'isoMax',
])

type Doc = Record<string, unknown>

export type DocumentTexts = {
  /** Localized texts of this locale, and (when `includeShared`) texts shared by every locale. */
  texts: TextEntry[]
  durations: StructuredDuration[]
}

/** A group made by src/fields/duration.ts: min, max and unit inside a row. */
function isDurationGroup(field: Field): boolean {
  if (field.type !== 'group' || !('name' in field)) return false
  const names = field.fields.flatMap((child) =>
    child.type === 'row' ? child.fields.map((inner) => ('name' in inner ? inner.name : '')) : [],
  )
  return ['min', 'max', 'unit'].every((name) => names.includes(name))
}

const asNumber = (value: unknown) => (typeof value === 'number' ? value : null)

/**
 * The prose of one document as read in one locale (no fallback), walked along the collection's
 * fields: text, textarea and rich text, in groups, arrays, tabs and rows. Localized fields are
 * tagged with `locale`; fields shared by every locale with `sharedLocale`, and only collected when
 * `includeShared` is set, so a caller reading several locales counts them once.
 */
export function collectTexts(
  fields: Field[],
  doc: Doc,
  options: { locale: string; sharedLocale: string; includeShared: boolean },
): DocumentTexts {
  const texts: TextEntry[] = []
  const durations: StructuredDuration[] = []

  const add = (path: string, localized: boolean, text: string, structured = false) => {
    if (!text.trim()) return
    if (!localized && !options.includeShared) return
    texts.push({
      field: path,
      locale: localized ? options.locale : options.sharedLocale,
      text,
      ...(structured ? { structured: true } : {}),
    })
  }

  const walk = (
    fieldList: Field[],
    data: Doc,
    prefix: string,
    groupPrefix: string,
    localized: boolean,
    inDuration: boolean,
  ) => {
    for (const field of fieldList) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const inner = (data[tab.name] as Doc | undefined) ?? {}
            walk(
              tab.fields,
              inner,
              `${prefix}${tab.name}.`,
              `${groupPrefix}${tab.name}.`,
              localized || Boolean(tab.localized),
              inDuration,
            )
          } else walk(tab.fields, data, prefix, groupPrefix, localized, inDuration)
        }
        continue
      }
      if (field.type === 'row' || field.type === 'collapsible') {
        walk(field.fields, data, prefix, groupPrefix, localized, inDuration)
        continue
      }
      if (!('name' in field) || notCheckedFields.has(field.name)) continue
      if ('virtual' in field && field.virtual) continue
      const value = data[field.name]
      const path = `${prefix}${field.name}`
      const groupPath = `${groupPrefix}${field.name}`
      const isLocalized = localized || Boolean('localized' in field && field.localized)

      if (field.type === 'group') {
        if (!value || typeof value !== 'object') continue
        if (isDurationGroup(field) && (isLocalized || options.includeShared)) {
          const span = value as Doc
          const unit = typeof span.unit === 'string' ? span.unit : null
          if (unit && (asNumber(span.min) !== null || asNumber(span.max) !== null)) {
            durations.push({
              field: path,
              group: groupPath,
              min: asNumber(span.min),
              max: asNumber(span.max),
              unit,
              wording: typeof span.wording === 'string' ? span.wording : null,
            })
          }
        }
        walk(
          field.fields,
          value as Doc,
          `${path}.`,
          `${groupPath}.`,
          isLocalized,
          inDuration || isDurationGroup(field),
        )
      } else if (field.type === 'array') {
        if (!Array.isArray(value)) continue
        value.forEach((row, index) => {
          if (row && typeof row === 'object') {
            walk(
              field.fields,
              row as Doc,
              `${path}.${index}.`,
              `${groupPath}.`,
              isLocalized,
              inDuration,
            )
          }
        })
      } else if (field.type === 'text' || field.type === 'textarea') {
        if (Array.isArray(value)) {
          value.forEach((item, index) => {
            if (typeof item === 'string') add(`${path}.${index}`, isLocalized, item, inDuration)
          })
        } else if (typeof value === 'string') add(path, isLocalized, value, inDuration)
      } else if (field.type === 'richText') {
        add(path, isLocalized, lexicalText(value), inDuration)
      }
    }
  }

  walk(fields, doc, '', '', false, false)
  return { texts, durations }
}
