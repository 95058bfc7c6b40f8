/**
 * `npm run import -- <file> [--report <file>]`: restores an archive made by `npm run export` into
 * the empty database DATABASE_URL names (and its media folder), then checks every document
 * against the archive's content hashes. Refuses a database that already holds content.
 */
import fs from 'node:fs'

import { loadCommandRuntime } from '../config'

const args = process.argv.slice(2)
const reportFlag = args.indexOf('--report')
const reportFile = reportFlag >= 0 ? args[reportFlag + 1] : undefined
const archive = args.find(
  (arg, index) => !arg.startsWith('--') && (reportFlag < 0 || index !== reportFlag + 1),
)
if (!archive) {
  console.error('Usage: npm run import -- <backup.tar.gz> [--report <file.json>]')
  process.exit(2)
}

// Production (migrations, the operator's secret) unless NODE_ENV is development or test.
loadCommandRuntime()
// Imported only now: Payload (and React, through the editor) read NODE_ENV when they load.
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { importContent, ImportRefused } = await import('../backup/importContent')

const payload = await getPayload({ config })
let exitCode = 0
try {
  const summary = await importContent(payload, archive)
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(summary, null, 2))
  console.log(
    `Restored ${summary.documents} documents, ${summary.versions} versions and ${summary.files} media files; every document matches the archive's content hashes.`,
  )
} catch (error) {
  console.error(
    error instanceof ImportRefused
      ? `Import refused: ${error.message}`
      : `Import failed: ${(error as Error).message}`,
  )
  exitCode = error instanceof ImportRefused ? 3 : 1
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(exitCode)
