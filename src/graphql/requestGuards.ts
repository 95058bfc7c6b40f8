import { containsNul, nulMessage, urlContainsNul } from '../lib/nulCharacter'
import { graphQLLimits } from './limits'

export type GuardRefusal = { status: number; message: string }

/**
 * Checks the shape of a GraphQL request before anything parses it: a batch (a JSON array of
 * operations) or an oversized query is refused outright, so it costs the server next to nothing.
 * `body` is the parsed JSON body (POST); `queryText` the `query` parameter of a GET; `url` the
 * whole request URL (variables included).
 */
export function checkGraphQLRequest(
  body: unknown,
  queryText: unknown,
  url = '',
  limits: Pick<typeof graphQLLimits, 'maxBatch' | 'maxQueryBytes'> = graphQLLimits,
): GuardRefusal | null {
  if (Array.isArray(body)) {
    return {
      status: 400,
      message: `Batched GraphQL requests are not accepted (this one holds ${body.length} operations; at most ${limits.maxBatch} per request). Send each operation as its own request.`,
    }
  }
  if (containsNul(JSON.stringify(body ?? '')) || urlContainsNul(url)) {
    return { status: 400, message: nulMessage }
  }
  const fromBody =
    body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined
  const query = fromBody ?? queryText
  if (typeof query === 'string' && Buffer.byteLength(query, 'utf8') > limits.maxQueryBytes) {
    return {
      status: 413,
      message: `The GraphQL query is ${Buffer.byteLength(query, 'utf8')} bytes; at most ${limits.maxQueryBytes} are accepted. Ask for fewer fields, or use fragments instead of repeating selections.`,
    }
  }
  return null
}
