/**
 * The API-only server: Payload's REST and GraphQL on the Express app from createApp, without Next
 * (no admin). The benchmark and the scale-out test start it as a child process:
 *   DATABASE_URL=… PORT=3106 tsx bench/apiServer.ts
 * It prints one JSON line `{"ready":…}` on stdout once it listens.
 */
import { once } from 'node:events'

// libsql answers from its own threads; without this the loop can look idle mid-start (exit 13).

const startedAt = process.hrtime.bigint()
process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const port = Number(process.env.PORT || 3106)

// Imported only now: the config reads PAYLOAD_SECRET and DATABASE_URL when it loads.
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { createApp } = await import('../src/server/createApp')

const payload = await getPayload({ config })
const app = createApp({ payload, publicOrigin: `http://127.0.0.1:${port}` })
const server = app.listen(port, '127.0.0.1')
await once(server, 'listening')
const readyMs = Number(process.hrtime.bigint() - startedAt) / 1e6
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid, readyMs })}\n`)

const stop = () => {
  server.close()
  server.closeAllConnections()
  void payload.destroy().finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
