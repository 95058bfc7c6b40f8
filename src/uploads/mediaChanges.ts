/**
 * What an update to an image would change for readers of a page that shows it. Payload's admin
 * sends the whole form on every save (alt text, caption, focal point), so a field counts only when
 * its value differs from the stored one.
 */
export type MediaUpdate = {
  stored: Record<string, unknown>
  data: Record<string, unknown> | undefined
  /** A new file arrived with the request. */
  hasFile: boolean
  /** Payload's crop and focal-point edits (`?uploadEdits=` from the admin's image editor). */
  uploadEdits: unknown
}

/** The fields of an image readers see besides the file itself. */
const describedFields: Record<string, string> = {
  alt: 'alternative text',
  caption: 'caption',
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function focalPointMoves({ stored, data, uploadEdits }: MediaUpdate): boolean {
  const edits = uploadEdits as { focalPoint?: { x?: unknown; y?: unknown } } | undefined
  const x = edits?.focalPoint?.x ?? data?.focalX
  const y = edits?.focalPoint?.y ?? data?.focalY
  return (
    (x !== undefined && !same(x, stored.focalX)) || (y !== undefined && !same(y, stored.focalY))
  )
}

function crops(uploadEdits: unknown): boolean {
  if (!uploadEdits || typeof uploadEdits !== 'object') return false
  const edits = uploadEdits as Record<string, unknown>
  return Boolean(edits.crop || edits.heightInPixels || edits.widthInPixels)
}

/** The visible changes an update makes, named for the refusal ("file", "alternative text"…). */
export function visibleMediaChanges(update: MediaUpdate): string[] {
  const changes: string[] = []
  if (update.hasFile) changes.push('file')
  if (crops(update.uploadEdits)) changes.push('crop')
  if (focalPointMoves(update)) changes.push('focal point')
  for (const [field, name] of Object.entries(describedFields)) {
    if (update.data && field in update.data && !same(update.data[field], update.stored[field])) {
      changes.push(name)
    }
  }
  return changes
}
