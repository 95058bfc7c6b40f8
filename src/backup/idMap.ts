/** Source ID → restored ID, per collection, as the import reports it. */
export type IdMap = Record<string, Record<string, unknown>>

/** The source ID in its own type (SQLite's numbers stay numbers), as the manifest keyed it. */
const sourceId = (key: string): unknown => (/^\d+$/.test(key) ? Number(key) : key)

/** Maps a restored document's ID back to the one it had in the source. */
export function reverseIdMap(idMap: IdMap) {
  const reversed: Record<string, Map<string, unknown>> = {}
  for (const [collection, ids] of Object.entries(idMap)) {
    reversed[collection] = new Map(
      Object.entries(ids).map(([source, target]) => [String(target), sourceId(source)]),
    )
  }
  return (collection: string, id: unknown) =>
    id === null || id === undefined ? id : (reversed[collection]?.get(String(id)) ?? id)
}
