/**
 * Our payload patch (patches/payload+*.patch, afterRead/traverseFields.js) skips afterRead for a
 * "quiet leaf": a text, number, date, select or checkbox field with a value, read without a select,
 * that has no afterRead hook, no read access rule, is not hidden and not virtual, because afterRead
 * would change nothing there. These tests give such fields each of those things at run time (as
 * hookPaths.int.test.ts adds hooks) and check afterRead still applies it: each fails if the patch
 * skipped fields that have it. A localized field reaches afterRead as an object of locales; the
 * patch picks the requested one itself only when no fallback locale can apply. A hasMany field's
 * list of values (`alternateNames`) is a quiet value too; the patch also walks rows, collapsibles,
 * unnamed tabs and quiet groups itself (hookPaths.int.test.ts holds the paths hooks inside them get).
 */
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { User } from '../../payload-types'
import { startTestServer, type TestServer } from '../helpers/testServer'

type Mutable = Field & Record<string, unknown>

/** The sanitised top-level field `name` of conditions, looking through unnamed tabs and rows. */
function conditionField(payload: Payload, name: string): Mutable {
  const search = (fields: Field[]): Mutable | undefined => {
    for (const field of fields) {
      if ('name' in field && field.name === name) return field as Mutable
      const inner =
        'tabs' in field ? field.tabs : 'fields' in field && !('name' in field) ? [field] : []
      for (const holder of inner) {
        if ('name' in holder) continue
        const found = search(holder.fields)
        if (found) return found
      }
    }
    return undefined
  }
  const found = search(payload.collections.conditions.config.fields)
  if (!found) throw new Error(`no field ${name} in conditions`)
  return found
}

describe('afterRead on leaf fields', () => {
  let server: TestServer
  let editor: User & { collection: 'users' }
  let id: string | number

  /** Reads the condition as an editor would, so field read access applies. */
  const read = () =>
    server.payload.findByID({
      collection: 'conditions',
      id,
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
    })

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    const user = await payload.create({
      collection: 'users',
      data: { email: 'quiet-leaves@clinic.test', password: 'quiet-leaves-pw', roles: ['editor'] },
      overrideAccess: true,
    })
    editor = { ...user, collection: 'users' }
    const condition = await payload.create({
      collection: 'conditions',
      data: {
        name: 'Bruxism',
        slug: 'bruxism',
        summary: 'Teeth grinding.',
        alternateNames: ['teeth grinding', 'sleep bruxism'],
      },
      draft: true,
      overrideAccess: true,
    })
    id = condition.id
    // A Spanish row without a name: the Spanish name is null, not missing.
    await payload.update({
      collection: 'conditions',
      id,
      locale: 'es',
      data: { summary: 'Rechinar los dientes.', alternateNames: ['bruxismo'] },
      draft: true,
      overrideAccess: true,
    })
  })
  afterAll(async () => server?.close())

  test('should give the plain values when the fields have nothing to apply', async () => {
    expect(await read()).toMatchObject({
      name: 'Bruxism',
      slug: 'bruxism',
      summary: 'Teeth grinding.',
    })
  })

  test('should run an afterRead hook added to a text field', async () => {
    const field = conditionField(server.payload, 'slug')
    field.hooks = {
      ...(field.hooks as object),
      afterRead: [({ value }: { value: string }) => value.toUpperCase()],
    }
    try {
      expect((await read()).slug).toBe('BRUXISM')
    } finally {
      field.hooks = { ...(field.hooks as object), afterRead: [] }
    }
  })

  test('should give a translated list of texts in the locale read', async () => {
    const inLocale = (locale: 'en' | 'es') =>
      server.payload.findByID({
        collection: 'conditions',
        id,
        draft: true,
        locale,
        overrideAccess: true,
        depth: 0,
      })
    expect((await inLocale('en')).alternateNames).toEqual(['teeth grinding', 'sleep bruxism'])
    expect((await inLocale('es')).alternateNames).toEqual(['bruxismo'])
  })

  test('should run an afterRead hook added to a list of texts', async () => {
    const field = conditionField(server.payload, 'alternateNames')
    field.hooks = {
      ...(field.hooks as object),
      afterRead: [({ value }: { value: string[] }) => value.map((name) => name.toUpperCase())],
    }
    try {
      expect((await read()).alternateNames).toEqual(['TEETH GRINDING', 'SLEEP BRUXISM'])
    } finally {
      field.hooks = { ...(field.hooks as object), afterRead: [] }
    }
  })

  test('should leave out a list of texts whose read access refuses', async () => {
    const field = conditionField(server.payload, 'alternateNames')
    field.access = { ...(field.access as object), read: () => false }
    try {
      expect(await read()).not.toHaveProperty('alternateNames')
    } finally {
      field.access = { ...(field.access as object), read: undefined }
    }
  })

  test('should run an afterRead hook added to a group, and leave the group out when its read access refuses', async () => {
    const field = conditionField(server.payload, 'indication')
    const before = { hooks: field.hooks, access: field.access }
    try {
      field.hooks = {
        ...(field.hooks as object),
        afterRead: [({ value }: { value: object }) => ({ ...value, checked: 'by hook' })],
      }
      expect((await read()).indication).toMatchObject({ checked: 'by hook' })
      field.hooks = before.hooks
      field.access = { ...(field.access as object), read: () => false }
      expect(await read()).not.toHaveProperty('indication')
    } finally {
      field.hooks = before.hooks
      field.access = before.access
    }
  })

  test('should give a group with nothing to apply as an object, its fields read as usual', async () => {
    const doc = await read()
    expect(doc.indication).toEqual(expect.objectContaining({ status: expect.any(String) }))
    expect(doc.expectedRelief).toEqual(expect.any(Object))
  })

  test('should leave out a field whose read access refuses', async () => {
    const field = conditionField(server.payload, 'workflowStatus')
    field.access = { ...(field.access as object), read: () => false }
    try {
      const doc = await read()
      expect(doc).not.toHaveProperty('workflowStatus')
      expect(doc.slug).toBe('bruxism')
    } finally {
      field.access = { ...(field.access as object), read: undefined }
    }
  })

  test('should leave out a hidden field', async () => {
    const field = conditionField(server.payload, 'slug')
    field.hidden = true
    try {
      expect(await read()).not.toHaveProperty('slug')
    } finally {
      field.hidden = false
    }
  })

  test('should fall back to the fallback locale for a localized field with no value in the one read', async () => {
    const inSpanish = (fallbackLocale: 'en' | 'none') =>
      server.payload.findByID({
        collection: 'conditions',
        id,
        draft: true,
        locale: 'es',
        fallbackLocale,
        overrideAccess: true,
        depth: 0,
      })
    expect((await inSpanish('en')).name).toBe('Bruxism')
    expect((await inSpanish('none')).name ?? null).toBeNull()
  })

  test('should keep every locale of a localized field when reading all locales', async () => {
    const doc = await server.payload.findByID({
      collection: 'conditions',
      id,
      draft: true,
      locale: 'all',
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.name).toEqual(expect.objectContaining({ en: 'Bruxism' }))
  })
})
