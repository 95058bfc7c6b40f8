/** The shapes the website reads over GraphQL (only what it shows). */
import type { Translated } from './fallbackLang'

export type MediaSize = { url?: string | null; width?: number | null; height?: number | null }

export type Media = {
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, MediaSize | null> | null
}

export type Review = {
  lastReviewed?: string | null
  nextReviewDue?: string | null
  reviewerName?: string | null
  reviewStatus?: string | null
  updatedAt?: string | null
}

export type Duration = { wording?: string | null; isoMin?: string | null; isoMax?: string | null }

export type LexicalState = { root?: { children?: unknown[] } } | null | undefined

export type ClinicSettings = {
  clinicName?: string | null
  siteUrl?: string | null
  medicalDisclaimer?: string | null
  /** The disclaimer has no text in the page's language yet: the English one is shown. */
  disclaimerUntranslated?: boolean
}

export type Indication = { status?: string | null; note?: string | null } | null

export type ConditionSummary = Translated & {
  name: string
  slug: string
  summary?: string | null
  indication?: Indication
}

export type Regulatory = {
  offLabelNotice?: string | null
  approvedIndications?: { indication: string }[] | null
} | null

export type Condition = ConditionSummary &
  Review & {
    alternateNames?: string[] | null
    body?: LexicalState
    symptoms?: string[] | null
    causes?: string[] | null
    howTreatmentHelps?: string | null
    targetAreas?: string[] | null
    complementaryTherapies?:
      { id?: string | null; therapy: string; whenUsed?: string | null }[] | null
    expectedRelief?: Duration | null
    codes?:
      { system: string; code: string; display?: string | null; status?: string | null }[] | null
    image?: Media | null
    meta?: { title?: string | null; description?: string | null } | null
    relatedProcedures?: { docs?: ({ name: string; slug: string } & Translated)[] } | null
  }

export type AftercareStep = Translated & {
  title: string
  slug: string
  order: number
  description?: string | null
  whatToDo?: string | null
  likelihood?: string | null
  timeframe?: Duration | null
}

export type Procedure = ConditionSummary &
  Review & {
    body?: LexicalState
    drug?: string | null
    mechanism?: string | null
    technique?: string | null
    sensation?: string | null
    onset?: Duration | null
    fullEffect?: Duration | null
    reliefDurations?: { duration?: Duration | null; attribution?: string | null }[] | null
    retreatmentInterval?: Duration | null
    retreatmentNote?: string | null
    regulatory?: Regulatory
    safetyInformation?: {
      boxedWarning?: string | null
      contraindications?: { id?: string | null; contraindication: string }[] | null
    } | null
    downtime?: { required?: boolean | null; note?: string | null } | null
    administeredBy?: string | null
    safetyNote?: string | null
    insuranceNote?: string | null
    image?: Media | null
    meta?: { title?: string | null; description?: string | null } | null
    conditionsTreated?: ConditionSummary[] | null
  }

export type Faq = Review &
  Translated & {
    question: string
    slug: string
    order: number
    answer?: LexicalState
    relatedProcedures?: ({ regulatory?: Regulatory } & Translated)[] | null
  }
