import type { Where } from 'payload'

import { codeProblem, codeSystemInfo, codeSystems, systemByPrefix, type CodeSystem } from './codes'

export type CodeFilter = { system: CodeSystem; code: string }

/**
 * Reads a `SYSTEM:CODE` filter such as `ICD10CM:G47.63` or `SNOMEDCT:22298006`. Returns the
 * filter, or a sentence saying what is wrong with it. A well-formed code the project does not
 * know is not an error for ICD-10-CM shape checks here: unknown codes simply match nothing.
 */
export function parseCodeParameter(value: string): CodeFilter | string {
  const prefixes = codeSystems.map((system) => codeSystemInfo[system].prefix).join(', ')
  const separator = value.indexOf(':')
  if (separator < 1) {
    return `code must be SYSTEM:CODE, e.g. ICD10CM:G47.63 (systems: ${prefixes}).`
  }
  const system = systemByPrefix(value.slice(0, separator))
  const code = value.slice(separator + 1)
  if (!system) return `Unknown code system "${value.slice(0, separator)}". Use one of: ${prefixes}.`
  const problem = codeProblem(system, code)
  // Only the shape matters for a search: a code outside the table matches no condition.
  if (problem && !/not in the project's ICD-10-CM table/.test(problem)) return problem
  return { system, code }
}

/** A Payload `where` for conditions carrying the code (the caller checks system and code match on one row). */
export const codeWhere = (filter: CodeFilter): Where => ({
  and: [{ 'codes.code': { equals: filter.code } }, { 'codes.system': { equals: filter.system } }],
})

/** True when one of the document's code rows carries both the system and the code. */
export const hasCode = (doc: Record<string, unknown>, filter: CodeFilter) =>
  Array.isArray(doc.codes) &&
  doc.codes.some(
    (row) =>
      row &&
      typeof row === 'object' &&
      (row as { system?: unknown }).system === filter.system &&
      (row as { code?: unknown }).code === filter.code,
  )
