import { describe, expect, test } from 'vitest'

import { parseCpuTicks, stealPercent } from './cpuSteal'

const procStat = (steal: number, idle: number) =>
  `cpu  1000 0 200 ${idle} 10 0 5 ${steal} 0 0\ncpu0 500 0 100 1000 5 0 2 30 0 0\nintr 1 2 3\n`

describe('CPU steal from /proc/stat', () => {
  test('should sum the first eight fields of the cpu line and keep steal apart', () => {
    expect(parseCpuTicks(procStat(60, 3000))).toEqual({ total: 4275, steal: 60 })
  })

  test('should give the share of time stolen between two readings', () => {
    // 100 more ticks in all, 12 of them stolen.
    expect(stealPercent(parseCpuTicks(procStat(60, 3000)), parseCpuTicks(procStat(72, 3088)))).toBe(
      12,
    )
  })

  test('should say nothing without a cpu line or without time passing', () => {
    expect(parseCpuTicks('intr 1 2 3\n')).toBeUndefined()
    const reading = parseCpuTicks(procStat(60, 3000))
    expect(stealPercent(reading, reading)).toBeUndefined()
    expect(stealPercent(undefined, reading)).toBeUndefined()
  })
})
