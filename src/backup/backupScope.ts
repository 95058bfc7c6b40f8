import type { Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

/**
 * What a backup holds: every collection and global the project defines. Payload's own bookkeeping
 * (`payload-*`: migrations, document locks, admin preferences, queued jobs, the scheduler's stats,
 * key-value cache) is
 * left out: the target database has its own migrations, and the rest is transient.
 */
export function collectionsToBackUp(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter(({ slug }) => !slug.startsWith('payload-'))
}

export function globalsToBackUp(payload: Payload): SanitizedGlobalConfig[] {
  // `payload-jobs-stats` is the jobs scheduler's bookkeeping, written whenever a schedule ticks.
  return payload.config.globals.filter(({ slug }) => !slug.startsWith('payload-'))
}

export const localeCodesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : []

/** 'text' on every engine here; archives from SQLite before its IDs became text say 'number'. */
export const idTypeOf = (payload: Payload): string =>
  (payload.db as unknown as { defaultIDType?: string }).defaultIDType ?? 'text'
