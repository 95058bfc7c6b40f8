/**
 * One server process of a scale-out test: the API server (bench/apiServer.ts) with Payload's jobs
 * runner on, as `npm start` runs it (src/server.ts starts Payload with `cron: true`).
 *   DATABASE_URL=… PORT=… tsx test/scaleOut/server.ts
 * It prints one JSON line `{"ready":…}` on stdout once it listens, with the port it listens on
 * (PORT=0 lets the system choose one).
 */
import { listenFirst } from '../../bench/listenFirst'

process.env.PAYLOAD_SECRET ||= 'scale-out-secret'
const requestedPort = Number(process.env.PORT)

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { createRequestPipeline } = await import('../../src/server/pipeline')
const { configuration } = await import('../../src/config')

const payload = await getPayload({ config, cron: process.env.SCALE_OUT_JOBS !== 'off' })
const { server, port } = await listenFirst(requestedPort)
const pipeline = createRequestPipeline({
  payload,
  publicOrigin: `http://127.0.0.1:${port}`,
  responseCache: configuration().responseCache.enabled,
})
server.on('request', pipeline.listener)
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`)

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
