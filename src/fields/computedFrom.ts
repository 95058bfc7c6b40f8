import type { Field } from 'payload'

/**
 * Marks a computed (virtual) field with the sibling fields its afterRead hook reads. A reader who
 * asks for some fields only (REST `?select[…]`, GraphQL, which reads only the fields a query names)
 * gets those siblings read too, so the computed value is the one a full read gives:
 * src/fields/selectComputedSources.ts adds them. Without it, selecting an FAQ's `offLabelNotice`
 * alone read no answer text and no procedures, and the notice came back empty.
 */
export const computedFrom = (...siblings: string[]) => ({ computedFrom: siblings })
// A field whose hook reads nothing of the document but its id (always read) says so with
// `computedFrom()`: test/graphql/askedFields.int.test.ts refuses computed fields that say nothing.

/** The siblings a computed field declared it reads, or undefined if it declared nothing. */
export function computedSourcesOf(field: Field): string[] | undefined {
  const custom = (field as { custom?: { computedFrom?: unknown } }).custom
  return Array.isArray(custom?.computedFrom) ? (custom.computedFrom as string[]) : undefined
}
