/**
 * The time the review workflow reads (review dates, review status). Tests swap it for a fixed
 * time so they can move a document through "current", "due" and "overdue" without waiting.
 */
export type Clock = () => Date

const systemClock: Clock = () => new Date()
let current: Clock = systemClock

export const now = (): Date => current()

/** Replaces the clock; returns a function that puts the previous one back. */
export function setClock(clock: Clock): () => void {
  const previous = current
  current = clock
  return () => {
    current = previous
  }
}
