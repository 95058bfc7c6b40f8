import type { Payload } from 'payload'

import { migrations } from '../../src/migrations/sqlite/index'

/** The migration that turns SQLite's integer IDs into text (src/migrations/sqlite). */
export const stringIdsMigration = migrations.find(({ name }) => name.endsWith('_string_ids'))!.name

/** The admin the server before the upgrade made; signs in to both servers. */
export const previousAdmin = { email: 'upgrade-admin@clinic.test', password: 'upgrade-password' }

export type Doc = Record<string, unknown> & { id: string | number }
/** What REST answers an admin, every document keyed by its ID. */
export type Snapshot = {
  collections: Record<string, Record<string, Doc>>
  versions: Record<string, Record<string, Doc>>
  globals: Record<string, unknown>
}

const everything = 'depth=0&limit=0&locale=all&draft=true'

async function read(url: string, authorization: string): Promise<any> {
  const response = await fetch(url, { headers: { authorization } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response.json()
}

const byId = (docs: Doc[]) => Object.fromEntries(docs.map((doc) => [String(doc.id), doc]))

/** Every collection an admin may list (Payload's own included), its versions, every global. */
export async function readEverything(
  baseUrl: string,
  authorization: string,
  payload: Payload,
): Promise<Snapshot> {
  const snapshot: Snapshot = { collections: {}, versions: {}, globals: {} }
  for (const { slug, versions } of payload.config.collections) {
    const probe = await fetch(`${baseUrl}/api/${slug}?limit=1`, { headers: { authorization } })
    if (probe.status !== 200) continue
    const list = await read(`${baseUrl}/api/${slug}?${everything}`, authorization)
    snapshot.collections[slug] = byId(list.docs)
    if (versions) {
      const history = await read(`${baseUrl}/api/${slug}/versions?${everything}`, authorization)
      snapshot.versions[slug] = byId(history.docs)
    }
  }
  for (const { slug } of payload.config.globals) {
    const probe = await fetch(`${baseUrl}/api/globals/${slug}`, { headers: { authorization } })
    if (probe.status !== 200) continue
    snapshot.globals[slug] = await read(
      `${baseUrl}/api/globals/${slug}?${everything}`,
      authorization,
    )
  }
  return snapshot
}

/** Field names that hold document IDs in the REST answers at depth 0 (relationships, uploads, joins). */
export function idFieldNames(payload: Payload): Set<string> {
  const names = new Set(['id', 'parent', 'value', 'user', 'document'])
  const walk = (fields: readonly unknown[]) => {
    for (const field of fields as { type?: string; name?: string; fields?: unknown[] }[]) {
      if ((field.type === 'relationship' || field.type === 'upload') && field.name) {
        names.add(field.name)
      }
      // A join field lists the IDs of the documents that point here, under `docs`.
      if (field.type === 'join') names.add('docs')
      if (field.fields) walk(field.fields)
      for (const nested of ['blocks', 'tabs'] as const) {
        for (const part of (field as Record<string, { fields?: unknown[] }[]>)[nested] ?? []) {
          if (part.fields) walk(part.fields)
        }
      }
    }
  }
  for (const { fields } of [...payload.config.collections, ...payload.config.globals]) walk(fields)
  return names
}

/** `value` with every number under an ID field name turned into its decimal string. */
export function withStringIds(value: unknown, idNames: Set<string>, underId = false): unknown {
  if (typeof value === 'number' && underId) return String(value)
  if (Array.isArray(value)) return value.map((item) => withStringIds(item, idNames, underId))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      withStringIds(item, idNames, idNames.has(key)),
    ]),
  )
}

/** Every number found under an ID field name, with where it was: none should be left. */
export function numericIds(value: unknown, idNames: Set<string>, trail = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => numericIds(item, idNames, `${trail}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => {
    const here = `${trail}.${key}`
    if (
      idNames.has(key) &&
      (typeof item === 'number' || (Array.isArray(item) && item.some((i) => typeof i === 'number')))
    ) {
      return [here]
    }
    return numericIds(item, idNames, here)
  })
}
