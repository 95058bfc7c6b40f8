/**
 * Keeps a command-line process alive until it calls process.exit. Export and import scripts were
 * seen to stop mid-way with exit code 13 ("unsettled top-level await") while their only pending
 * work was a SQLite call: nothing held Node's event loop open. A server never notices, since its
 * listening socket does; an open timer does the same for a script.
 */
export function keepProcessAlive(): void {
  setInterval(() => undefined, 60_000)
}
