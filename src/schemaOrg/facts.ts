/**
 * What a channel knows about a document, in words schema.org does not use. Each channel (the
 * website, syndication) maps its own document to these facts; the builders beside this file turn
 * them into schema.org, so both channels describe the same document the same way.
 */
export type Organisation = { name: string; url?: string | null }

/** Who last reviewed the text clinically, and when (an ISO date or date-time). */
export type ReviewFacts = {
  lastReviewed?: string | null
  reviewerName?: string | null
}

/** The page a document is published on. `url` is absolute: it is also the page's `@id`. */
export type PageFacts = ReviewFacts & {
  url: string
  name?: string | null
  locale: string
  dateModified?: string | null
  publisher?: Organisation | null
  /** Terms for reuse, for channels that license the text (syndication). */
  reuse?: { creditText?: string | null; licenceUrl?: string | null; version?: number | null }
}

export type CodeFacts = { system: string; code: string; display?: string | null }

export type ConditionFacts = {
  name: string
  alternateNames?: string[] | null
  summary?: string | null
  symptoms?: string[] | null
  causes?: string[] | null
  codes?: CodeFacts[] | null
  offLabelNotice?: string | null
  /** Procedures that treat it, each with the absolute address of its page. */
  treatments?: { name: string; url: string }[] | null
}

export type DrugFacts = {
  name: string
  boxedWarning?: string | null
  contraindications?: string[] | null
}

export type ProcedureFacts = {
  name: string
  /** The absolute address of the procedure's own page. */
  url?: string | null
  summary?: string | null
  technique?: string | null
  drug?: DrugFacts | null
  /** Aftercare and retreatment, in the order a patient meets them. */
  followup?: (string | null | undefined)[] | null
  offLabelNotice?: string | null
}

export type IsoSpan = { isoMin?: string | null; isoMax?: string | null }

export type AftercareStepFacts = {
  title: string
  description?: string | null
  order?: number | null
  timeframe?: IsoSpan | null
}

export type QuestionFacts = ReviewFacts & {
  question: string
  answerText: string
  offLabelNotice?: string | null
}
