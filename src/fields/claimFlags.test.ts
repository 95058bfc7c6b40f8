import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'

import { Conditions } from '../../collections/Conditions'
import { Procedures } from '../../collections/Procedures'

/** Every named field with its dotted data path (tabs, rows and collapsibles add nothing). */
function byPath(fields: Field[], prefix = ''): Map<string, Field> {
  const found = new Map<string, Field>()
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) byPath(tab.fields, prefix).forEach((v, k) => found.set(k, v))
    } else if (field.type === 'row' || field.type === 'collapsible') {
      byPath(field.fields, prefix).forEach((v, k) => found.set(k, v))
    } else if ('name' in field) {
      found.set(`${prefix}${field.name}`, field)
      if (field.type === 'group' || field.type === 'array') {
        byPath(field.fields, `${prefix}${field.name}.`).forEach((v, k) => found.set(k, v))
      }
    }
  }
  return found
}

const besideField = (field: Field | undefined) =>
  (field as { admin?: { components?: { afterInput?: unknown } } } | undefined)?.admin?.components
    ?.afterInput

describe('showClaimFlagsBesideFields', () => {
  const procedure = byPath(Procedures.fields)
  const condition = byPath(Conditions.fields)

  test.each([
    ['procedure', 'name'],
    ['procedure', 'summary'],
    ['procedure', 'body'],
    ['procedure', 'safetyNote'],
    ['procedure', 'downtime.note'],
    ['procedure', 'reliefDurations.attribution'],
    ['condition', 'alternateNames'],
    ['condition', 'causes'],
    ['condition', 'complementaryTherapies.therapy'],
    ['condition', 'indication.note'],
  ])('should show the flags under the %s’s %s, a text the claims check reads', (kind, path) => {
    const fields = kind === 'procedure' ? procedure : condition
    expect(besideField(fields.get(path))).toEqual([
      '/src/clinical/admin/ClaimFlagsBesideField#ClaimFlagsBesideField',
    ])
  })

  test.each([
    ['procedure', 'slug'],
    ['procedure', 'regulatory.offLabelNotice'],
    ['procedure', 'safetyInformation.boxedWarning'],
    ['procedure', 'claimFlags.phrase'],
    ['condition', 'codes.code'],
    ['condition', 'indication.reference'],
  ])('should leave the %s’s %s alone: the claims check does not read it', (kind, path) => {
    const fields = kind === 'procedure' ? procedure : condition
    expect(fields.get(path)).toBeDefined()
    expect(besideField(fields.get(path))).toBeUndefined()
  })
})
