/**
 * The one place that writes the environment. Next, React and Payload read NODE_ENV themselves (React
 * and Next choose their production or development builds when first imported; Payload's SQL adapters
 * push the schema unless it is production), and Payload reads PAYLOAD_MIGRATING. They take no
 * option instead, so the CLI entry points (src/cli) set these before importing them, and only there.
 */
export type FrameworkEnvironment = {
  NODE_ENV?: 'production' | 'development'
  /** Next's anonymous usage reports: off for the in-process Next server. */
  NEXT_TELEMETRY_DISABLED?: '1'
  /** Payload pushes no development schema onto the database (a backup reads it as it is). */
  PAYLOAD_MIGRATING?: 'true'
}

export function setFrameworkEnvironment(values: FrameworkEnvironment): void {
  Object.assign(process.env, values)
}

/** The environment for a child process (next build, the Payload CLI): this one's, with changes. */
export function childProcessEnvironment(changes: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...changes }
}
