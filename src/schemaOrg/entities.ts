import type {
  Drug,
  HowToStep,
  MedicalCode,
  MedicalCondition,
  Question,
  TherapeuticProcedure,
} from 'schema-dts'

import { compact } from './compact'
import type {
  AftercareStepFacts,
  CodeFacts,
  ConditionFacts,
  DrugFacts,
  IsoSpan,
  ProcedureFacts,
  QuestionFacts,
} from './facts'

/** Coding systems as schema.org examples name them, from our keys or the syndication labels. */
const codingSystems: Record<string, string> = {
  icd10cm: 'ICD-10-CM',
  snomedct: 'SNOMED-CT',
  'SNOMED CT': 'SNOMED-CT',
}

const medicalCode = (code: CodeFacts): MedicalCode =>
  compact<MedicalCode>({
    '@type': 'MedicalCode',
    codeValue: code.code,
    codingSystem: codingSystems[code.system] ?? code.system,
    name: code.display ?? undefined,
  })

export function medicalCondition(facts: ConditionFacts, id?: string): MedicalCondition {
  return compact<MedicalCondition>({
    '@type': 'MedicalCondition',
    '@id': id,
    name: facts.name,
    alternateName: facts.alternateNames ?? undefined,
    description: facts.summary ?? undefined,
    signOrSymptom: (facts.symptoms ?? []).map((name) => ({
      '@type': 'MedicalSignOrSymptom' as const,
      name,
    })),
    cause: (facts.causes ?? []).map((name) => ({ '@type': 'MedicalCause' as const, name })),
    code: (facts.codes ?? []).map(medicalCode),
    disambiguatingDescription: facts.offLabelNotice ?? undefined,
    // schema.org's possibleTreatment takes a MedicalTherapy (a kind of TherapeuticProcedure).
    possibleTreatment: (facts.treatments ?? []).map((treatment) => ({
      '@type': 'MedicalTherapy' as const,
      name: treatment.name,
      url: treatment.url,
    })),
  })
}

/** The drug with its boxed warning and contraindications as schema.org `warning` texts. */
const drug = (facts: DrugFacts): Drug =>
  compact<Drug>({
    '@type': 'Drug',
    name: facts.name,
    warning: [
      ...(facts.boxedWarning ? [facts.boxedWarning] : []),
      ...(facts.contraindications ?? []).map((item) => `Do not use with: ${item}`),
    ],
  })

export function therapeuticProcedure(facts: ProcedureFacts, id?: string): TherapeuticProcedure {
  return compact<TherapeuticProcedure>({
    '@type': 'TherapeuticProcedure',
    '@id': id,
    name: facts.name,
    url: facts.url ?? undefined,
    description: facts.summary ?? undefined,
    howPerformed: facts.technique ?? undefined,
    // The drug only: the conditions it treats are not listed as indications, since machines read
    // an indication as an approved use and these are off-label.
    drug: facts.drug ? drug(facts.drug) : undefined,
    followup: (facts.followup ?? []).filter(Boolean).join(' '),
    disambiguatingDescription: facts.offLabelNotice ?? undefined,
  })
}

/** A time span as one ISO 8601 duration, its longest stated bound (schema.org takes one value). */
const isoDuration = (span?: IsoSpan | null) => span?.isoMax ?? span?.isoMin ?? undefined

export function howToStep(facts: AftercareStepFacts, id?: string): HowToStep {
  return compact<HowToStep>({
    '@type': 'HowToStep',
    '@id': id,
    name: facts.title,
    text: facts.description ?? undefined,
    position: facts.order ?? undefined,
    timeRequired: isoDuration(facts.timeframe),
  })
}

/** The answer carries the off-label notice, so a machine quoting it quotes the notice too. */
export const question = (facts: QuestionFacts): Question => ({
  '@type': 'Question',
  name: facts.question,
  acceptedAnswer: {
    '@type': 'Answer',
    text: [facts.answerText, facts.offLabelNotice].filter(Boolean).join('\n\n'),
  },
})
