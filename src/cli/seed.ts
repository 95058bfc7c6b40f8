/** `npm run seed`: loads the source's content into the database DATABASE_URL names. */
import { prepareProductionRuntime } from './runtimeMode'

prepareProductionRuntime()
// Imported only now: the config reads NODE_ENV and PAYLOAD_SECRET when it loads.
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { runSeed } = await import('../seed/runSeed')

const payload = await getPayload({ config })
try {
  await runSeed(payload, (line) => console.log(line))
} finally {
  await payload.destroy()
}
process.exit(0)
