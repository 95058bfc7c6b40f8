import type { CollectionAfterReadHook, CollectionConfig, Field, FieldHook, Payload } from 'payload'

import { draftedRelationPaths, publishedRelationFilters } from './publishedRelationFilters'
import { hasRole } from './roles'
import { untilNextContentWrite } from './untilNextContentWrite'

type Id = string | number

/** Published ids of one collection, kept until the next content write (untilNextContentWrite). */
const publishedIds = (payload: Payload, collection: string): Promise<Set<string>> =>
  untilNextContentWrite(payload, `publishedIds:${collection}`, async () => {
    const { docs } = await payload.find({
      collection: collection as 'conditions',
      where: { _status: { equals: 'published' } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return new Set(docs.map((doc) => String(doc.id)))
  })

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? idOf((value as { id: unknown }).id)
      : undefined

type Relation = { relationTo: string | string[] }

/** Relations Payload is populating now, per document, to clean once it is done (see below). */
const populatedRelations = new WeakMap<
  object,
  { holder: Record<string, unknown>; name: string }[]
>()

function targetOf(relationTo: Relation['relationTo'], item: unknown) {
  const polymorphic = Array.isArray(relationTo)
  const target = polymorphic ? (item as { relationTo?: unknown })?.relationTo : relationTo
  const id = idOf(polymorphic ? (item as { value?: unknown })?.value : item)
  return { target: typeof target === 'string' ? target : undefined, id }
}

/**
 * A published FAQ may point at a condition no one has published yet; its id alone tells anonymous
 * readers that the condition exists (and what it is about, from the FAQ). Readers who may not see
 * drafts get only the related documents that are published, on REST, GraphQL and Local API calls
 * that check access. Staff, and server code reading with access overridden, see every relation.
 *
 * When Payload is about to populate the relation (depth 1 or more), it already leaves an id it may
 * not show unpopulated, so nothing is asked here: the ids left over are dropped once population is
 * done (dropUnpopulatedRelations). Otherwise (depth 0, or beyond the depth asked for) the published
 * ids are read, once per collection until the next content write.
 */
const publishedTargetsOnly =
  (drafted: ReadonlySet<string>): FieldHook =>
  async ({ currentDepth, data, depth, field, overrideAccess, req, siblingData, value }) => {
    if (overrideAccess || value === null || value === undefined) return value
    if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return value
    const { relationTo, name } = field as Relation & { name: string }
    if (depth && (currentDepth ?? 1) <= depth && data && siblingData) {
      const pending = populatedRelations.get(data) ?? []
      pending.push({ holder: siblingData as Record<string, unknown>, name })
      populatedRelations.set(data, pending)
      return value
    }
    const isPublished = async (item: unknown): Promise<boolean> => {
      const { target, id } = targetOf(relationTo, item)
      if (target === undefined || !drafted.has(target)) return true
      return id !== undefined && (await publishedIds(req.payload, target)).has(String(id))
    }
    if (!Array.isArray(value)) return (await isPublished(value)) ? value : null
    const kept = await Promise.all(value.map(isPublished))
    return value.filter((_, index) => kept[index])
  }

/** A populated relation is an object; one Payload could not show is still a bare id. */
const isPopulated = (item: unknown) => {
  const value = item && typeof item === 'object' && 'value' in item ? item.value : item
  return value !== null && typeof value === 'object'
}

/** After population: drops the relations of this document Payload left as bare ids. */
const dropUnpopulatedRelations: CollectionAfterReadHook = ({ doc }) => {
  const pending = populatedRelations.get(doc)
  if (!pending) return doc
  populatedRelations.delete(doc)
  for (const { holder, name } of pending) {
    const value = holder[name]
    if (Array.isArray(value)) holder[name] = value.filter(isPopulated)
    else if (value !== null && value !== undefined && !isPopulated(value)) holder[name] = null
  }
  return doc
}

function withHook(fields: Field[], drafted: ReadonlySet<string>): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'relationship') {
      const targets = [field.relationTo].flat()
      if (!targets.some((target) => drafted.has(target))) return field
      const hooks = field.hooks ?? {}
      return {
        ...field,
        hooks: { ...hooks, afterRead: [...(hooks.afterRead ?? []), publishedTargetsOnly(drafted)] },
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withHook(tab.fields, drafted) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) =>
          typeof block === 'string' ? block : { ...block, fields: withHook(block.fields, drafted) },
        ),
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withHook(field.fields, drafted) } as Field
    }
    return field
  })
}

/**
 * Makes a collection's relationships to the given drafted collections show readers only published
 * targets (see publishedTargetsOnly).
 */
export function withPublishedRelationsOnly(
  collection: CollectionConfig,
  draftedCollections: readonly string[],
): CollectionConfig {
  const drafted = new Set(draftedCollections)
  const relationPaths = draftedRelationPaths(collection.fields, drafted)
  return {
    ...collection,
    fields: withHook(collection.fields, drafted),
    hooks: {
      ...collection.hooks,
      // Filters on those relationships do not give unpublished targets away either.
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        publishedRelationFilters(relationPaths, publishedIds),
      ],
      afterRead: [...(collection.hooks?.afterRead ?? []), dropUnpopulatedRelations],
    },
  }
}
