import type { CollectionBeforeOperationHook, Field, Payload, Where } from 'payload'

import { hasRole } from './roles'

type Id = string | number
type PublishedIds = (payload: Payload, collection: string) => Promise<Set<string>>

/** Where-clause operators whose operand is one id or a list of ids. */
const idOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'contains'])
const listOperators = new Set(['in', 'not_in', 'all'])

/**
 * The data paths of a collection's relationships to drafted collections ("relatedConditions",
 * "steps.procedure"), with the drafted collections each may point at.
 */
export function draftedRelationPaths(
  fields: Field[],
  drafted: ReadonlySet<string>,
  prefix = '',
): Map<string, string[]> {
  const paths = new Map<string, string[]>()
  const add = (more: Map<string, string[]>) =>
    more.forEach((targets, path) => paths.set(path, targets))
  for (const field of fields) {
    const named =
      'name' in field && typeof field.name === 'string' ? `${prefix}${field.name}` : null
    if (field.type === 'relationship' && named) {
      const targets = [field.relationTo].flat().filter((target) => drafted.has(target))
      if (targets.length > 0) paths.set(named, targets)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPrefix = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        add(draftedRelationPaths(tab.fields, drafted, tabPrefix))
      }
    } else if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) {
        if (typeof block !== 'string') {
          add(draftedRelationPaths(block.fields, drafted, `${named ?? prefix}.`))
        }
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      add(draftedRelationPaths(field.fields, drafted, named ? `${named}.` : prefix))
    }
  }
  return paths
}

/** An id of the same shape that no document has: every digit and hex letter made 0. */
const noDocument = (id: Id): Id =>
  typeof id === 'number' ? 0 : String(id).replace(/[0-9a-f]/gi, '0')

/** The drafted collections the where-path points into when its operand is an id, if any. */
function targetsOf(path: string, paths: Map<string, string[]>): string[] | undefined {
  return paths.get(path) ?? paths.get(path.replace(/\.(id|value)$/, ''))
}

async function hideUnpublished(
  where: Where,
  paths: Map<string, string[]>,
  publishedIds: (collection: string) => Promise<Set<string>>,
): Promise<Where> {
  const hidden: Where = {}
  for (const [key, constraint] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      hidden[key] = await Promise.all(
        constraint.map((inner) => hideUnpublished(inner as Where, paths, publishedIds)),
      )
      continue
    }
    const targets = targetsOf(key, paths)
    if (!targets || !constraint || typeof constraint !== 'object') {
      hidden[key] = constraint
      continue
    }
    const published = new Set<string>()
    for (const target of targets) (await publishedIds(target)).forEach((id) => published.add(id))
    const shown = (id: unknown) =>
      (typeof id === 'string' || typeof id === 'number') && !published.has(String(id))
        ? noDocument(id)
        : id
    hidden[key] = Object.fromEntries(
      Object.entries(constraint).map(([operator, operand]) => {
        if (!idOperators.has(operator)) return [operator, operand]
        if (Array.isArray(operand)) return [operator, operand.map(shown)]
        if (listOperators.has(operator) && typeof operand === 'string') {
          return [operator, operand.split(',').map(shown)]
        }
        return [operator, shown(operand)]
      }),
    )
  }
  return hidden
}

/**
 * A published FAQ does not show anonymous readers its relation to an unpublished condition
 * (publishedTargetsOnly), but `?where[relatedConditions][equals]=<id>` would still find the FAQ
 * for a draft's id and nothing for an id that does not exist: a way to learn that the draft exists.
 * For readers who may not see drafts, an unpublished id in a filter on such a relation is asked as
 * an id no document has, so both answers are the same. Staff and server code filter on anything.
 */
export const publishedRelationFilters =
  (paths: Map<string, string[]>, publishedIds: PublishedIds): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
    const where = (args as { where?: Where }).where
    if (!where || overrideAccess || paths.size === 0) return args
    if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return args
    return {
      ...args,
      where: await hideUnpublished(where, paths, (target) => publishedIds(req.payload, target)),
    }
  }
