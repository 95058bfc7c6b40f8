import { icd10cmPattern, icd10cmTable } from './icd10cm'
import { isSnomedCtIdentifier } from './verhoeff'

export const codeSystems = ['icd10cm', 'snomedct'] as const
export type CodeSystem = (typeof codeSystems)[number]

/** How each system is named to people, to schema.org, in HL7 (OID) and in `?code=` prefixes. */
export const codeSystemInfo: Record<
  CodeSystem,
  { label: string; codingSystem: string; oid: string; prefix: string }
> = {
  icd10cm: {
    label: 'ICD-10-CM',
    codingSystem: 'ICD-10-CM',
    oid: '2.16.840.1.113883.6.90',
    prefix: 'ICD10CM',
  },
  snomedct: {
    label: 'SNOMED CT',
    codingSystem: 'SNOMED-CT',
    oid: '2.16.840.1.113883.6.96',
    prefix: 'SNOMEDCT',
  },
}

export const isCodeSystem = (value: unknown): value is CodeSystem =>
  typeof value === 'string' && (codeSystems as readonly string[]).includes(value)

export const systemByOid = (oid: string): CodeSystem | null =>
  codeSystems.find((system) => codeSystemInfo[system].oid === oid) ?? null

export const systemByPrefix = (prefix: string): CodeSystem | null =>
  codeSystems.find((system) => codeSystemInfo[system].prefix === prefix.toUpperCase()) ?? null

/**
 * Why a code cannot be stored, or null when it can: ICD-10-CM codes must be in the project's
 * table (src/clinical/icd10cm.ts); SNOMED CT identifiers must carry a valid Verhoeff check digit.
 */
export function codeProblem(system: unknown, code: unknown): string | null {
  if (!isCodeSystem(system)) return 'Choose the code system: ICD-10-CM or SNOMED CT.'
  if (typeof code !== 'string' || !code.trim()) return 'Enter the code.'
  if (system === 'icd10cm') {
    if (!icd10cmPattern.test(code)) {
      return `"${code}" is not shaped like an ICD-10-CM code (a letter, two characters, a dot, up to four more, e.g. G47.63).`
    }
    if (!icd10cmTable[code]) {
      return `"${code}" is not in the project's ICD-10-CM table (${Object.keys(icd10cmTable).join(', ')}). Add it with its official title to src/clinical/icd10cm.ts after checking it.`
    }
    return null
  }
  return isSnomedCtIdentifier(code)
    ? null
    : `"${code}" is not a SNOMED CT identifier: 6 to 18 digits ending in a valid Verhoeff check digit.`
}

/** The title the table gives an ICD-10-CM code, to fill `display` when it is left empty. */
export const officialDisplay = (system: unknown, code: unknown): string | null =>
  system === 'icd10cm' && typeof code === 'string' ? (icd10cmTable[code]?.title ?? null) : null
