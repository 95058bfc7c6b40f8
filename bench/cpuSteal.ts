import { readFileSync } from 'node:fs'

/** The machine's CPU time so far, in clock ticks: all of it, and what the hypervisor took. */
export type CpuTicks = { total: number; steal: number }

/**
 * Reads the first line of /proc/stat (`cpu user nice system idle iowait irq softirq steal …`).
 * Steal is time a virtual machine's CPUs were ready to run but the host ran something else: on
 * 3 December it was 5-18% of this machine's time during the benchmark, and the plain node:http
 * server's p99 rose from 1 ms to 5 ms with it. Undefined where there is no /proc/stat.
 */
export function parseCpuTicks(procStat: string): CpuTicks | undefined {
  const line = procStat.split('\n').find((text) => text.startsWith('cpu '))
  if (!line) return undefined
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number)
  if (fields.length < 8 || fields.some((value) => !Number.isFinite(value))) return undefined
  return { total: fields.reduce((sum, value) => sum + value, 0), steal: fields[7] }
}

export function readCpuTicks(): CpuTicks | undefined {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'))
  } catch {
    return undefined
  }
}

/** The share of CPU time the hypervisor took between two readings, in percent (one decimal). */
export function stealPercent(from?: CpuTicks, to?: CpuTicks): number | undefined {
  if (!from || !to || to.total <= from.total) return undefined
  return Math.round((1000 * (to.steal - from.steal)) / (to.total - from.total)) / 10
}
