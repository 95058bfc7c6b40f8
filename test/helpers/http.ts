/** Small fetch wrappers for black-box tests against the running app. */

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { status: response.status, headers: response.headers, body: await readBody(response) }
}

export async function sendJson(
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, headers: response.headers, body: await readBody(response) }
}

export async function graphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return sendJson('POST', `${baseUrl}/api/graphql`, { query, variables }, headers)
}

async function readBody(response: Response): Promise<any> {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** An ID as a GraphQL literal: SQLite IDs are Int, PostgreSQL (UUID) and MongoDB IDs are String. */
export const idLiteral = (id: string | number) =>
  typeof id === 'number' ? String(id) : JSON.stringify(id)
