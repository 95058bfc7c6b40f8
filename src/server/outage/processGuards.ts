import type { Payload } from 'payload'

let installed = false

/**
 * A promise rejected with nobody to catch it (a database driver's background reconnect, a
 * fire-and-forget hook) would, by Node's default, end the process and every request in flight.
 * It is a bug to log, not a reason to stop serving. Uncaught exceptions still end the process:
 * after one, the state of the program is unknown.
 */
export function installProcessGuards(payload: Payload): void {
  if (installed) return
  installed = true
  process.on('unhandledRejection', (reason) => {
    payload.logger.error({ err: reason }, 'unhandled promise rejection (the server keeps running)')
  })
}
