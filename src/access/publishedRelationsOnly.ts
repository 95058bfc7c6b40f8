import type { CollectionConfig, Field, FieldHook, PayloadRequest } from 'payload'

import { hasRole } from './roles'

type Id = string | number

/** Published ids of one collection, read once per request however many documents point there. */
function publishedIds(req: PayloadRequest, collection: string): Promise<Set<string>> {
  const key = `publishedIds:${collection}`
  const remembered = req.context[key] as Promise<Set<string>> | undefined
  if (remembered) return remembered
  const ids = req.payload
    .find({
      collection: collection as 'conditions',
      where: { _status: { equals: 'published' } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => new Set(docs.map((doc) => String(doc.id))))
  req.context[key] = ids
  return ids
}

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? idOf((value as { id: unknown }).id)
      : undefined

/**
 * A published FAQ may point at a condition no one has published yet; its id alone tells anonymous
 * readers that the condition exists (and what it is about, from the FAQ). Readers who may not see
 * drafts get only the related documents that are published: the value is filtered before Payload
 * populates it, on REST, GraphQL and Local API calls that check access. Staff, and server code
 * reading with access overridden, see every relation.
 */
const publishedTargetsOnly =
  (drafted: ReadonlySet<string>): FieldHook =>
  async ({ field, overrideAccess, req, value }) => {
    if (overrideAccess || value === null || value === undefined) return value
    if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return value
    const relationTo = (field as { relationTo: string | string[] }).relationTo
    const isPublished = async (item: unknown): Promise<boolean> => {
      const polymorphic = Array.isArray(relationTo)
      const target = polymorphic ? (item as { relationTo?: string })?.relationTo : relationTo
      if (typeof target !== 'string' || !drafted.has(target)) return true
      const id = idOf(polymorphic ? (item as { value?: unknown })?.value : item)
      return id !== undefined && (await publishedIds(req, target)).has(String(id))
    }
    if (!Array.isArray(value)) return (await isPublished(value)) ? value : null
    const kept = await Promise.all(value.map(isPublished))
    return value.filter((_, index) => kept[index])
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
  return { ...collection, fields: withHook(collection.fields, new Set(draftedCollections)) }
}
