/** `npm run seed`: loads the source's content into the database DATABASE_URL names. */
import { loadProductionRuntime } from '../config'

loadProductionRuntime()
// Imported only now: Payload (and React, through the editor) read NODE_ENV when they load.
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
