import type { Config, Field, Plugin, Validate } from 'payload'
import * as validations from 'payload/shared'

type AnyField = Field & {
  name?: string
  required?: boolean
  localized?: boolean
  validate?: Validate
  fields?: Field[]
  tabs?: { fields: Field[] }[]
  blocks?: { fields: Field[] }[]
}

const builtIn = validations as unknown as Record<string, Validate | undefined>

/**
 * A required, localized field is required in the default language only. Readers of another
 * language get the default language's text wherever a translation is missing (`fallback: true`
 * in src/lib/localization.ts), so a translation may be partial. Without this, publishing a Spanish
 * translation of a name and summary failed on every untranslated required field, down to rows of
 * lists both languages share ("Clinical facts → Complementary Therapies 1 → Therapy", issue 9).
 */
export function requiredInDefaultLocale(input: Field, defaultLocale: string): Field {
  const field = input as AnyField
  const nested = {
    ...(field.fields
      ? { fields: field.fields.map((f) => requiredInDefaultLocale(f, defaultLocale)) }
      : {}),
    ...(field.tabs
      ? {
          tabs: field.tabs.map((tab) => ({
            ...tab,
            fields: tab.fields.map((f) => requiredInDefaultLocale(f, defaultLocale)),
          })),
        }
      : {}),
    ...(field.blocks
      ? {
          blocks: field.blocks.map((block) => ({
            ...block,
            fields: block.fields.map((f) => requiredInDefaultLocale(f, defaultLocale)),
          })),
        }
      : {}),
  }
  const validate = field.validate ?? builtIn[field.type]
  if (!field.required || !field.localized || !validate) return { ...field, ...nested } as Field
  const inDefaultLocaleOnly: Validate = (value, options) => {
    const locale = options?.req?.locale
    const translating = Boolean(locale) && locale !== defaultLocale
    return validate(value, translating ? { ...options, required: false } : options)
  }
  return { ...field, ...nested, validate: inDefaultLocaleOnly } as Field
}

/** Applies requiredInDefaultLocale to every collection and global; last in `plugins`. */
export const fallbackLocaleRequired =
  (): Plugin =>
  (config: Config): Config => {
    const localization = config.localization
    if (!localization) return config
    const apply = (fields: Field[]) =>
      fields.map((field) => requiredInDefaultLocale(field, localization.defaultLocale))
    return {
      ...config,
      collections: config.collections?.map((c) => ({ ...c, fields: apply(c.fields) })),
      globals: config.globals?.map((g) => ({ ...g, fields: apply(g.fields) })),
    }
  }
