/**
 * Payload's Next route handler (`REST_GET` from @payloadcms/next/routes, what Next's
 * `app/(payload)/api/[...slug]/route.ts` exports) called from a bare node:http server with a Web
 * Request/Response bridge. Next's own server (routing, middleware, rendering pipeline) is left
 * out, so this is a lower bound on what the same request costs through Next.
 *   DATABASE_URL=… PORT=3107 tsx bench/routeHandlerServer.ts
 */
import { once } from 'node:events'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const port = Number(process.env.PORT || 3107)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { REST_GET } = await import('@payloadcms/next/routes')

const payload = await getPayload({ config })
const get = REST_GET(Promise.resolve(payload.config) as never)
const apiPrefix = `${payload.config.routes.api}/`

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const slug = url.pathname.slice(apiPrefix.length).split('/')
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const response = await get(new Request(url, { headers }), {
      params: Promise.resolve({ slug }),
    } as never)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body) Readable.fromWeb(response.body as never).pipe(res)
    else res.end()
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
