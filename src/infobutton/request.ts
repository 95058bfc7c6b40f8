import { codeSystemInfo, systemByOid, type CodeSystem } from '../clinical/codes'
import { icd10cmPattern } from '../clinical/icd10cm'
import { isSnomedCtIdentifier } from '../clinical/verhoeff'

/** The languages content is written in; any other asked-for language falls back to English. */
export const contentLanguages = ['en', 'es'] as const
export type ContentLanguage = (typeof contentLanguages)[number]

export type ResponseType = 'atom' | 'json'

export type KnowledgeRequest = {
  code: { system: CodeSystem; value: string } | null
  displayName: string | null
  /** What the caller asked for (echoed back), and what the answer is written in. */
  requestedLanguage: string
  language: ContentLanguage
  responseType: ResponseType
  /** The media type answered: the one asked for (text/xml by default). */
  mediaType: string
}

export type ParseResult =
  { ok: true; request: KnowledgeRequest } | { ok: false; problems: string[] }

export const parameterNames = {
  code: 'mainSearchCriteria.v.c',
  codeSystem: 'mainSearchCriteria.v.cs',
  displayName: 'mainSearchCriteria.v.dn',
  language: 'informationRecipient.languageCode.c',
  responseType: 'knowledgeResponseType',
} as const

const responseTypes: Record<string, ResponseType> = {
  'text/xml': 'atom',
  'application/atom+xml': 'atom',
  'application/json': 'json',
}

const languageTag = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/

/**
 * Reads an HL7 Infobutton URL-based request (the Context-Aware Knowledge Retrieval
 * implementation guide, as MedlinePlus Connect answers it). The guide defines many more
 * parameters (patient age and gender, task, performer…); they are accepted and not used, since
 * the answer here depends only on the problem code, its name and the language. A parameter this
 * endpoint uses must appear at most once.
 */
export function parseKnowledgeRequest(query: URLSearchParams): ParseResult {
  const problems: string[] = []
  const single = (name: string): string | null => {
    const values = query.getAll(name)
    if (values.length > 1) problems.push(`Give ${name} once.`)
    const value = values[0]?.trim()
    return value ? value : null
  }
  const codeValue = single(parameterNames.code)
  const codeSystemOid = single(parameterNames.codeSystem)
  const displayName = single(parameterNames.displayName)
  const language = single(parameterNames.language) ?? 'en'
  const responseTypeValue = single(parameterNames.responseType) ?? 'text/xml'

  let code: KnowledgeRequest['code'] = null
  if (codeValue !== null || codeSystemOid !== null) {
    const system = codeSystemOid === null ? null : systemByOid(codeSystemOid)
    if (codeValue === null)
      problems.push(
        `${parameterNames.code} is missing: give the code whose system ${parameterNames.codeSystem} names.`,
      )
    if (codeSystemOid === null) {
      problems.push(`${parameterNames.codeSystem} is missing: ${supportedSystems()}.`)
    } else if (!system) {
      problems.push(
        `${parameterNames.codeSystem} "${codeSystemOid}" is not supported: ${supportedSystems()}.`,
      )
    }
    if (system && codeValue !== null) {
      const shapeProblem = codeShapeProblem(system, codeValue)
      if (shapeProblem) problems.push(shapeProblem)
      else code = { system, value: codeValue }
    }
  }
  if (codeValue === null && codeSystemOid === null && displayName === null) {
    problems.push(
      `Give ${parameterNames.code} with ${parameterNames.codeSystem}, or ${parameterNames.displayName}.`,
    )
  }
  if (displayName !== null && displayName.length > 200) {
    problems.push(`${parameterNames.displayName} is longer than 200 characters.`)
  }
  if (!languageTag.test(language)) {
    problems.push(
      `${parameterNames.language} "${language}" is not a language code such as en or es.`,
    )
  }
  const responseType = responseTypes[responseTypeValue]
  if (!responseType) {
    problems.push(`${parameterNames.responseType} must be text/xml (Atom) or application/json.`)
  }
  if (problems.length > 0) return { ok: false, problems }

  const primary = language.split('-')[0]!.toLowerCase()
  return {
    ok: true,
    request: {
      code,
      displayName,
      requestedLanguage: language,
      language: (contentLanguages as readonly string[]).includes(primary)
        ? (primary as ContentLanguage)
        : 'en',
      responseType: responseType!,
      mediaType: responseTypeValue,
    },
  }
}

const supportedSystems = () =>
  Object.values(codeSystemInfo)
    .map((info) => `${info.oid} (${info.label})`)
    .join(' or ')

/** Only the shape: a well-formed code nobody has content for is an empty answer, not an error. */
function codeShapeProblem(system: CodeSystem, value: string): string | null {
  if (system === 'icd10cm') {
    return icd10cmPattern.test(value.toUpperCase())
      ? null
      : `${parameterNames.code} "${value}" is not an ICD-10-CM code (e.g. G47.63).`
  }
  return isSnomedCtIdentifier(value)
    ? null
    : `${parameterNames.code} "${value}" is not a SNOMED CT identifier (digits ending in a Verhoeff check digit).`
}
