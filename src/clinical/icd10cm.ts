/**
 * The ICD-10-CM codes this project knows, with their titles. Issue #10 handed us the codes and
 * titles for most of them (quoted in `fromIssue`); the rest of each title is written from the
 * ICD-10-CM tabular list as we know it. A reviewer must confirm every title against the current
 * ICD-10-CM release (CDC/NCHS) before a code is marked confirmed. Add a code here to allow it.
 */
export type Icd10CmEntry = { title: string; fromIssue: string | null; titleToConfirm: true }

export const icd10cmTable: Record<string, Icd10CmEntry> = {
  'M26.609': {
    title: 'Unspecified temporomandibular joint disorder, unspecified side',
    fromIssue: 'TMJ disorder … (unspecified side)',
    titleToConfirm: true,
  },
  'M26.629': {
    title: 'Arthralgia of temporomandibular joint, unspecified side',
    fromIssue: 'arthralgia of TMJ, unspecified side',
    titleToConfirm: true,
  },
  'M79.11': {
    title: 'Myalgia of mastication muscle',
    fromIssue: 'myalgia of mastication muscle',
    titleToConfirm: true,
  },
  'G44.209': {
    title: 'Tension-type headache, unspecified, not intractable',
    fromIssue: null,
    titleToConfirm: true,
  },
  'G44.229': {
    title: 'Chronic tension-type headache, not intractable',
    fromIssue: 'chronic tension-type headache, not intractable',
    titleToConfirm: true,
  },
  'G47.63': {
    title: 'Sleep related bruxism',
    fromIssue: 'sleep related bruxism',
    titleToConfirm: true,
  },
}

/** ICD-10-CM's shape: a letter, two characters, then up to four after a dot (e.g. G47.63). */
export const icd10cmPattern = /^[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?$/
