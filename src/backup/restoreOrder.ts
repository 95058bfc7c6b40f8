import type { FlattenedField } from 'payload'

/** The collections a required relationship or upload field (at any depth) points to. */
export function requiredTargets(fields: readonly FlattenedField[]): Set<string> {
  const targets = new Set<string>()
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && field.required) {
      for (const target of [field.relationTo].flat()) targets.add(target)
    } else if ('flattenedFields' in field && field.flattenedFields) {
      for (const target of requiredTargets(field.flattenedFields)) targets.add(target)
    }
  }
  return targets
}

/**
 * The order a restore writes collections in: every collection after the ones its required
 * references point to (partners before partner keys, change events before webhook deliveries), so
 * those references can be written with the document itself; the database refuses a row whose
 * required reference is empty. Otherwise the given order is kept. Collections caught in a cycle
 * of required references keep their given order at the end.
 */
export function restoreOrder(collections: { slug: string; fields: readonly FlattenedField[] }[]) {
  const slugs = collections.map(({ slug }) => slug)
  const needs = new Map(
    collections.map(({ slug, fields }) => [
      slug,
      [...requiredTargets(fields)].filter((target) => target !== slug && slugs.includes(target)),
    ]),
  )
  const ordered: string[] = []
  while (ordered.length < slugs.length) {
    const next = slugs.find(
      (slug) =>
        !ordered.includes(slug) && needs.get(slug)!.every((target) => ordered.includes(target)),
    )
    if (!next) {
      ordered.push(...slugs.filter((slug) => !ordered.includes(slug)))
      break
    }
    ordered.push(next)
  }
  return ordered
}
