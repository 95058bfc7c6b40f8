/** One benchmarked request and the exact answer the CMS gave it, for the plain server to replay. */
export type Fixture = {
  method: string
  path: string
  status: number
  /** Flat `[name, value, …]` as received, minus per-connection headers Node adds itself. */
  headers: string[]
  bodyBase64: string
  etag?: string
  notModifiedHeaders?: string[]
}

const perConnection = new Set(['connection', 'keep-alive', 'date', 'transfer-encoding'])

/** Records a CMS answer as a fixture. */
export async function recordFixture(
  method: string,
  path: string,
  response: Response,
): Promise<Fixture> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: string[] = []
  response.headers.forEach((value, name) => {
    if (!perConnection.has(name)) headers.push(name, value)
  })
  const etag = response.headers.get('etag') ?? undefined
  return {
    method,
    path,
    status: response.status,
    headers,
    bodyBase64: body.toString('base64'),
    etag,
  }
}
