/**
 * The checks integrators run on our pages, with their own tools (no downloads at test time):
 * html-validate on the HTML as served, and axe-core inside Chromium on the rendered page.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Result as AxeResult } from 'axe-core'
import { HtmlValidate } from 'html-validate'
import type { Page } from 'playwright-core'

/*
 * The standard's rules, the whole-document rules and the accessibility rules. Not the stylistic
 * presets: they object to how React spells valid HTML (`charSet`, `<meta/>`, `hidden=""`).
 */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // Subresource integrity protects files from other origins; ours come from this server.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
})

/** html-validate's complaints about a document, one line each (empty when it is valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`,
    ),
  )
}

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * axe-core's violations of impact "serious" or "critical" on the page as it is rendered now.
 * axe is evaluated over the DevTools protocol, so the site's Content-Security-Policy (which
 * rightly refuses injected scripts) does not have to be loosened for the test.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe
    const results = (await axe.run(document)) as { violations: AxeResult[] }
    return results.violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes.map((node) => node.target.join(' ')),
    }))
  })
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
}
