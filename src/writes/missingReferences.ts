import type { CollectionSlug, Field, PayloadRequest } from 'payload'
import { valueIsValueWithRelation } from 'payload/shared'

import { idKindOf } from '../database/idKind'
import { walkFieldValues } from './walkFieldValues'

type Reference = { path: string; relationTo: string; id: string | number }

/** Every document a write's relationship and upload values point to. */
export function referencesIn(
  fields: Field[],
  data: Record<string, unknown>,
  localeCodes?: string[],
): Reference[] {
  const references: Reference[] = []
  walkFieldValues(
    fields,
    data,
    ({ field, value, path }) => {
      if (field.type !== 'relationship' && field.type !== 'upload') return
      const values = Array.isArray(value) ? value : [value]
      for (const one of values) {
        if (valueIsValueWithRelation(one)) {
          references.push({ path, relationTo: one.relationTo, id: one.value as string | number })
        } else if (typeof one === 'string' || typeof one === 'number') {
          references.push({ path, relationTo: field.relationTo as string, id: one })
        }
      }
    },
    localeCodes,
  )
  return references
}

/**
 * The references that point to no document: the database's foreign keys would refuse them with
 * an error the client sees as a 500, and a draft save reaches the database without Payload's
 * relationship validation. IDs that cannot be IDs on this engine are named without asking the
 * database (PostgreSQL fails a query for a non-UUID in a UUID column).
 */
export async function findMissingReferences(
  references: Reference[],
  req: PayloadRequest,
): Promise<{ path: string; message: string }[]> {
  const { payload } = req
  const ids = idKindOf(payload.db.name)
  const missing: { path: string; message: string }[] = []
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.relationTo, [
      ...(byCollection.get(reference.relationTo) ?? []),
      reference,
    ])
  }
  for (const [relationTo, group] of byCollection) {
    const wellFormed = group.filter(({ id }) => ids.pattern.test(String(id)))
    for (const { path, id } of group.filter((reference) => !wellFormed.includes(reference))) {
      missing.push({
        path,
        message: `${path}: "${String(id).slice(0, 80)}" is not an ID here (${ids.description}).`,
      })
    }
    if (wellFormed.length === 0) continue
    const found = await payload.find({
      collection: relationTo as CollectionSlug,
      where: { id: { in: wellFormed.map(({ id }) => id) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      trash: true,
      select: {},
      req,
    })
    const present = new Set(found.docs.map((doc) => String(doc.id)))
    for (const { path, id } of wellFormed.filter(({ id }) => !present.has(String(id)))) {
      missing.push({
        path,
        message: `${path}: there is no ${relationTo} document with the ID "${id}".`,
      })
    }
  }
  return missing
}
