import { hostname } from 'node:os'

/** What one access line says about a request. */
export type AccessEntry = {
  id: string
  method: string | undefined
  path: string
  status: number
  durationMs: number
  /** The response was closed before it was finished (the client went away). */
  aborted: boolean
}

/** pino's numbers for the two levels access lines are written at. */
export const accessLevels = { info: 30, error: 50 } as const

/** A server error is logged at error level, everything else at info. */
export const accessLevelOf = (status: number): number =>
  status >= 500 ? accessLevels.error : accessLevels.info

/** The line's message: `GET /api/conditions 200`. */
export const accessMessage = ({ method, path, status }: AccessEntry): string =>
  `${method} ${path} ${status}`

/**
 * The access line pino writes for `logger.info({ req, res, durationMs }, msg)` (or `.error` for a
 * 5xx), byte for byte, built from a template instead of pino's generic serialiser: the line is
 * written for every request, cache hits included, and pino's object walk was a sixth of a cache
 * hit's CPU (issue 15). src/server/accessLine.test.ts holds it against pino's own output.
 */
export function accessLineFormat(name: string): (entry: AccessEntry, level?: number) => string {
  const about = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())},"name":${JSON.stringify(name)}`
  return (entry, level = accessLevelOf(entry.status)) => {
    const { id, method, path, status, durationMs, aborted } = entry
    const message = accessMessage(entry)
    return (
      `{"level":${level},"time":${Date.now()}${about}` +
      `,"req":{"id":${JSON.stringify(id)},"method":${JSON.stringify(method)},"path":${JSON.stringify(path)}}` +
      `,"res":{"status":${status}},"durationMs":${durationMs}${aborted ? ',"aborted":true' : ''}` +
      `,"msg":${JSON.stringify(message)}}\n`
    )
  }
}
