import { spawn } from 'node:child_process'
import path from 'node:path'

/** Runs a TypeScript entry point (a CLI or fixture) as its own process on the given database. */
export function runCli(
  entry: string,
  args: string[],
  databaseUrl: string,
  /** More settings for the command, e.g. MEDIA_S3_* for a restore into a bucket. */
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(entry), ...args], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: mediaFolderFor(databaseUrl),
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret',
        NODE_ENV: 'test',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // A command that hangs fails the test with its output instead of running into the timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** The media folder the test helpers give a database (see startTestServer). */
export const mediaFolderFor = (databaseUrl: string) =>
  path.resolve(process.cwd(), 'data/test/media', path.basename(databaseUrl))
