/** What a document ID looks like on a database engine, and how to say so to a client. */
export type IdKind = { pattern: RegExp; description: string }

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

const idKinds: Record<string, IdKind> = {
  postgres: { pattern: new RegExp(`^${uuid}$`, 'i'), description: 'IDs here are UUIDs' },
  // Text IDs: UUIDs, and the whole numbers documents had before IDs became text, kept as they were
  // (migration 20261130_*_string_ids).
  sqlite: {
    pattern: new RegExp(`^(${uuid}|[1-9]\\d{0,15})$`, 'i'),
    description: 'IDs here are UUIDs, or whole numbers for documents made before IDs became text',
  },
  mongodb: { pattern: /^[0-9a-f]{24}$/i, description: 'IDs here are 24 hexadecimal digits' },
}

/** The IDs the database adapter named `adapterName` (Payload's `payload.db.name`) holds. */
export const idKindOf = (adapterName: string): IdKind => idKinds[adapterName] ?? idKinds.postgres
