/**
 * Two servers measured against each other in rounds, one right after the other, so both see the
 * same state of a shared machine; who goes first alternates, so neither always runs on a machine
 * the other just warmed or loaded. One 5 s run each swung the REST miss ratio from 0.96x to 1.35x
 * between runs of the same code (bench-results, 1 December), with stock Payload alone at 81-201
 * req/s. Each measurement is told its round (from 0), so a caller can warm a server up only
 * before its first.
 */
export type Round<M> = { ours: M; theirs: M; ratio: number }

export async function alternatingRounds<M extends { requestsPerSecond: number }>(
  rounds: number,
  measureOurs: (round: number) => Promise<M>,
  measureTheirs: (round: number) => Promise<M>,
): Promise<Round<M>[]> {
  const measured: Round<M>[] = []
  for (let round = 0; round < rounds; round += 1) {
    let ours: M
    let theirs: M
    if (round % 2 === 0) {
      theirs = await measureTheirs(round)
      ours = await measureOurs(round)
    } else {
      ours = await measureOurs(round)
      theirs = await measureTheirs(round)
    }
    measured.push({ ours, theirs, ratio: ours.requestsPerSecond / theirs.requestsPerSecond })
  }
  return measured
}

/** The round with the median ratio (of an even count, the lower of the two middle ones). */
export function medianRound<M>(rounds: Round<M>[]): Round<M> {
  if (rounds.length === 0) throw new Error('no rounds measured')
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
