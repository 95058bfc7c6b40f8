/**
 * Keeps a command-line process alive until it calls process.exit. libsql (SQLite) answers queries
 * from its own threads without holding Node's event loop open, so a script whose only pending work
 * is a SQLite query can find its loop empty and stop mid-way (exit code 13, "unsettled top-level
 * await"). A server never notices: its listening socket keeps the loop open.
 */
export function keepProcessAlive(): void {
  setInterval(() => undefined, 60_000)
}
