/**
 * Payload's stock GraphQL route handler (`GRAPHQL_POST` from @payloadcms/next/routes, what Next's
 * `app/(payload)/api/graphql/route.ts` exports) called from a bare node:http server, the GraphQL
 * counterpart of bench/routeHandlerServer.ts: the yardstick for a GraphQL cache miss.
 *   DATABASE_URL=… PORT=3108 tsx bench/graphqlHandlerServer.ts
 */
import { once } from 'node:events'
import { createServer } from 'node:http'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const port = Number(process.env.PORT || 3108)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { GRAPHQL_POST } = await import('@payloadcms/next/routes')

const payload = await getPayload({ config })
const post = GRAPHQL_POST(Promise.resolve(payload.config) as never)

const server = createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const response = await post(
      new Request(new URL(req.url ?? '/', `http://127.0.0.1:${port}`), {
        method: 'POST',
        headers,
        body: Buffer.concat(chunks),
      }),
    )
    const body = Buffer.from(await response.arrayBuffer())
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(body)
  } catch {
    res.writeHead(500).end()
  }
})
server.listen(port, '127.0.0.1')
await once(server, 'listening')
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`)
process.once('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
  void payload.destroy().finally(() => process.exit(0))
})
