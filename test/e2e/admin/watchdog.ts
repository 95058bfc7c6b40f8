import type { Page } from 'playwright-core'

/** A refusal a test provokes on purpose: any other response >= 400 fails the test. */
export type ExpectedRefusal = { method: string; path: RegExp; status: number }

/**
 * Watches one page for what a person would see as "the admin is broken": any answer >= 400 from
 * our own server, any console error and any uncaught page error. Tests call `expectRefusal` for
 * the exact refusal they provoke and `assertClean` at the end.
 */
export class Watchdog {
  private problems: string[] = []
  private expected: ExpectedRefusal[] = []

  constructor(
    page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('response', (response) => {
      if (!response.url().startsWith(this.baseUrl) || response.status() < 400) return
      const method = response.request().method()
      const { pathname, search } = new URL(response.url())
      const allowed = this.expected.some(
        (refusal) =>
          refusal.method === method &&
          refusal.status === response.status() &&
          refusal.path.test(pathname),
      )
      if (!allowed)
        this.problems.push(`${method} ${pathname}${search} answered ${response.status()}`)
    })
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      // The browser logs every failed response too; the response listener above judges those.
      if (/^Failed to load resource: the server responded with a status of/.test(message.text())) {
        return
      }
      this.problems.push(`console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
  }

  expectRefusal(refusal: ExpectedRefusal) {
    this.expected.push(refusal)
  }

  /** Returns what went wrong since the last call, and forgets it and the expected refusals. */
  takeProblems(): string[] {
    const problems = this.problems
    this.problems = []
    this.expected = []
    return problems
  }
}
