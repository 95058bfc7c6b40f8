/**
 * `npm run export [-- <file>]`: writes all content, version history, media metadata and files of
 * the database DATABASE_URL names to one archive (default backups/clinic-content-<time>.tar.gz).
 */
import { loadCommandRuntime, setFrameworkEnvironment } from '../config'

// Production (migrations, the operator's secret) unless NODE_ENV is development or test.
loadCommandRuntime()
// A backup reads the database as it is: never push a development schema onto it first.
setFrameworkEnvironment({ PAYLOAD_MIGRATING: 'true' })
// Imported only now: Payload (and React, through the editor) read NODE_ENV when they load.
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { exportContent } = await import('../backup/exportContent')

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const output = process.argv[2] || `backups/clinic-content-${stamp}.tar.gz`

const payload = await getPayload({ config })
let exitCode = 0
try {
  const summary = await exportContent(payload, output)
  console.log(
    `Exported ${summary.documents} documents, ${summary.versions} versions and ${summary.files} media files to ${summary.file}`,
  )
} catch (error) {
  console.error(`Export failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(exitCode)
