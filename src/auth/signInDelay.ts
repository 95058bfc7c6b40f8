/**
 * Slows repeated failed sign-ins for one account from one address, instead of locking the account.
 * Payload's own lock (5 failures → 10 minutes) let anyone who knew a staff email keep that person
 * locked out, the right password included; and its "locked" message told an attacker the email
 * exists. Here each (address, account) pair gets a few free tries, then a delay that doubles with
 * each failure up to a cap; a success, or a quiet spell, clears it. Other addresses are untouched,
 * so the real person signs in at once.
 */
export const signInDelayPolicy = {
  freeAttempts: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  forgetAfterMs: 15 * 60 * 1000,
}

type Entry = { attempts: number; lastAttemptAt: number }

export type SignInDelays = {
  /** Records an attempt for the pair and returns how long to wait before answering it. */
  attempt: (address: string, account: string, now?: number) => number
  /** A successful sign-in clears the pair. */
  succeeded: (address: string, account: string) => void
}

/** How long the `attempts`-th attempt (1-based) waits. */
export function delayFor(attempts: number, policy = signInDelayPolicy): number {
  const over = attempts - policy.freeAttempts
  if (over <= 0) return 0
  return Math.min(policy.firstDelayMs * 2 ** (over - 1), policy.maxDelayMs)
}

export function createSignInDelays(policy = signInDelayPolicy, maxEntries = 10_000): SignInDelays {
  const entries = new Map<string, Entry>()
  const keyOf = (address: string, account: string) => `${address}\n${account.toLowerCase()}`
  return {
    attempt(address, account, now = Date.now()) {
      const key = keyOf(address, account)
      const previous = entries.get(key)
      const fresh = !previous || now - previous.lastAttemptAt > policy.forgetAfterMs
      const entry = { attempts: fresh ? 1 : previous.attempts + 1, lastAttemptAt: now }
      entries.delete(key)
      entries.set(key, entry)
      // Oldest first: a flood of made-up pairs cannot grow the map without bound.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      return delayFor(entry.attempts, policy)
    },
    succeeded(address, account) {
      entries.delete(keyOf(address, account))
    },
  }
}
