/**
 * Node 20 with tsx's loader thread: while a script's top-level `await import(…)` waits on the loader,
 * the main thread can look idle, and Node then exits with code 13 ("unsettled top-level await"),
 * silently. Here it struck about one start in five. A timer keeps the loop busy until the caller
 * is up; the returned function stops it.
 */
export function keepAliveWhileStarting(): () => void {
  const timer = setInterval(() => undefined, 1000)
  return () => clearInterval(timer)
}
