/** Source ID → restored ID, per collection, as the import reports it. */
export type IdMap = Record<string, Record<string, unknown>>

/**
 * Maps a restored document's ID back to the one it had in the source, in the source's own type:
 * numbers from a SQLite database made before IDs became text (`sourceIdType` 'number'), else text.
 */
export function reverseIdMap(idMap: IdMap, sourceIdType: string) {
  const sourceId = (key: string): unknown =>
    sourceIdType === 'number' && /^\d+$/.test(key) ? Number(key) : key
  const reversed: Record<string, Map<string, unknown>> = {}
  for (const [collection, ids] of Object.entries(idMap)) {
    reversed[collection] = new Map(
      Object.entries(ids).map(([source, target]) => [String(target), sourceId(source)]),
    )
  }
  return (collection: string, id: unknown) =>
    id === null || id === undefined ? id : (reversed[collection]?.get(String(id)) ?? id)
}
