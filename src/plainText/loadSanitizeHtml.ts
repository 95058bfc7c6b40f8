import { createRequire } from 'node:module'
import type SanitizeHtml from 'sanitize-html'

const requireOnFirstUse = createRequire(import.meta.url)
let sanitizeHtml: typeof SanitizeHtml | undefined

/**
 * sanitize-html, loaded by its first call instead of at start: with postcss and htmlparser2 it is
 * about 70 modules no request needs until HTML is cleaned or read as text (issue 15). Its callers
 * are synchronous, hence a require and not import().
 */
export function loadSanitizeHtml(): typeof SanitizeHtml {
  return (sanitizeHtml ??= requireOnFirstUse('sanitize-html') as typeof SanitizeHtml)
}
