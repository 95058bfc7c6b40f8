import type { Payload } from 'payload'

import { graphql, idLiteral, sendJson } from '../helpers/http'
import { bearer, type StaffMember } from '../helpers/staff'

/** What a transport answered, in one shape, so one table can run over all of them. */
export type Outcome = { ok: boolean; status: number; message: string }

type Id = string | number

const rest = async (promise: ReturnType<typeof sendJson>): Promise<Outcome> => {
  const { status, body } = await promise
  const errors = (body?.errors ?? []) as { message: string }[]
  // Bulk writes answer 200 or 400 with one error per refused document.
  return { ok: status < 300 && errors.length === 0, status, message: errors[0]?.message ?? '' }
}

const gql = async (promise: ReturnType<typeof graphql>): Promise<Outcome> => {
  const { body } = await promise
  const error = body?.errors?.[0]
  return {
    ok: !error,
    status: error?.extensions?.statusCode ?? 200,
    message: error?.message ?? '',
  }
}

const local = async (work: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await work()
    return { ok: true, status: 200, message: '' }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    return { ok: false, status: status ?? 500, message: message ?? String(error) }
  }
}

/** GraphQL spells select values as enum names: `in-review` is `in_review`. */
const graphqlEnums = (data: object) =>
  JSON.parse(JSON.stringify(data).replaceAll('"in-review"', '"in_review"')) as object

/** The FAQ collection's write actions, on each transport the table runs over. */
export function faqTransports(baseUrl: string, payload: Payload) {
  const url = (path: string) => `${baseUrl}/api${path}`
  const asUser = (member: StaffMember) => ({
    overrideAccess: false,
    user: { ...(member.user as object), collection: 'users' } as never,
  })
  const update = (member: StaffMember, id: Id, data: object, draft = false) => ({
    REST: () =>
      rest(
        sendJson('PATCH', url(`/faqs/${id}${draft ? '?draft=true' : ''}`), data, bearer(member)),
      ),
    'bulk REST': () =>
      rest(
        sendJson(
          'PATCH',
          url(`/faqs?where[id][equals]=${id}${draft ? '&draft=true' : ''}`),
          data,
          bearer(member),
        ),
      ),
    GraphQL: () =>
      gql(
        graphql(
          baseUrl,
          `mutation($data: mutationFaqUpdateInput!) { updateFaq(id: ${idLiteral(id)}, draft: ${draft}, data: $data) { id } }`,
          { data: graphqlEnums(data) },
          bearer(member),
        ),
      ),
    'Local API': () =>
      local(() =>
        payload.update({ collection: 'faqs', id, data: data as never, draft, ...asUser(member) }),
      ),
  })
  const remove = (member: StaffMember, id: Id) => ({
    REST: () => rest(sendJson('DELETE', url(`/faqs/${id}`), undefined, bearer(member))),
    'bulk REST': () =>
      rest(sendJson('DELETE', url(`/faqs?where[id][equals]=${id}`), undefined, bearer(member))),
    GraphQL: () =>
      gql(
        graphql(baseUrl, `mutation { deleteFaq(id: ${idLiteral(id)}) { id } }`, {}, bearer(member)),
      ),
    'Local API': () => local(() => payload.delete({ collection: 'faqs', id, ...asUser(member) })),
  })
  const restore = (member: StaffMember, versionId: Id) => ({
    REST: () => rest(sendJson('POST', url(`/faqs/versions/${versionId}`), {}, bearer(member))),
    GraphQL: () =>
      gql(
        graphql(
          baseUrl,
          `mutation { restoreVersionFaq(id: ${idLiteral(versionId)}) { id } }`,
          {},
          bearer(member),
        ),
      ),
    'Local API': () =>
      local(() =>
        payload.restoreVersion({ collection: 'faqs', id: versionId as never, ...asUser(member) }),
      ),
  })
  const create = (member: StaffMember, data: object) => ({
    REST: () => rest(sendJson('POST', url('/faqs?draft=true'), data, bearer(member))),
    GraphQL: () =>
      gql(
        graphql(
          baseUrl,
          'mutation($data: mutationFaqInput!) { createFaq(draft: true, data: $data) { id } }',
          { data },
          bearer(member),
        ),
      ),
    'Local API': () =>
      local(() =>
        payload.create({ collection: 'faqs', data: data as never, draft: true, ...asUser(member) }),
      ),
  })
  return { update, remove, restore, create }
}
