import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { childProcessEnvironment } from '../config'

/** Everything the Next build compiles; a change to any of it makes the build stale. */
const buildInputs = [
  'src',
  'collections',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]

function newestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), 0)
}

/** True when there is no production build, or a source file changed after it was made. */
export function isBuildStale(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const builtAt = fs.statSync(buildId).mtimeMs
  return buildInputs.some((input) => newestModification(path.join(root, input)) > builtAt)
}

/**
 * Runs `next build` when the build is missing or stale; throws if the build fails. The build loads
 * payload.config, so it gets the secret the server will use (the quick start's is not in the
 * environment).
 */
export function buildIfNeeded(
  log: (line: string) => void,
  { PAYLOAD_SECRET }: { PAYLOAD_SECRET: string },
): void {
  if (!isBuildStale()) return
  log('Building the admin (next build); this takes a minute or two the first time...')
  const started = Date.now()
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: childProcessEnvironment({
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET,
    }),
  })
  if (result.status !== 0) throw new Error('next build failed; see the output above.')
  log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}
