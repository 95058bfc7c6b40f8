/**
 * Vitest global setup: says once, plainly, which database suites run and which were skipped for
 * want of a server, so a green run never hides a skipped engine.
 */
export default function announceEngines(): void {
  // Each project inherits the root's global setup; say it once per run.
  if (process.env.ENGINES_ANNOUNCED) return
  process.env.ENGINES_ANNOUNCED = 'yes'
  const engines: [string, string][] = [
    ['PostgreSQL', 'TEST_POSTGRES_URL'],
    ['MongoDB', 'TEST_MONGODB_URL'],
  ]
  console.log('SQLite suite: running (embedded).')
  for (const [name, variable] of engines) {
    console.log(
      process.env[variable]
        ? `${name} suite: running against ${variable}.`
        : `${name} suite skipped: no server given (set ${variable} to run it).`,
    )
  }
}
