/**
 * The website's GraphQL queries. Every query takes $locale and $draft (set by fetchContent) and
 * asks who is signed in, so a preview can say whether it is showing the draft.
 */
const review = 'lastReviewed nextReviewDue reviewerName reviewStatus updatedAt'
const duration = 'wording isoMin isoMax'
const image = `image {
  url alt width height
  sizes {
    thumbnail { url width height }
    card { url width height }
    hero { url width height }
  }
}`
const settings = 'ClinicSetting(locale: $locale) { clinicName siteUrl medicalDisclaimer }'
const me = 'meUser { user { roles } }'

export const conditionQuery = `
query ConditionPage($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  Conditions(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, draft: $draft) {
    docs {
      name slug summary alternateNames body symptoms causes howTreatmentHelps targetAreas untranslatedFields
      complementaryTherapies { id therapy whenUsed }
      expectedRelief { ${duration} }
      indication { status note }
      codes { system code display status }
      relatedProcedures { docs { name slug untranslatedFields } }
      meta { title description }
      ${image}
      ${review}
    }
  }
  ${settings}
  ${me}
}`

export const procedureQuery = `
query ProcedurePage($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  Procedures(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, draft: $draft) {
    docs {
      id name slug summary body drug mechanism technique sensation administeredBy safetyNote insuranceNote
      untranslatedFields
      onset { ${duration} }
      fullEffect { ${duration} }
      reliefDurations { duration { ${duration} } attribution }
      retreatmentInterval { ${duration} }
      retreatmentNote
      downtime { required note }
      regulatory { offLabelNotice approvedIndications { indication } }
      safetyInformation { boxedWarning contraindications { id contraindication } }
      conditionsTreated { name slug summary indication { status note } untranslatedFields }
      meta { title description }
      ${image}
      ${review}
    }
  }
  ${settings}
  ${me}
}`

export const aftercareQuery = `
query Aftercare($procedure: JSON, $locale: LocaleInputType, $draft: Boolean) {
  AftercareSteps(where: { procedure: { equals: $procedure } }, sort: "order", limit: 100, locale: $locale, draft: $draft) {
    docs { title slug order description whatToDo likelihood timeframe { ${duration} } untranslatedFields }
  }
}`

export const treatmentsQuery = `
query Treatments($locale: LocaleInputType, $draft: Boolean) {
  Procedures(sort: "name", limit: 100, locale: $locale, draft: $draft) {
    docs {
      name slug summary drug ${review} untranslatedFields
      regulatory { offLabelNotice }
      conditionsTreated { name slug summary indication { status note } untranslatedFields }
    }
  }
  Conditions(sort: "name", limit: 100, locale: $locale, draft: $draft) {
    docs { name slug summary }
  }
  ${settings}
  ${me}
}`

export const faqQuery = `
query FaqPage($locale: LocaleInputType, $draft: Boolean) {
  Faqs(sort: "order", limit: 100, locale: $locale, draft: $draft) {
    docs { question slug order answer ${review} untranslatedFields relatedProcedures { regulatory { offLabelNotice } untranslatedFields } }
  }
  ${settings}
  ${me}
}`

export const clinicSettingsQuery = `
query ClinicSettings($locale: LocaleInputType) {
  ${settings}
  ${me}
}`

export const conditionsIndexQuery = `
query ConditionsIndex($locale: LocaleInputType, $draft: Boolean) {
  Conditions(sort: "name", limit: 100, locale: $locale, draft: $draft) {
    docs { name slug summary indication { status note } untranslatedFields }
  }
  ${settings}
  ${me}
}`

export const proceduresIndexQuery = `
query ProceduresIndex($locale: LocaleInputType, $draft: Boolean) {
  Procedures(sort: "name", limit: 100, locale: $locale, draft: $draft) {
    docs { name slug summary regulatory { offLabelNotice } untranslatedFields }
  }
  ${settings}
  ${me}
}`

/** Every published page, for the sitemap: what a visitor without an account can read. */
export const sitemapQuery = `
query Sitemap {
  Conditions(sort: "slug", limit: 1000) { docs { slug updatedAt } }
  Procedures(sort: "slug", limit: 1000) { docs { slug updatedAt } }
  Faqs(sort: "-updatedAt", limit: 1) { docs { updatedAt } }
  ClinicSetting { siteUrl }
}`

/*
 * Second readings in the page's language without fallback, to mark the English text that stands
 * in for a missing translation (MedicalDisclaimer, rowLang). Each is its own request: in one
 * request with the page's query, Payload's `fallbackLocale: none` also switched off the fallback
 * of the other fields (a related procedure's name came back empty on Spanish pages).
 */
export const disclaimerInLanguageQuery = `
query DisclaimerInLanguage($locale: LocaleInputType) {
  ClinicSetting(locale: $locale, fallbackLocale: none) { medicalDisclaimer }
}`

export const conditionRowsInLanguageQuery = `
query ConditionRows($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  Conditions(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, fallbackLocale: none, draft: $draft) {
    docs { complementaryTherapies { id therapy whenUsed } }
  }
}`

export const procedureRowsInLanguageQuery = `
query ProcedureRows($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  Procedures(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, fallbackLocale: none, draft: $draft) {
    docs { safetyInformation { contraindications { id contraindication } } }
  }
}`
