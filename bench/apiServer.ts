/**
 * The API-only server: Payload's REST and GraphQL through the server's request pipeline, without Next
 * (no admin). The benchmark and the scale-out test start it as a child process:
 *   DATABASE_URL=… PORT=3106 tsx bench/apiServer.ts
 * It prints one JSON line `{"ready":…}` on stdout once it listens, with the port it listens on
 * (PORT=0 lets the system choose one). bench/startTime.ts compiles it
 * as `npm start` compiles the server, to measure the API-only start.
 */
import { listenFirst } from './listenFirst'

const startedAt = process.hrtime.bigint()
process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const requestedPort = Number(process.env.PORT || 3106)

// Imported only now: the config reads PAYLOAD_SECRET and DATABASE_URL when it loads.
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { createRequestPipeline } = await import('../src/server/pipeline')
const { configuration } = await import('../src/config')

const { addBenchmarkTier } = await import('./benchmarkTier')

// Partners on the benchmark's tier are not rate-limited (bench/benchmarkTier.ts).
addBenchmarkTier()
const payload = await getPayload({ config })
const { server, port } = await listenFirst(requestedPort)
const pipeline = createRequestPipeline({
  payload,
  publicOrigin: `http://127.0.0.1:${port}`,
  responseCache: configuration().responseCache.enabled,
})
server.on('request', pipeline.listener)
const readyMs = Number(process.hrtime.bigint() - startedAt) / 1e6
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid, readyMs })}\n`)

const stop = () => {
  server.close()
  server.closeAllConnections()
  void pipeline
    .stop()
    .then(() => payload.destroy())
    .finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
