/** A claim flag as the admin form holds it (each row's fields under `claimFlags.<n>.`). */
export type FlagInForm = {
  field: string
  locale: string
  kind: string
  match: string
  phrase: string
  reason: string
  status: string
}

type FormFields = Record<string, { value?: unknown } | undefined>

const rowPath = /^claimFlags\.(\d+)\.field$/

/** The document's claim flags, read from the admin's form state. */
export function flagsInForm(fields: FormFields): FlagInForm[] {
  const rows: FlagInForm[] = []
  for (const path of Object.keys(fields)) {
    const index = path.match(rowPath)?.[1]
    if (index === undefined) continue
    const value = (name: string) => String(fields[`claimFlags.${index}.${name}`]?.value ?? '')
    rows.push({
      field: value('field'),
      locale: value('locale'),
      kind: value('kind'),
      match: value('match'),
      phrase: value('phrase'),
      reason: value('reason'),
      status: value('status') || 'open',
    })
  }
  return rows
}

/**
 * The flags that belong beside one field in the admin: those on its path (an entry of a
 * has-many text field is flagged as `<path>.<index>`), in the locale being edited or shared by
 * every locale ("all"). Open flags first.
 */
export function flagsBesideField(flags: FlagInForm[], path: string, locale: string): FlagInForm[] {
  const entry = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+$`)
  return flags
    .filter((flag) => flag.field === path || entry.test(flag.field))
    .filter((flag) => flag.locale === 'all' || flag.locale === locale)
    .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'))
}
