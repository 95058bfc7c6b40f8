/**
 * The full server as `npm start` runs it (src/cli/start.ts: production configuration, Express +
 * Payload + Next's production build, migrations, seeding an empty database), without the check
 * that rebuilds the admin: the benchmark compiles this with the same esbuild step and measures its
 * start (bench/startTime.ts). Needs `npm run build` to have produced .next.
 *   DATABASE_URL=… PORT=3107 node --conditions=production dist/bench/fullServer.mjs
 */
import process from 'node:process'

import { loadProductionRuntime, setFrameworkEnvironment } from '../src/config'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const port = Number(process.env.PORT || 3107)
loadProductionRuntime()
setFrameworkEnvironment({ NEXT_TELEMETRY_DISABLED: '1' })

// Imported only now, as in src/cli/start.ts: Next, React and Payload read NODE_ENV when they load.
const { startServer } = await import('../src/server')
const { seedIfEmpty } = await import('../src/seed/seedIfEmpty')
await startServer({
  port,
  host: '127.0.0.1',
  isDevelopment: false,
  beforeListen: (payload) => seedIfEmpty(payload, () => {}),
})
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`)
