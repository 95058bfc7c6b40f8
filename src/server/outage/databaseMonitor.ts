import type { Payload } from 'payload'

import { pingOwnConnection, warmPingConnection } from './databasePing'

/**
 * What the server believes about its database. Nothing is probed while all is well (requests are
 * the probe); once a request fails and a ping confirms the database is gone, the monitor says
 * "down", so further requests are answered 503 at once instead of each waiting on the database,
 * and it pings every `probeIntervalMs` until the database answers again. No restart is needed.
 */
export type DatabaseMonitor = {
  isDown: () => boolean
  /** Pings now; true when the database answered. Records the outcome. */
  check: () => Promise<boolean>
  stop: () => void
}

/**
 * checkAfterMs + pingTimeoutMs bounds how long a request waits on a database that stopped
 * answering (issue 13: a 503 within 5 s).
 */
export const outageTiming = { pingTimeoutMs: 1000, probeIntervalMs: 500, checkAfterMs: 2500 }

const monitors = new WeakMap<Payload, DatabaseMonitor>()

export function databaseMonitor(payload: Payload): DatabaseMonitor {
  const existing = monitors.get(payload)
  if (existing) return existing

  warmPingConnection(payload)
  let down = false
  let probe: NodeJS.Timeout | undefined
  let stopped = false

  const ping = async () => {
    try {
      await pingOwnConnection(payload, outageTiming.pingTimeoutMs)
      if (down) payload.logger.info('database reachable again: serving requests')
      down = false
    } catch (error) {
      if (!down) payload.logger.error({ err: error }, 'database unreachable: answering 503')
      down = true
      scheduleProbe()
    }
    return !down
  }

  // Concurrent callers (every stuck request at its deadline) share one ping.
  let inFlight: Promise<boolean> | undefined
  const check = () => {
    inFlight ??= ping().finally(() => (inFlight = undefined))
    return inFlight
  }

  const scheduleProbe = () => {
    if (probe || stopped) return
    probe = setTimeout(() => {
      probe = undefined
      void check()
    }, outageTiming.probeIntervalMs)
    // A probe never keeps a process alive that is otherwise done.
    probe.unref()
  }

  const monitor: DatabaseMonitor = {
    isDown: () => down,
    check,
    stop: () => {
      stopped = true
      clearTimeout(probe)
    },
  }
  monitors.set(payload, monitor)
  return monitor
}
