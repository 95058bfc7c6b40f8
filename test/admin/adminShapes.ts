import { stringify } from 'qs-esm'

/**
 * The REST requests Payload's admin (3.90) sends, rebuilt from its own source so the request checks
 * in src/server are tested against what a browser really sends. Each builder names the file in
 * node_modules/@payloadcms/ui/dist it copies.
 */
export type AdminRequest = {
  name: string
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

const formRead = (name: string, collection: string, query: object): AdminRequest => ({
  name,
  method: 'POST',
  path: `/api/${collection}`,
  headers: {
    'accept-language': 'en',
    'content-type': 'application/x-www-form-urlencoded',
    'x-payload-http-method-override': 'GET',
  },
  body: stringify(query),
})

/** fields/Relationship/Input.js: the options of a picker, first page, then a search. */
export const relationshipOptions = (collection: string, titleField: string, search?: string) =>
  formRead(`relationship options of ${collection}${search ? ' (search)' : ''}`, collection, {
    depth: 0,
    draft: true,
    limit: 10,
    locale: 'en',
    page: 1,
    select: { [titleField]: true },
    sort: titleField,
    where: {
      and: [{ id: { not_in: [] } }, ...(search ? [{ [titleField]: { like: search } }] : [])],
    },
  })

/** fields/Relationship/Input.js: the labels of the documents already chosen. */
export const relationshipLabels = (
  collection: string,
  titleField: string,
  ids: (string | number)[],
) =>
  formRead(`relationship labels of ${collection}`, collection, {
    depth: 0,
    draft: true,
    limit: ids.length,
    locale: 'en',
    select: { [titleField]: true },
    where: { id: { in: ids } },
  })

/** fields/Upload/Input.js: the chosen files of an upload field. */
export const uploadLabels = (collection: string, ids: (string | number)[]) =>
  formRead(`upload labels of ${collection}`, collection, {
    depth: 0,
    draft: true,
    limit: ids.length,
    locale: 'en',
    where: { and: [{ id: { in: ids } }] },
  })

const json = { 'accept-language': 'en', 'content-type': 'application/json' }

/** providers/Preferences/index.js: read, save and (on reset) delete one preference by key. */
export const preferenceRequests = (key: string, value: unknown): AdminRequest[] => [
  {
    name: `preference ${key}: save`,
    method: 'POST',
    path: `/api/payload-preferences/${key}`,
    headers: json,
    body: JSON.stringify({ value }),
  },
  { name: `preference ${key}: read`, method: 'GET', path: `/api/payload-preferences/${key}` },
  {
    name: `preference ${key}: delete`,
    method: 'DELETE',
    path: `/api/payload-preferences/${key}`,
    headers: json,
  },
]

/** providers/DocumentInfo/index.js: who holds the lock on a document. */
export const lockQuery = (collection: string, id: string | number): AdminRequest => ({
  name: `lock of a ${collection} document`,
  method: 'GET',
  path: `/api/payload-locked-documents?${stringify({
    where: { 'document.relationTo': { equals: collection }, 'document.value': { equals: id } },
  })}`,
})

/** elements/Status/index.js ("Revert to published"): the published document, unfallen back. */
export const publishedRead = (collection: string, id: string | number): AdminRequest => ({
  name: `published ${collection} for revert`,
  method: 'GET',
  path: `/api/${collection}/${id}?locale=en&fallback-locale=null&depth=0`,
  headers: json,
})

/** views/Versions: the version list of a document and one version. */
export const versionRequests = (
  collection: string,
  id: string | number,
  versionId: string | number,
): AdminRequest[] => [
  {
    name: `versions of a ${collection} document`,
    method: 'GET',
    path: `/api/${collection}/versions?${stringify({
      depth: 0,
      limit: 10,
      page: 1,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: id } }] },
    })}`,
  },
  {
    name: `one ${collection} version`,
    method: 'GET',
    path: `/api/${collection}/versions/${versionId}?depth=1`,
  },
]

/** The jobs queue as an admin reads it (pending scheduled publishes, newest first). */
export const jobsRead: AdminRequest = {
  name: 'jobs queue',
  method: 'GET',
  path: `/api/payload-jobs?${stringify({
    depth: 0,
    limit: 10,
    sort: '-createdAt',
    where: { and: [{ completedAt: { exists: false } }, { queue: { equals: 'default' } }] },
  })}`,
}

/** providers/Auth/index.js: the session checks every admin page makes. */
export const sessionRequests: AdminRequest[] = [
  { name: 'me', method: 'GET', path: '/api/users/me' },
  { name: 'access', method: 'GET', path: '/api/access' },
  { name: 'refresh token', method: 'POST', path: '/api/users/refresh-token?refresh' },
]
