import type { Measurement } from './measure'

export type Row = {
  scenario: string
  mode: string
  measurement: Measurement
  /** The plain server's figures for the same request, when it was measured. */
  plain?: Measurement
}

const ratio = (value: number, base: number | undefined) =>
  base ? `${(value / base).toFixed(2)}x` : '–'

/** The results as a Markdown table: throughput and latency, and each against the plain server. */
export function markdownTable(rows: Row[]): string {
  const lines = [
    '| request | server | req/s | p50 ms | p99 ms | req/s vs plain | p99 vs plain |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const { scenario, mode, measurement, plain } of rows) {
    lines.push(
      `| ${scenario} | ${mode} | ${measurement.requestsPerSecond} | ${measurement.p50Ms} | ${measurement.p99Ms} | ${ratio(measurement.requestsPerSecond, plain?.requestsPerSecond)} | ${ratio(measurement.p99Ms, plain?.p99Ms)} |`,
    )
  }
  return lines.join('\n')
}

export type Target = { target: string; measured: string; met: boolean | null }

export function targetsTable(targets: Target[]): string {
  const lines = ['| target | measured | met |', '| --- | --- | --- |']
  for (const { target, measured, met } of targets) {
    lines.push(
      `| ${target} | ${measured} | ${met === null ? 'not measured' : met ? 'yes' : 'no'} |`,
    )
  }
  return lines.join('\n')
}
